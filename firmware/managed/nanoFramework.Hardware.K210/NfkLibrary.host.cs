using System;
using System.Reflection;
using System.Runtime.InteropServices;
using NfK210.Interop;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// P/Invoke declarations of the host native library libnfk210 (firmware/native/api/nfk210_api.h and
    /// nfk210_image.h). The build copies the library next to the application; the environment variable
    /// <c>NFK210_NATIVE_LIB</c> (full path of the library file) overrides that.
    /// </summary>
    internal static unsafe partial class NfkLibrary
    {
        private const string Library = NfkModelNative.Library;

        static NfkLibrary()
        {
            NativeLibrary.SetDllImportResolver(typeof(NfkLibrary).Assembly, Resolve);
        }

        private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
        {
            if (name != Library)
            {
                return IntPtr.Zero;
            }

            string? path = Environment.GetEnvironmentVariable("NFK210_NATIVE_LIB");
            if (!string.IsNullOrWhiteSpace(path))
            {
                return NativeLibrary.Load(path);
            }

            return NativeLibrary.TryLoad(Library, assembly, searchPath, out IntPtr handle) ? handle : IntPtr.Zero;
        }

        /// <summary>Runs the static constructor (the resolver) before NfkModelNative's first call.</summary>
        internal static void EnsureResolver()
        {
        }

        /// <summary>A native string as a managed one ("" for null).</summary>
        public static string Text(IntPtr p) => p == IntPtr.Zero ? string.Empty : Marshal.PtrToStringUTF8(p) ?? string.Empty;









        [LibraryImport(Library, EntryPoint = "nfk_image_last_error")]
        public static partial IntPtr ImageLastError();

        [LibraryImport(Library, EntryPoint = "nfk_image_probe")]
        public static partial int ImageProbe(byte* file, nuint size, out int width, out int height, out int format);

        [LibraryImport(Library, EntryPoint = "nfk_image_decode")]
        public static partial int ImageDecode(byte* file, nuint size, byte* pixels, nuint pixelsSize, int width, int height, int format);

        [LibraryImport(Library, EntryPoint = "nfk_image_bmp_size")]
        public static partial int ImageBmpSize(int width, int height, int format, out nuint bytes);

        [LibraryImport(Library, EntryPoint = "nfk_image_bmp_encode")]
        public static partial int ImageBmpEncode(byte* pixels, nuint pixelsSize, int width, int height, int format, byte* output, nuint outputSize);

        [LibraryImport(Library, EntryPoint = "nfk_image_pix_to_ai")]
        public static partial int ImagePixToAi(byte* pixels, nuint pixelsSize, int width, int height, int format, byte* ai, nuint aiSize);

        [LibraryImport(Library, EntryPoint = "nfk_image_resize")]
        public static partial int ImageResize(byte* src, nuint srcSize, int width, int height, int format, byte* dst, nuint dstSize, int dstWidth, int dstHeight);

        [LibraryImport(Library, EntryPoint = "nfk_image_crop")]
        public static partial int ImageCrop(byte* src, nuint srcSize, int width, int height, int format, int x, int y, int cropWidth, int cropHeight, byte* dst, nuint dstSize);

        [LibraryImport(Library, EntryPoint = "nfk_image_convert")]
        public static partial int ImageConvert(byte* src, nuint srcSize, int width, int height, int format, byte* dst, nuint dstSize, int dstFormat);

        [LibraryImport(Library, EntryPoint = "nfk_image_get_pixel")]
        public static partial int ImageGetPixel(byte* pixels, nuint size, int width, int height, int format, int x, int y, out int rgb);

        [LibraryImport(Library, EntryPoint = "nfk_image_set_pixel")]
        public static partial int ImageSetPixel(byte* pixels, nuint size, int width, int height, int format, int x, int y, int rgb);

        [LibraryImport(Library, EntryPoint = "nfk_image_draw_rectangle")]
        public static partial int ImageDrawRectangle(byte* pixels, nuint size, int width, int height, int format, int x, int y, int rectWidth, int rectHeight, int rgb, int thickness, int fill);

        [LibraryImport(Library, EntryPoint = "nfk_image_draw_string")]
        public static partial int ImageDrawString(byte* pixels, nuint size, int width, int height, int format, int x, int y, byte* text, nuint textSize, int rgb, int scale);

        [LibraryImport(Library, EntryPoint = "nfk_yolo2_decode")]
        public static partial int Yolo2Decode(byte* output, nuint outputSize, int gridWidth, int gridHeight, int channels, float* anchors, int anchorCount, float threshold, float nms, int imageWidth, int imageHeight, int* boxes, float* probs, int capacity, out int count);

        [LibraryImport(Library, EntryPoint = "nfk_memory_info")]
        public static partial int MemoryInfo(out nuint largestFree, out nuint total);
    }
}

namespace NfK210.Interop
{
    /// <summary>The shared model declarations, hooked to this assembly's library resolver.</summary>
    internal static partial class NfkModelNative
    {
        static NfkModelNative() => nanoFramework.Hardware.K210.NfkLibrary.EnsureResolver();
    }
}
