using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Test output (nanoFramework.TestFramework <c>OutputHelper</c>): the console on both the board and the PC.</summary>
    public static class OutputHelper
    {
        /// <summary>Writes text.</summary>
        public static void Write(string message) => Console.Write(message);

        /// <summary>Writes a line.</summary>
        public static void WriteLine(string message) => Console.WriteLine(message);
    }
}
