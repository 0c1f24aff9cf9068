using NfK210.Flasher.Flashing;
using NfK210.Flasher.Protocol;
using NfK210.Flasher.Tests.Simulator;
using static NfK210.Flasher.Tests.SimulatorRun;

namespace NfK210.Flasher.Tests;

/// <summary>
/// Each fault class of spec §12 / issue 6: the flasher retries at the same address or stops with a clear error, and
/// whenever it reports success the simulated flash holds exactly the input.
/// </summary>
public class FaultTests
{
    private const byte C3 = (byte)IspOpcode.MemoryWrite;
    private const byte D4 = (byte)IspOpcode.FlashWrite;
    private const byte D7 = (byte)IspOpcode.FlashInit;
    private static readonly byte[] Firmware = Packages.Noise(150 * 1024 + 5, 11);
    private static readonly byte[] Model = Packages.Noise(70 * 1024 + 9, 12);

    public static TheoryData<FaultKind, byte, int> RecoverableFaults => new()
    {
        { FaultKind.CorruptRequest, C3, 2 },
        { FaultKind.CorruptRequest, D4, 1 },
        { FaultKind.GarbleReply, C3, 3 },
        { FaultKind.GarbleReply, D4, 2 },
        { FaultKind.DropReply, C3, 1 },
        { FaultKind.DropReply, D4, 3 },
        { FaultKind.DelayReply, D4, 2 },
        { FaultKind.DuplicateReply, D4, 1 },
        { FaultKind.ForeignReply, D4, 1 },
        { FaultKind.DebugText, D4, 1 },
        { FaultKind.DropReply, (byte)IspOpcode.FlashHash, 1 },
        { FaultKind.DropReply, (byte)IspOpcode.FlashGreeting, 1 },
        { FaultKind.DropReply, (byte)IspOpcode.RomGreeting, 1 },
    };

