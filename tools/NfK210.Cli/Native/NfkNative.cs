using System.Reflection;
using System.Runtime.InteropServices;
using NfK210.Interop;

namespace NfK210.Cli.Native;

/// <summary>
/// Loads the host native library for the CLI: resolves it once, through <see cref="NativeLibraryLocator"/>, and
/// answers the <see cref="NfkModelNative"/> imports (tools/NfK210.Native, shared with the C# library) with it.
/// Call <see cref="EnsureLoaded"/> before any of them.
/// </summary>
internal static class NfkNative
{
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

    /// <summary>nfk_last_error() as a managed string (never null).</summary>
    internal static string LastErrorMessage()
    {
        IntPtr p = NfkModelNative.LastError();
        string? message = p == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(p);
        return string.IsNullOrEmpty(message) ? "(the native library gave no message)" : message;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == NfkModelNative.Library ? s_handle : IntPtr.Zero;
}
