using System.Reflection;
using System.Runtime.InteropServices;

namespace NfK210.Cli.Native;

/// <summary>
/// P/Invoke declarations of firmware/native/api/nfk210_api.h. The library is resolved once, through
/// <see cref="NativeLibraryLocator"/>, by <see cref="EnsureLoaded"/>; call it before any other member.
/// </summary>
internal static unsafe partial class NfkNative
{
    private const string Library = "nfk210";

    private static readonly Lock Gate = new();
    private static IntPtr s_handle;
    private static string? s_path;

    /// <summary>Loads the library (once) and returns its path.</summary>
    /// <exception cref="NativeLibraryMissingException">Not found, or not loadable.</exception>
    public static string EnsureLoaded()
    {
        lock (Gate)
        {
            if (s_handle != IntPtr.Zero)
            {
                return s_path!;
            }

            string path = NativeLibraryLocator.Find()
                ?? throw new NativeLibraryMissingException(NativeLibraryLocator.DescribeMissing());
            try
            {
                s_handle = NativeLibrary.Load(path);
            }
            catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
            {
                throw new NativeLibraryMissingException($"cannot load native library {path}: {e.Message}", e);
            }

            s_path = path;
            NativeLibrary.SetDllImportResolver(typeof(NfkNative).Assembly, Resolve);
            return path;
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == Library ? s_handle : IntPtr.Zero;

    [LibraryImport(Library, EntryPoint = "nfk_last_error")]
    internal static partial IntPtr LastError();

    [LibraryImport(Library, EntryPoint = "nfk_last_error_code")]
    internal static partial int LastErrorCode();

    [LibraryImport(Library, EntryPoint = "nfk_model_load")]
    internal static partial int ModelLoad(byte* data, nuint size, int profile, out IntPtr model);

    [LibraryImport(Library, EntryPoint = "nfk_model_free")]
    internal static partial void ModelFree(IntPtr model);

    [LibraryImport(Library, EntryPoint = "nfk_model_describe_json")]
    internal static partial IntPtr ModelDescribeJson(NfkModelHandle model);

    [LibraryImport(Library, EntryPoint = "nfk_model_input_size")]
    internal static partial int ModelInputSize(NfkModelHandle model, out nuint bytes);

    [LibraryImport(Library, EntryPoint = "nfk_model_run")]
    internal static partial int ModelRun(NfkModelHandle model, byte* input, nuint size);

    [LibraryImport(Library, EntryPoint = "nfk_model_output_count")]
    internal static partial int ModelOutputCount(NfkModelHandle model);

    [LibraryImport(Library, EntryPoint = "nfk_model_output")]
    internal static partial int ModelOutput(NfkModelHandle model, int index, out IntPtr data, out nuint size);

    [LibraryImport(Library, EntryPoint = "nfk_model_layer_count")]
    internal static partial int ModelLayerCount(NfkModelHandle model);

    [LibraryImport(Library, EntryPoint = "nfk_model_layer_stats")]
    internal static partial int ModelLayerStats(
        NfkModelHandle model, int index, out ulong nanoseconds, out int onKpu, out ulong macs);

    /// <summary>nfk_last_error() as a managed string (never null).</summary>
    internal static string LastErrorMessage()
    {
        IntPtr p = LastError();
        string? message = p == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(p);
        return string.IsNullOrEmpty(message) ? "(the native library gave no message)" : message;
    }
}
