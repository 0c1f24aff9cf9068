using NfK210.Flasher.Boards;
using NfK210.Flasher.Flashing;
using NfK210.Flasher.Images;
using NfK210.Flasher.Tests.Simulator;
using NfK210.Flasher.Transport;

namespace NfK210.Flasher.Tests;

/// <summary>Runs the flasher against the simulator through the pseudo-terminal, as `nfk210 flash` does.</summary>
public static class SimulatorRun
{
    /// <summary>A stand-in stage-2 program: the simulator plays the stub, so only the upload is checked.</summary>
    public static readonly byte[] Stub = Packages.Noise(5000, 0x5712);

    /// <summary>kflash's timings scaled down so faults cost milliseconds, not seconds.</summary>
    public static FlashTiming Timing { get; } = new()
    {
        ResetStep = TimeSpan.FromMilliseconds(1),
        RomGreetingTimeout = TimeSpan.FromMilliseconds(300),
        RomGreetingAttempts = 3,
        ReplyTimeout = TimeSpan.FromMilliseconds(600),
        BaudSwitchDelay = TimeSpan.FromMilliseconds(30),
        BootDelay = TimeSpan.FromMilliseconds(10),
        StubGreetingAttempts = 3,
        StubGreetingInterval = TimeSpan.FromMilliseconds(20),
        BaudGreetingAttempts = 2,
        BaudGreetingTimeout = TimeSpan.FromMilliseconds(300),
        StubBaudProbation = TimeSpan.FromMilliseconds(900),
        PacketRetries = 10,
        TransmitQueueBytes = 0,
        LateReplySettle = TimeSpan.FromMilliseconds(50),
    };

    public static FlashOptions Options(string board = "auto", int baud = 115200) => new()
    {
        Board = BoardProfiles.Find(board)!,
        BaudRate = baud,
        Stub = Stub,
        Timing = Timing,
    };

    public static FlashResult Run(IspSimulator sim, FlashJob job, FlashOptions options, RecordingObserver observer)
    {
        using SerialPortLink link = SerialPortLink.Open(sim.Port, FlashOptions.IspBaudRate);
        return new Flashing.Flasher(link, options, observer).Run(job);
    }

    public static FlashJob Kfpkg(byte[] firmware, uint modelAddress, byte[] model)
    {
        string list = $$"""
            {"version": "0.1.0", "files": [
              {"address": 0x00000000, "bin": "fw.bin", "sha256Prefix": true},
              {"address": 0x{{modelAddress:X8}}, "bin": "m.kmodel", "sha256Prefix": false}]}
            """;
        using var stream = new MemoryStream(Packages.Build(list, ("fw.bin", firmware), ("m.kmodel", model)));
        return new FlashJob("test package", new FlashPlan(KfpkgPackage.Read(stream, "t.kfpkg")), null, []);
    }

    public static FlashJob Raw(uint address, byte[] data) =>
        new("raw", new FlashPlan([new FlashRegion("raw", address, data, false)]), null, []);

    /// <summary>
    /// The flash as it must read after writing a bootable firmware and raw data, worked out here from spec §9.1
    /// without the flasher's code: 0xFF everywhere else.
    /// </summary>
    public static byte[] ExpectedFlash(byte[]? firmware, uint dataAddress = 0, byte[]? data = null)
    {
        var flash = new byte[IspSimulator.FlashSize];
        Array.Fill(flash, (byte)0xFF);
        if (firmware is not null)
        {
            byte[] header = [0, .. BitConverter.GetBytes(firmware.Length)];
            byte[] digest = System.Security.Cryptography.SHA256.HashData([.. header, .. firmware]);
            byte[] image = [.. header, .. firmware, .. digest];
            image.CopyTo(flash, 0);
        }

        data?.CopyTo(flash, (int)dataAddress);
        return flash;
    }

    /// <summary>The first differing offset, for a readable failure.</summary>
    public static void AssertFlash(byte[] expected, byte[] actual)
    {
        int same = expected.AsSpan().CommonPrefixLength(actual);
        Assert.True(same == expected.Length,
            same == expected.Length ? string.Empty : $"flash differs at 0x{same:X}: 0x{actual[same]:X2}, expected 0x{expected[same]:X2}");
    }
}
