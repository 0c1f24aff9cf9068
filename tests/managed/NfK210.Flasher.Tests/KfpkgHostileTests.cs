using System.IO.Compression;
using System.Text;
using NfK210.Cli;
using NfK210.Flasher.Images;
using NfK210.Flasher.Tests.Simulator;
using static NfK210.Flasher.Tests.SimulatorRun;

namespace NfK210.Flasher.Tests;

/// <summary>Corrupt and oversized packages are refused by name, and before the serial port is touched.</summary>
public sealed class KfpkgHostileTests : IDisposable
{
    private const string OneModel = "{\"files\": [{\"address\": 0x300000, \"bin\": \"m.kmodel\", \"sha256Prefix\": false}]}";

    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static FlashException Refuse(byte[] package) =>
        Assert.Throws<FlashException>(() => KfpkgPackage.Read(new MemoryStream(package), "t.kfpkg"));

    /// <summary>A package whose one entry is stored (not deflated), so a byte of its data can be edited in place.</summary>
    private static (byte[] Package, int DataStart) Stored(byte[] model)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (Stream s = zip.CreateEntry("flash-list.json", CompressionLevel.NoCompression).Open())
            {
                s.Write(Encoding.UTF8.GetBytes(OneModel));
            }

            using (Stream s = zip.CreateEntry("m.kmodel", CompressionLevel.NoCompression).Open())
            {
                s.Write(model);
            }
        }

        byte[] package = stream.ToArray();
        int start = package.AsSpan().IndexOf(model.AsSpan(0, 64));
        Assert.True(start > 0, "the stored entry's bytes were not found in the archive");
        return (package, start);
    }

    [Fact]
    public void EntryWithWrongCrc_IsRefusedNamingIt()
    {
        (byte[] package, int start) = Stored(Packages.Noise(10_000, 1));
        package[start + 5_000] ^= 0x01;

        FlashException e = Refuse(package);

        Assert.Equal(FlashErrorKind.BadInput, e.Kind);
        Assert.Contains("t.kfpkg: m.kmodel is corrupt: its CRC-32 is 0x", e.Message);
    }

    [Fact]
    public void CorruptDeflateStream_IsRefusedNamingTheEntry()
    {
        byte[] model = new byte[200_000]; // zeros deflate to a short stream; its middle is then overwritten
        byte[] package = Packages.Build(OneModel, ("m.kmodel", model));
        // The list is deflated, so the first plain "m.kmodel" is the entry's local header name; its data follows.
        int name = package.AsSpan().IndexOf("m.kmodel"u8);
        Assert.True(name > 0);
        int at = name + 8 + 4;
        for (int i = 0; i < 16; i++)
        {
            package[at + i] = 0xFF;
        }

        FlashException e = Refuse(package);

        Assert.Contains("m.kmodel", e.Message);
    }

    [Fact]
    public void FlashListThatIsAnArray_IsANamedError()
    {
        FlashException e = Refuse(Packages.Build("[{\"files\": []}]", ("m.kmodel", [1])));

        Assert.Equal("t.kfpkg: flash-list.json must be a JSON object with a \"files\" array, not an array", e.Message);
    }

    [Fact]
    public void FileEntryThatIsNotAnObject_IsANamedError()
    {
        FlashException e = Refuse(Packages.Build("{\"files\": [\"m.kmodel\"]}", ("m.kmodel", [1])));

        Assert.Equal("t.kfpkg: flash-list.json files[0] must be an object, not a string", e.Message);
    }

    [Fact]
    public void EntryDeclaringMoreThanTheFlash_IsRefusedBeforeInflating()
    {
        // 17 MiB of zeros: about 17 KB in the archive.
        byte[] package = Packages.Build(OneModel, ("m.kmodel", new byte[17 << 20]));
        Assert.True(package.Length < 100_000);
        long before = GC.GetAllocatedBytesForCurrentThread();

        FlashException e = Refuse(package);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("(m.kmodel) brings the files to 17825792 bytes when inflated, more than the 16 MiB", e.Message);
        Assert.True(allocated < 4 << 20, $"{allocated} bytes were allocated to refuse the package");
    }

    [Fact]
    public void EntriesTogetherBeyondTheFlash_AreRefused()
    {
        const string list = "{\"files\": [{\"address\": 0, \"bin\": \"a.bin\", \"sha256Prefix\": false}, " +
                            "{\"address\": 0x900000, \"bin\": \"b.bin\", \"sha256Prefix\": false}]}";
        FlashException e = Refuse(Packages.Build(list, ("a.bin", new byte[9 << 20]), ("b.bin", new byte[8 << 20])));

        Assert.Contains("files[1] (b.bin) brings the files to 17825792 bytes", e.Message);
    }

    [Fact]
    public void GoodPackage_StillReads()
    {
        byte[] model = Packages.Noise(70_000, 9);

        IReadOnlyList<FlashRegion> regions = KfpkgPackage.Read(
            new MemoryStream(Packages.Build(OneModel, ("m.kmodel", model))), "t.kfpkg");

        Assert.Equal(model, Assert.Single(regions).Bytes);
    }

    [Theory]
    [InlineData("crc")]
    [InlineData("array")]
    [InlineData("oversized")]
    public void FlashCommand_BadPackage_RefusedBeforeThePortIsUsed(string kind)
    {
        byte[] package = kind switch
        {
            "crc" => CorruptCrc(),
            "array" => Packages.Build("[]", ("m.kmodel", [1])),
            _ => Packages.Build(OneModel, ("m.kmodel", new byte[17 << 20])),
        };
        using var sim = new IspSimulator();
        var output = new StringWriter();
        var error = new StringWriter();

        int code = CliApp.Run(
            ["flash", _files.Write("bad.kfpkg", package), "--port", sim.Port, "--stub", _files.Write("stub.bin", Stub)],
            output, error);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.StartsWith("error: bad.kfpkg: ", error.ToString());
        Assert.DoesNotContain("flashing", output.ToString());
        Thread.Sleep(200); // anything written to the port would have reached the simulator by now
        Assert.Empty(sim.Log);
        Assert.Equal(0, sim.Resets);
    }

    private static byte[] CorruptCrc()
    {
        (byte[] package, int start) = Stored(Packages.Noise(10_000, 2));
        package[start + 100] ^= 0x80;
        return package;
    }
}
