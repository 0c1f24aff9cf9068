using NfK210.Cli;

namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>
/// A MaixPy-style flow (Kpu.Load, Image.Load, Resize if needed, PixToAi, Forward) gives exactly the bytes of
/// `nfk210 run` on the same input.
/// </summary>
public sealed class MaixPyFlowTests
{
    /// <summary>Runs the CLI in-process and returns output 0's bytes.</summary>
    private static byte[] CliRun(string model, string input)
    {
        string outDir = Paths.NewTempFolder();
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(["run", model, "--input", input, "--out", outDir], output, error);
        Assert.True(code == 0, $"nfk210 run failed ({code}): {output}{error}");
        return File.ReadAllBytes(Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + ".out0.bin"));
    }

    [SharedFact]
    public void Mnist_PgmThroughTheLibrary_EqualsRunOnThePgm()
    {
        string folder = Paths.NewTempFolder();
        string model = Paths.Model("v3-maix-mnist/mnist.kmodel");
        using KpuModel net = Kpu.Load(model);
        foreach (int digit in new[] { 0, 3, 7 })
        {
            byte[] gray = File.ReadAllBytes(Paths.Model($"v3-maix-mnist/inputs/digit{digit}_1x28x28_u8.bin"));
            string pgm = Path.Combine(folder, $"digit{digit}.pgm");
            File.WriteAllBytes(pgm, [.. "P5\n28 28\n255\n"u8.ToArray(), .. gray]);

            Image image = Image.Load(pgm);
            image.PixToAi();
            byte[] library = net.Forward(image).ToByteArray();

            Assert.Equal(CliRun(model, pgm), library);
        }
    }

    [SharedFact]
    public void Yolo_DogBmpThroughTheLibrary_EqualsRunOnItsAiTensor()
    {
        string model = Paths.Model("v3-yolo20-demo/yolo.kmodel");
        Image dog = Image.Load(Paths.Model("v3-yolo20-demo/dog.bmp"));
        dog.PixToAi();
        string tensor = Path.Combine(Paths.NewTempFolder(), "dog_ai.bin");
        File.WriteAllBytes(tensor, dog.GetAiBuffer());

        using KpuModel net = Kpu.Load(model);
        byte[] library = net.Forward(dog).ToByteArray();

        Assert.Equal(CliRun(model, tensor), library);
    }

    [SharedFact]
    public void FaceMask_ResizedDogThroughTheLibrary_EqualsRunOnItsAiTensor()
    {
        // The face-mask detector takes 320x256: MaixPy's resize (RGB565, width kept, height grows -> bilinear) first.
        string model = Paths.Model("v3-face-mask5/detect_5.kmodel");
        using KpuModel net = Kpu.Load(model);
        Image dog = Image.Load(Paths.Model("v3-yolo20-demo/dog.bmp")).Resize(net.InputWidth, net.InputHeight);
        dog.PixToAi();
        string tensor = Path.Combine(Paths.NewTempFolder(), "dog256_ai.bin");
        File.WriteAllBytes(tensor, dog.GetAiBuffer());

        byte[] library = net.Forward(dog).ToByteArray();

        Assert.Equal(CliRun(model, tensor), library);
    }

    [SharedFact]
    public void Yolo_RawTensor_EqualsTheOracleAndTheCli()
    {
        string model = Paths.Model("v3-yolo20-demo/yolo.kmodel");
        string input = Paths.Model("v3-yolo20-demo/input_dog_rgb_chw_3x240x320_u8.bin");
        using KpuModel net = Kpu.Load(model);
        byte[] library = net.Forward(File.ReadAllBytes(input)).ToByteArray();
        Assert.Equal(File.ReadAllBytes(Paths.Model("v3-yolo20-demo/oracle/dog.rc5emu.out.bin")), library);
        Assert.Equal(CliRun(model, input), library);
    }
}
