using System;
using System.Diagnostics;
using System.Threading;

namespace ClrHello
{
    // Console and Debug output, a second thread, a timer wait, and a normal return (exit code 0).
    public static class Program
    {
        public static void Main()
        {
            Console.WriteLine("hello from nanoCLR");
            Debug.WriteLine("2 + 3 = " + (2 + 3));
            int answer = 0;
            var worker = new Thread(() => answer = 6 * 7);
            worker.Start();
            worker.Join();
            Thread.Sleep(20);
            Console.WriteLine("the worker said " + answer);
            Console.WriteLine(1.5f.ToString("F2") + " " + 255.ToString("X2"));
        }
    }
}
