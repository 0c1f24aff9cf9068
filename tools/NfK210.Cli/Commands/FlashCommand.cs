using System.CommandLine;
using NfK210.Cli.Flash;
using NfK210.Flasher;
using NfK210.Flasher.Boards;
using NfK210.Flasher.Flashing;
using NfK210.Flasher.Images;
using NfK210.Flasher.Transport;
using Spectre.Console;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 flash FILE --port PORT [--board NAME] [--baud N] [--address ADDR] [--sram]`: writes firmware, models or a
/// .kfpkg to a K210 board's SPI flash over the boot ROM's UART ISP (kflash's protocol, our own stage-2 stub).
/// </summary>
public static class FlashCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "firmware .bin or .elf (written at flash offset 0 as a bootable image: 0x00, u32 length, " +
                          "payload, SHA-256), a .kfpkg (each file at its address, with or without that header as its " +
                          "sha256Prefix says), or with --address any file as raw data",
        };
        var port = new Option<string?>("--port", "-p")
        {
            Description = "serial port of the board, e.g. /dev/ttyUSB0 (without it: the only USB serial port found)",
            HelpName = "PORT",
        };
        var board = new Option<string>("--board", "-B")
        {
            Description = "board, for its DTR/RTS reset wiring and USB bridge: " +
                          string.Join(", ", BoardProfiles.All.Select(p => p.Aliases.Count > 0
                              ? $"{p.Name} (= {string.Join(", ", p.Aliases)})"
                              : p.Name)) +
                          "; auto tries each wiring in turn",
            DefaultValueFactory = _ => BoardProfiles.Auto.Name,
            HelpName = "NAME",
        };
        board.AcceptOnlyFromAmong([.. BoardProfiles.AllNames]);
        var baud = new Option<int>("--baud", "-b")
        {
            Description = "baud rate for writing flash (the boot ROM always starts at 115200); if the link fails " +
                          "there the flasher falls back to lower rates",
            DefaultValueFactory = _ => FlashOptions.IspBaudRate,
            HelpName = "N",
        };
        CommonOptions.AcceptWholeNumber(baud, 9600, 8_000_000);
        var address = new Option<string?>("--address", "-a")
        {
            Description = "write FILE as raw data (no header) at this flash address, a multiple of 4 KiB, e.g. " +
                          "0x300000 for a MaixPy-style model",
            HelpName = "ADDR",
        };
        var sram = new Option<bool>("--sram", "-s")
        {
            Description = "load a .bin (at 0x80000000) or .elf (its segments) into SRAM and run it; nothing is written " +
                          "to flash and it is gone at the next reset",
        };
        var stub = new Option<string?>("--stub")
        {
            Description = "stage-2 flash program to upload instead of nf-k210's own (any that speaks kflash's " +
                          $"protocol); default: ${StubLocator.EnvironmentVariable} or the k210 build",
            HelpName = "FILE",
        };
        var noVerify = new Option<bool>("--no-verify")
        {
            Description = "skip the hash/read-back check after writing (it is skipped anyway, with a warning, for " +
                          "stage-2 programs without those extensions)",
        };
        var noReboot = new Option<bool>("--no-reboot") { Description = "leave the board in ISP mode afterwards" };
        var force = new Option<bool>("--force")
        {
            Description = "write raw data even where the firmware already on the board lies",
        };
        CommonOptions.RefuseEmpty(file);
        CommonOptions.RefuseEmpty(port);
        CommonOptions.RefuseEmpty(address);
        CommonOptions.RefuseEmpty(stub);
        var command = new Command("flash",
            "write firmware, a model or a .kfpkg to a K210 board's flash (or run a program from SRAM) over the boot " +
            "ROM's UART ISP; compatible with kflash's protocol and packages, with our own stage-2 stub")
        {
            file, port, board, baud, address, sram, stub, noVerify, noReboot, force,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context =>
        {
            var request = new FlashRequest(
                parseResult.GetRequiredValue(file),
                parseResult.GetValue(port),
                parseResult.GetValue(board) ?? BoardProfiles.Auto.Name,
                parseResult.GetValue(baud),
                parseResult.GetValue(address),
                parseResult.GetValue(sram),
                parseResult.GetValue(stub),
                !parseResult.GetValue(noVerify),
                !parseResult.GetValue(noReboot),
                parseResult.GetValue(force));
            return Execute(request, context);
        }));
        return command;
    }

    public static int Execute(FlashRequest request, CommandContext context)
    {
        try
        {
            return Flash(request, context);
        }
        catch (FlashException e)
        {
            throw new CliException(e.Message, e);
        }
    }

    private static int Flash(FlashRequest request, CommandContext context)
    {
        BoardProfile board = BoardProfiles.Find(request.Board)
                             ?? throw new CliException($"unknown board {request.Board}");
        uint? address = null;
        if (request.Address is string text)
        {
            address = KfpkgPackage.TryParseAddress(text, out uint a)
                ? a
                : throw new CliException($"--address {text} is not a number (decimal or 0x hex)");
        }

        FlashJob job = InputLoader.Load(request.File, address, request.Sram);
        job.Plan?.Validate(FlashPlan.DefaultFlashSize);
        byte[] stub = [];
        if (job.Plan is not null)
        {
            stub = StubLocator.Load(request.Stub, out string stubSource);
            context.Output.WriteLine($"flash stub: {stubSource} ({stub.Length} bytes)");
        }

        var options = new FlashOptions
        {
            Board = board,
            BaudRate = request.Baud,
            Stub = stub,
            Verify = request.Verify,
            Reboot = request.Reboot,
            AllowOverwriteFirmware = request.Force,
        };
        var observer = new ConsoleFlashObserver(context.Output, context.Error);
        string portName = BridgeSelector.Choose(request.Port, board, PortList.UsbPorts(), out string? note);
        if (note is not null)
        {
            observer.Info(note);
        }

        context.Output.WriteLine($"flashing {job.Description} through {portName} (board {board.Name}, {request.Baud} baud)");
        using SerialPortLink link = SerialPortLink.Open(portName, FlashOptions.IspBaudRate);
        var flasher = new NfK210.Flasher.Flashing.Flasher(link, options, observer);
        FlashResult result = Live(context)
            ? RunWithProgressBar(flasher, job, observer)
            : flasher.Run(job);

        if (job.Plan is not null)
        {
            string check = result.Verified
                ? "verified"
                : request.Verify
                    ? "NOT verified: the stage-2 program cannot hash or read flash; each packet's CRC-32 was checked"
                    : "not verified (--no-verify)";
            context.Output.WriteLine($"done: {result.BytesWritten:N0} bytes written at {result.BaudRate} baud, {check}");
        }

        return ExitCodes.Ok;
    }

    private static bool Live(CommandContext context) =>
        ReferenceEquals(context.Output, Console.Out) && !Console.IsOutputRedirected;

    private static FlashResult RunWithProgressBar(NfK210.Flasher.Flashing.Flasher flasher, FlashJob job,
        ConsoleFlashObserver observer)
    {
        FlashResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(live =>
            {
                observer.Attach(live);
                try
                {
                    result = flasher.Run(job);
                }
                finally
                {
                    observer.Attach(null);
                }
            });
        return result!;
    }
}
