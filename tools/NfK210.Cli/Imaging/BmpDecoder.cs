using System.Buffers.Binary;

namespace NfK210.Cli.Imaging;

/// <summary>
/// Decodes uncompressed Windows BMP files: 24-bit, 32-bit (BI_RGB or BI_BITFIELDS with the usual masks) and
/// 8-bit palettized; bottom-up or top-down rows. Anything else is refused with a message naming the problem.
/// </summary>
public static class BmpDecoder
{
    public static RgbImage Decode(ReadOnlySpan<byte> file)
    {
        if (file.Length < 26 || file[0] != (byte)'B' || file[1] != (byte)'M')
        {
            throw new InvalidDataException("not a BMP file (no 'BM' signature)");
        }

        uint pixelOffset = BinaryPrimitives.ReadUInt32LittleEndian(file[10..]);
        uint headerSize = BinaryPrimitives.ReadUInt32LittleEndian(file[14..]);
        if (14L + headerSize > file.Length)
        {
            // Checked in 64 bits: a header size near 2^31 must not wrap the offsets computed from it.
            throw new InvalidDataException(
                $"BMP info header declares {headerSize} bytes, but the file has only {file.Length} bytes");
        }

        int width;
        int height;
        int bitCount;
        uint compression = 0;
        uint colorsUsed = 0;
        if (headerSize == 12)
        {
            width = BinaryPrimitives.ReadUInt16LittleEndian(file[18..]);
            height = BinaryPrimitives.ReadInt16LittleEndian(file[20..]);
            bitCount = BinaryPrimitives.ReadUInt16LittleEndian(file[24..]);
        }
        else if (headerSize >= 40)
        {
            width = BinaryPrimitives.ReadInt32LittleEndian(file[18..]);
            height = BinaryPrimitives.ReadInt32LittleEndian(file[22..]);
            bitCount = BinaryPrimitives.ReadUInt16LittleEndian(file[28..]);
            compression = BinaryPrimitives.ReadUInt32LittleEndian(file[30..]);
            colorsUsed = BinaryPrimitives.ReadUInt32LittleEndian(file[46..]);
        }
        else
        {
            throw new InvalidDataException($"BMP header of {headerSize} bytes is not supported");
        }

        bool topDown = height < 0;
        long rows = Math.Abs((long)height);
        ImageLimits.CheckDeclaredSize("BMP", width, rows);
        height = (int)rows;

        const uint BiRgb = 0;
        const uint BiBitfields = 3;
        if (bitCount is not (8 or 24 or 32))
        {
            throw new InvalidDataException($"{bitCount}-bit BMP is not supported (use 8, 24 or 32 bits per pixel)");
        }

        if (!(compression == BiRgb || (compression == BiBitfields && bitCount == 32)))
        {
            throw new InvalidDataException($"compressed BMP (compression {compression}) is not supported");
        }

        if (compression == BiBitfields)
        {
            // Masks follow the 40-byte header (or are inside a V4/V5 header at the same place).
            if (file.Length < 14 + 40 + 12)
            {
                throw new InvalidDataException("BMP channel masks are truncated");
            }

            uint r = BinaryPrimitives.ReadUInt32LittleEndian(file[54..]);
            uint g = BinaryPrimitives.ReadUInt32LittleEndian(file[58..]);
            uint b = BinaryPrimitives.ReadUInt32LittleEndian(file[62..]);
            if (r != 0x00FF0000 || g != 0x0000FF00 || b != 0x000000FF)
            {
                throw new InvalidDataException(
                    $"32-bit BMP with channel masks {r:X8}/{g:X8}/{b:X8} is not supported (only 8-bit BGR(A) channels)");
            }
        }

        byte[]? palette = null;
        if (bitCount == 8)
        {
            int entries = colorsUsed == 0 ? 256 : (int)Math.Min(colorsUsed, 256u);
            int entrySize = headerSize == 12 ? 3 : 4;
            int paletteStart = 14 + (int)headerSize;
            if (paletteStart + entries * entrySize > file.Length)
            {
                throw new InvalidDataException("BMP palette is truncated");
            }

            palette = new byte[256 * 3];
            for (int i = 0; i < entries; i++)
            {
                int p = paletteStart + i * entrySize;
                palette[3 * i] = file[p + 2];
                palette[3 * i + 1] = file[p + 1];
                palette[3 * i + 2] = file[p];
            }
        }

        int bytesPerPixel = bitCount / 8;
        long stride = ((long)width * bitCount + 31) / 32 * 4;
        if (pixelOffset > file.Length || pixelOffset + stride * height > file.Length)
        {
            throw new InvalidDataException(
                $"BMP pixel data is truncated: {width}x{height} at {bitCount} bits needs {stride * height} bytes " +
                $"from offset {pixelOffset}, the file has {file.Length} bytes");
        }

        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            int srcRow = topDown ? y : height - 1 - y;
            ReadOnlySpan<byte> row = file.Slice((int)(pixelOffset + stride * srcRow), (int)stride);
            int o = y * width * 3;
            for (int x = 0; x < width; x++, o += 3)
            {
                if (palette is not null)
                {
                    int idx = row[x];
                    rgb[o] = palette[3 * idx];
                    rgb[o + 1] = palette[3 * idx + 1];
                    rgb[o + 2] = palette[3 * idx + 2];
                }
                else
                {
                    int p = x * bytesPerPixel;
                    rgb[o] = row[p + 2];
                    rgb[o + 1] = row[p + 1];
                    rgb[o + 2] = row[p];
                }
            }
        }

        return new RgbImage(width, height, rgb);
    }

    /// <summary>Encodes a 24-bit bottom-up BMP (used by tests and the demo).</summary>
    public static byte[] Encode(RgbImage image)
    {
        int stride = (image.Width * 3 + 3) / 4 * 4;
        int size = 54 + stride * image.Height;
        byte[] file = new byte[size];
        file[0] = (byte)'B';
        file[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(2), size);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(18), image.Width);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(22), image.Height);
        BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(28), 24);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(34), stride * image.Height);
        for (int y = 0; y < image.Height; y++)
        {
            int dst = 54 + (image.Height - 1 - y) * stride;
            for (int x = 0; x < image.Width; x++)
            {
                int s = (y * image.Width + x) * 3;
                file[dst + 3 * x] = image.Rgb[s + 2];
                file[dst + 3 * x + 1] = image.Rgb[s + 1];
                file[dst + 3 * x + 2] = image.Rgb[s];
            }
        }

        return file;
    }
}
