using System.Text;

namespace nanoFramework.Hardware.K210
{
    // Host build: Image's natives call libnfk210's nfk_image_* functions on pinned managed arrays.
    public sealed unsafe partial class Image
    {
        private static partial int NativeProbe(byte[] file, int[] info)
        {
            fixed (byte* f = file)
            {
                int status = NfkLibrary.ImageProbe(f, (nuint)file.Length, out info[0], out info[1], out info[2]);
                return status;
            }
        }

        private static partial int NativeDecode(byte[] file, byte[] pixels, int width, int height, int format)
        {
            fixed (byte* f = file)
            fixed (byte* p = pixels)
            {
                return NfkLibrary.ImageDecode(f, (nuint)file.Length, p, (nuint)pixels.Length, width, height, format);
            }
        }

        private static partial int NativeBmpSize(int width, int height, int format)
        {
            int status = NfkLibrary.ImageBmpSize(width, height, format, out nuint bytes);
            return status == NativeStatus.Ok ? checked((int)bytes) : -status;
        }

        private static partial int NativeBmpEncode(byte[] pixels, int width, int height, int format, byte[] file)
        {
            fixed (byte* p = pixels)
            fixed (byte* f = file)
            {
                return NfkLibrary.ImageBmpEncode(p, (nuint)pixels.Length, width, height, format, f, (nuint)file.Length);
            }
        }

        private static partial int NativePixToAi(byte[] pixels, int width, int height, int format, byte[] ai)
        {
            fixed (byte* p = pixels)
            fixed (byte* a = ai)
            {
                return NfkLibrary.ImagePixToAi(p, (nuint)pixels.Length, width, height, format, a, (nuint)ai.Length);
            }
        }

        private static partial int NativeResize(byte[] src, int width, int height, int format, byte[] dst, int dstWidth, int dstHeight)
        {
            fixed (byte* s = src)
            fixed (byte* d = dst)
            {
                return NfkLibrary.ImageResize(s, (nuint)src.Length, width, height, format, d, (nuint)dst.Length, dstWidth, dstHeight);
            }
        }

        private static partial int NativeCrop(byte[] src, int width, int height, int format, int x, int y, int cropWidth, int cropHeight, byte[] dst)
        {
            fixed (byte* s = src)
            fixed (byte* d = dst)
            {
                return NfkLibrary.ImageCrop(s, (nuint)src.Length, width, height, format, x, y, cropWidth, cropHeight, d, (nuint)dst.Length);
            }
        }

        private static partial int NativeConvert(byte[] src, int width, int height, int format, byte[] dst, int dstFormat)
        {
            fixed (byte* s = src)
            fixed (byte* d = dst)
            {
                return NfkLibrary.ImageConvert(s, (nuint)src.Length, width, height, format, d, (nuint)dst.Length, dstFormat);
            }
        }

        private static partial int NativeGetPixel(byte[] pixels, int width, int height, int format, int x, int y)
        {
            fixed (byte* p = pixels)
            {
                int status = NfkLibrary.ImageGetPixel(p, (nuint)pixels.Length, width, height, format, x, y, out int rgb);
                return status == NativeStatus.Ok ? rgb : -status;
            }
        }

        private static partial int NativeSetPixel(byte[] pixels, int width, int height, int format, int x, int y, int rgb)
        {
            fixed (byte* p = pixels)
            {
                return NfkLibrary.ImageSetPixel(p, (nuint)pixels.Length, width, height, format, x, y, rgb);
            }
        }

        private static partial int NativeDrawRectangle(byte[] pixels, int width, int height, int format, int x, int y, int rectWidth, int rectHeight, int rgb, int thickness, bool fill)
        {
            fixed (byte* p = pixels)
            {
                return NfkLibrary.ImageDrawRectangle(p, (nuint)pixels.Length, width, height, format, x, y, rectWidth, rectHeight, rgb, thickness, fill ? 1 : 0);
            }
        }

        private static partial int NativeDrawString(byte[] pixels, int width, int height, int format, int x, int y, string text, int rgb, int scale)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            fixed (byte* p = pixels)
            fixed (byte* t = utf8)
            {
                return NfkLibrary.ImageDrawString(p, (nuint)pixels.Length, width, height, format, x, y, t, (nuint)utf8.Length, rgb, scale);
            }
        }

        /// <summary>Host only (the PC camera): fills <paramref name="ai"/> as <see cref="PixToAi"/> fills the AI buffer.</summary>
        internal int PixToAiInto(byte[] ai) => NativePixToAi(_pixels, Width, Height, (int)Format, ai);

        internal static partial string NativeLastError() => NfkLibrary.Text(NfkLibrary.ImageLastError());
    }
}
