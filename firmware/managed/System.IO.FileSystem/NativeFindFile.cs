using System.Runtime.CompilerServices;

namespace System.IO
{
    // Looks up one file or directory; null when the path names nothing.
    internal class NativeFindFile
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern NativeFileInfo GetFileInfo(string path);
    }
}
