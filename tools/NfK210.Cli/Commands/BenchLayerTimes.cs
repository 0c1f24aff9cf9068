using System.Diagnostics;

namespace NfK210.Cli.Commands;

/// <summary>Per-layer times of `runs` runs of one model (bench), summed, with the layers' MACs and units.</summary>
internal sealed class BenchLayerTimes
{
    private BenchLayerTimes(int layers, int runs)
    {
        Nanoseconds = new double[layers];
        Macs = new ulong[layers];
        OnKpu = new bool[layers];
        Runs = runs;
    }

    public double[] Nanoseconds { get; }

    public ulong[] Macs { get; }

    public bool[] OnKpu { get; }

    public int Runs { get; }

    public double WallMilliseconds { get; private set; }

    /// <summary>Average microseconds of layer i per run.</summary>
    public double Microseconds(int i) => Nanoseconds[i] / Runs / 1000.0;

    /// <summary>Average microseconds per run of the layers `which` selects.</summary>
    public double Microseconds(Func<int, bool> which) =>
        Enumerable.Range(0, Nanoseconds.Length).Where(which).Sum(i => Nanoseconds[i]) / Runs / 1000.0;

    public static BenchLayerTimes Measure(ModelSession session, byte[] input, int runs)
    {
        int layers = session.Model.LayerCount;
        var t = new BenchLayerTimes(layers, runs);
        for (int r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            session.Model.Run(input);
            clock.Stop();
            t.WallMilliseconds += clock.Elapsed.TotalMilliseconds;
            for (int i = 0; i < layers; i++)
            {
                Native.LayerStats s = session.Model.GetLayerStats(i);
                t.Nanoseconds[i] += s.Nanoseconds;
                t.Macs[i] = s.Macs;
                t.OnKpu[i] = s.OnKpu;
            }
        }

        return t;
    }
}
