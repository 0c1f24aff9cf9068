using NfK210.Cli.Exec;
using NfK210.Cli.WireProtocol;

namespace NfK210.Cli.Tests.WireProtocol;

/// <summary>`nfk210 deploy` against the simulated nanoCLR over a pseudo-terminal.</summary>
public sealed class DeployThroughSimulatorTests : IDisposable
{
    private static readonly WpTiming Fast = new()
    {
        // Long enough that a loaded CI machine does not retry spuriously (the tests count the requests).
        ReplyTimeout = TimeSpan.FromMilliseconds(1000),
        Attempts = 3,
        PacketTimeout = TimeSpan.FromMilliseconds(200),
        EraseTimePer64KiB = TimeSpan.FromMilliseconds(100),
    };

    private readonly string _directory = Directory.CreateTempSubdirectory("nfk210-deploy-").FullName;

    public void Dispose() => Directory.Delete(_directory, true);

    [Fact]
    public void NewAppReplacesTheOldOneAndItsConsoleIsPrinted()
    {
        using var device = new SimulatedNanoClr();
        byte[] old = Noise(20000, 1);
        old.CopyTo(device.Region, 0);
        new byte[8].CopyTo(device.Region, old.Length);
        byte[] app = Noise(6000, 2);
        device.ConsoleLines.AddRange(["Hello from the new app", "second line"]);

        (int code, string output, string error) = Deploy(device, app, console: true);

        Assert.True(code == 0, error);
        // Blocks 0-1 (8192 bytes) hold the new image and terminator, then erased bytes; the old app's blocks after
        // them are not touched (nanoCLR stops at the terminator).
        byte[] expected = new byte[device.Region.Length];
        Array.Fill(expected, (byte)0xFF);
        old.CopyTo(expected, 0);
        new byte[8].CopyTo(expected, old.Length);
        Array.Fill(expected, (byte)0xFF, 0, 8192);
        app.CopyTo(expected, 0);
        Array.Fill(expected, (byte)0, app.Length, 8);
        AssertBytes(expected, device.Region);
        Assert.Equal(
            ["Ping", "FlashSectorMap", "EraseMemory 0x00400000 4096", "EraseMemory 0x00401000 4096",
             "WriteMemory 0x00400000 1016", "WriteMemory 0x004003F8 1016", "WriteMemory 0x004007F0 1016",
             "WriteMemory 0x00400BE8 1016", "WriteMemory 0x00400FE0 1016", "WriteMemory 0x004013D8 928",
             "CheckMemory 0x00400000 6008", "Reboot", "reply to Ping"],
            device.Log);
        Assert.Equal(2u, device.RebootOptions); // ClrOnly
        Assert.Equal("Hello from the new app\nsecond line\n", output);
        Assert.Contains("the app exited", error);
    }

    [Fact]
    public void ALostReplyIsRetried()
    {
        using var device = new SimulatedNanoClr();
        device.Faults[(WpCommand.WriteMemory, 2)] = SimulatedFault.DropReply;
        device.Faults[(WpCommand.EraseMemory, 1)] = SimulatedFault.DropReply;
        byte[] app = Noise(3000, 3);

        (int code, _, string error) = Deploy(device, app);

        Assert.True(code == 0, error);
        AssertDeployed(device, app);
        Assert.Equal(2, device.Log.Count(l => l == "WriteMemory 0x004003F8 1016"));
        Assert.Equal(2, device.Log.Count(l => l == "EraseMemory 0x00400000 4096"));
    }

    [Theory]
    [InlineData(SimulatedFault.CorruptPayload)]
    [InlineData(SimulatedFault.CorruptHeader)]
    public void AGarbledReplyIsRetried(SimulatedFault fault)
    {
        using var device = new SimulatedNanoClr();
        device.Faults[(WpCommand.CheckMemory, 1)] = fault;
        device.Faults[(WpCommand.FlashSectorMap, 1)] = fault;
        byte[] app = Noise(2048, 4);

        (int code, _, string error) = Deploy(device, app);

        Assert.True(code == 0, error);
        AssertDeployed(device, app);
        Assert.Equal(2, device.Log.Count(l => l == "FlashSectorMap"));
        Assert.Equal(2, device.Log.Count(l => l.StartsWith("CheckMemory", StringComparison.Ordinal)));
    }

    [Fact]
    public void ADeploymentThatDoesNotFitIsRefusedBeforeAnythingIsErased()
    {
        using var device = new SimulatedNanoClr();
        byte[] before = Noise(device.Region.Length, 5);
        before.CopyTo(device.Region, 0);
        // 65532 + 8 bytes of terminator is 4 bytes more than the 64 KiB region.
        byte[] app = Noise(65532, 6);

        (int code, _, string error) = Deploy(device, app);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("needs 65540 bytes", error);
        Assert.Contains("holds 65536", error);
        Assert.Contains("nothing was erased", error);
        Assert.DoesNotContain(device.Log, l => l.StartsWith("EraseMemory", StringComparison.Ordinal));
        Assert.DoesNotContain(device.Log, l => l.StartsWith("WriteMemory", StringComparison.Ordinal));
        AssertBytes(before, device.Region);
    }

    [Fact]
    public void ADeploymentThatExactlyFillsTheRegionIsAccepted()
    {
        using var device = new SimulatedNanoClr();
        byte[] app = Noise(65528, 7);

        (int code, _, string error) = Deploy(device, app);

        Assert.True(code == 0, error);
        AssertDeployed(device, app);
    }

