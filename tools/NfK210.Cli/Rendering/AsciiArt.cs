using System.Text;

namespace NfK210.Cli.Rendering;

/// <summary>Renders a grey map as text, darkest = ' ', brightest = '@'.</summary>
public static class AsciiArt
{
    public const string Ramp = " .:-=+*#%@";

    /// <summary>
    /// Renders <paramref name="gray"/> (width×height, row-major) into cols×rows characters; each character covers a
    /// block of pixels and shows its mean, or its maximum when <paramref name="useMax"/> (keeps thin edges).
    /// </summary>
    public static string[] Render(ReadOnlySpan<byte> gray, int width, int height, int cols, int rows, bool useMax = false)
    {
        if (gray.Length != width * height)
        {
            throw new ArgumentException($"expected {width * height} bytes, got {gray.Length}", nameof(gray));
        }

        string[] lines = new string[rows];
        var line = new StringBuilder(cols);
        for (int r = 0; r < rows; r++)
        {
            line.Clear();
            int y0 = r * height / rows;
            int y1 = Math.Max(y0 + 1, (r + 1) * height / rows);
            for (int c = 0; c < cols; c++)
            {
                int x0 = c * width / cols;
                int x1 = Math.Max(x0 + 1, (c + 1) * width / cols);
                int sum = 0;
                int max = 0;
                int n = 0;
                for (int y = y0; y < y1; y++)
                {
                    for (int x = x0; x < x1; x++)
                    {
                        int v = gray[y * width + x];
                        sum += v;
                        max = Math.Max(max, v);
                        n++;
                    }
                }

                int value = useMax ? max : sum / n;
                line.Append(Ramp[value * (Ramp.Length - 1) / 255]);
            }

            lines[r] = line.ToString();
        }

        return lines;
    }
}
