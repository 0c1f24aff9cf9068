using NfK210.Flasher.Boards;
using NfK210.Flasher.Images;
using NfK210.Flasher.Protocol;
using NfK210.Flasher.Transport;

namespace NfK210.Flasher.Flashing;

/// <summary>
/// One flashing run over a serial link (spec §8): ISP entry and stub upload through the boot ROM, then the flash
/// writes through the stage-2 program, each region verified when the program can, then a reboot into flash.
/// </summary>
public sealed class Flasher
{
    private static readonly int[] FallbackRates = [1500000, 921600, 460800];

    private readonly ISerialLink _link;
    private readonly FlashOptions _options;
    private readonly IFlashObserver _observer;
    private readonly IspChannel _channel;
    private readonly ResetController _reset;

    public Flasher(ISerialLink link, FlashOptions options, IFlashObserver observer)
    {
        _link = link;
        _options = options;
        _observer = observer;
        _channel = new IspChannel(link);
        _reset = new ResetController(link, options.Timing.ResetStep, observer);
    }

    /// <summary>Baud rates tried for stage 2: the requested one, then up to two lower ones.</summary>
    public static IReadOnlyList<int> BaudCandidates(int requested) =>
        [requested, .. FallbackRates.Where(r => r < requested).Take(2)];

    public FlashResult Run(FlashJob job)
    {
        job.Plan?.Validate(FlashPlan.DefaultFlashSize);
        foreach (string warning in job.Warnings)
        {
            _observer.Warning(warning);
        }

        try
        {
            return RunOnce(job, _options.BaudRate);
        }
        catch (FlashException e) when (e.Kind == FlashErrorKind.BaudRateFailed && _reset.CanReset &&
                                       _options.BaudRate != FlashOptions.IspBaudRate)
        {
            _observer.Warning($"{e.Message}; resetting the board and starting again at {FlashOptions.IspBaudRate} baud");
            return RunOnce(job, FlashOptions.IspBaudRate);
        }
    }

    private FlashResult RunOnce(FlashJob job, int baud)
    {
        _link.BaudRate = FlashOptions.IspBaudRate;
        var rom = new RomStage(_channel, _reset, _options, _observer);
        ResetWiring? wiring = rom.EnterIsp();
        _observer.Info($"K210 boot ROM answered on {_link.Name}");

        BoardProfile board = _options.Board;
        if (board.RomFastMode && (baud >= FlashOptions.RomFastBaudHost || job.Sram is not null) && !rom.TryFastMode())
        {
            if (!_reset.CanReset)
            {
                throw new FlashException(FlashErrorKind.BaudRateFailed,
                    $"the boot ROM stopped answering after switching to {FlashOptions.RomFastBaudHost} baud " +
                    $"({board.Name} fast mode): reset the board into ISP mode and retry with --baud 115200");
            }

            _observer.Warning($"the boot ROM did not answer at {FlashOptions.RomFastBaudHost} baud; " +
                              "resetting and uploading at 115200");
            wiring = rom.EnterIsp();
        }

        if (job.Sram is SramImage sram)
        {
            long done = 0;
            foreach ((uint address, byte[] data) in sram.Pieces)
            {
                rom.Upload(address, data, FlashPhase.SramUpload, job.Description, done, sram.TotalBytes);
                done += data.Length;
            }

            rom.Boot(sram.Entry);
            Thread.Sleep(_options.Timing.BaudSwitchDelay);
            _link.BaudRate = FlashOptions.IspBaudRate;
            _observer.Info($"started {job.Description} at 0x{sram.Entry:X8} (it runs from SRAM until the next reset)");
            return new FlashResult(wiring, FlashOptions.IspBaudRate, null, false, false, sram.TotalBytes);
        }

        FlashPlan plan = job.Plan ?? throw new ArgumentException("a job has a plan or an SRAM image", nameof(job));
        StubStage stub = StartStub(rom);
        int rate = ChangeBaud(stub, baud);
        stub.InitFlash(_options.FlashSelector);

        ExtensionCall infoCall = stub.Info();
        FlashInfo? info = infoCall.Data is byte[] infoBytes ? StubStage.ParseInfo(infoBytes) : null;
        if (info is not null)
        {
            _observer.Info($"flash: {info}");
        }

        long capacity = info?.Capacity ?? FlashPlan.DefaultFlashSize;
        plan.Validate(capacity);
        var verifier = new Verifier(stub, _observer);
        if (job.WritesOnlyData && !_options.AllowOverwriteFirmware)
        {
            ProtectFirmware(plan, verifier, capacity);
        }

        bool allVerified = _options.Verify;
        long written = 0;
        foreach (FlashRegion region in plan.Regions)
        {
            bool? verified = WriteRegion(stub, verifier, region, written, plan.TotalBytes);
            allVerified &= verified == true;
            written += region.SectorEnd - region.Address;
        }

        bool rebooted = false;
        if (_options.Reboot && wiring is not null && _reset.Play(wiring.BootFlash))
        {
            rebooted = true;
            _observer.Info("reset the board: it boots from flash");
        }
        else if (_options.Reboot)
        {
            _observer.Info("press RESET (with BOOT released) to boot from flash");
        }

        return new FlashResult(wiring, rate, info, allVerified, rebooted, written);
    }

