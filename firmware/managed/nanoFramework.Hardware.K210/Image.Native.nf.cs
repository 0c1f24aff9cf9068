using System.Runtime.CompilerServices;

namespace nanoFramework.Hardware.K210
{
    // Device build: the native methods of Image are InternalCalls into the nanoCLR glue (firmware/native/clr).
    public sealed partial class Image
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeProbe(byte[] file, int[] info);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeDecode(byte[] file, byte[] pixels, int width, int height, int format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeBmpSize(int width, int height, int format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeBmpEncode(byte[] pixels, int width, int height, int format, byte[] file);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativePixToAi(byte[] pixels, int width, int height, int format, byte[] ai);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeResize(byte[] src, int width, int height, int format, byte[] dst, int dstWidth, int dstHeight);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeCrop(byte[] src, int width, int height, int format, int x, int y, int cropWidth, int cropHeight, byte[] dst);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeConvert(byte[] src, int width, int height, int format, byte[] dst, int dstFormat);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeGetPixel(byte[] pixels, int width, int height, int format, int x, int y);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeSetPixel(byte[] pixels, int width, int height, int format, int x, int y, int rgb);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeDrawRectangle(byte[] pixels, int width, int height, int format, int x, int y, int rectWidth, int rectHeight, int rgb, int thickness, bool fill);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeDrawString(byte[] pixels, int width, int height, int format, int x, int y, string text, int rgb, int scale);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern partial string NativeLastError();
    }
}
