using BenchmarkDotNet.Attributes;
using nanoFramework.Hardware.K210;

namespace NfK210.Benchmarks;

/// <summary>
/// The float[] -> little-endian bytes step of Forward(float[]) alone: the library's SingleBytes.Write against the loop
/// it replaced (BitConverter.GetBytes per value, then Array.Copy), for a model input of Count floats.
/// </summary>
[MemoryDiagnoser]
public class SingleBytesBenchmarks
{
    private float[] _values = null!;
    private byte[] _bytes = null!;

    [Params(4, 1024)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1234);
        _values = new float[Count];
        for (int i = 0; i < Count; i++)
        {
            _values[i] = (float)((random.NextDouble() - 0.5) * 1000);
        }

        _bytes = new byte[4 * Count];
    }

    [Benchmark(Baseline = true, Description = "GetBytes per value (before)")]
    public byte[] GetBytesPerValue()
    {
        for (int i = 0; i < _values.Length; i++)
        {
            Array.Copy(BitConverter.GetBytes(_values[i]), 0, _bytes, 4 * i, 4);
        }

        return _bytes;
    }

    [Benchmark(Description = "SingleBytes.Write")]
    public byte[] SingleBytesWrite()
    {
        SingleBytes.Write(_values, _bytes);
        return _bytes;
    }
}
