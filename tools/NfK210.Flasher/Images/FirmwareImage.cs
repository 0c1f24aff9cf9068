using System.Buffers.Binary;
using System.Security.Cryptography;

namespace NfK210.Flasher.Images;

/// <summary>
/// The bootable image at flash offset 0 (spec §9.1): <c>flag (0 = plain), u32 payload length, payload,
/// SHA-256(flag + length + payload)</c>.
/// </summary>
public static class FirmwareImage
{
    public const int HeaderSize = 5;
    public const int DigestSize = 32;

    public static byte[] Wrap(ReadOnlySpan<byte> payload)
    {
        var image = new byte[HeaderSize + payload.Length + DigestSize];
        image[0] = 0x00;
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(image.AsSpan(HeaderSize));
        SHA256.HashData(image.AsSpan(0, HeaderSize + payload.Length), image.AsSpan(HeaderSize + payload.Length));
        return image;
    }

    /// <summary>
    /// The length of the image whose first bytes are <paramref name="start"/> (flag 0 or 1 and a length that fits
    /// <paramref name="flashSize"/>), or null when they do not look like a firmware header (erased flash: FF…).
    /// </summary>
    public static long? ImageLength(ReadOnlySpan<byte> start, long flashSize)
    {
        if (start.Length < HeaderSize || start[0] > 1)
        {
            return null;
        }

        long length = BinaryPrimitives.ReadUInt32LittleEndian(start[1..]);
        long total = HeaderSize + length + DigestSize;
        return length > 0 && total <= flashSize ? total : null;
    }
}
