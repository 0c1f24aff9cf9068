// nanoCLR smoke app (tests/firmware/test_nanoclr_qemu.sh): an exception that leaves Main three frames deep must end
// the program with status 1 and name its type, message and frames; output before it must still appear.
using System;

namespace ClrUnhandled
{
    public static class Program
    {
        public static void Main()
        {
            Console.WriteLine("before");
            Fail(3);
            Console.WriteLine("not reached");
        }

        private static void Fail(int depth)
        {
            if (depth == 0)
                throw new InvalidOperationException("boom on RV64");
            Fail(depth - 1);
        }
    }
}
