// nanoCLR smoke app (tests/firmware/test_nanoclr_qemu.sh): integer and float arithmetic, boxing, string
// concatenation and formatting, and Console output. Expected line: "hello from nanoCLR: 385 4.50".
using System;

namespace ClrHello
{
    public static class Program
    {
        public static void Main()
        {
            int sum = 0;
            for (int i = 1; i <= 10; i++)
                sum += i * i;
            object boxed = sum;
            Console.WriteLine("hello from nanoCLR: " + boxed.ToString() + " " + (1.5f * 3).ToString("F2"));
        }
    }
}
