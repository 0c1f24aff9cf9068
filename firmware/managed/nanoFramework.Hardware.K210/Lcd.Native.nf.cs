using System.Runtime.CompilerServices;

namespace nanoFramework.Hardware.K210
{
    // Device build: the native methods of Lcd are InternalCalls into the nanoCLR glue (firmware/native/clr).
    public static partial class Lcd
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeInit(int[] size);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeDisplay(byte[] pixels, int width, int height, int format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeClear(int rgb);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeSetOutput(string folder);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial string NativeLastError();
    }
}
