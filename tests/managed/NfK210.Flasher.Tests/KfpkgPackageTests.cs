using NfK210.Flasher.Images;

namespace NfK210.Flasher.Tests;

public class KfpkgPackageTests
{
    private static IReadOnlyList<FlashRegion> Read(byte[] package) => KfpkgPackage.Read(new MemoryStream(package), "t.kfpkg");

    [Fact]
    public void Read_IndentedListWithBareHexAndDecimal_GivesRegionsInListOrder()
    {
        const string list = """
            {
                "version": "0.1.0",
                "files": [
                    {
                        "address": 0x00000000,
                        "bin": "fw.bin",
                        "sha256Prefix": true
                    },
                    {
                        "address": 3145728,
                        "bin": "m.kmodel",
                        "sha256Prefix": false
                    }
                ]
            }
            """;
        IReadOnlyList<FlashRegion> regions = Read(Packages.Build(list, ("fw.bin", [1, 2, 3]), ("m.kmodel", [9, 8])));
        Assert.Equal(2, regions.Count);
        Assert.Equal(0u, regions[0].Address);
        Assert.True(regions[0].IsFirmware);
        Assert.Equal("00030000000102036d1e1e53", Hex.Format(regions[0].Bytes.AsSpan(0, 12)));
        Assert.Equal(0x300000u, regions[1].Address);
        Assert.Equal([9, 8], regions[1].Bytes);
    }

    [Theory]
    [InlineData("{\"files\": [{\"address\": 0x00300000, \"bin\": \"m\", \"sha256Prefix\": false}]}")]
    [InlineData("{\"files\": [{\"bin\": \"m\", \"sha256Prefix\": false, \"address\":0x300000}]}")]
    [InlineData("{\"files\": [{\"bin\": \"m\", \"sha256Prefix\": false, \"address\": \"0x300000\"}]}")]
    public void Read_CompactOrLastOrQuotedHexAddress_IsAccepted(string list)
    {
        // Layouts kflash's line-based quoting cannot read (spec addendum A7); §9.4 requires ours to.
        IReadOnlyList<FlashRegion> regions = Read(Packages.Build(list, ("m", [7])));
        Assert.Equal(0x300000u, Assert.Single(regions).Address);
        Assert.False(regions[0].IsFirmware);
    }

    [Theory]
    [InlineData("{\"files\": [{\"address\": 0, \"bin\": \"missing\", \"sha256Prefix\": true}]}", "does not contain")]
    [InlineData("{\"files\": [{\"address\": 0, \"bin\": \"m\"}]}", "sha256Prefix")]
    [InlineData("{\"files\": [{\"address\": -4, \"bin\": \"m\", \"sha256Prefix\": true}]}", "not a 32-bit number")]
    [InlineData("{\"files\": []}", "lists no file")]
    [InlineData("{\"files\": [", "not valid JSON")]
    public void Read_BrokenList_NamesTheProblem(string list, string expected)
    {
        var e = Assert.Throws<FlashException>(() => Read(Packages.Build(list, ("m", [7]))));
        Assert.Equal(FlashErrorKind.BadInput, e.Kind);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Read_NotAZip_IsBadInput()
    {
        var e = Assert.Throws<FlashException>(() => Read([0x50, 0x4B, 1, 2, 3]));
        Assert.Contains("ZIP", e.Message);
    }
}
