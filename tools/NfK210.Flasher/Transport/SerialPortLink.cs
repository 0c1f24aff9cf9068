using System.IO.Ports;

namespace NfK210.Flasher.Transport;

/// <summary><see cref="ISerialLink"/> over System.IO.Ports (8N1, no handshake).</summary>
public sealed class SerialPortLink : ISerialLink
{
    private readonly SerialPort _port;

    private SerialPortLink(SerialPort port)
    {
        _port = port;
    }

    public string Name => _port.PortName;

    public int BaudRate
    {
        get => _port.BaudRate;
        set => _port.BaudRate = value;
    }

    /// <summary>Opens <paramref name="portName"/>; failures become a <see cref="FlashException"/> that says what to do.</summary>
    public static SerialPortLink Open(string portName, int baudRate)
    {
        PortPath.Check(portName);
        var port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            ReadBufferSize = 1 << 20,
            WriteBufferSize = 1 << 20,
            WriteTimeout = 30_000,
        };
        try
        {
            port.Open();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or ArgumentException
                                      or InvalidOperationException)
        {
            port.Dispose();
            throw PortErrors.Describe(portName, e);
        }

        return new SerialPortLink(port);
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        byte[] copy = data.ToArray();
        _port.Write(copy, 0, copy.Length);
    }

    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        _port.ReadTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalMilliseconds));
        byte[] chunk = new byte[buffer.Length];
        try
        {
            int n = _port.Read(chunk, 0, chunk.Length);
            chunk.AsSpan(0, n).CopyTo(buffer);
            return n;
        }
        catch (TimeoutException)
        {
            return 0;
        }
    }

    public void DiscardBuffers()
    {
        _port.DiscardInBuffer();
        _port.DiscardOutBuffer();
    }

    public string? TrySetModemLines(bool dtr, bool rts)
    {
        try
        {
            _port.DtrEnable = dtr;
            _port.RtsEnable = rts;
            return null;
        }
        catch (IOException e)
        {
            return e.Message;
        }
    }

    public void Dispose() => _port.Dispose();
}
