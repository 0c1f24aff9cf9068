using System.Runtime.CompilerServices;

namespace System.IO
{
    // An open file of the native file layer. _fs holds the native handle (a binary blob); the methods are, in this
    // order, the ones nanoCLR's native record expects.
    internal class NativeFileStream
    {
        // 0: use the native default
        public const int TimeoutDefault = 0;

        // 0: use the native default
        public const int BufferSizeDefault = 0;

#pragma warning disable CS0169, CS0649 // written by the native code only
        private object _fs;
#pragma warning restore CS0169, CS0649

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern NativeFileStream(string path, int bufferSize);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int Read(byte[] buffer, int offset, int count, int timeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int Write(byte[] buffer, int offset, int count, int timeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern long Seek(long offset, uint origin);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Flush();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern long GetLength();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void SetLength(long length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void GetStreamProperties(out bool canRead, out bool canWrite, out bool canSeek);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Close();
    }
}
