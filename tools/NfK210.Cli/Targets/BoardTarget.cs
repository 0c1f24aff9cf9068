using System.IO.Ports;
using System.Text;
using NfK210.Flasher;
using NfK210.Flasher.Transport;

namespace NfK210.Cli.Targets;

/// <summary>
/// `--target board --port PORT`: the model runner firmware (firmware/native/ports/k210) on a real K210, over
/// UARTHS at 115200 baud. Uploads the model, then for every input: upload the tensor, run, download each output.
/// </summary>
public sealed class BoardTarget : IDisposable
{
    public const int Baud = 115200;
    private readonly Stream _from;
    private readonly Stream _to;
    private readonly IDisposable? _owner;

    /// <summary>A board behind two streams (replies come from <paramref name="from"/>); used by tests.</summary>
    public BoardTarget(Stream from, Stream to, IDisposable? owner = null)
    {
        _from = from;
        _to = to;
        _owner = owner;
    }

    /// <exception cref="CliException">The port cannot be opened.</exception>
    public static BoardTarget Open(string port)
    {
        try
        {
            PortPath.Check(port);
        }
        catch (FlashException e)
        {
            throw new CliException($"--port: {e.Message}", e);
        }

        var serial = new SerialPort(port, Baud, Parity.None, 8, StopBits.One)
        {
            ReadTimeout = 120_000, // a large model's layers run before the reply
            WriteTimeout = 120_000,
        };
        try
        {
            serial.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            serial.Dispose();
            throw new CliException($"--port: {PortErrors.Describe(port, e).Message}", e);
        }

        return new BoardTarget(serial.BaseStream, serial.BaseStream, serial);
    }

    /// <summary>Board name from the runner's greeting.</summary>
    public string Hello()
    {
        byte[] reply = Exchange(BoardProtocol.Hello, [], BoardProtocol.Info);
        return reply.Length >= 12 ? Encoding.UTF8.GetString(reply, 12, reply.Length - 12) : "unknown board";
    }

    /// <summary>Uploads the model; returns its input size in bytes.</summary>
    public long LoadModel(byte[] model)
    {
        var payload = new byte[model.Length + 1];
        payload[0] = BoardProtocol.SourceUpload;
        model.CopyTo(payload, 1);
        byte[] reply = Exchange(BoardProtocol.Load, payload, BoardProtocol.Ok);
        return reply.Length >= 4 ? BitConverter.ToUInt32(reply, 0) : 0;
    }

    /// <summary>Runs one input tensor; returns every output's bytes in index order.</summary>
    public IReadOnlyList<byte[]> Run(byte[] tensor)
    {
        Exchange(BoardProtocol.Input, tensor, BoardProtocol.Ok);
        byte[] done = Exchange(BoardProtocol.Run, [], BoardProtocol.Done);
        int count = done.Length >= 4 ? (int)BitConverter.ToUInt32(done, 0) : 0;
        var outputs = new List<byte[]>();
        for (int i = 0; i < count; i++)
        {
            outputs.Add(Exchange(BoardProtocol.Output, BitConverter.GetBytes((uint)i), BoardProtocol.Data));
        }

        return outputs;
    }

    public void Dispose() => _owner?.Dispose();

    private byte[] Exchange(byte command, byte[] payload, byte expected)
    {
        _to.Write(BoardProtocol.Frame(command, payload));
        _to.Flush();
        (byte reply, byte[] body) = BoardProtocol.ReadFrame(_from);
        if (reply == BoardProtocol.Error)
        {
            uint code = body.Length >= 4 ? BitConverter.ToUInt32(body, 0) : 0;
            string message = body.Length > 4 ? Encoding.UTF8.GetString(body, 4, body.Length - 4) : "";
            throw new CliException($"board: {message} (code {code})");
        }

        if (reply != expected)
        {
            throw new CliException($"board: unexpected reply 0x{reply:X2} to command 0x{command:X2}");
        }

        return body;
    }
}
