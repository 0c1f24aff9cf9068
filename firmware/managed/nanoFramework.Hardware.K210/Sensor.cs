using System;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// The camera (MaixPy <c>sensor</c> module). <see cref="Snapshot"/> gives an image whose AI buffer is already
    /// filled, as the K210's DVP writes both at once. On the PC, frames come from an image file or a folder of images
    /// (BMP, PPM, PGM; taken in name order, then again from the start) set by <see cref="SetSource"/> or by the
    /// environment variable <c>NFK210_SENSOR_SOURCE</c>; each is scaled to the frame size with <see cref="Image.Resize"/>,
    /// cut to the window and converted to the pixel format. On the board the camera driver arrives with the firmware.
    /// </summary>
    public static partial class Sensor
    {
        private static bool s_reset;
        private static PixelFormat s_format = PixelFormat.Rgb565;
        private static int s_frameWidth;
        private static int s_frameHeight;
        private static int s_windowX;
        private static int s_windowY;
        private static int s_windowWidth;
        private static int s_windowHeight;

        /// <summary>Starts the camera (MaixPy <c>sensor.reset()</c>); the frame size must then be set.</summary>
        /// <exception cref="InvalidOperationException">No camera (MaixPy: "not found sensor"), or on the PC no frame source.</exception>
        public static void Reset()
        {
            if (NativeReset() != NativeStatus.Ok)
            {
                throw new InvalidOperationException("camera reset failed: " + NativeLastError());
            }

            s_reset = true;
            s_format = PixelFormat.Rgb565;
            s_frameWidth = 0;
            s_frameHeight = 0;
            s_windowWidth = 0;
        }

        /// <summary>Pixel format of the next snapshots (MaixPy <c>sensor.set_pixformat</c>).</summary>
        public static void SetPixFormat(PixelFormat format)
        {
            if (format != PixelFormat.Grayscale && format != PixelFormat.Rgb565)
            {
                throw new ArgumentOutOfRangeException(nameof(format), "pixel format must be Grayscale or Rgb565");
            }

            s_format = format;
        }

        /// <summary>Frame size (MaixPy <c>sensor.set_framesize</c>); resets the window to the whole frame.</summary>
        public static void SetFrameSize(FrameSize size)
        {
            switch (size)
            {
                case FrameSize.Qqqvga: SetFrame(80, 60); break;
                case FrameSize.Qqvga: SetFrame(160, 120); break;
                case FrameSize.Qvga: SetFrame(320, 240); break;
                case FrameSize.Vga: SetFrame(640, 480); break;
                case FrameSize.B64X64: SetFrame(64, 64); break;
                case FrameSize.B128X128: SetFrame(128, 128); break;
                case FrameSize.B240X240: SetFrame(240, 240); break;
                default: throw new ArgumentOutOfRangeException(nameof(size), "unknown frame size");
            }
        }

        /// <summary>
        /// Keeps the centred width x height part of the frame (MaixPy <c>sensor.set_windowing((w, h))</c>), the usual way to
        /// get snapshots of a model's input size.
        /// </summary>
        /// <exception cref="InvalidOperationException">The frame size is not set.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The window does not fit the frame.</exception>
        public static void SetWindowing(int width, int height)
        {
            RequireFrame();
            SetWindowing((s_frameWidth - width) / 2, (s_frameHeight - height) / 2, width, height);
        }

        /// <summary>Keeps the part (x, y, width, height) of the frame (MaixPy <c>sensor.set_windowing((x, y, w, h))</c>).</summary>
        /// <exception cref="InvalidOperationException">The frame size is not set.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The window does not fit the frame.</exception>
        public static void SetWindowing(int x, int y, int width, int height)
        {
            RequireFrame();
            if (width < 1 || height < 1 || x < 0 || y < 0 || x + width > s_frameWidth || y + height > s_frameHeight)
            {
                throw new ArgumentOutOfRangeException(nameof(width), "window (" + x + ", " + y + ", " + width + ", " + height +
                    ") does not fit the " + s_frameWidth + "x" + s_frameHeight + " frame");
            }

            s_windowX = x;
            s_windowY = y;
            s_windowWidth = width;
            s_windowHeight = height;
        }

        /// <summary>Width of the snapshots (MaixPy <c>sensor.width()</c>): the window, else the frame.</summary>
        public static int Width => s_windowWidth;

        /// <summary>Height of the snapshots (MaixPy <c>sensor.height()</c>).</summary>
        public static int Height => s_windowHeight;

        /// <summary>
        /// Takes a picture (MaixPy <c>sensor.snapshot()</c>): an image of the window size and pixel format, with its AI
        /// buffer filled. Unlike MaixPy's, it is a new image each time, not a view of the frame buffer.
        /// </summary>
        /// <exception cref="InvalidOperationException">Reset or the frame size is missing (MaixPy: "Not init!").</exception>
        public static Image Snapshot()
        {
            if (!s_reset || s_frameWidth == 0)
            {
                throw new InvalidOperationException("call Sensor.Reset and Sensor.SetFrameSize before Snapshot (MaixPy: Not init!)");
            }

            byte[] pixels = new byte[s_windowWidth * s_windowHeight * (int)s_format];
            byte[] ai = new byte[s_windowWidth * s_windowHeight * (s_format == PixelFormat.Rgb565 ? 3 : 1)];
            int status = NativeSnapshot(pixels, ai, s_frameWidth, s_frameHeight, s_windowX, s_windowY, s_windowWidth,
                s_windowHeight, (int)s_format);
            if (status != NativeStatus.Ok)
            {
                throw new InvalidOperationException("no camera frame: " + NativeLastError());
            }

            return Image.FromCamera(pixels, ai, s_windowWidth, s_windowHeight, s_format);
        }

        /// <summary>
        /// PC only: the image file, or folder of images, that snapshots read (instead of <c>NFK210_SENSOR_SOURCE</c>).
        /// On the board the camera is the source and this throws <see cref="NotSupportedException"/>.
        /// </summary>
        /// <exception cref="ArgumentNullException">path is null.</exception>
        public static void SetSource(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (NativeSetSource(path) != NativeStatus.Ok)
            {
                throw new NotSupportedException(NativeLastError());
            }
        }

        private static void SetFrame(int width, int height)
        {
            s_frameWidth = width;
            s_frameHeight = height;
            s_windowX = 0;
            s_windowY = 0;
            s_windowWidth = width;
            s_windowHeight = height;
        }

        private static void RequireFrame()
        {
            if (s_frameWidth == 0)
            {
                throw new InvalidOperationException("set the frame size before the window");
            }
        }

        private static partial int NativeReset();

        /// <summary>One frame of frameWidth x frameHeight, cut to the window, in format: pixels and the AI planes.</summary>
        private static partial int NativeSnapshot(byte[] pixels, byte[] ai, int frameWidth, int frameHeight, int x, int y,
            int width, int height, int format);

        private static partial int NativeSetSource(string path);

        private static partial string NativeLastError();
    }
}
