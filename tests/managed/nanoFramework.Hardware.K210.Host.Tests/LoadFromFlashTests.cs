namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>
/// Kpu.LoadFromFlash reads a model stored raw in SPI flash (on the PC: the file named by NFK210_FLASH_IMAGE), sized
/// from its header and tables, and gives the same model as loading the file.
/// </summary>
[Collection(nameof(LoadFromFlashTests))] // the flash image is a process-wide environment variable
public sealed class LoadFromFlashTests
{
    private const uint ModelOffset = 0x300000;

    /// <summary>A flash image with the model at 0x300000, erased (0xFF) bytes around it and after it.</summary>
    private static string FlashImageWith(byte[] model)
    {
        byte[] flash = new byte[ModelOffset + model.Length + 4096];
        Array.Fill(flash, (byte)0xFF);
        model.CopyTo(flash, (int)ModelOffset);
        string path = Path.Combine(Paths.NewTempFolder(), "flash.img");
        File.WriteAllBytes(path, flash);
        return path;
    }

    private static void WithFlash(string image, Action test)
    {
        Environment.SetEnvironmentVariable("NFK210_FLASH_IMAGE", image);
        try
        {
            test();
        }
        finally
        {
            Environment.SetEnvironmentVariable("NFK210_FLASH_IMAGE", null);
        }
    }

    [SharedTheory]
    [InlineData("v3-maix-mnist/mnist.kmodel", "v3-maix-mnist/inputs/digit7_1x28x28_u8.bin")]
    [InlineData("v4-iris/iris.kmodel", "v4-iris/input_features_f32.bin")]
    [InlineData("v4-ultraface/ultra_face.kmodel", "v4-ultraface/input_face_rgb_chw_3x240x320_u8.bin")]
    public void LoadFromFlash_GivesTheSameOutputsAsTheFile(string model, string input)
    {
        byte[] kmodel = File.ReadAllBytes(Paths.Model(model));
        byte[] tensor = File.ReadAllBytes(Paths.Model(input));
        using KpuModel fromFile = Kpu.Load(kmodel);
        byte[] expected = fromFile.Forward(tensor).ToByteArray();

        WithFlash(FlashImageWith(kmodel), () =>
        {
            using KpuModel fromFlash = Kpu.LoadFromFlash(ModelOffset);
            Assert.Equal(expected, fromFlash.Forward(tensor).ToByteArray());
        });
    }

    [Fact]
    public void LoadFromFlash_ErasedFlash_SaysNoKmodelIsThere()
    {
        WithFlash(FlashImageWith([]), () =>
        {
            var e = Assert.Throws<KpuException>(() => Kpu.LoadFromFlash(ModelOffset - 64));
            Assert.Contains("no kmodel V3 or V4 at flash offset 0x2FFFC0", e.Message);
        });
    }

    [Fact]
    public void LoadFromFlash_OffsetZero_IsRefusedLikeMaixPy()
    {
        var e = Assert.Throws<KpuException>(() => Kpu.LoadFromFlash(0));
        Assert.Contains("must be > 0", e.Message);
    }

    [Fact]
    public void LoadFromFlash_NoFlashImage_SaysWhatToSet()
    {
        WithFlash(string.Empty, () =>
        {
            var e = Assert.Throws<KpuException>(() => Kpu.LoadFromFlash(ModelOffset));
            Assert.Contains("NFK210_FLASH_IMAGE", e.Message);
        });
    }
}
