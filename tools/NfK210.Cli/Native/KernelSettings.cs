using System.Runtime.InteropServices;
using NfK210.Interop;

namespace NfK210.Cli.Native;

/// <summary>The emulator's kernel variant and thread count (NFK210_KERNELS chooses the variant; --threads the count).</summary>
internal static class KernelSettings
{
    /// <summary>Sets the threads a layer is split over; null keeps the library's default (one per core).</summary>
    public static void SetThreads(int? threads)
    {
        NfkNative.EnsureLoaded();
        int status = KernelNative.SetThreads(threads ?? 0);
        if (status != 0)
        {
            throw new NativeException("nfk_kernels_set_threads", status, NfkModelNative.LastErrorCode(),
                                      NfkNative.LastErrorMessage());
        }
    }

    /// <summary>Makes `name` the variant (ref, opt, avx2, avx512).</summary>
    public static void SetVariant(string name)
    {
        NfkNative.EnsureLoaded();
        int status = KernelNative.SetVariant(name);
        if (status != 0)
        {
            throw new NativeException("nfk_kernels_set_variant", status, NfkModelNative.LastErrorCode(),
                                      NfkNative.LastErrorMessage());
        }
    }

    /// <summary>The variant in use.</summary>
    public static string Variant
    {
        get
        {
            NfkNative.EnsureLoaded();
            return Marshal.PtrToStringUTF8(KernelNative.Variant()) ?? "?";
        }
    }

    /// <summary>The thread count in use.</summary>
    public static int Threads
    {
        get
        {
            NfkNative.EnsureLoaded();
            return KernelNative.Threads();
        }
    }
}
