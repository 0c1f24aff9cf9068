namespace System.IO
{
    // Filled by NativeFindFile.GetFileInfo; the native code writes the fields by index (1, 2, 3): keep their order.
    internal class NativeFileInfo
    {
#pragma warning disable CS0649 // written by the native code only
        public uint Attributes;

        public long Size;

        public string FileName;
#pragma warning restore CS0649
    }
}
