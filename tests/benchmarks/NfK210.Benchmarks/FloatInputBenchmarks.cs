using BenchmarkDotNet.Attributes;
using nanoFramework.Hardware.K210;

namespace NfK210.Benchmarks;

/// <summary>
/// A float32-input model (v3-iris from ../shared: 4 floats in, 3 out): Forward(float[]) against Forward(byte[]) of the
/// same little-endian bytes, whose difference is the float-to-bytes conversion.
/// </summary>
[MemoryDiagnoser]
public class FloatInputBenchmarks
{
    private readonly float[] _features = [5.1f, 3.8f, 1.9f, 0.4f];
    private KpuModel _model = null!;
    private byte[] _tensor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = Kpu.Load(BenchmarkModels.SharedModel("v3-iris/iris.kmodel"));
        _tensor = File.ReadAllBytes(BenchmarkModels.SharedModel("v3-iris/input_features_f32.bin"));
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    [Benchmark(Baseline = true, Description = "Forward(byte[]) iris")]
    public FeatureMap ForwardBytes() => _model.Forward(_tensor);

    [Benchmark(Description = "Forward(float[]) iris")]
    public FeatureMap ForwardFloats() => _model.Forward(_features);
}
