using System;

namespace nanoFramework.TestFramework
{
    /// <summary>An assertion did not hold; the runner reports the test as failed with this message.</summary>
    public class AssertFailedException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public AssertFailedException(string message)
            : base(message)
        {
        }
    }
}
