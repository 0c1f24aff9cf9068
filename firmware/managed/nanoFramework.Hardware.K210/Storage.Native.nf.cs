using System.Runtime.CompilerServices;

namespace nanoFramework.Hardware.K210
{
    // Device build: the native methods of Storage are InternalCalls into the nanoCLR glue (firmware/native/clr).
    internal static partial class Storage
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeFileSize(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeReadFile(string path, byte[] buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeWriteFile(string path, byte[] data);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial string NativeLastError();
    }
}
