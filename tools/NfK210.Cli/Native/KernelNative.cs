using System.Runtime.InteropServices;
using NfK210.Interop;

namespace NfK210.Cli.Native;

/// <summary>P/Invoke declarations of firmware/native/api/nfk210_kernels.h (which KPU kernels the emulator uses).</summary>
internal static partial class KernelNative
{
    /// <summary>nfk_kernels_variant: "ref", "opt", "avx2" or "avx512vnni"; never null.</summary>
    [LibraryImport(NfkModelNative.Library, EntryPoint = "nfk_kernels_variant")]
    internal static partial IntPtr Variant();

    [LibraryImport(NfkModelNative.Library, EntryPoint = "nfk_kernels_set_variant", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetVariant(string name);

    [LibraryImport(NfkModelNative.Library, EntryPoint = "nfk_kernels_set_threads")]
    internal static partial int SetThreads(int threads);

    [LibraryImport(NfkModelNative.Library, EntryPoint = "nfk_kernels_threads")]
    internal static partial int Threads();
}
