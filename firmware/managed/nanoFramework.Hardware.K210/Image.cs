using System;
using System.IO;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// An image in RGB565 or grayscale, with the KPU input ("AI buffer") MaixPy keeps beside it
    /// (MaixPy <c>image.Image</c>). Pixels are stored as MaixPy stores them; every operation runs in the native C core,
    /// so board and PC give the same bytes.
    /// <para>
    /// AI buffer: <see cref="PixToAi"/> fills it from the pixels (bit-exact MaixPy layout and tables). Any later change of
    /// the pixels (<see cref="SetPixel"/>, <see cref="DrawRectangle"/>, <see cref="DrawString"/>) makes it stale.
    /// <see cref="KpuModel.Forward(Image, int)"/> and <see cref="KpuModel.RunYolo2(Image)"/> never feed a stale or missing AI
    /// buffer: they refresh it from the current pixels first (MaixPy would silently feed the old one). Images made by
    /// <see cref="Resize"/>, <see cref="Crop"/>, conversions and <see cref="Load"/> start without one.
    /// </para>
    /// </summary>
    public sealed partial class Image
    {
        private const int MaxSide = 8192;

        private readonly byte[] _pixels;
        private byte[]? _ai;
        private int _version;
        private int _aiVersion = -1;

        /// <summary>A black image (MaixPy <c>image.Image(size=(w, h))</c>).</summary>
        /// <param name="width">1 to 8192 pixels.</param>
        /// <param name="height">1 to 8192 pixels.</param>
        /// <param name="format">Pixel format.</param>
        /// <exception cref="ArgumentOutOfRangeException">A size or the format is out of range.</exception>
        public Image(int width, int height, PixelFormat format)
        {
            CheckSize(width, height, nameof(width));
            if (format != PixelFormat.Grayscale && format != PixelFormat.Rgb565)
            {
                throw new ArgumentOutOfRangeException(nameof(format), "pixel format must be Grayscale or Rgb565");
            }

            Width = width;
            Height = height;
            Format = format;
            _pixels = new byte[width * height * (int)format];
        }

        /// <summary>An image over existing pixel bytes (not copied).</summary>
        internal Image(byte[] pixels, int width, int height, PixelFormat format)
        {
            _pixels = pixels;
            Width = width;
            Height = height;
            Format = format;
        }

        /// <summary>Width in pixels (MaixPy <c>img.width()</c>).</summary>
        public int Width { get; }

        /// <summary>Height in pixels (MaixPy <c>img.height()</c>).</summary>
        public int Height { get; }

        /// <summary>Pixel format (MaixPy <c>img.format()</c>).</summary>
        public PixelFormat Format { get; }

        /// <summary>True once <see cref="PixToAi"/> (or the camera) has filled the AI buffer.</summary>
        public bool HasAiBuffer => _ai != null;

        /// <summary>True when the AI buffer exists and no pixel has changed since it was filled.</summary>
        public bool IsAiBufferCurrent => _ai != null && _aiVersion == _version;

        /// <summary>
        /// Reads a BMP (8-bit palette, 16-bit RGB565, 24 or 32-bit), PPM (P3/P6) or PGM (P2/P5) file, decoded by the C
        /// core as MaixPy's <c>image.Image(path)</c> does: PGM and gray-palette BMP give <see cref="PixelFormat.Grayscale"/>,
        /// the rest <see cref="PixelFormat.Rgb565"/> through MaixPy's 8-to-5/6-bit rounding tables.
        /// </summary>
        /// <exception cref="ArgumentNullException">path is null.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="NotSupportedException">Not a BMP/PPM/PGM file, or a variant that is not read (JPEG, PNG, 4-bit BMP, maxval other than 255).</exception>
        /// <exception cref="ArgumentException">The file is truncated or inconsistent.</exception>
        public static Image Load(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            return Decode(Storage.ReadAll(path), path);
        }

        /// <summary>Decodes a BMP / PPM / PGM file held in memory (MaixPy <c>image.Image(bytes, from_bytes=True)</c>).</summary>
        /// <exception cref="ArgumentNullException">file is null.</exception>
        /// <exception cref="NotSupportedException">Not a BMP/PPM/PGM file, or a variant that is not read.</exception>
        /// <exception cref="ArgumentException">The data is truncated or inconsistent.</exception>
        public static Image Decode(byte[] file)
        {
            if (file == null)
            {
                throw new ArgumentNullException(nameof(file));
            }

            return Decode(file, "image data");
        }

        private static Image Decode(byte[] file, string what)
        {
            int[] info = new int[3];
            int status = NativeProbe(file, info);
            if (status == NativeStatus.Ok)
            {
                byte[] pixels = new byte[info[0] * info[1] * info[2]];
                status = NativeDecode(file, pixels, info[0], info[1], info[2]);
                if (status == NativeStatus.Ok)
                {
                    return new Image(pixels, info[0], info[1], (PixelFormat)info[2]);
                }
            }

            string message = "cannot load " + what + ": " + NativeLastError();
            if (status == NativeStatus.UnsupportedVersion)
            {
                throw new NotSupportedException(message);
            }

            throw new ArgumentException(message, what == "image data" ? "file" : "path");
        }

        /// <summary>
        /// A new image of <paramref name="width"/> x <paramref name="height"/> with MaixPy's <c>img.resize(w, h)</c> rules,
        /// bit for bit: grayscale is bilinear when either side grows, else a block average (with MaixPy's use of the
        /// vertical scale for the column bounds); RGB565 of the same size is copied, takes the nearest pixel
        /// (floor(d x scale)) when the width does not grow or the height shrinks, and is bilinear on the 5/6-bit fields
        /// when it only grows. The result has no AI buffer.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A size is outside 1..8192.</exception>
        public Image Resize(int width, int height)
        {
            CheckSize(width, height, nameof(width));
            byte[] dst = new byte[width * height * (int)Format];
            Check(NativeResize(_pixels, Width, Height, (int)Format, dst, width, height));
            return new Image(dst, width, height, Format);
        }

        /// <summary>
        /// A new image holding the rectangle (x, y, width, height) clipped to this image, as MaixPy's
        /// <c>img.crop(roi)</c> clips its ROI. The result has no AI buffer.
        /// </summary>
        /// <exception cref="ArgumentException">The rectangle is empty or does not overlap the image (the message gives both).</exception>
        public Image Crop(int x, int y, int width, int height)
        {
            long x0 = x < 0 ? 0 : x;
            long y0 = y < 0 ? 0 : y;
            long x1 = (long)x + width;
            long y1 = (long)y + height;
            if (x1 > Width)
            {
                x1 = Width;
            }

            if (y1 > Height)
            {
                y1 = Height;
            }

            if (width <= 0 || height <= 0 || x1 <= x0 || y1 <= y0)
            {
                throw new ArgumentException("crop rectangle (" + x + ", " + y + ", " + width + ", " + height +
                    ") does not overlap the " + Width + "x" + Height + " image");
            }

            int cw = (int)(x1 - x0);
            int ch = (int)(y1 - y0);
            byte[] dst = new byte[cw * ch * (int)Format];
            Check(NativeCrop(_pixels, Width, Height, (int)Format, (int)x0, (int)y0, cw, ch, dst));
            return new Image(dst, cw, ch, Format);
        }

        /// <summary>A grayscale copy (MaixPy <c>img.to_grayscale()</c>): luma (38 R + 75 G + 15 B) &gt;&gt; 7 of the table-expanded colour.</summary>
        public Image ToGrayscale() => Convert(PixelFormat.Grayscale);

        /// <summary>An RGB565 copy (MaixPy <c>img.to_rgb565()</c>): gray v becomes (v, v, v) through the tables.</summary>
        public Image ToRgb565() => Convert(PixelFormat.Rgb565);

        private Image Convert(PixelFormat format)
        {
            byte[] dst = new byte[Width * Height * (int)format];
            Check(NativeConvert(_pixels, Width, Height, (int)Format, dst, (int)format));
            return new Image(dst, Width, Height, format);
        }

        /// <summary>
        /// Fills the AI buffer from the pixels (MaixPy <c>img.pix_to_ai()</c>): RGB565 becomes three planes R, G, B of
        /// Width x Height bytes each with no padding, expanded with MaixPy's rounding tables
        /// (round(v x 255 / 31), round(v x 255 / 63)); grayscale is copied.
        /// </summary>
        public void PixToAi()
        {
            int size = Width * Height * (Format == PixelFormat.Rgb565 ? 3 : 1);
            if (_ai == null || _ai.Length != size)
            {
                _ai = new byte[size];
            }

            Check(NativePixToAi(_pixels, Width, Height, (int)Format, _ai));
            _aiVersion = _version;
        }

        /// <summary>A copy of the AI buffer: the CHW uint8 tensor the KPU is given.</summary>
        /// <exception cref="InvalidOperationException">There is no AI buffer yet (call <see cref="PixToAi"/>).</exception>
        public byte[] GetAiBuffer()
        {
            if (_ai == null)
            {
                throw new InvalidOperationException("the image has no AI buffer yet: call PixToAi() first");
            }

            byte[] copy = new byte[_ai.Length];
            Array.Copy(_ai, copy, _ai.Length);
            return copy;
        }

        /// <summary>Colour of pixel (x, y) as 0xRRGGBB (MaixPy <c>img.get_pixel(x, y)</c>): RGB565 expanded with the tables, gray v as 0xvvvvvv.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The pixel lies outside the image.</exception>
        public int GetPixel(int x, int y)
        {
            CheckPoint(x, y);
            int rgb = NativeGetPixel(_pixels, Width, Height, (int)Format, x, y);
            if (rgb < 0)
            {
                Check(-rgb);
            }

            return rgb;
        }

        /// <summary>Sets pixel (x, y) to 0xRRGGBB (MaixPy <c>img.set_pixel(x, y, color)</c>): RGB565 through the rounding tables, grayscale as luma.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The pixel lies outside the image, or the colour is not 0..0xFFFFFF.</exception>
        public void SetPixel(int x, int y, int color)
        {
            CheckPoint(x, y);
            CheckColor(color);
            Check(NativeSetPixel(_pixels, Width, Height, (int)Format, x, y, color));
            _version++;
        }

        /// <summary>
        /// Draws a rectangle (MaixPy <c>img.draw_rectangle(x, y, w, h, color, thickness, fill)</c>): filled, or an outline
        /// whose band reaches thickness/2 pixels before each edge line and (thickness-1)/2 after it; clipped to the image.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The colour is not 0..0xFFFFFF.</exception>
        public void DrawRectangle(int x, int y, int width, int height, int color, int thickness = 1, bool fill = false)
        {
            CheckColor(color);
            Check(NativeDrawRectangle(_pixels, Width, Height, (int)Format, x, y, width, height, color, thickness, fill));
            _version++;
        }

        /// <summary>
        /// Writes text (MaixPy <c>img.draw_string(x, y, text, color, scale)</c>) with the built-in 5x7 font in 6x8 cells
        /// times <paramref name="scale"/>; '\n' starts a new line; characters outside ' '..'~' draw as a box; clipped.
        /// </summary>
        /// <exception cref="ArgumentNullException">text is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The colour is not 0..0xFFFFFF, or scale is below 1.</exception>
        public void DrawString(int x, int y, string text, int color, int scale = 1)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            CheckColor(color);
            if (scale < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(scale), "scale must be 1 or more, not " + scale);
            }

            Check(NativeDrawString(_pixels, Width, Height, (int)Format, x, y, text, color, scale));
            _version++;
        }

        /// <summary>The image as a BMP file, as MaixPy's <c>img.save("x.bmp")</c> writes it (RGB565 bitfields or 8-bit gray).</summary>
        public byte[] ToBmp()
        {
            int size = NativeBmpSize(Width, Height, (int)Format);
            if (size < 0)
            {
                Check(-size);
            }

            byte[] file = new byte[size];
            Check(NativeBmpEncode(_pixels, Width, Height, (int)Format, file));
            return file;
        }

        /// <summary>Writes the image as a BMP file (MaixPy <c>img.save(path)</c>).</summary>
        /// <exception cref="ArgumentNullException">path is null.</exception>
        /// <exception cref="IOException">The file cannot be written.</exception>
        public void Save(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            Storage.WriteAll(path, ToBmp());
        }

        /// <summary>A copy of the stored pixel bytes (RGB565 in MaixPy's byte order, or one byte per gray pixel).</summary>
        public byte[] ToByteArray()
        {
            byte[] copy = new byte[_pixels.Length];
            Array.Copy(_pixels, copy, _pixels.Length);
            return copy;
        }

        internal byte[] Pixels => _pixels;

        /// <summary>The AI buffer to run the KPU on, refreshed from the pixels when missing or stale.</summary>
        internal byte[] CurrentAiBuffer()
        {
            if (!IsAiBufferCurrent)
            {
                PixToAi();
            }

            return _ai!;
        }

        /// <summary>An image whose AI buffer was filled by the camera together with the pixels.</summary>
        internal static Image FromCamera(byte[] pixels, byte[] ai, int width, int height, PixelFormat format)
        {
            Image image = new Image(pixels, width, height, format);
            image._ai = ai;
            image._aiVersion = image._version;
            return image;
        }

        private static void CheckSize(int width, int height, string name)
        {
            if (width < 1 || height < 1 || width > MaxSide || height > MaxSide)
            {
                throw new ArgumentOutOfRangeException(name, "image size " + width + "x" + height + " is outside 1..8192");
            }
        }

        private void CheckPoint(int x, int y)
        {
            if (x < 0 || y < 0 || x >= Width || y >= Height)
            {
                throw new ArgumentOutOfRangeException(x < 0 || x >= Width ? "x" : "y",
                    "pixel (" + x + ", " + y + ") lies outside the " + Width + "x" + Height + " image");
            }
        }

        private static void CheckColor(int color)
        {
            if (color < 0 || color > 0xFFFFFF)
            {
                throw new ArgumentOutOfRangeException(nameof(color), "colour must be 0xRRGGBB (0..0xFFFFFF), not " + color);
            }
        }

        /// <summary>Native failures after managed checks are internal errors; they name the native message.</summary>
        private static void Check(int status)
        {
            if (status != NativeStatus.Ok)
            {
                throw new InvalidOperationException("image operation failed: " + NativeLastError());
            }
        }

        private static partial int NativeProbe(byte[] file, int[] info);

        private static partial int NativeDecode(byte[] file, byte[] pixels, int width, int height, int format);

        private static partial int NativeBmpSize(int width, int height, int format);

        private static partial int NativeBmpEncode(byte[] pixels, int width, int height, int format, byte[] file);

        private static partial int NativePixToAi(byte[] pixels, int width, int height, int format, byte[] ai);

        private static partial int NativeResize(byte[] src, int width, int height, int format, byte[] dst, int dstWidth, int dstHeight);

        private static partial int NativeCrop(byte[] src, int width, int height, int format, int x, int y, int cropWidth, int cropHeight, byte[] dst);

        private static partial int NativeConvert(byte[] src, int width, int height, int format, byte[] dst, int dstFormat);

        private static partial int NativeGetPixel(byte[] pixels, int width, int height, int format, int x, int y);

        private static partial int NativeSetPixel(byte[] pixels, int width, int height, int format, int x, int y, int rgb);

        private static partial int NativeDrawRectangle(byte[] pixels, int width, int height, int format, int x, int y, int rectWidth, int rectHeight, int rgb, int thickness, bool fill);

        private static partial int NativeDrawString(byte[] pixels, int width, int height, int format, int x, int y, string text, int rgb, int scale);

        /// <summary>Why the last image (or YOLOv2 decoding) call on this thread failed.</summary>
        internal static partial string NativeLastError();
    }
}
