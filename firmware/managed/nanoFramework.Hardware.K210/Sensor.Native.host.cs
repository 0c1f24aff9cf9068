using System;
using System.IO;

namespace nanoFramework.Hardware.K210
{
    // Host build: camera frames are image files (BMP, PPM, PGM) from a file or a folder.
    public static partial class Sensor
    {
        private const string SourceVariable = "NFK210_SENSOR_SOURCE";

        private static string? s_source;
        private static string[] s_files = Array.Empty<string>();
        private static int s_next;
        private static string s_error = string.Empty;

        private static partial int NativeSetSource(string path)
        {
            s_source = path;
            s_files = Array.Empty<string>();
            return NativeStatus.Ok;
        }

        private static partial int NativeReset()
        {
            string? source = s_source ?? Environment.GetEnvironmentVariable(SourceVariable);
            if (string.IsNullOrWhiteSpace(source))
            {
                return Fail("no camera on the PC: call Sensor.SetSource(path) or set " + SourceVariable +
                    " to an image file or a folder of images");
            }

            if (Directory.Exists(source))
            {
                string[] all = Directory.GetFiles(source);
                Array.Sort(all, StringComparer.Ordinal);
                s_files = Array.FindAll(all, IsImage);
                if (s_files.Length == 0)
                {
                    return Fail("the folder '" + source + "' holds no .bmp, .ppm, .pgm or .pnm file");
                }
            }
            else if (File.Exists(source))
            {
                s_files = new[] { source };
            }
            else
            {
                return Fail("the camera source '" + source + "' does not exist");
            }

            s_next = 0;
            return NativeStatus.Ok;
        }

        private static partial int NativeSnapshot(byte[] pixels, byte[] ai, int frameWidth, int frameHeight, int x, int y,
            int width, int height, int format)
        {
            if (s_files.Length == 0)
            {
                return Fail("the camera has no frames: call Sensor.Reset after setting its source");
            }

            string file = s_files[s_next];
            s_next = (s_next + 1) % s_files.Length;
            Image frame;
            try
            {
                frame = Image.Load(file);
            }
            catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
            {
                return Fail(e.Message);
            }

            if ((int)frame.Format != format)
            {
                frame = format == (int)PixelFormat.Grayscale ? frame.ToGrayscale() : frame.ToRgb565();
            }

            if (frame.Width != frameWidth || frame.Height != frameHeight)
            {
                frame = frame.Resize(frameWidth, frameHeight);
            }

            if (width != frameWidth || height != frameHeight)
            {
                frame = frame.Crop(x, y, width, height);
            }

            // The AI planes go straight into the snapshot's buffer: no AI buffer on the frame, no copy of one.
            Array.Copy(frame.Pixels, pixels, pixels.Length);
            int status = frame.PixToAiInto(ai);
            return status == NativeStatus.Ok ? status : Fail("pix_to_ai of the frame failed: " + Image.NativeLastError());
        }

        private static partial string NativeLastError() => s_error;

        private static bool IsImage(string path)
        {
            string ext = Path.GetExtension(path).ToLowerInvariant();
            return ext is ".bmp" or ".ppm" or ".pgm" or ".pnm";
        }

        private static int Fail(string message)
        {
            s_error = message;
            return NativeStatus.Argument;
        }
    }
}
