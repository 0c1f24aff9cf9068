using System.IO;

namespace nanoFramework.Hardware.K210
{
    /// <summary>Whole-file reads and writes (SD card or flash file system on the board, the PC's files on the host).</summary>
    internal static partial class Storage
    {
        /// <summary>All bytes of a file.</summary>
        /// <exception cref="IOException">The file is missing or cannot be read; the message names it.</exception>
        public static byte[] ReadAll(string path)
        {
            int size = NativeFileSize(path);
            if (size < 0)
            {
                throw new IOException("cannot read '" + path + "': " + NativeLastError());
            }

            byte[] data = new byte[size];
            if (NativeReadFile(path, data) != NativeStatus.Ok)
            {
                throw new IOException("cannot read '" + path + "': " + NativeLastError());
            }

            return data;
        }

        /// <summary>Creates or replaces a file.</summary>
        /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
        public static void WriteAll(string path, byte[] data)
        {
            if (NativeWriteFile(path, data) != NativeStatus.Ok)
            {
                throw new IOException("cannot write '" + path + "': " + NativeLastError());
            }
        }

        /// <summary>Bytes in the file, or -1 when it cannot be opened.</summary>
        private static partial int NativeFileSize(string path);

        /// <summary>Reads the whole file into buffer (its length is the file size).</summary>
        private static partial int NativeReadFile(string path, byte[] buffer);

        private static partial int NativeWriteFile(string path, byte[] data);

        /// <summary>Why the last file call on this thread failed.</summary>
        private static partial string NativeLastError();
    }
}
