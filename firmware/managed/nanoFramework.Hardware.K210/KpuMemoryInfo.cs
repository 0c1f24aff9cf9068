namespace nanoFramework.Hardware.K210
{
    /// <summary>Free memory, as MaixPy's <c>kpu.memtest()</c> prints it.</summary>
    public sealed class KpuMemoryInfo
    {
        internal KpuMemoryInfo(long nativeFree, long nativeTotal, long managedFree)
        {
            NativeFreeBytes = nativeFree;
            NativeTotalBytes = nativeTotal;
            ManagedFreeBytes = managedFree;
        }

        /// <summary>Largest free block of the native heap that models load into (MaixPy "free sys heap memory").</summary>
        public long NativeFreeBytes { get; }

        /// <summary>Size of that heap.</summary>
        public long NativeTotalBytes { get; }

        /// <summary>Free managed heap (MaixPy "free gc heap memory").</summary>
        public long ManagedFreeBytes { get; }

        /// <summary>MaixPy's two lines: <c>###free gc heap memory : N KB</c> and <c>###free sys heap memory: N KB</c>.</summary>
        public override string ToString() =>
            "###free gc heap memory : " + (ManagedFreeBytes / 1024) + " KB\n###free sys heap memory: " + (NativeFreeBytes / 1024) + " KB";
    }
}
