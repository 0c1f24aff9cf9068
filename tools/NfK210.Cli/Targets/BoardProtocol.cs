namespace NfK210.Cli.Targets;

/// <summary>
/// Frames of the K210 model runner's serial protocol (firmware/native/ports/k210/README.md):
/// <c>A5 5A | command u8 | length u32 LE | payload | CRC-32 u32 LE</c>, the CRC (IEEE, as zlib) over command,
/// length and payload.
/// </summary>
public static class BoardProtocol
{
    public const byte Sync0 = 0xA5;
    public const byte Sync1 = 0x5A;
    public const byte Hello = 0x01;
    public const byte Load = 0x02;
    public const byte Input = 0x03;
    public const byte Run = 0x04;
    public const byte Output = 0x05;
    public const byte Info = 0x81;
    public const byte Ok = 0x82;
    public const byte Done = 0x84;
    public const byte Data = 0x85;
    public const byte Error = 0xFF;
    public const byte SourceUpload = 0;

    private static readonly uint[] CrcTable = BuildCrcTable();

    public static uint Crc32(ReadOnlySpan<byte> data, uint crc = 0)
    {
        crc = ~crc;
        foreach (byte b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    public static byte[] Frame(byte command, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[7 + payload.Length + 4];
        frame[0] = Sync0;
        frame[1] = Sync1;
        frame[2] = command;
        BitConverter.TryWriteBytes(frame.AsSpan(3, 4), (uint)payload.Length);
        payload.CopyTo(frame.AsSpan(7));
        uint crc = Crc32(frame.AsSpan(2, 5 + payload.Length));
        BitConverter.TryWriteBytes(frame.AsSpan(7 + payload.Length, 4), crc);
        return frame;
    }

    /// <summary>Reads the next frame, skipping anything before the sync bytes (the runner's boot messages).</summary>
    /// <exception cref="CliException">The stream ended, or the frame's CRC does not match.</exception>
    public static (byte Command, byte[] Payload) ReadFrame(Stream stream)
    {
        int previous = -1;
        while (true)
        {
            int b = ReadByte(stream);
            if (previous == Sync0 && b == Sync1)
            {
                break;
            }

            previous = b;
        }

        byte[] header = ReadExactly(stream, 5);
        uint length = BitConverter.ToUInt32(header, 1);
        if (length > 64u << 20)
        {
            throw new CliException($"board: a reply of {length} bytes is not plausible (line noise?)");
        }

        byte[] payload = ReadExactly(stream, (int)length);
        uint crc = BitConverter.ToUInt32(ReadExactly(stream, 4));
        if (crc != Crc32(payload, Crc32(header)))
        {
            throw new CliException("board: reply CRC mismatch (serial line noise?)");
        }

        return (header[0], payload);
    }

    private static int ReadByte(Stream stream)
    {
        int b = stream.ReadByte();
        return b < 0 ? throw new CliException("board: the serial line closed") : b;
    }

    private static byte[] ReadExactly(Stream stream, int count)
    {
        var buffer = new byte[count];
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException)
        {
            throw new CliException("board: the serial line closed in the middle of a reply");
        }

        return buffer;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}