    [Theory]
    [MemberData(nameof(RecoverableFaults))]
    public void OneFault_IsRetriedAtTheSameAddress_FlashIdentical(FaultKind kind, byte op, int nth)
    {
        using var sim = new IspSimulator();
        // a delayed reply comes 4x the reply timeout late: a margin that survives a loaded machine, where the flasher's
        // thread may wake well after its 600 ms timeout and would then find a reply delayed by only 1 s already there
        sim.Faults.Add(new Fault(kind, op, nth) { Delay = TimeSpan.FromMilliseconds(2400), Text = "sim says hello" });
        FlashResult result = Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver());
        AssertFlash(ExpectedFlash(Firmware, 0x200000, Model), sim.Flash);
        Assert.Equal(Stub, sim.Sram[..Stub.Length]);
        Assert.True(result.Verified);
        if (op is C3 or D4 && kind != FaultKind.DebugText && kind != FaultKind.DuplicateReply)
        {
            // the packet that met the fault was sent again to the same address
            List<string> sent = [.. sim.Log.Where(l => l.StartsWith($"{op:X2} "))];
            Assert.Equal(sent[nth - 1].Split(' ')[1], sent[nth].Split(' ')[1]);
        }
    }

    [Theory]
    [InlineData(IspReason.BadDataLength)]
    [InlineData(IspReason.BadDataChecksum)]
    public void E1OrE2Reply_IsRetried(IspReason reason)
    {
        using var sim = new IspSimulator();
        sim.Faults.Add(new Fault(FaultKind.Reason, D4, 2, 3) { Reason = (byte)reason });
        Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver());
        AssertFlash(ExpectedFlash(Firmware, 0x200000, Model), sim.Flash);
    }

    [Fact]
    public void PersistentChecksumFailure_StopsAfterElevenTries()
    {
        using var sim = new IspSimulator();
        sim.Faults.Add(new Fault(FaultKind.CorruptRequest, D4, 2, int.MaxValue));
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver()));
        Assert.Equal(FlashErrorKind.CommandFailed, e.Kind);
        Assert.Contains("writing flash at 0x010000: no good reply after 11 tries", e.Message);
        Assert.Contains("bad data checksum", e.Message);
        Assert.Equal(1 + 11, sim.Count(IspOpcode.FlashWrite));
    }

    [Fact]
    public void E5Reply_AbortsAtOnce()
    {
        using var sim = new IspSimulator();
        sim.Faults.Add(new Fault(FaultKind.Reason, D4, 1) { Reason = (byte)IspReason.BadExec });
        sim.Faults.Add(new Fault(FaultKind.DebugText, D4, 1) { Text = "spi busy" });
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver()));
        Assert.Contains("execute command error (0xE5)", e.Message);
        Assert.Contains("spi busy", e.Message);
        Assert.Equal(1, sim.Count(IspOpcode.FlashWrite));
    }

    [Fact]
    public void FlashInitRejected_E4_ClearError()
    {
        using var sim = new IspSimulator();
        sim.Faults.Add(new Fault(FaultKind.Reason, D7, 1, int.MaxValue) { Reason = (byte)IspReason.BadInitialization });
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver()));
        Assert.Contains("could not initialise the flash", e.Message);
        Assert.Contains("bad initialization (0xE4)", e.Message);
        Assert.Equal(0, sim.Count(IspOpcode.FlashWrite));
    }

    [Fact]
    public void SilentCorruptionOnce_FoundByHash_RegionWrittenAgain()
    {
        using var sim = new IspSimulator();
        sim.Faults.Add(new Fault(FaultKind.SilentFlashCorruption, D4, 4));
        var observer = new RecordingObserver();
        FlashResult result = Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), observer);
        AssertFlash(ExpectedFlash(Firmware, 0x200000, Model), sim.Flash);
        Assert.True(result.Verified);
        Assert.Contains(observer.Warnings, w => w.Contains("verification failed") && w.Contains("writing m.kmodel again"));
    }

    [Fact]
    public void SilentCorruptionEveryTime_VerifyFailed()
    {
        using var sim = new IspSimulator();
        sim.Faults.Add(new Fault(FaultKind.SilentFlashCorruption, D4, 1, int.MaxValue));
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver()));
        Assert.Equal(FlashErrorKind.VerifyFailed, e.Kind);
        Assert.Contains("fw.bin was written twice", e.Message);
    }

    [Fact]
    public void BridgeCannotDoTheBaud_OurStubComesBack_FallsBackToALowerRate()
    {
        using var sim = new IspSimulator { MaxBridgeBaud = 1000000 };
        var observer = new RecordingObserver();
        FlashResult result = Run(sim, Kfpkg(Firmware, 0x200000, Model), Options("bit", 2000000), observer);
        Assert.Equal(921600, result.BaudRate);
        AssertFlash(ExpectedFlash(Firmware, 0x200000, Model), sim.Flash);
        Assert.Contains(observer.Warnings, w => w.Contains("the link failed at 2000000 baud"));
        Assert.Contains(observer.Warnings, w => w.Contains("the link failed at 1500000 baud"));
    }

    [Fact]
    public void BridgeCannotDoTheBaud_CoreOnlyStubStaysThere_ClearError()
    {
        using var sim = new IspSimulator(SimulatedStub.CoreOnly) { MaxBridgeBaud = 1000000 };
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options("bit", 2000000), new RecordingObserver()));
        Assert.Equal(FlashErrorKind.BaudRateFailed, e.Kind);
        Assert.Contains("bridge probably cannot run at 2000000 baud", e.Message);
        Assert.Contains("--baud", e.Message);
        Assert.Equal(0, sim.Count(IspOpcode.FlashWrite));
    }

    [Fact]
    public void RomFastModeFails_NoReset_ClearError()
    {
        using var sim = new IspSimulator { MaxBridgeBaud = 1000000 };
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options("go", 3000000), new RecordingObserver()));
        Assert.Equal(FlashErrorKind.BaudRateFailed, e.Kind);
        Assert.Contains("retry with --baud 115200", e.Message);
    }

    [Fact]
    public void ForeignDeviceOnThePort_NotAK210()
    {
        using var sim = new IspSimulator();
        sim.Faults.Add(new Fault(FaultKind.ForeignReply, (byte)IspOpcode.RomGreeting, 1, int.MaxValue));
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver()));
        Assert.Equal(FlashErrorKind.NotAK210, e.Kind);
        Assert.Contains("0xFA", e.Message);
        Assert.Contains("other one", e.Message);
    }

    [Fact]
    public void NothingAnswers_NoAnswerNamesPortAndIspMode()
    {
        using var pty = new PseudoTerminal();
        using var link = Transport.SerialPortLink.Open(pty.SlavePath, 115200);
        var e = Assert.Throws<FlashException>(() =>
            new Flashing.Flasher(link, Options("bit"), new RecordingObserver()).Run(Kfpkg(Firmware, 0x200000, Model)));
        Assert.Equal(FlashErrorKind.NoAnswer, e.Kind);
        Assert.Contains(pty.SlavePath, e.Message);
        Assert.Contains("hold BOOT, press RESET", e.Message);
    }

    [Fact]
    public void StubNeverStarts_StubNoAnswer()
    {
        using var sim = new IspSimulator { KnownStub = [1, 2, 3, 4] };
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver()));
        Assert.Equal(FlashErrorKind.StubNoAnswer, e.Kind);
        Assert.Contains("failed to connect to the stage-2 flash program", e.Message);
    }

    [Fact]
    public void RomNeverAcceptsUpload_StopsAfterRetries()
    {
        using var sim = new IspSimulator();
        sim.Faults.Add(new Fault(FaultKind.DropReply, C3, 2, int.MaxValue));
        var e = Assert.Throws<FlashException>(() =>
            Run(sim, Kfpkg(Firmware, 0x200000, Model), Options(), new RecordingObserver()));
        Assert.Contains("writing SRAM at 0x80000400: no good reply after 11 tries", e.Message);
        Assert.All(sim.Log.Where(l => l.StartsWith("C3 ")).Skip(1), l => Assert.StartsWith("C3 0x80000400", l));
    }

    [Fact]
    public void MissingPort_NoPortListsWhatExists()
    {
        var e = Assert.Throws<FlashException>(() => Transport.SerialPortLink.Open("/dev/ttyNFK210-none", 115200));
        Assert.Equal(FlashErrorKind.NoPort, e.Kind);
        Assert.Contains("/dev/ttyNFK210-none does not exist", e.Message);
    }

    [Fact]
    public void PermissionDenied_SaysDialout()
    {
        // Root opens any device, so the mapping is checked on an existing path with the exception Linux gives.
        string existing = Path.GetTempFileName();
        FlashException e = Transport.PortErrors.Describe(existing, new UnauthorizedAccessException("Access denied"));
        File.Delete(existing);
        Assert.Equal(FlashErrorKind.PermissionDenied, e.Kind);
        Assert.Contains("dialout", e.Message);
    }
}
