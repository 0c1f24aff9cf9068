using NfK210.Flasher.Boards;
using NfK210.Flasher.Transport;

namespace NfK210.Flasher.Tests;

public sealed class BoardProfileTests : IDisposable
{
    private readonly string _sys = Directory.CreateTempSubdirectory("nfk210-sys-").FullName;

    public void Dispose() => Directory.Delete(_sys, true);

    [Theory]
    // Spec §3 table, enter-ISP then boot sequences, written as T/F pairs (DTR, RTS).
    [InlineData("kd233", "FF TF FT", "FF TF FF")]
    [InlineData("goE", "FF TF FT", "FF TF FF")]
    [InlineData("maixduino", "FF TF FT", "FF TF FF")]
    [InlineData("bit_mic", "FF TF FT", "FF TF FF")]
    [InlineData("amigo", "FF TF FT", "FF TF FF")]
    [InlineData("cube", "FF TF FT", "FF TF FF")]
    [InlineData("dan", "FF FT TF", "FF FT FF")]
    [InlineData("bit", "FF FT TF", "FF FT FF")]
    [InlineData("trainer", "FF FT TF", "FF FT FF")]
    [InlineData("goD", "TT TF TF", "FF TF TT")]
    public void Profile_ResetSequences_MatchSpecTable(string name, string enter, string boot)
    {
        BoardProfile profile = BoardProfiles.Find(name) ?? throw new Xunit.Sdk.XunitException($"no {name}");
        Assert.Equal(enter, Format(profile.Wiring!.EnterIsp));
        Assert.Equal(boot, Format(profile.Wiring.BootFlash));
    }

    [Fact]
    public void AutoOrder_IsDanKd233GoDKd233()
    {
        Assert.Equal(["dan", "kd233", "goD", "kd233"], BoardProfiles.AutoOrder.Select(w => w.Name));
        Assert.True(BoardProfiles.Find("auto")!.IsAuto);
    }

    [Fact]
    public void FastRomMode_OnlyForFt2232Boards()
    {
        Assert.Equal(["go", "trainer"], BoardProfiles.All.Where(p => p.RomFastMode).Select(p => p.Name));
    }

    [Fact]
    public void Choose_GoGivenFirstFtdiInterface_MovesToSecond()
    {
        FakeUsbPort("ttyUSB0", "1-1", 0x0403, 0x6010, 0);
        FakeUsbPort("ttyUSB1", "1-1", 0x0403, 0x6010, 1);
        IReadOnlyList<PortInfo> ports = PortList.UsbPorts(_sys);
        Assert.Equal(2, ports.Count);
        Assert.Equal(0, ports[0].InterfaceNumber);
        string chosen = BridgeSelector.Choose("/dev/ttyUSB0", BoardProfiles.Find("go")!, ports, out string? note);
        Assert.Equal("/dev/ttyUSB1", chosen);
        Assert.Contains("interface 1", note);
        Assert.Equal("/dev/ttyUSB0",
            BridgeSelector.Choose("/dev/ttyUSB0", BoardProfiles.Find("trainer")!, ports, out _));
    }

    [Fact]
    public void Choose_NoPortGiven_OnlyCandidateOrErrorListingPorts()
    {
        FakeUsbPort("ttyUSB0", "1-1", 0x0403, 0x6010, 0);
        FakeUsbPort("ttyUSB1", "1-1", 0x0403, 0x6010, 1);
        FakeUsbPort("ttyUSB2", "1-2", 0x1A86, 0x7523, 0);
        IReadOnlyList<PortInfo> ports = PortList.UsbPorts(_sys);
        var e = Assert.Throws<FlashException>(() => BridgeSelector.Choose(null, BoardProfiles.Auto, ports, out _));
        Assert.Equal(FlashErrorKind.NoPort, e.Kind);
        Assert.Contains("/dev/ttyUSB2 (WCH CH340 1a86:7523, interface 0)", e.Message);
        Assert.Equal("/dev/ttyUSB2", BridgeSelector.Choose(null, BoardProfiles.Find("bit")!, [ports[2]], out _));
    }

    private static string Format(IReadOnlyList<ModemState> steps) =>
        string.Join(' ', steps.Select(s => $"{(s.Dtr ? 'T' : 'F')}{(s.Rts ? 'T' : 'F')}"));

    /// <summary>sysfs as Linux lays it out for a usb-serial port: class/tty/X/device → …/usb/1-1/1-1:1.N/X.</summary>
    private void FakeUsbPort(string name, string usb, int vid, int pid, int iface)
    {
        string device = Path.Combine(_sys, "devices", "usb1", usb);
        string ifaceDir = Path.Combine(device, $"{usb}:1.{iface}");
        string portDir = Path.Combine(ifaceDir, name);
        Directory.CreateDirectory(portDir);
        File.WriteAllText(Path.Combine(device, "idVendor"), $"{vid:x4}\n");
        File.WriteAllText(Path.Combine(device, "idProduct"), $"{pid:x4}\n");
        File.WriteAllText(Path.Combine(ifaceDir, "bInterfaceNumber"), $"{iface:x2}\n");
        string classDir = Path.Combine(_sys, "class", "tty", name);
        Directory.CreateDirectory(classDir);
        Directory.CreateSymbolicLink(Path.Combine(classDir, "device"), portDir);
    }
}
