using System.IO.Hashing;

namespace NfK210.Cli.Targets;

/// <summary>
/// Frames of the K210 model runner's serial protocol (firmware/native/ports/k210/README.md):
/// <c>A5 5A | command u8 | length u32 LE | payload | CRC-32 u32 LE</c>, the CRC over command, length and payload:
/// <see cref="System.IO.Hashing.Crc32"/>, the IEEE 802.3 CRC of zlib (reflected 0xEDB88320, init and final XOR
/// 0xFFFFFFFF), as the runner's sp_crc32 (firmware/native/ports/k210/serial_protocol.c).
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

    public static byte[] Frame(byte command, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[7 + payload.Length + 4];
        frame[0] = Sync0;
        frame[1] = Sync1;
        frame[2] = command;
        BitConverter.TryWriteBytes(frame.AsSpan(3, 4), (uint)payload.Length);
        payload.CopyTo(frame.AsSpan(7));
        uint crc = Crc32.HashToUInt32(frame.AsSpan(2, 5 + payload.Length));
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
        var expected = new Crc32();
        expected.Append(header);
        expected.Append(payload);
        if (crc != expected.GetCurrentHashAsUInt32())
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
}
