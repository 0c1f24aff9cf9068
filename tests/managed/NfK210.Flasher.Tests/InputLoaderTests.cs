using NfK210.Flasher.Images;

namespace NfK210.Flasher.Tests;

public sealed class InputLoaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string name, byte[] bytes) => _files.Write(name, bytes);

    [Fact]
    public void Load_Elf_FlattensSegmentsWithZeroGapAndWrapsAsFirmware()
    {
        byte[] elf = Elf64Builder.Build(0x80000000,
            (0x80000000, [0x11, 0x22], 2), (0x80000008, [0x33], 0x100), (0x80001000, [], 0x1000));
        FlashJob job = InputLoader.Load(Write("fw.elf", elf), null, false);
        FlashRegion region = Assert.Single(job.Plan!.Regions);
        Assert.True(region.IsFirmware);
        Assert.Equal(0u, region.Address);
        // flag 0, length 9, then 11 22 00 00 00 00 00 00 33 (.bss-only segment not included)
        Assert.Equal("0009000000112200000000000033", Hex.Format(region.Bytes.AsSpan(0, 14)));
        Assert.Equal(5 + 9 + 32, region.Bytes.Length);
        Assert.Empty(job.Warnings);
    }

    [Fact]
    public void Load_ElfLinkedElsewhere_Warns()
    {
        byte[] elf = Elf64Builder.Build(0x1000, (0x1000, [1], 1));
        FlashJob job = InputLoader.Load(Write("fw.elf", elf), null, false);
        Assert.Contains(job.Warnings, w => w.Contains("0x80000000"));
    }

    [Fact]
    public void Load_BinWithAddress_IsRawAsIs()
    {
        FlashJob job = InputLoader.Load(Write("m.kmodel", [5, 6, 7]), 0x300000, false);
        FlashRegion region = Assert.Single(job.Plan!.Regions);
        Assert.Equal([5, 6, 7], region.Bytes);
        Assert.Equal(0x300000u, region.Address);
        Assert.True(job.WritesOnlyData);
    }

    [Fact]
    public void Load_ElfForSram_SegmentsAtTheirAddresses()
    {
        byte[] elf = Elf64Builder.Build(0x80000000, (0x80000000, [1, 2], 2), (0x80100000, [3], 1));
        FlashJob job = InputLoader.Load(Write("app.elf", elf), null, true);
        Assert.Null(job.Plan);
        Assert.Equal([(0x80000000u, 2), (0x80100000u, 1)], job.Sram!.Pieces.Select(p => (p.Address, p.Data.Length)));
        Assert.Equal(0x80000000u, job.Sram.Entry);
    }

    [Theory]
    [InlineData("p.kfpkg", 0x1000u, false, "--address")]
    [InlineData("p.kfpkg", null, true, "SRAM")]
    [InlineData("x.bin", 0x1000u, true, "exclude each other")]
    public void Load_ConflictingOptions_AreRejected(string name, uint? address, bool sram, string expected)
    {
        byte[] bytes = name.EndsWith(".kfpkg")
            ? Packages.Build("{\"files\":[{\"address\":0,\"bin\":\"a\",\"sha256Prefix\":true}]}", ("a", [1]))
            : [1];
        var e = Assert.Throws<FlashException>(() => InputLoader.Load(Write(name, bytes), address, sram));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Load_MissingFile_IsBadInput()
    {
        var e = Assert.Throws<FlashException>(() => InputLoader.Load(Path.Combine(_files.Directory, "nope.bin"), null, false));
        Assert.Equal(FlashErrorKind.BadInput, e.Kind);
    }
}
