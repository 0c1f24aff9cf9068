using System;
using System.Globalization;
using System.IO;

namespace nanoFramework.Hardware.K210
{
    // Host build: a 320x240 RGB565 frame buffer; every Display/Clear writes it as a BMP file to the output folder.
    public static partial class Lcd
    {
        private const string OutputVariable = "NFK210_LCD_OUTPUT";
        private const int ScreenWidth = 320;
        private const int ScreenHeight = 240;

        private static Image? s_screen;
        private static string? s_output;
        private static int s_frame;
        private static string s_error = string.Empty;

        /// <summary>Number of frames displayed since <see cref="Init"/> (PC only, for tests and tools).</summary>
        internal static int FrameCount => s_frame;

        private static partial int NativeInit(int[] size)
        {
            s_screen = new Image(ScreenWidth, ScreenHeight, PixelFormat.Rgb565);
            s_frame = 0;
            size[0] = ScreenWidth;
            size[1] = ScreenHeight;
            return NativeStatus.Ok;
        }

        private static partial int NativeSetOutput(string folder)
        {
            s_output = folder;
            return NativeStatus.Ok;
        }

        private static partial int NativeDisplay(byte[] pixels, int width, int height, int format)
        {
            Image source = new Image(pixels, width, height, (PixelFormat)format);
            if (source.Format != PixelFormat.Rgb565)
            {
                source = source.ToRgb565();
            }

            Image screen = new Image(ScreenWidth, ScreenHeight, PixelFormat.Rgb565);
            int cw = Math.Min(width, ScreenWidth);
            int ch = Math.Min(height, ScreenHeight);
            int sx = (width - cw) / 2;
            int sy = (height - ch) / 2;
            int dx = (ScreenWidth - cw) / 2;
            int dy = (ScreenHeight - ch) / 2;
            for (int row = 0; row < ch; row++)
            {
                Array.Copy(source.Pixels, (((sy + row) * width) + sx) * 2, screen.Pixels, (((dy + row) * ScreenWidth) + dx) * 2, cw * 2);
            }

            s_screen = screen;
            return Write();
        }

        private static partial int NativeClear(int rgb)
        {
            Image screen = new Image(ScreenWidth, ScreenHeight, PixelFormat.Rgb565);
            screen.DrawRectangle(0, 0, ScreenWidth, ScreenHeight, rgb, 1, true);
            s_screen = screen;
            return Write();
        }

        private static partial string NativeLastError() => s_error;

        private static int Write()
        {
            s_frame++;
            string? folder = s_output ?? Environment.GetEnvironmentVariable(OutputVariable);
            if (string.IsNullOrWhiteSpace(folder) || s_screen == null)
            {
                return NativeStatus.Ok;
            }

            try
            {
                Directory.CreateDirectory(folder);
                string name = "frame_" + s_frame.ToString("D5", CultureInfo.InvariantCulture) + ".bmp";
                File.WriteAllBytes(Path.Combine(folder, name), s_screen.ToBmp());
                return NativeStatus.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                s_error = "cannot write the LCD frame to '" + folder + "': " + e.Message;
                return NativeStatus.Argument;
            }
        }
    }
}
