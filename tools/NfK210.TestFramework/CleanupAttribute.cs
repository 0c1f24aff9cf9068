using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Runs once after the tests of its class (nanoFramework.TestFramework <c>[Cleanup]</c>).</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class CleanupAttribute : Attribute
    {
    }
}
