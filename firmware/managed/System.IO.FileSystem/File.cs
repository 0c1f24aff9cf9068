namespace System.IO
{
    /// <summary>
    /// Whole-file operations. Text is UTF-8. nanoFramework's AppendText and OpenText return StreamWriter and
    /// StreamReader of System.IO.Streams, which this mscorlib-only build does not reference: they are left out here.
    /// </summary>
    public static class File
    {
        // copy chunk: small enough for the device heap
        private const int ChunkSize = 2048;

        private static readonly byte[] EmptyBytes = new byte[0];

        /// <summary>Appends <paramref name="contents"/> (UTF-8) to the file, creating it when missing.</summary>
        /// <param name="path">The file.</param>
        /// <param name="contents">The text to append.</param>
        public static void AppendAllText(string path, string contents)
        {
            using (FileStream stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None))
            {
                byte[] bytes = string.IsNullOrEmpty(contents) ? EmptyBytes : EncodeUtf8(contents);
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        /// <summary>Copies a file to a new file.</summary>
        /// <param name="sourceFileName">The file to copy.</param>
        /// <param name="destFileName">The new file; must not exist.</param>
        public static void Copy(string sourceFileName, string destFileName) => Copy(sourceFileName, destFileName, false, false);

        /// <summary>Copies a file.</summary>
        /// <param name="sourceFileName">The file to copy.</param>
        /// <param name="destFileName">The destination.</param>
        /// <param name="overwrite">Whether an existing destination is replaced.</param>
        public static void Copy(string sourceFileName, string destFileName, bool overwrite) =>
            Copy(sourceFileName, destFileName, overwrite, false);

        /// <summary>Creates or overwrites a file and opens it for reading and writing.</summary>
        /// <param name="path">The file.</param>
        public static FileStream Create(string path) => Create(path, NativeFileStream.BufferSizeDefault);

        /// <summary>Creates or overwrites a file with the given native buffer size.</summary>
        /// <param name="path">The file.</param>
        /// <param name="bufferSize">The native buffer size; 0 for the default.</param>
        public static FileStream Create(string path, int bufferSize) =>
            new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize);

        /// <summary>Deletes a file; a missing file is not an error.</summary>
        /// <param name="path">The file.</param>
        /// <exception cref="IOException">The path is a directory, read-only, or open.</exception>
        public static void Delete(string path)
        {
            string fullPath = Path.GetFullPath(path);
            uint attributes = NativeIO.GetAttributes(fullPath);
            if (attributes == NativeIO.EmptyAttribute)
            {
                return;
            }

            if ((attributes & (uint)(FileAttributes.Directory | FileAttributes.ReadOnly)) != 0)
            {
                throw new IOException("a directory or read-only: " + fullPath, (int)IOException.IOExceptionErrorCode.UnauthorizedAccess);
            }

            object record = FileSystemManager.AddToOpenList(fullPath);
            try
            {
                NativeIO.Delete(fullPath, false);
            }
            finally
            {
                FileSystemManager.RemoveFromOpenList(record);
            }
        }

        /// <summary>Whether <paramref name="path"/> names an existing file (not a directory).</summary>
        /// <param name="path">The file.</param>
        public static bool Exists(string path)
        {
            try
            {
                uint attributes = NativeIO.GetAttributes(Path.GetFullPath(path));
                return attributes != NativeIO.EmptyAttribute && (attributes & (uint)FileAttributes.Directory) == 0;
            }
            catch (Exception)
            {
                // no drive, bad path: nothing there
                return false;
            }
        }

        /// <summary>The attributes of a file or directory.</summary>
        /// <param name="path">The file.</param>
        /// <exception cref="IOException">Nothing is at path.</exception>
        public static FileAttributes GetAttributes(string path)
        {
            string fullPath = Path.GetFullPath(path);
            uint attributes = NativeIO.GetAttributes(fullPath);
            if (attributes == NativeIO.EmptyAttribute)
            {
                throw new IOException("not found: " + fullPath, (int)IOException.IOExceptionErrorCode.FileNotFound);
            }

            return (FileAttributes)attributes;
        }

        /// <summary>Moves (renames) a file, across drives too.</summary>
        /// <param name="sourceFileName">The file.</param>
        /// <param name="destFileName">The new path; must not exist.</param>
        public static void Move(string sourceFileName, string destFileName)
        {
            string source = Path.GetFullPath(sourceFileName);
            string destination = Path.GetFullPath(destFileName);
            if (!Exists(source))
            {
                throw new IOException("not found: " + source, (int)IOException.IOExceptionErrorCode.FileNotFound);
            }

            if (NativeIO.GetAttributes(destination) != NativeIO.EmptyAttribute)
            {
                throw new IOException("exists: " + destination, (int)IOException.IOExceptionErrorCode.PathAlreadyExists);
            }

            object record = FileSystemManager.AddToOpenList(source);
            bool moved;
            try
            {
                moved = NativeIO.Move(source, destination);
            }
            finally
            {
                FileSystemManager.RemoveFromOpenList(record);
            }

            if (!moved)
            {
                // another drive: copy, then delete the original
                Copy(source, destination, false, true);
            }
        }

        /// <summary>Opens a file for reading and writing.</summary>
        /// <param name="path">The file.</param>
        /// <param name="mode">How to open or create it.</param>
        public static FileStream Open(string path, FileMode mode) =>
            Open(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.None);

        /// <summary>Opens a file with the given access.</summary>
        /// <param name="path">The file.</param>
        /// <param name="mode">How to open or create it.</param>
        /// <param name="access">Read, write or both.</param>
        public static FileStream Open(string path, FileMode mode, FileAccess access) => Open(path, mode, access, FileShare.None);

        /// <summary>Opens a file with the given access and sharing.</summary>
        /// <param name="path">The file.</param>
        /// <param name="mode">How to open or create it.</param>
        /// <param name="access">Read, write or both.</param>
        /// <param name="share">What other streams may do meanwhile.</param>
        public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) =>
            new FileStream(path, mode, access, share);

        /// <summary>Opens an existing file for reading.</summary>
        /// <param name="path">The file.</param>
        public static FileStream OpenRead(string path) => Open(path, FileMode.Open, FileAccess.Read, FileShare.Read);

        /// <summary>Opens or creates a file for writing.</summary>
        /// <param name="path">The file.</param>
        public static FileStream OpenWrite(string path) => Open(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);

        /// <summary>The whole content of a file.</summary>
        /// <param name="path">The file.</param>
        public static byte[] ReadAllBytes(string path)
        {
            using (FileStream stream = OpenRead(path))
            {
                long length = stream.Length;
                if (length > int.MaxValue)
                {
                    throw new IOException("too large: " + path, (int)IOException.IOExceptionErrorCode.Others);
                }

                byte[] bytes = new byte[(int)length];
                int total = 0;
                while (total < bytes.Length)
                {
                    int read = stream.Read(bytes, total, bytes.Length - total);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                }

                if (total == bytes.Length)
                {
                    return bytes;
                }

                // the file shrank while reading
                byte[] shorter = new byte[total];
                Array.Copy(bytes, shorter, total);
                return shorter;
            }
        }

        /// <summary>The whole content of a file as UTF-8 text.</summary>
        /// <param name="path">The file.</param>
        public static string ReadAllText(string path) => DecodeUtf8(ReadAllBytes(path));

        /// <summary>Sets the attributes of a file or directory.</summary>
        /// <param name="path">The file.</param>
        /// <param name="fileAttributes">ReadOnly, Hidden, System, Archive.</param>
        public static void SetAttributes(string path, FileAttributes fileAttributes) =>
            NativeIO.SetAttributes(Path.GetFullPath(path), (uint)fileAttributes);

        /// <summary>Creates or overwrites a file with <paramref name="bytes"/>.</summary>
        /// <param name="path">The file.</param>
        /// <param name="bytes">The content.</param>
        public static void WriteAllBytes(string path, byte[] bytes)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            using (FileStream stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        /// <summary>Creates or overwrites a file with <paramref name="contents"/> as UTF-8.</summary>
        /// <param name="path">The file.</param>
        /// <param name="contents">The text.</param>
        public static void WriteAllText(string path, string contents) =>
            WriteAllBytes(path, string.IsNullOrEmpty(contents) ? EmptyBytes : EncodeUtf8(contents));

        // Copy, and for Move across drives, delete the source afterwards.
        internal static void Copy(string sourceFileName, string destFileName, bool overwrite, bool deleteOriginal)
        {
            string source = Path.GetFullPath(sourceFileName);
            string destination = Path.GetFullPath(destFileName);
            if (source == destination)
            {
                return;
            }

            using (FileStream reader = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                FileStream writer = new FileStream(destination, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None);
                try
                {
                    byte[] chunk = new byte[ChunkSize];
                    int read;
                    while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
                    {
                        writer.Write(chunk, 0, read);
                    }
                }
                catch
                {
                    writer.DisposeAndDelete();
                    throw;
                }

                writer.Close();
            }

            if (deleteOriginal)
            {
                Delete(source);
            }
        }

        // UTF-16 string to UTF-8 bytes; a lone surrogate becomes U+FFFD.
        private static byte[] EncodeUtf8(string text)
        {
            byte[] buffer = new byte[text.Length * 3];
            int length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int code = text[i];
                if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.Length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    code = 0x10000 + ((code - 0xD800) << 10) + (text[++i] - 0xDC00);
                }
                else if (code >= 0xD800 && code <= 0xDFFF)
                {
                    code = 0xFFFD;
                }

                if (code < 0x80)
                {
                    buffer[length++] = (byte)code;
                }
                else if (code < 0x800)
                {
                    buffer[length++] = (byte)(0xC0 | (code >> 6));
                    buffer[length++] = (byte)(0x80 | (code & 0x3F));
                }
                else if (code < 0x10000)
                {
                    buffer[length++] = (byte)(0xE0 | (code >> 12));
                    buffer[length++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    buffer[length++] = (byte)(0x80 | (code & 0x3F));
                }
                else
                {
                    buffer[length++] = (byte)(0xF0 | (code >> 18));
                    buffer[length++] = (byte)(0x80 | ((code >> 12) & 0x3F));
                    buffer[length++] = (byte)(0x80 | ((code >> 6) & 0x3F));
                    buffer[length++] = (byte)(0x80 | (code & 0x3F));
                }
            }

            byte[] result = new byte[length];
            Array.Copy(buffer, result, length);
            return result;
        }

        // UTF-8 bytes to a string; a leading BOM is skipped and malformed sequences become U+FFFD.
        private static string DecodeUtf8(byte[] bytes)
        {
            char[] chars = new char[bytes.Length];
            int length = 0;
            int i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            while (i < bytes.Length)
            {
                int lead = bytes[i++];
                int extra = lead < 0x80 ? 0 : lead >= 0xF0 && lead < 0xF8 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
                int code = extra == 0 ? lead : extra == 1 ? lead & 0x1F : extra == 2 ? lead & 0x0F : lead & 0x07;
                for (int k = 0; k < extra; k++)
                {
                    if (i >= bytes.Length || (bytes[i] & 0xC0) != 0x80)
                    {
                        extra = -1;
                        break;
                    }

                    code = (code << 6) | (bytes[i++] & 0x3F);
                }

                if (extra < 0 || code > 0x10FFFF)
                {
                    chars[length++] = (char)0xFFFD;
                }
                else if (code >= 0x10000)
                {
                    code -= 0x10000;
                    chars[length++] = (char)(0xD800 + (code >> 10));
                    chars[length++] = (char)(0xDC00 + (code & 0x3FF));
                }
                else
                {
                    chars[length++] = (char)code;
                }
            }

            return new string(chars, 0, length);
        }
    }
}
