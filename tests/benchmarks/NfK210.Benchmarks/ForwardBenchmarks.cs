using BenchmarkDotNet.Attributes;
using nanoFramework.Hardware.K210;

namespace NfK210.Benchmarks;

/// <summary>
/// One model run from C#, by input kind, and the reads of its result. Forward(byte[]) is the baseline: the same run
/// with the input already a tensor. Allocated bytes per operation show what the managed side adds to a run.
/// </summary>
[MemoryDiagnoser]
public class ForwardBenchmarks
{
    private KpuModel _model = null!;
    private Image _image = null!;
    private byte[] _tensor = null!;
    private FeatureMap _result = null!;
    private int _flip;

    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = BenchmarkModels.Demo;

    public static IEnumerable<string> Models() => BenchmarkModels.ImageModels();

    [GlobalSetup]
    public void Setup()
    {
        _model = BenchmarkModels.Load(Model);
        _image = BenchmarkModels.InputFor(_model);
        _image.PixToAi();
        _tensor = _image.GetAiBuffer();
        _result = _model.Forward(_tensor);
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    [Benchmark(Baseline = true, Description = "Forward(byte[])")]
    public FeatureMap ForwardBytes() => _model.Forward(_tensor);

    [Benchmark(Description = "Forward(Image), current AI buffer")]
    public FeatureMap ForwardImage() => _model.Forward(_image);

    /// <summary>A pixel changes before each run, so Forward refills the AI buffer first (SetPixel + PixToAi + run).</summary>
    [Benchmark(Description = "Forward(Image), stale AI buffer")]
    public FeatureMap ForwardStaleImage()
    {
        _image.SetPixel(0, 0, (_flip ^= 0xFF) * 0x010101);
        return _model.Forward(_image);
    }

    [Benchmark(Description = "GetOutput(0)")]
    public FeatureMap GetOutput() => _model.GetOutput(0);

    [Benchmark(Description = "FeatureMap.ToFloatArray")]
    public float[] ToFloatArray() => _result.ToFloatArray();

    [Benchmark(Description = "Image.PixToAi")]
    public void PixToAi() => _image.PixToAi();
}
