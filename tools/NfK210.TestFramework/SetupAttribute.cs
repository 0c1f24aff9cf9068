using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Runs once before the tests of its class; throwing <see cref="SkipTestException"/> skips them all (nanoFramework.TestFramework <c>[Setup]</c>).</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class SetupAttribute : Attribute
    {
    }
}
