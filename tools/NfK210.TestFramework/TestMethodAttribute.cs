using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a test (nanoFramework.TestFramework <c>[TestMethod]</c>).</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestMethodAttribute : Attribute
    {
    }
}
