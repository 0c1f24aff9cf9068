using System;
using System.IO;

namespace nanoFramework.Hardware.K210
{
    // Host build: files are the PC's files.
    internal static partial class Storage
    {
        /// <summary>The K210's SPI flash: no model or image the library reads is larger.</summary>
        private const long MaxFileBytes = 16L * 1024 * 1024;

        [ThreadStatic]
        private static string? t_error;

        private static partial int NativeFileSize(string path)
        {
            try
            {
                // Say what is true (FileInfo calls a directory a missing file), and refuse before allocating anything
                // a K210 could not hold: its files (models, images) live in the 16 MiB flash or 8 MiB of SRAM.
                if (Directory.Exists(path))
                {
                    t_error = "it is a directory";
                    return -1;
                }

                var file = new FileInfo(path);
                if (!file.Exists)
                {
                    t_error = "it does not exist";
                    return -1;
                }

                long length = file.Length;
                if (length > MaxFileBytes)
                {
                    t_error = "it has " + length + " bytes, more than the " + MaxFileBytes + " (16 MiB) a K210 file can be";
                    return -1;
                }

                return (int)length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                t_error = e.Message;
                return -1;
            }
        }

        private static partial int NativeReadFile(string path, byte[] buffer)
        {
            try
            {
                using FileStream stream = File.OpenRead(path);
                stream.ReadExactly(buffer);
                return NativeStatus.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                t_error = e.Message;
                return NativeStatus.Argument;
            }
        }

        private static partial int NativeWriteFile(string path, byte[] data)
        {
            try
            {
                File.WriteAllBytes(path, data);
                return NativeStatus.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                t_error = e.Message;
                return NativeStatus.Argument;
            }
        }

        private static partial string NativeLastError() => t_error ?? "unknown error";
    }
}
