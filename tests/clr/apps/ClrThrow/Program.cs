using System;

namespace ClrThrow
{
    // Output before an exception that nothing catches: nanoclr-k210 must report it and exit 1.
    public static class Program
    {
        public static void Main()
        {
            Console.WriteLine("before the exception");
            Fail(7);
            Console.WriteLine("not reached");
        }

        private static void Fail(int code) => throw new InvalidOperationException("boom " + code);
    }
}
