using NfK210.Flasher.Flashing;
using NfK210.Flasher.Tests.Simulator;
using NfK210.Flasher.Transport;
using static NfK210.Flasher.Tests.SimulatorRun;

namespace NfK210.Flasher.Tests;

/// <summary>Reset sequences and auto-detection against a chip wired as the spec's §3 table says.</summary>
public class ResetWiringTests
{
    private static readonly byte[] Firmware = Packages.Noise(20_000, 31);

    private static (FlashResult Result, RecordingObserver Observer, WiredLink Link) Run(
        IspSimulator sim, string boardWiring, string board)
    {
        sim.BootFromFlash(); // powered on, running its old firmware: silent
        var observer = new RecordingObserver();
        var link = new WiredLink(SerialPortLink.Open(sim.Port, 115200), sim, boardWiring);
        using (link)
        {
            FlashResult result = new Flashing.Flasher(link, Options(board), observer).Run(Raw(0, Firmware));
            return (result, observer, link);
        }
    }

    [Theory]
    [InlineData("dan", "bit")]
    [InlineData("dan", "dock")]
    [InlineData("kd233", "maixduino")]
    [InlineData("kd233", "goE")]
    public void RightProfile_EntersIspAtOnceAndRebootsIntoFlash(string wiring, string board)
    {
        using var sim = new IspSimulator();
        (FlashResult result, RecordingObserver observer, WiredLink link) = Run(sim, wiring, board);
        Assert.Equal(1, sim.Count(Protocol.IspOpcode.RomGreeting));
        Assert.True(result.Rebooted);
        Assert.True(sim.InUserProgram); // the boot sequence released RESET with BOOT high
        Assert.Equal(2, sim.Resets);
        Assert.Equal(6, link.Lines.Count); // enter ISP (3 steps) + boot (3 steps)
        Assert.DoesNotContain(observer.Warnings, w => w.Contains("DTR/RTS"));
        AssertFlash(ExpectedFlash(null, 0, Firmware), sim.Flash);
    }

    [Fact]
    public void Auto_Kd233WiredBoard_DanFailsThenKd233Answers()
    {
        using var sim = new IspSimulator();
        (FlashResult result, RecordingObserver observer, WiredLink link) = Run(sim, "kd233", "auto");
        Assert.Equal("kd233", result.Wiring!.Name);
        Assert.Contains(observer.Infos, i => i.Contains("answered to the kd233 reset sequence"));
        // dan's sequence (no answer: the chip stays in reset), kd233's (answered), then kd233's boot sequence
        Assert.Equal(["FF", "FT", "TF", "FF", "TF", "FT", "FF", "TF", "FF"], link.Lines);
        Assert.Equal(1, sim.Count(Protocol.IspOpcode.RomGreeting)); // the silent chip logs nothing
        AssertFlash(ExpectedFlash(null, 0, Firmware), sim.Flash);
    }

    [Fact]
    public void WrongProfile_SaysSoAndGoesOnWithTheWiringThatWorks()
    {
        using var sim = new IspSimulator();
        (FlashResult result, RecordingObserver observer, WiredLink link) = Run(sim, "kd233", "bit");
        Assert.Equal("kd233", result.Wiring!.Name);
        Assert.Contains(observer.Warnings, w => w.Contains("did not answer to the bit reset sequence") &&
                                                w.Contains("wrong board profile") && w.Contains("maixduino"));
        // bit's (dan) sequence for every attempt, then kd233's, then kd233's boot sequence
        Assert.Equal((Timing.RomGreetingAttempts + 2) * 3, link.Lines.Count);
        Assert.Equal(["FF", "TF", "FT"], link.Lines[(Timing.RomGreetingAttempts * 3)..(Timing.RomGreetingAttempts * 3 + 3)]);
        AssertFlash(ExpectedFlash(null, 0, Firmware), sim.Flash);
    }
}
