// nanoCLR smoke app (tests/firmware/test_nanoclr_qemu.sh): Thread.Sleep against the clock (the CLINT's mtime), a
// second thread joined, and a Timer whose callbacks signal an event: the port's time, events and completion timer.
// Expected lines: "slept at least 300 ms: True", "worker 5", "timer fired 3 times: True".
using System;
using System.Threading;

namespace ClrThreads
{
    public static class Program
    {
        private static int _ticks;

        public static void Main()
        {
            DateTime start = DateTime.UtcNow;
            Thread.Sleep(300);
            long slept = (DateTime.UtcNow - start).Ticks / TimeSpan.TicksPerMillisecond;
            Console.WriteLine("slept at least 300 ms: " + (slept >= 300 && slept < 2000));

            int worker = 0;
            var t = new Thread(() => { for (int i = 0; i < 5; i++) { worker++; Thread.Sleep(10); } });
            t.Start();
            t.Join();
            Console.WriteLine("worker " + worker);

            var done = new AutoResetEvent(false);
            var timer = new Timer(_ => { if (Interlocked.Increment(ref _ticks) == 3) done.Set(); }, null, 50, 50);
            bool signalled = done.WaitOne(5000, false);
            timer.Dispose();
            Console.WriteLine("timer fired 3 times: " + signalled);
        }
    }
}
