using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class that holds tests (nanoFramework.TestFramework <c>[TestClass]</c>).</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class TestClassAttribute : Attribute
    {
    }
}
