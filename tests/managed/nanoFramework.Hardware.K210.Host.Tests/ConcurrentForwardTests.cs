using NfK210.Cli.Demo;

namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>
/// Issue 12: one KpuModel shared by several threads. Calls are serialised, so every Forward returns the result of
/// its own input, byte for byte the single-threaded one, and none sees "no output yet".
/// </summary>
public sealed class ConcurrentForwardTests
{
    private const int Threads = 4;
    private const int CallsPerThread = 300;
    private const int DistinctInputs = 8;

    private static byte[][] Inputs(int size)
    {
        var inputs = new byte[DistinctInputs][];
        uint x = 0x9E3779B9;
        for (int k = 0; k < DistinctInputs; k++)
        {
            inputs[k] = new byte[size];
            for (int i = 0; i < size; i++)
            {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                inputs[k][i] = (byte)x;
            }
        }

        return inputs;
    }

    [Fact]
    public void FourThreadsOnOneModel_EveryResultIsItsOwnInputs()
    {
        using KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        byte[][] inputs = Inputs(net.InputChannels * net.InputHeight * net.InputWidth);
        byte[][] reference = inputs.Select(input => net.Forward(input).ToByteArray()).ToArray();
        Assert.Equal(DistinctInputs, reference.Select(Convert.ToBase64String).Distinct().Count()); // results differ

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        int calls = 0;
        using var start = new Barrier(Threads);
        Thread[] threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (int i = 0; i < CallsPerThread; i++)
            {
                int k = (t * 3 + i) % DistinctInputs;
                try
                {
                    byte[] got = net.Forward(inputs[k]).ToByteArray();
                    if (!got.AsSpan().SequenceEqual(reference[k]))
                    {
                        failures.Add($"thread {t} call {i}: the result of input {k} differs from the reference");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"thread {t} call {i}: {e.GetType().Name}: {e.Message}");
                }

                Interlocked.Increment(ref calls);
            }
        })).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(Threads * CallsPerThread, calls);
        Assert.True(failures.IsEmpty, $"{failures.Count} of {calls} calls went wrong, e.g. {failures.FirstOrDefault()}");
    }

    [Fact]
    public void DisposeWhileOtherThreadsRun_TheyFinishOrSeeObjectDisposed()
    {
        KpuModel net = Kpu.Load(DemoModel.Create().Kmodel);
        byte[][] inputs = Inputs(net.InputChannels * net.InputHeight * net.InputWidth);
        byte[] reference0 = net.Forward(inputs[0]).ToByteArray();
        var unexpected = new System.Collections.Concurrent.ConcurrentBag<string>();
        int disposedSeen = 0;
        Thread[] threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            for (int i = 0; i < 200; i++)
            {
                try
                {
                    byte[] got = net.Forward(inputs[0]).ToByteArray();
                    if (!got.AsSpan().SequenceEqual(reference0))
                    {
                        unexpected.Add($"thread {t}: a wrong result");
                    }
                }
                catch (ObjectDisposedException)
                {
                    Interlocked.Increment(ref disposedSeen);
                    return;
                }
                catch (Exception e)
                {
                    unexpected.Add($"thread {t}: {e.GetType().Name}: {e.Message}");
                    return;
                }
            }
        })).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        Thread.Sleep(20);
        net.Dispose();
        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.True(unexpected.IsEmpty, string.Join("; ", unexpected));
        Assert.Throws<ObjectDisposedException>(() => net.Forward(inputs[0]));
    }
}
