using nanoFramework.Hardware.K210;
using NfK210.Cli.Demo;
using NfK210.Cli.Native;

namespace NfK210.Benchmarks;

/// <summary>The models the benchmarks run: the built-in demo model, and shared models when ../shared is present.</summary>
public static class BenchmarkModels
{
    /// <summary>DemoModel: 1x64x64 grey in, 4x32x32 float32 out (16 KiB), one KPU layer.</summary>
    public const string Demo = "demo-gray64";

    /// <summary>v3-yolo20-demo: 3x240x320 RGB in, 125x7x10 float32 out (35 000 bytes), 16 KPU layers.</summary>
    public const string Yolo = "yolo20-rgb320x240";

    public static string Repo { get; } = NativeLibraryLocator.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? NativeLibraryLocator.FindRepositoryRoot(Directory.GetCurrentDirectory())
        ?? throw new InvalidOperationException("run the benchmarks from inside the nf-k210 repository");

    public static string? Shared
    {
        get
        {
            string shared = Path.GetFullPath(Path.Combine(Repo, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The image models that can run here.</summary>
    public static IEnumerable<string> ImageModels()
    {
        yield return Demo;
        if (Shared != null)
        {
            yield return Yolo;
        }
    }

    public static string SharedModel(string relative) =>
        Path.Combine(Shared ?? throw new InvalidOperationException(
            "this benchmark needs the shared models folder ../shared beside the repository, which is absent"),
            "models", relative);

    public static KpuModel Load(string name) => name switch
    {
        Demo => Kpu.Load(DemoModel.Create().Kmodel),
        Yolo => Kpu.Load(SharedModel("v3-yolo20-demo/yolo.kmodel")),
        _ => throw new ArgumentOutOfRangeException(nameof(name), "unknown benchmark model " + name),
    };

    /// <summary>An input image of the model's size and format, with varied pixels.</summary>
    public static Image InputFor(KpuModel model)
    {
        if (model.InputChannels == 3 && model.InputWidth == 320 && model.InputHeight == 240 && Shared != null)
        {
            return Image.Load(SharedModel("v3-yolo20-demo/dog.bmp"));
        }

        var image = new Image(model.InputWidth, model.InputHeight,
            model.InputChannels == 3 ? PixelFormat.Rgb565 : PixelFormat.Grayscale);
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                image.SetPixel(x, y, ((x * 7) + (y * 13)) & 0xFF);
            }
        }

        return image;
    }
}
