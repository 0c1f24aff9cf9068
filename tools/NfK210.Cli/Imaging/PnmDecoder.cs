using System.Text;

namespace NfK210.Cli.Imaging;

/// <summary>
/// Decodes Netpbm grey and colour maps: P2/P5 (PGM) and P3/P6 (PPM), maxval 1…65535 (scaled to 0…255,
/// rounding to nearest), '#' comments in the header.
/// </summary>
public static class PnmDecoder
{
    public static RgbImage Decode(ReadOnlySpan<byte> file)
    {
        if (file.Length < 2 || file[0] != (byte)'P' || file[1] is not ((byte)'2' or (byte)'3' or (byte)'5' or (byte)'6'))
        {
            throw new InvalidDataException("not a PGM/PPM file (expected P2, P3, P5 or P6)");
        }

        char kind = (char)file[1];
        bool color = kind is '3' or '6';
        bool binary = kind is '5' or '6';
        int pos = 2;
        int width = (int)ReadHeaderNumber(file, ref pos, "width");
        int height = (int)ReadHeaderNumber(file, ref pos, "height");
        long maxval = ReadHeaderNumber(file, ref pos, "maxval");
        ImageLimits.CheckDeclaredSize("PNM", width, height);

        if (maxval is < 1 or > 65535)
        {
            throw new InvalidDataException($"PNM maxval {maxval} is out of range (1..65535)");
        }

        int channels = color ? 3 : 1;
        int samples = width * height * channels;
        int[] values = new int[samples];
        if (binary)
        {
            // Exactly one whitespace byte separates the header from the raster.
            if (pos >= file.Length || !IsSpace(file[pos]))
            {
                throw new InvalidDataException("PNM header is not followed by whitespace");
            }

            pos++;
            int bytesPerSample = maxval > 255 ? 2 : 1;
            if ((long)file.Length - pos < (long)samples * bytesPerSample)
            {
                throw new InvalidDataException(
                    $"PNM raster is truncated: {width}x{height}x{channels} needs {(long)samples * bytesPerSample} bytes, " +
                    $"{file.Length - pos} present");
            }

            for (int i = 0; i < samples; i++)
            {
                values[i] = bytesPerSample == 1 ? file[pos + i] : (file[pos + 2 * i] << 8) | file[pos + 2 * i + 1];
            }
        }
        else
        {
            for (int i = 0; i < samples; i++)
            {
                values[i] = (int)ReadHeaderNumber(file, ref pos, "sample");
            }
        }

        byte[] rgb = new byte[width * height * 3];
        for (int p = 0; p < width * height; p++)
        {
            for (int c = 0; c < 3; c++)
            {
                int v = values[p * channels + (color ? c : 0)];
                if (v > maxval)
                {
                    throw new InvalidDataException($"PNM sample {v} exceeds maxval {maxval}");
                }

                rgb[3 * p + c] = maxval == 255 ? (byte)v : (byte)((v * 255L + maxval / 2) / maxval);
            }
        }

        return new RgbImage(width, height, rgb);
    }

    /// <summary>Encodes a binary PGM (P5) from grey bytes.</summary>
    public static byte[] EncodePgm(int width, int height, ReadOnlySpan<byte> gray)
    {
        byte[] header = Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
        byte[] file = new byte[header.Length + gray.Length];
        header.CopyTo(file, 0);
        gray.CopyTo(file.AsSpan(header.Length));
        return file;
    }

    /// <summary>Encodes a binary PPM (P6).</summary>
    public static byte[] EncodePpm(RgbImage image)
    {
        byte[] header = Encoding.ASCII.GetBytes($"P6\n{image.Width} {image.Height}\n255\n");
        byte[] file = new byte[header.Length + image.Rgb.Length];
        header.CopyTo(file, 0);
        image.Rgb.CopyTo(file, header.Length);
        return file;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C;

    private static long ReadHeaderNumber(ReadOnlySpan<byte> file, ref int pos, string what)
    {
        while (pos < file.Length)
        {
            if (IsSpace(file[pos]))
            {
                pos++;
            }
            else if (file[pos] == (byte)'#')
            {
                while (pos < file.Length && file[pos] != (byte)'\n' && file[pos] != (byte)'\r')
                {
                    pos++;
                }
            }
            else
            {
                break;
            }
        }

        long value = 0;
        int digits = 0;
        while (pos < file.Length && file[pos] >= (byte)'0' && file[pos] <= (byte)'9')
        {
            value = value * 10 + (file[pos] - (byte)'0');
            if (value > int.MaxValue)
            {
                throw new InvalidDataException($"PNM {what} is too large");
            }

            pos++;
            digits++;
        }

        if (digits == 0)
        {
            throw new InvalidDataException(pos >= file.Length
                ? $"PNM file ends before its {what}"
                : $"PNM {what} expected at byte {pos}, found '{(char)file[pos]}'");
        }

        return value;
    }
}
