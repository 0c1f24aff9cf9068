using System;

namespace nanoFramework.Hardware.K210.Tests
{
    /// <summary>Image files built byte by byte for tests (nanoFramework subset: arrays and loops only).</summary>
    public static class Files
    {
        /// <summary>A binary PGM (P5) of width x height gray bytes.</summary>
        public static byte[] Pgm(int width, int height, byte[] gray)
        {
            byte[] header = Ascii("P5\n" + width + " " + height + "\n255\n");
            byte[] file = new byte[header.Length + gray.Length];
            Array.Copy(header, file, header.Length);
            Array.Copy(gray, 0, file, header.Length, gray.Length);
            return file;
        }

        /// <summary>A top-down 16-bit RGB565 BMP (BI_BITFIELDS) whose pixel i is the plain 5-6-5 word words[i].</summary>
        public static byte[] Bmp565(int width, int height, int[] words)
        {
            int stride = ((width * 16) + 31) / 32 * 4;
            int offset = 14 + 40 + 12;
            byte[] file = new byte[offset + (stride * height)];
            file[0] = (byte)'B';
            file[1] = (byte)'M';
            Put32(file, 2, file.Length);
            Put32(file, 10, offset);
            Put32(file, 14, 40);
            Put32(file, 18, width);
            Put32(file, 22, -height);
            Put32(file, 26, 1 | (16 << 16));
            Put32(file, 30, 3);
            Put32(file, 34, stride * height);
            Put32(file, 54, 0xF800);
            Put32(file, 58, 0x07E0);
            Put32(file, 62, 0x001F);
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    int w = words[(y * width) + x];
                    file[offset + (y * stride) + (2 * x)] = (byte)w;
                    file[offset + (y * stride) + (2 * x) + 1] = (byte)(w >> 8);
                }
            }

            return file;
        }

        /// <summary>ASCII text as bytes.</summary>
        public static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        /// <summary>Index of the largest value.</summary>
        public static int ArgMax(float[] values)
        {
            int best = 0;
            for (int i = 1; i < values.Length; i++)
            {
                if (values[i] > values[best])
                {
                    best = i;
                }
            }

            return best;
        }

        private static void Put32(byte[] b, int at, int v)
        {
            b[at] = (byte)v;
            b[at + 1] = (byte)(v >> 8);
            b[at + 2] = (byte)(v >> 16);
            b[at + 3] = (byte)(v >> 24);
        }
    }
}
