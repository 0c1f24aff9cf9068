using NfK210.Cli.WireProtocol;
using NfK210.Flasher;
using NfK210.Flasher.Transport;

namespace NfK210.Cli.Exec;

/// <summary>
/// Deploys a built app to a device running our nanoCLR image over nanoFramework's wire protocol, reboots it and
/// streams its console. Progress goes to standard error so standard output carries only the app's output.
/// </summary>
public static class BoardDeployment
{
    /// <summary>Where `cmake --preset k210` puts the board image.</summary>
    public const string BoardImage = "build/k210/firmware/native/ports/k210/nanoclr/nanoclr-board.bin";

    public static int Run(string imagePath, BoardDeployOptions options, CommandContext context)
    {
        byte[] image = File.ReadAllBytes(imagePath);
        TextWriter log = context.Error;
        ISerialLink link;
        try
        {
            link = SerialPortLink.Open(options.Port, options.Baud);
        }
        catch (FlashException e)
        {
            throw new CliException(e.Message, e);
        }

        using (link)
        {
            var session = new WpSession(link, options.Timing, options.Verbose ? log : null);
            var device = new WpDevice(session);
            var deployer = new AppDeployer(device, log);
            WpPingReply ping;
            try
            {
                ping = deployer.Deploy(image);
            }
            catch (DeviceNotAnsweringException e)
            {
                throw new CliException(
                    $"nothing on {options.Port} answers nanoFramework's wire protocol at {options.Baud} baud ({e.Message}). " +
                    $"If the board does not run our nanoCLR image yet, flash it first: ./nfk210 flash {BoardImage} --port {options.Port}",
                    e);
            }
            catch (WireProtocolException e)
            {
                throw new CliException($"deployment to {options.Port} failed: {e.Message}", e);
            }

            log.WriteLine($"deployed {image.Length} bytes ({Path.GetFileName(imagePath)}) to {options.Port}");
            if (!options.Console)
            {
                deployer.Reboot(ping);
                return ExitCodes.Ok;
            }

            return StreamConsole(session, deployer, ping, options, context);
        }
    }

    private static int StreamConsole(
        WpSession session, AppDeployer deployer, WpPingReply ping, BoardDeployOptions options, CommandContext context)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        try
        {
            ConsoleEnd end = DeviceConsole.Stream(
                session, context.Output, options.ConsoleTimeout, cancel.Token, () => deployer.Reboot(ping));
            switch (end)
            {
                case ConsoleEnd.ProgramExited:
                    context.Error.WriteLine("the app exited");
                    return ExitCodes.Ok;
                case ConsoleEnd.Cancelled:
                    context.Error.WriteLine("stopped listening (Ctrl-C); the app keeps running on the device");
                    return ExitCodes.Ok;
                default:
                    if (options.TimeoutIsFailure)
                    {
                        throw new CliException(
                            $"the app was still running after {options.ConsoleTimeout.TotalSeconds:0} s (it keeps running on the device)");
                    }

                    context.Error.WriteLine(
                        $"stopped listening after {options.ConsoleTimeout.TotalSeconds:0} s; the app keeps running on the device");
                    return ExitCodes.Ok;
            }
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }
}
