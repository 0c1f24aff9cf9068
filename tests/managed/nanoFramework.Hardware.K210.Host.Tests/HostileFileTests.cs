namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>
/// Issue 12 for the C# API: hostile paths given to Kpu.Load and Image.Load end in the documented exception with a
/// message that says what is true, and nothing large is allocated.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _dir = Paths.NewTempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Sparse(string name, long size)
    {
        string path = Path.Combine(_dir, name);
        using var f = new FileStream(path, FileMode.CreateNew);
        f.SetLength(size);
        return path;
    }

    [Fact]
    public void KpuLoad_Directory_SaysItIsADirectory()
    {
        KpuException e = Assert.Throws<KpuException>(() => Kpu.Load(_dir));

        Assert.Equal(KpuErrorCode.ReadFile, e.ErrorCode);
        Assert.Contains($"cannot read '{_dir}': it is a directory", e.Message);
    }

    [Fact]
    public void KpuLoad_MissingFile_SaysItDoesNotExist()
    {
        string missing = Path.Combine(_dir, "absent.kmodel");

        KpuException e = Assert.Throws<KpuException>(() => Kpu.Load(missing));

        Assert.Contains($"cannot read '{missing}': it does not exist", e.Message);
    }

    [Fact]
    public void KpuLoad_2GiBFile_IsRefusedBeforeAllocating()
    {
        string huge = Sparse("huge.kmodel", 2047L << 20);
        long before = GC.GetTotalAllocatedBytes(precise: true);

        KpuException e = Assert.Throws<KpuException>(() => Kpu.Load(huge));

        Assert.Contains("it has 2146435072 bytes, more than the 16777216 (16 MiB) a K210 file can be", e.Message);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 4L << 20);
    }

    [Fact]
    public void ImageLoad_2GiBFileAndDirectory_AreRefusedByName()
    {
        string huge = Sparse("huge.bmp", 2047L << 20);

        IOException big = Assert.Throws<IOException>(() => Image.Load(huge));
        IOException dir = Assert.Throws<IOException>(() => Image.Load(_dir));

        Assert.Contains($"cannot read '{huge}': it has 2146435072 bytes", big.Message);
        Assert.Equal($"cannot read '{_dir}': it is a directory", dir.Message);
    }

    [Fact]
    public void ImageLoad_BmpDeclaringAHugeSize_IsRefused()
    {
        // A 54-byte 24-bit BMP header that declares 27000 x 27000 pixels and holds none.
        byte[] bmp = new byte[54 + 16];
        "BM"u8.CopyTo(bmp);
        BitConverter.GetBytes(bmp.Length).CopyTo(bmp, 2);
        BitConverter.GetBytes(54).CopyTo(bmp, 10);
        BitConverter.GetBytes(40).CopyTo(bmp, 14);
        BitConverter.GetBytes(27000).CopyTo(bmp, 18);
        BitConverter.GetBytes(27000).CopyTo(bmp, 22);
        BitConverter.GetBytes((short)1).CopyTo(bmp, 26);
        BitConverter.GetBytes((short)24).CopyTo(bmp, 28);
        string path = Path.Combine(_dir, "wide.bmp");
        File.WriteAllBytes(path, bmp);

        Exception e = Assert.ThrowsAny<Exception>(() => Image.Load(path));

        Assert.True(e is ArgumentException or NotSupportedException, $"{e.GetType().Name}: {e.Message}");
        Assert.Contains("27000", e.Message);
    }
}
