using System;
using System.Threading;
using nanoFramework.Hardware.K210;

namespace ClrGcStress
{
    // A regression app for nanoclr-k210 with a small managed heap (tests/clr, case gc_stress): MethodInfo objects
    // kept across many garbage collections while two threads churn the heap and the main thread loads models until
    // the model memory runs out. Upstream's GetParameters once read a heap block that the first GC had freed and
    // crashed (patches/0015). Runs in a folder holding mnist.kmodel.
    public static class Program
    {
        private const int Rounds = 12;
        private const int WorkerCount = 2;

        private static readonly object s_lock = new object();
        private static int s_workerWrong;
        private static int s_workersDone;

        public static void Main()
        {
            var kept = new ReflectionCheck();
            Console.WriteLine("kept " + kept.MethodCount + " methods, wrong before churning: " + kept.CountWrong());

            Thread[] workers = new Thread[WorkerCount];
            for (int i = 0; i < workers.Length; i++)
            {
                workers[i] = new Thread(() => Work(kept));
                workers[i].Start();
            }

            int wrong = 0;
            bool everyLoadRanOut = true;
            for (int round = 0; round < Rounds; round++)
            {
                Churn(48);
                everyLoadRanOut &= LoadUntilOutOfMemory();
                wrong += kept.CountWrong();
            }

            for (int i = 0; i < workers.Length; i++)
            {
                workers[i].Join();
            }

            Console.WriteLine("main thread: " + Rounds + " rounds, " + wrong + " wrong");
            Console.WriteLine("model loads ended with NoMemory every round: " + everyLoadRanOut);
            Console.WriteLine("workers: " + s_workersDone + " done, " + s_workerWrong + " wrong");
        }

        private static void Work(ReflectionCheck kept)
        {
            int wrong = 0;
            for (int round = 0; round < Rounds; round++)
            {
                Churn(32);
                wrong += kept.CountWrong();
                wrong += new ReflectionCheck().CountWrong(); // fresh MethodInfo objects too
            }

            lock (s_lock)
            {
                s_workerWrong += wrong;
                s_workersDone++;
            }
        }

        // Short-lived arrays and strings: with a 1 MiB heap every call collects several times.
        private static void Churn(int blocks)
        {
            object[] live = new object[4];
            for (int i = 0; i < blocks; i++)
            {
                live[i % live.Length] = new byte[16 * 1024 + i];
                live[(i + 1) % live.Length] = "block " + i;
            }
        }

        // Loads mnist.kmodel until the model memory is exhausted, frees them; true when that ended with NoMemory
        // after at least two models fitted.
        private static bool LoadUntilOutOfMemory()
        {
            KpuModel[] models = new KpuModel[64];
            int loaded = 0;
            int failure = 0;
            try
            {
                while (loaded < models.Length && failure == 0)
                {
                    try
                    {
                        models[loaded] = Kpu.Load("mnist.kmodel");
                        loaded++;
                    }
                    catch (KpuException e)
                    {
                        failure = e.ErrorCode;
                    }
                }
            }
            finally
            {
                for (int i = 0; i < loaded; i++)
                {
                    models[i].Dispose();
                }
            }

            return failure == KpuErrorCode.NoMemory && loaded >= 2;
        }
    }
}