    private StubStage StartStub(RomStage rom)
    {
        byte[] program = _options.Stub;
        if (program.Length == 0)
        {
            throw new FlashException(FlashErrorKind.BadInput, "no stage-2 flash program was given");
        }

        rom.Upload(SramImage.SramBase, program, FlashPhase.StubUpload, "flash stub", 0, program.Length);
        rom.Boot(SramImage.SramBase);
        Thread.Sleep(_options.Timing.BaudSwitchDelay); // let 0xC5 leave at the old rate
        _link.BaudRate = FlashOptions.IspBaudRate;
        Thread.Sleep(_options.Timing.BootDelay);
        var stub = new StubStage(_channel, _options, _observer);
        stub.Connect();
        _observer.Info("stage-2 flash program running");
        return stub;
    }

    private int ChangeBaud(StubStage stub, int baud)
    {
        if (baud == FlashOptions.IspBaudRate)
        {
            return baud;
        }

        foreach (int candidate in BaudCandidates(baud))
        {
            if (stub.TryBaud(candidate))
            {
                if (candidate != baud)
                {
                    _observer.Warning($"writing at {candidate} baud instead of {baud}");
                }

                return candidate;
            }

            _observer.Warning($"the link failed at {candidate} baud (the USB-serial bridge cannot do it?); " +
                              $"the stage-2 program is back at {FlashOptions.IspBaudRate}");
        }

        _observer.Warning($"writing at {FlashOptions.IspBaudRate} baud");
        return FlashOptions.IspBaudRate;
    }

    private void ProtectFirmware(FlashPlan plan, Verifier verifier, long capacity)
    {
        byte[]? start = verifier.ReadStart();
        if (start is null || FirmwareImage.ImageLength(start, capacity) is not long length)
        {
            return;
        }

        long end = FlashRegion.RoundUp(length, FlashRegion.SectorSize);
        FlashRegion? hit = plan.Regions.FirstOrDefault(r => r.Address < end);
        if (hit is not null)
        {
            throw new FlashException(FlashErrorKind.BadInput,
                $"{hit.Name} at 0x{hit.Address:X} would overwrite the firmware on the board (0x0–0x{length - 1:X}, " +
                $"{length} bytes with its header): write it at 0x{end:X} or above, or pass --force");
        }
    }

    private bool? WriteRegion(StubStage stub, Verifier verifier, FlashRegion region, long doneBefore, long total)
    {
        byte[] expected = Verifier.Expected(region);
        for (int pass = 0; pass < 2; pass++)
        {
            long done = doneBefore;
            _observer.Progress(FlashPhase.FlashWrite, region.Name, done, total);
            foreach ((uint address, byte[] data) in FlashPlan.Frames(region))
            {
                stub.WriteFrame(address, data);
                done += data.Length;
                _observer.Progress(FlashPhase.FlashWrite, region.Name, done, total);
            }

            if (!_options.Verify)
            {
                return null;
            }

            bool? ok = verifier.Check(region.Address, expected, out string detail);
            if (ok != false)
            {
                if (ok == true)
                {
                    _observer.Info($"verified {region}");
                }

                return ok;
            }

            if (pass == 0)
            {
                _observer.Warning($"verification failed ({detail}); writing {region.Name} again");
            }
            else
            {
                throw new FlashException(FlashErrorKind.VerifyFailed,
                    $"{region.Name} was written twice and the flash still holds different bytes ({detail}): the flash " +
                    "chip may be worn or write-protected");
            }
        }

        return false;
    }
}
