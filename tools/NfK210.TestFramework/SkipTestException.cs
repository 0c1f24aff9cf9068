using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Skips the running test (or, from a [Setup], the whole class); thrown by <see cref="Assert.SkipTest"/>.</summary>
    public class SkipTestException : Exception
    {
        /// <summary>Creates the exception with the reason shown by the runner.</summary>
        public SkipTestException(string message)
            : base(message)
        {
        }
    }
}
