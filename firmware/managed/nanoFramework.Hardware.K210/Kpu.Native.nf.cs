using System.Runtime.CompilerServices;

namespace nanoFramework.Hardware.K210
{
    // Device build: the native methods of Kpu are InternalCalls into the nanoCLR glue (firmware/native/clr).
    public static partial class Kpu
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial void NativeMemoryInfo(long[] info);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeReadFlash(uint offset, byte[] buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial string NativeFlashError();
    }
}
