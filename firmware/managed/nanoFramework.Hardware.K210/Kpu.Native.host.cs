using System;
using System.IO;

namespace nanoFramework.Hardware.K210
{
    // Host build: memory of the emulated SRAM heap; the SPI flash is a file named by NFK210_FLASH_IMAGE.
    public static partial class Kpu
    {
        [ThreadStatic]
        private static string? t_flashError;

        private static partial void NativeMemoryInfo(long[] info)
        {
            if (NfkLibrary.MemoryInfo(out nuint free, out nuint total) == NativeStatus.Ok)
            {
                info[0] = (long)free;
                info[1] = (long)total;
            }

            GCMemoryInfo gc = GC.GetGCMemoryInfo();
            info[2] = Math.Max(0, gc.TotalAvailableMemoryBytes - GC.GetTotalMemory(false));
        }

        private static partial int NativeReadFlash(uint offset, byte[] buffer)
        {
            string? path = Environment.GetEnvironmentVariable("NFK210_FLASH_IMAGE");
            if (string.IsNullOrWhiteSpace(path))
            {
                t_flashError = "set NFK210_FLASH_IMAGE to a raw flash image file: the PC has no SPI flash";
                return NativeStatus.Argument;
            }

            try
            {
                using FileStream stream = File.OpenRead(path);
                if ((long)offset + buffer.Length > stream.Length)
                {
                    t_flashError = "the flash image '" + path + "' has " + stream.Length + " bytes, reading " + buffer.Length +
                        " at 0x" + offset.ToString("X") + " passes its end";
                    return NativeStatus.Truncated;
                }

                stream.Position = offset;
                stream.ReadExactly(buffer);
                return NativeStatus.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                t_flashError = e.Message;
                return NativeStatus.Argument;
            }
        }

        private static partial string NativeFlashError() => t_flashError ?? "unknown error";
    }
}
