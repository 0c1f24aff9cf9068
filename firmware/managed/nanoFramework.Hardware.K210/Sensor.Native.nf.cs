using System.Runtime.CompilerServices;

namespace nanoFramework.Hardware.K210
{
    // Device build: the native methods of Sensor are InternalCalls into the nanoCLR glue (firmware/native/clr).
    public static partial class Sensor
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeReset();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeSnapshot(byte[] pixels, byte[] ai, int frameWidth, int frameHeight, int x, int y, int width, int height, int format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeSetSource(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial string NativeLastError();
    }
}
