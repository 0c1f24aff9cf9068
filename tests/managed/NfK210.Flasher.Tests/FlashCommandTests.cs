using NfK210.Cli;
using NfK210.Cli.Flash;
using NfK210.Flasher.Tests.Simulator;
using static NfK210.Flasher.Tests.SimulatorRun;

namespace NfK210.Flasher.Tests;

/// <summary>`nfk210 flash` as users (and the outside check) run it, against the simulator on a pseudo-terminal.</summary>
public sealed class FlashCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Write(string name, byte[] bytes) => _files.Write(name, bytes);

    private static (int Code, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Flash_FirmwareThenModelAtAddress_MaixBitFlow_FlashIdentical()
    {
        byte[] firmware = Packages.Noise(90_000, 21);
        byte[] model = Packages.Noise(40_001, 22);
        string stub = Write("stub.bin", Stub);
        using var sim = new IspSimulator();

        var first = Cli("flash", Write("maixpy.bin", firmware), "--port", sim.Port, "--board", "bit", "--stub", stub);
        Assert.True(first.Code == 0, first.Error);
        Assert.Contains("done: 90,112 bytes written at 115200 baud, verified", first.Output);
        Assert.Contains("warning: cannot set DTR/RTS", first.Error);

        sim.PressReset();
        var second = Cli("flash", Write("mnist.kmodel", model), "--port", sim.Port, "--board", "bit", "--address",
            "0x300000", "--baud", "1500000", "--stub", stub);
        Assert.True(second.Code == 0, second.Error);
        Assert.Contains("at 1500000 baud, verified", second.Output);
        AssertFlash(ExpectedFlash(firmware, 0x300000, model), sim.Flash);
    }

    [Fact]
    public void Flash_Kfpkg_WithoutStubExtensions_ReportsNotVerified()
    {
        byte[] firmware = Packages.Noise(20_000, 23);
        byte[] model = Packages.Noise(5_000, 24);
        string package = Write("app.kfpkg", Packages.Build(
            "{\"version\": \"0.1.0\", \"files\": [{\"address\": 0, \"bin\": \"f.bin\", \"sha256Prefix\": true}, " +
            "{\"address\": 0xA00000, \"bin\": \"m.kmodel\", \"sha256Prefix\": false}]}",
            ("f.bin", firmware), ("m.kmodel", model)));
        using var sim = new IspSimulator(SimulatedStub.CoreOnly);
        var run = Cli("flash", package, "--port", sim.Port, "--stub", Write("stub.bin", Stub));
        Assert.True(run.Code == 0, run.Error);
        Assert.Contains("NOT verified", run.Output);
        Assert.Contains("does not know nf-k210's hash", run.Error);
        AssertFlash(ExpectedFlash(firmware, 0xA00000, model), sim.Flash);
    }

    [BuiltStubFact]
    public void Flash_WithoutStubOption_UploadsTheBuiltStubByteForByte()
    {
        byte[] stub = File.ReadAllBytes(BuiltStubFactAttribute.Path!);
        Assert.InRange(stub.Length, 1024, 64 * 1024);
        // start.S's first instruction at 0x80000000: auipc gp (opcode 0x17, rd = x3)
        Assert.Equal(0x97, stub[0]);
        Assert.Equal(0x01, stub[1] & 0x0F);
        byte[] firmware = Packages.Noise(10_000, 25);
        // the simulator only starts stage 2 when SRAM holds exactly the built stub
        using var sim = new IspSimulator { KnownStub = stub };
        var run = Cli("flash", Write("fw.bin", firmware), "--port", sim.Port);
        Assert.True(run.Code == 0, run.Error);
        Assert.Contains($"flash stub: {BuiltStubFactAttribute.Path} ({stub.Length} bytes)", run.Output);
        Assert.Equal(stub, sim.Sram[..stub.Length]);
        AssertFlash(ExpectedFlash(firmware), sim.Flash);
    }

    [Fact]
    public void Flash_Help_DocumentsEveryOptionAndBoard()
    {
        var help = Cli("flash", "--help");
        Assert.Equal(0, help.Code);
        foreach (string word in new[] { "FILE", "--port", "--board", "--baud", "--address", "--sram", "--stub",
                     "--no-verify", "--no-reboot", "--force", "bit", "dock", "goE", "maixduino", "amigo", "cube",
                     "kd233", "trainer", ".kfpkg", "SHA-256" })
        {
            Assert.Contains(word, help.Output);
        }
    }

    [Fact]
    public void ProgressLine_RateAndTimeLeft()
    {
        Assert.Equal("50% (5,120 of 10,240 bytes), 5.0 KiB/s, 1 s left",
            ConsoleFlashObserver.Line(5120, 10240, TimeSpan.FromSeconds(1)));
        Assert.Equal("100% (10,240 of 10,240 bytes), 2.5 KiB/s",
            ConsoleFlashObserver.Line(10240, 10240, TimeSpan.FromSeconds(4)));
        Assert.Equal("0% (0 of 10,240 bytes)", ConsoleFlashObserver.Line(0, 10240, TimeSpan.FromSeconds(4)));
    }

    [Theory]
    [InlineData("--address", "0x30zz", "is not a number")]
    [InlineData("--address", "0x300100", "not a multiple of 4 KiB")]
    [InlineData("--board", "nosuch", "nosuch")]
    [InlineData("--baud", "100", "between 9600 and 8000000")]
    public void Flash_BadArguments_FailBeforeTouchingThePort(string option, string value, string expected)
    {
        var run = Cli("flash", Write("m.bin", [1, 2, 3]), "--port", "/dev/ttyNFK210-none", "--stub",
            Write("stub.bin", Stub), option, value);
        Assert.NotEqual(0, run.Code);
        Assert.Contains(expected, run.Error);
    }

    [Fact]
    public void Flash_NoSuchPort_SaysSo()
    {
        var run = Cli("flash", Write("m.bin", [1, 2, 3]), "--port", "/dev/ttyNFK210-none", "--stub", Write("s.bin", Stub));
        Assert.Equal(1, run.Code);
        Assert.Contains("error: serial port /dev/ttyNFK210-none does not exist", run.Error);
    }
}
