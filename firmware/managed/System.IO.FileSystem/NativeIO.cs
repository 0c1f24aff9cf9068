using System.Runtime.CompilerServices;

namespace System.IO
{
    // File-system operations on whole paths ("D:\dir\name"); the native code finds the drive from the path's root.
    internal static class NativeIO
    {
        // the root of a drive-less path
        internal const string FSRoot = "\\";

        // GetAttributes' answer for a path that names nothing (nf_sys_io_filesystem.h EMPTY_ATTRIBUTE)
        internal const uint EmptyAttribute = 0xFFFFFFFF;

        internal const int FSMaxPathLength = 260 - 2;

        internal const int FSMaxFilenameLength = 256;

        internal const int FSNameMaxLength = 7 + 1;

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Delete(string path, bool recursive);

        // false when the two paths are on different drives: the caller copies then
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool Move(string sourceFileName, string destFileName);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void CreateDirectory(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern uint GetAttributes(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void SetAttributes(string path, uint attributes);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Format(string nameSpace, string fileSystem, uint parameters);
    }
}
