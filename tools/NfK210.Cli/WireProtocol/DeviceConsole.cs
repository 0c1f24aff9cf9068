using System.Text;

namespace NfK210.Cli.WireProtocol;

/// <summary>
/// The app's console after a deployment: Monitor_Message payloads (UTF-8, no terminating zero) once nanoCLR knows a
/// debugger is attached, plain bytes outside packets before that; both are written as they come.
/// </summary>
public static class DeviceConsole
{
    /// <param name="start">Runs once the console is listening (the reboot), so no early line is lost.</param>
    public static ConsoleEnd Stream(
        WpSession session, TextWriter output, TimeSpan timeout, CancellationToken cancel, Action? start = null)
    {
        bool exited = false;
        var decoder = Encoding.UTF8.GetDecoder();
        void Write(byte[] bytes)
        {
            var chars = new char[decoder.GetCharCount(bytes, 0, bytes.Length)];
            decoder.GetChars(bytes, 0, bytes.Length, chars, 0);
            output.Write(chars);
            output.Flush();
        }

        session.DevicePacket = packet =>
        {
            if (packet.Command == WpCommand.Message)
            {
                Write(packet.Payload);
            }
            else if (packet.Command == WpCommand.ProgramExit)
            {
                exited = true;
            }
        };
        session.Noise = Write;
        try
        {
            start?.Invoke();
            session.Pump(timeout, () => exited, cancel);
        }
        finally
        {
            session.DevicePacket = null;
            session.Noise = null;
        }

        return exited ? ConsoleEnd.ProgramExited : cancel.IsCancellationRequested ? ConsoleEnd.Cancelled : ConsoleEnd.TimedOut;
    }
}
