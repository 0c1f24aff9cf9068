namespace NfK210.Flasher.Transport;

/// <summary>The serial line the flasher talks over (a real port, or a test double).</summary>
public interface ISerialLink : IDisposable
{
    string Name { get; }

    /// <summary>Line rate of the host side.</summary>
    int BaudRate { get; set; }

    void Write(ReadOnlySpan<byte> data);

    /// <summary>Reads what is available, waiting at most <paramref name="timeout"/>; 0 on timeout.</summary>
    int Read(Span<byte> buffer, TimeSpan timeout);

    /// <summary>Drops unread input (and unsent output).</summary>
    void DiscardBuffers();

    /// <summary>
    /// Sets DTR and RTS (true = asserted, pyserial's <c>setDTR(True)</c>, pin low). Returns null on success, or why
    /// the lines cannot be set (a pseudo-terminal has no modem lines).
    /// </summary>
    string? TrySetModemLines(bool dtr, bool rts);
}
