namespace NfK210.Cli.WireProtocol;

/// <summary>
/// The receiving state machine: finds the "NFPKTV1" signature in any stream of bytes (everything before it is noise),
/// reads the 32-byte header, checks its CRC and bounds its size before taking the payload, then checks the payload
/// CRC. After a bad header it searches again from the byte after the signature, so a packet hidden in garbage is
/// still found (nanoCLR's own receiver, WireProtocol_Message.c SyncToMessageStart, drops bytes one by one the same
/// way).
/// </summary>
public sealed class WpReceiver
{
    private readonly List<byte> _buffer = [];
    private WpPacketHeader? _header;

    public WpReceiver(int maxPayload)
    {
        MaxPayload = maxPayload;
    }

    /// <summary>The largest payload accepted (WP_PACKET_SIZE, or what the device announces).</summary>
    public int MaxPayload { get; set; }

    public WpCrcPolicy CrcPolicy { get; set; } = WpCrcPolicy.Unknown;

    /// <summary>True while part of a packet is held (the caller abandons it when the rest does not come in time).</summary>
    public bool InPacket => _buffer.Count > 0 && StartsWithSignaturePrefix();

    public void Push(ReadOnlySpan<byte> data, List<WpReceived> output)
    {
        foreach (byte b in data)
        {
            _buffer.Add(b);
        }

        Parse(output);
    }

    /// <summary>
    /// Gives up on a partial packet: it is reported garbled (or, when not even the signature was complete, its first
    /// byte is noise) and the search restarts after its first byte.
    /// </summary>
    public void Abandon(List<WpReceived> output)
    {
        if (!InPacket)
        {
            return;
        }

        if (_header is null && _buffer.Count < WpPacketHeader.SignatureLength)
        {
            // A few bytes that only looked like the start of a signature ("N" ending a line of console text).
            output.Add(new WpNoise([_buffer[0]]));
        }
        else
        {
            output.Add(new WpGarbledPacket(_header is null
                ? "header cut short (no more bytes came)"
                : $"payload cut short: {_buffer.Count - WpPacketHeader.Length} of {_header.Value.Size} bytes came"));
        }

        _header = null;
        _buffer.RemoveAt(0);
        Parse(output);
    }

    private void Parse(List<WpReceived> output)
    {
        while (true)
        {
            if (_header is null)
            {
                DropNoise(output);
                if (_buffer.Count < WpPacketHeader.Length)
                {
                    return;
                }

                byte[] raw = _buffer.GetRange(0, WpPacketHeader.Length).ToArray();
                WpPacketHeader header = WpPacketHeader.Read(raw);
                string? problem = CheckHeader(header);
                if (problem is not null)
                {
                    output.Add(new WpGarbledPacket(problem));
                    _buffer.RemoveAt(0);
                    continue;
                }

                _header = header;
            }

            WpPacketHeader current = _header.Value;
            int total = WpPacketHeader.Length + (int)current.Size;
            if (_buffer.Count < total)
            {
                return;
            }

            byte[] payload = _buffer.GetRange(WpPacketHeader.Length, (int)current.Size).ToArray();
            _buffer.RemoveRange(0, total);
            _header = null;
            if (ChecksCrc(current) && WpCrc32.Compute(payload) != current.CrcData)
            {
                output.Add(new WpGarbledPacket(
                    $"payload CRC 0x{WpCrc32.Compute(payload):X8} differs from the header's 0x{current.CrcData:X8} ({WpCommand.Name(current.Command)})"));
                continue;
            }

            output.Add(new WpPacketReceived(new WpPacket(current, payload)));
        }
    }

    private string? CheckHeader(WpPacketHeader header)
    {
        if (ChecksCrc(header))
        {
            uint computed = header.ComputeHeaderCrc();
            if (computed != header.CrcHeader)
            {
                return $"header CRC 0x{header.CrcHeader:X8}, computed 0x{computed:X8}";
            }
        }

        // Bounded before anything is allocated for the payload.
        return header.Size > (uint)MaxPayload
            ? $"payload size {header.Size} exceeds the packet size {MaxPayload} ({WpCommand.Name(header.Command)})"
            : null;
    }

    private bool ChecksCrc(WpPacketHeader header) => CrcPolicy switch
    {
        WpCrcPolicy.Required => true,
        WpCrcPolicy.Absent => false,
        _ => header.CrcHeader != 0 || header.CrcData != 0,
    };

    private void DropNoise(List<WpReceived> output)
    {
        List<byte>? noise = null;
        while (_buffer.Count > 0 && !StartsWithSignaturePrefix())
        {
            (noise ??= []).Add(_buffer[0]);
            _buffer.RemoveAt(0);
        }

        if (noise is not null)
        {
            output.Add(new WpNoise([.. noise]));
        }
    }

    private bool StartsWithSignaturePrefix()
    {
        ReadOnlySpan<byte> signature = WpPacketHeader.PacketSignature;
        int n = Math.Min(_buffer.Count, signature.Length);
        for (int i = 0; i < n; i++)
        {
            if (_buffer[i] != signature[i])
            {
                return false;
            }
        }

        return true;
    }
}
