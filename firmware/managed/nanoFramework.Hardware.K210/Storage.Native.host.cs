using System;
using System.IO;

namespace nanoFramework.Hardware.K210
{
    // Host build: files are the PC's files.
    internal static partial class Storage
    {
        [ThreadStatic]
        private static string? t_error;

        private static partial int NativeFileSize(string path)
        {
            try
            {
                long length = new FileInfo(path).Length;
                if (length > int.MaxValue)
                {
                    t_error = "the file has " + length + " bytes, more than a byte array holds";
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