    [Fact]
    public void WritesFitTheDevicePacketSizeInMultiplesOfFour()
    {
        using var device = new SimulatedNanoClr(packetSize: 256);
        byte[] app = Noise(1000, 8);

        (int code, _, string error) = Deploy(device, app);

        Assert.True(code == 0, error);
        AssertDeployed(device, app);
        Assert.Equal(248, device.LargestWrite);
        Assert.All(device.Log.Where(l => l.StartsWith("WriteMemory", StringComparison.Ordinal)),
            l => Assert.Equal(0, int.Parse(l.Split(' ')[2]) % 4));
    }

    [Fact]
    public void AReplyThatNeverComesEndsWithAClearErrorAfterBoundedTries()
    {
        using var device = new SimulatedNanoClr();
        device.Faults[(WpCommand.WriteMemory, 0)] = SimulatedFault.NeverReply;

        (int code, _, string error) = Deploy(device, Noise(2000, 9));

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("WriteMemory: no valid reply after 3 tries", error);
        Assert.Equal(3, device.Log.Count(l => l.StartsWith("WriteMemory", StringComparison.Ordinal)));
        Assert.DoesNotContain("Reboot", device.Log);
    }

    [Fact]
    public void PlainTextBeforeTheDebuggerAnswersIsPrintedToo()
    {
        using var device = new SimulatedNanoClr { PlainTextBeforePing = "nanoCLR booting\n" };
        device.ConsoleLines.Add("app line");

        (int code, string output, string error) = Deploy(device, Noise(400, 10), console: true);

        Assert.True(code == 0, error);
        Assert.Equal("nanoCLR booting\napp line\n", output);
    }

    [Fact]
    public void NoDeviceOnThePortSaysHowToFlashOurImage()
    {
        using var silent = new Flasher.Tests.Simulator.PseudoTerminal();
        string image = WriteImage(Noise(400, 11));
        var output = new StringWriter();
        var error = new StringWriter();
        var options = new BoardDeployOptions(silent.SlavePath, 115200, false, TimeSpan.FromSeconds(1), false) { Timing = Fast };

        var e = Assert.Throws<CliException>(() => BoardDeployment.Run(image, options, new CommandContext(output, error)));

        Assert.Contains($"nothing on {silent.SlavePath} answers nanoFramework's wire protocol", e.Message);
        Assert.Contains($"./nfk210 flash {BoardDeployment.BoardImage} --port {silent.SlavePath}", e.Message);
    }

    [Fact]
    public void TheDeployCommandRefusesAnImageThatIsNotWordAligned()
    {
        using var device = new SimulatedNanoClr();
        string image = WriteImage(Noise(402, 12));

        CliResult result = CliRunner.Run("deploy", image, "--port", device.Port, "--no-console");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("402 bytes; it must be a non-empty multiple of 4", result.Error);
        Assert.Empty(device.Log);
    }

    [Fact]
    public void TheDeployCommandDeploysABuiltImage()
    {
        using var device = new SimulatedNanoClr();
        byte[] app = Noise(1200, 13);

        CliResult result = CliRunner.Run("deploy", WriteImage(app), "--port", device.Port, "--no-console");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertDeployed(device, app);
        Assert.Contains("Reboot", device.Log);
    }

    [Fact]
    public void ExecOnTheBoardNeedsAPort()
    {
        CliResult result = CliRunner.Run("exec", WriteImage(Noise(400, 14)), "--target", "board");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("--target board needs --port PORT", result.Error);
    }

    [Fact]
    public void ExecOnTheBoardDeploysAndPrintsTheAppOutput()
    {
        using var device = new SimulatedNanoClr();
        device.ConsoleLines.Add("42");
        byte[] app = Noise(800, 15);

        CliResult result = CliRunner.Run("exec", WriteImage(app), "--target", "board", "--port", device.Port, "--timeout", "20");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("42\n", result.Output);
        AssertDeployed(device, app);
    }

    private (int Code, string Output, string Error) Deploy(SimulatedNanoClr device, byte[] app, bool console = false)
    {
        string image = WriteImage(app);
        var output = new StringWriter();
        var error = new StringWriter();
        var options = new BoardDeployOptions(device.Port, 115200, console, TimeSpan.FromSeconds(20), true) { Timing = Fast };
        int code;
        try
        {
            code = BoardDeployment.Run(image, options, new CommandContext(output, error));
        }
        catch (CliException e)
        {
            error.WriteLine(e.Message);
            code = e.ExitCode;
        }

        return (code, output.ToString(), error.ToString());
    }

    private string WriteImage(byte[] app)
    {
        string path = Path.Combine(_directory, $"app{app.Length}.bin");
        File.WriteAllBytes(path, app);
        return path;
    }

    /// <summary>The region starts with the image and the 8-byte zero terminator.</summary>
    private static void AssertDeployed(SimulatedNanoClr device, byte[] app)
    {
        byte[] expected = [.. app, 0, 0, 0, 0, 0, 0, 0, 0];
        AssertBytes(expected, device.Region.AsSpan(0, expected.Length).ToArray());
    }

    private static void AssertBytes(byte[] expected, byte[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        int same = expected.AsSpan().CommonPrefixLength(actual);
        Assert.True(same == expected.Length,
            same == expected.Length ? string.Empty : $"differs at 0x{same:X}: 0x{actual[same]:X2}, expected 0x{expected[same]:X2}");
    }

    private static byte[] Noise(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
