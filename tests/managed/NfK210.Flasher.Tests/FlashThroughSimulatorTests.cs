using NfK210.Flasher.Flashing;
using NfK210.Flasher.Images;
using NfK210.Flasher.Protocol;
using NfK210.Flasher.Tests.Simulator;
using static NfK210.Flasher.Tests.SimulatorRun;

namespace NfK210.Flasher.Tests;

/// <summary>Whole runs through the pseudo-terminal against the simulated boot ROM and stub, no fault.</summary>
public class FlashThroughSimulatorTests
{
    private static readonly byte[] Firmware = Packages.Noise(300 * 1024 + 77, 1);
    private static readonly byte[] Model = Packages.Noise(200 * 1024 + 13, 2);

    [Fact]
    public void Kfpkg_FirmwareAndModel_FlashIsByteIdenticalAndVerified()
    {
        using var sim = new IspSimulator();
        var observer = new RecordingObserver();
        FlashResult result = Run(sim, Kfpkg(Firmware, 0x300000, Model), Options(), observer);

        AssertFlash(ExpectedFlash(Firmware, 0x300000, Model), sim.Flash);
        Assert.Equal(Stub, sim.Sram[..Stub.Length]);
        Assert.Equal(0x80000000u, sim.BootedAt);
        Assert.Equal((Stub.Length + 1023) / 1024, sim.Count(IspOpcode.MemoryWrite));
        Assert.True(result.Verified);
        Assert.Equal(16L << 20, result.Flash!.Capacity);
        Assert.Equal(0xEF4018u, result.Flash.JedecId);
        // 300 KiB + 37 → 76 sectors; 200 KiB + 13 → 51 sectors
        Assert.Equal((76 + 51) * 4096L, result.BytesWritten);
        Assert.Equal(result.BytesWritten, observer.LastProgress[FlashPhase.FlashWrite]);
        Assert.Contains(observer.Warnings, w => w.Contains("cannot set DTR/RTS"));
    }

    [Fact]
    public void FirmwareThenModelAtAddress_TwoRuns_BothSurvive()
    {
        using var sim = new IspSimulator();
        byte[] firmwareImage = FirmwareImage.Wrap(Firmware);
        Run(sim, new FlashJob("fw", new FlashPlan([new FlashRegion("fw", 0, firmwareImage, true)]), null, []),
            Options("bit"), new RecordingObserver());
        sim.PressReset();
        Run(sim, Raw(0x300000, Model), Options("bit"), new RecordingObserver());
        AssertFlash(ExpectedFlash(Firmware, 0x300000, Model), sim.Flash);
    }

    [Fact]
    public void ModelAtAddressInsideTheBoardsFirmware_IsRefusedBeforeWriting()
    {
        using var sim = new IspSimulator();
        Run(sim, new FlashJob("fw", new FlashPlan([new FlashRegion("fw", 0, FirmwareImage.Wrap(Firmware), true)]), null, []),
            Options(), new RecordingObserver());
        sim.PressReset();
        int writes = sim.Count(IspOpcode.FlashWrite);
        var e = Assert.Throws<FlashException>(() => Run(sim, Raw(0x40000, Model), Options(), new RecordingObserver()));
        Assert.Equal(FlashErrorKind.BadInput, e.Kind);
        Assert.Contains("would overwrite the firmware", e.Message);
        Assert.Contains("0x4C000", e.Message); // 5 + 307277 + 32 bytes end in sector 0x4B000
        Assert.Equal(writes, sim.Count(IspOpcode.FlashWrite));
        AssertFlash(ExpectedFlash(Firmware), sim.Flash);
    }

    [Theory]
    [InlineData("bit", 2000000, 2000000)]
    [InlineData("go", 1500000, 1500000)]
    public void HighBaud_StubAndRomRates_FlashIdentical(string board, int baud, int expectedRate)
    {
        using var sim = new IspSimulator();
        FlashResult result = Run(sim, Kfpkg(Firmware, 0x300000, Model), Options(board, baud), new RecordingObserver());
        Assert.Equal(expectedRate, result.BaudRate);
        AssertFlash(ExpectedFlash(Firmware, 0x300000, Model), sim.Flash);
        Assert.Equal(board == "go" ? 1 : 0, sim.Log.Count(l => l.StartsWith("C6 ")));
        Assert.Equal(1, sim.Log.Count(l => l.StartsWith("D6 ")));
    }

    [Fact]
    public void SramMode_Binary_LoadedAndStartedWithoutStub()
    {
        using var sim = new IspSimulator { KnownStub = Stub };
        byte[] program = Packages.Noise(3000, 3);
        var job = new FlashJob("app", null, new SramImage([(0x80000000u, program)], 0x80000000), []);
        FlashResult result = Run(sim, job, Options(), new RecordingObserver());
        Assert.Equal(program, sim.Sram[..program.Length]);
        Assert.True(sim.InUserProgram);
        Assert.Equal(0x80000000u, sim.BootedAt);
        Assert.Equal(3, sim.Count(IspOpcode.MemoryWrite));
        Assert.Equal(0, sim.Count(IspOpcode.FlashGreeting));
        Assert.Equal(3000, result.BytesWritten);
    }

    [Fact]
    public void CoreOnlyStub_ExtensionsUnknown_SaysSoAndStillWritesTheSameBytes()
    {
        using var sim = new IspSimulator(SimulatedStub.CoreOnly);
        var observer = new RecordingObserver();
        FlashResult result = Run(sim, Kfpkg(Firmware, 0x300000, Model), Options(), observer);
        AssertFlash(ExpectedFlash(Firmware, 0x300000, Model), sim.Flash);
        Assert.False(result.Verified);
        Assert.Null(result.Flash);
        Assert.Contains(observer.Warnings, w => w.Contains("does not know nf-k210's hash (0xDA) and read (0xD9)") &&
                                                w.Contains("CRC-32"));
    }
}
