namespace System.IO
{
    /// <summary>
    /// A file opened for reading and/or writing. nanoFramework's FileStream derives from System.IO.Stream
    /// (System.IO.Streams); this mscorlib-only build has the same members on FileStream itself.
    /// </summary>
    public class FileStream : IDisposable
    {
        private bool _canRead;
        private bool _canWrite;
        private bool _canSeek;

        // Append mode: the stream may not seek before the file's end at opening
        private long _seekLimit;
        private bool _disposed;
        private readonly string _fileName;
        private NativeFileStream _nativeFileStream;
        private FileSystemManager.FileRecord _fileRecord;

        /// <summary>Opens <paramref name="path"/> for reading and writing (writing only for Append), sharing reads.</summary>
        /// <param name="path">The file's path.</param>
        /// <param name="mode">How to open or create it.</param>
        public FileStream(string path, FileMode mode)
            : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.Read, NativeFileStream.BufferSizeDefault)
        {
        }

        /// <summary>Opens <paramref name="path"/> with the given access, sharing reads.</summary>
        /// <param name="path">The file's path.</param>
        /// <param name="mode">How to open or create it.</param>
        /// <param name="access">Read, write or both.</param>
        public FileStream(string path, FileMode mode, FileAccess access)
            : this(path, mode, access, FileShare.Read, NativeFileStream.BufferSizeDefault)
        {
        }

        /// <summary>Opens <paramref name="path"/> with the given access and sharing.</summary>
        /// <param name="path">The file's path.</param>
        /// <param name="mode">How to open or create it.</param>
        /// <param name="access">Read, write or both.</param>
        /// <param name="share">What other streams may do with the file meanwhile.</param>
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share)
            : this(path, mode, access, share, NativeFileStream.BufferSizeDefault)
        {
        }

        /// <summary>Opens <paramref name="path"/> with the given access, sharing and native buffer size.</summary>
        /// <param name="path">The file's path.</param>
        /// <param name="mode">How to open or create it.</param>
        /// <param name="access">Read, write or both.</param>
        /// <param name="share">What other streams may do with the file meanwhile.</param>
        /// <param name="bufferSize">The native buffer size; 0 for the default.</param>
        /// <exception cref="ArgumentOutOfRangeException">mode, access or share is not a defined value.</exception>
        /// <exception cref="ArgumentException">mode creates or truncates but access has no write.</exception>
        /// <exception cref="IOException">The file is missing (Open, Truncate), exists (CreateNew), is a directory or
        /// read-only, or is in use.</exception>
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize)
        {
            _fileName = Path.GetFullPath(path);
            if (mode < FileMode.CreateNew || mode > FileMode.Append || access < FileAccess.Read || access > FileAccess.ReadWrite ||
                share < FileShare.None || share > FileShare.ReadWrite || bufferSize < 0)
            {
                throw new ArgumentOutOfRangeException();
            }

            bool wantsRead = (access & FileAccess.Read) == FileAccess.Read;
            bool wantsWrite = (access & FileAccess.Write) == FileAccess.Write;
            if (mode != FileMode.Open && mode != FileMode.OpenOrCreate && !wantsWrite)
            {
                throw new ArgumentException("mode " + (int)mode + " needs write access");
            }

            if (mode == FileMode.Append && wantsRead)
            {
                throw new ArgumentException("Append allows write access only");
            }

            RegisterShareInformation(access, share);
            try
            {
                uint attributes = NativeIO.GetAttributes(_fileName);
                bool exists = attributes != NativeIO.EmptyAttribute;
                bool isReadOnly = exists && (attributes & (uint)FileAttributes.ReadOnly) != 0;
                if (exists && (attributes & (uint)FileAttributes.Directory) != 0)
                {
                    throw new IOException("a directory: " + _fileName, (int)IOException.IOExceptionErrorCode.UnauthorizedAccess);
                }

                if (isReadOnly && wantsWrite)
                {
                    throw new IOException("read-only: " + _fileName, (int)IOException.IOExceptionErrorCode.UnauthorizedAccess);
                }

                switch (mode)
                {
                    case FileMode.CreateNew:
                        CreateNewFile(exists, bufferSize);
                        break;
                    case FileMode.Create:
                        CreateFile(exists, bufferSize);
                        break;
                    case FileMode.Open:
                        OpenFile(exists, bufferSize);
                        break;
                    case FileMode.OpenOrCreate:
                        _nativeFileStream = new NativeFileStream(_fileName, bufferSize);
                        break;
                    case FileMode.Truncate:
                        TruncateFile(exists, bufferSize);
                        break;
                    default:
                        AppendToFile(access, bufferSize);
                        break;
                }

                // the record closes the native stream when the drive goes away
                _fileRecord.NativeFileStream = _nativeFileStream;
                AdjustCapabilities(wantsRead, wantsWrite, isReadOnly);
            }
            catch
            {
                _nativeFileStream?.Close();
                FileSystemManager.RemoveFromOpenList(_fileRecord);
                throw;
            }
        }

        /// <summary>Closes the file if the owner did not.</summary>
        ~FileStream()
        {
            Dispose(false);
        }

        /// <summary>Whether the stream can read.</summary>
        public virtual bool CanRead => _canRead;

        /// <summary>Whether the stream can seek.</summary>
        public virtual bool CanSeek => _canSeek;

        /// <summary>Whether the stream can write.</summary>
        public virtual bool CanWrite => _canWrite;

        /// <summary>The file's full path.</summary>
        public string Name => _fileName;

        /// <summary>The file's length in bytes.</summary>
        public virtual long Length
        {
            get
            {
                if (_disposed)
                {
                    throw new ObjectDisposedException();
                }

                if (!_canSeek)
                {
                    throw new NotSupportedException();
                }

                return _nativeFileStream.GetLength();
            }
        }

        /// <summary>The read/write position.</summary>
        public virtual long Position
        {
            get
            {
                if (_disposed)
                {
                    throw new ObjectDisposedException();
                }

                if (!_canSeek)
                {
                    throw new NotSupportedException();
                }

                return _nativeFileStream.Seek(0, (uint)SeekOrigin.Current);
            }

            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException();
                }

                Seek(value, SeekOrigin.Begin);
            }
        }

        /// <summary>Flushes and closes the file.</summary>
        public virtual void Close()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Flushes and closes the file.</summary>
        public virtual void Dispose() => Close();

        /// <summary>Closes the native file and forgets the share record.</summary>
        /// <param name="disposing">True from Close/Dispose, false from the finalizer.</param>
        protected virtual void Dispose(bool disposing)
        {
            if (_disposed)
            {
                return;
            }

            try
            {
                _nativeFileStream?.Close();
            }
            finally
            {
                if (_fileRecord != null)
                {
                    FileSystemManager.RemoveFromOpenList(_fileRecord);
                    _fileRecord = null;
                }

                _nativeFileStream = null;
                _disposed = true;
            }
        }

        /// <summary>Writes what the native layer buffers to the file.</summary>
        public virtual void Flush()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException();
            }

            _nativeFileStream.Flush();
        }

        /// <summary>Reads up to <paramref name="count"/> bytes into <paramref name="buffer"/>.</summary>
        /// <param name="buffer">Where the bytes go.</param>
        /// <param name="offset">The first index of buffer to fill.</param>
        /// <param name="count">The most bytes to read.</param>
        /// <returns>The bytes read; 0 at the end of the file.</returns>
        public virtual int Read(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (_disposed)
            {
                throw new ObjectDisposedException();
            }

            if (!_canRead)
            {
                throw new NotSupportedException();
            }

            return _nativeFileStream.Read(buffer, offset, count, NativeFileStream.TimeoutDefault);
        }

        /// <summary>Reads up to <c>buffer.Length</c> bytes into <paramref name="buffer"/>.</summary>
        /// <param name="buffer">Where the bytes go.</param>
        /// <returns>The bytes read; 0 at the end of the file.</returns>
        public virtual int Read(SpanByte buffer)
        {
            byte[] bytes = new byte[buffer.Length];
            int read = Read(bytes, 0, bytes.Length);
            for (int i = 0; i < read; i++)
            {
                buffer[i] = bytes[i];
            }

            return read;
        }

        /// <summary>Reads one byte.</summary>
        /// <returns>The byte, or -1 at the end of the file.</returns>
        public virtual int ReadByte()
        {
            byte[] one = new byte[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }

        /// <summary>Moves the position.</summary>
        /// <param name="offset">The distance from <paramref name="origin"/>.</param>
        /// <param name="origin">Begin, Current or End.</param>
        /// <returns>The new position.</returns>
        /// <exception cref="IOException">The position would be before the start (or before the end at opening in
        /// Append mode).</exception>
        public virtual long Seek(long offset, SeekOrigin origin)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException();
            }

            if (!_canSeek)
            {
                throw new NotSupportedException();
            }

            if (origin < SeekOrigin.Begin || origin > SeekOrigin.End)
            {
                throw new ArgumentException("unknown origin");
            }

            long previous = _nativeFileStream.Seek(0, (uint)SeekOrigin.Current);
            long target = origin == SeekOrigin.Begin ? offset : origin == SeekOrigin.Current ? previous + offset : _nativeFileStream.GetLength() + offset;
            if (target < _seekLimit)
            {
                throw new IOException("seek before the start", (int)IOException.IOExceptionErrorCode.Others);
            }

            return _nativeFileStream.Seek(target, (uint)SeekOrigin.Begin);
        }

        /// <summary>Cuts or extends the file to <paramref name="value"/> bytes.</summary>
        /// <param name="value">The new length.</param>
        public virtual void SetLength(long value)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException();
            }

            if (!_canWrite || !_canSeek)
            {
                throw new NotSupportedException();
            }

            if (value < _seekLimit)
            {
                throw new IOException("length before the append start", (int)IOException.IOExceptionErrorCode.Others);
            }

            _nativeFileStream.SetLength(value);
        }

        /// <summary>Writes <paramref name="count"/> bytes of <paramref name="buffer"/>.</summary>
        /// <param name="buffer">The bytes.</param>
        /// <param name="offset">The first index of buffer to write.</param>
        /// <param name="count">How many bytes to write.</param>
        public virtual void Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentOutOfRangeException();
            }

            if (_disposed)
            {
                throw new ObjectDisposedException();
            }

            if (!_canWrite)
            {
                throw new NotSupportedException();
            }

            int written = _nativeFileStream.Write(buffer, offset, count, NativeFileStream.TimeoutDefault);
            if (written != count)
            {
                throw new IOException("wrote " + written + " of " + count + " bytes (volume full?)", (int)IOException.IOExceptionErrorCode.Others);
            }
        }

        /// <summary>Writes one byte.</summary>
        /// <param name="value">The byte.</param>
        public virtual void WriteByte(byte value) => Write(new byte[] { value }, 0, 1);

        // File.Copy: a destination that could not be filled is removed again.
        internal void DisposeAndDelete()
        {
            Close();
            NativeIO.Delete(_fileName, false);
        }

        // What the stream may do is what was asked and what the native stream allows.
        private void AdjustCapabilities(bool wantsRead, bool wantsWrite, bool isReadOnly)
        {
            _nativeFileStream.GetStreamProperties(out bool nativeCanRead, out bool nativeCanWrite, out bool nativeCanSeek);
            _canRead = wantsRead && nativeCanRead;
            _canWrite = wantsWrite && nativeCanWrite && !isReadOnly;
            _canSeek = nativeCanSeek;
        }

        private void RegisterShareInformation(FileAccess access, FileShare share)
        {
            _fileRecord = FileSystemManager.AddToOpenList(_fileName, access, share);
        }

        private void CreateNewFile(bool exists, int bufferSize)
        {
            if (exists)
            {
                throw new IOException("exists: " + _fileName, (int)IOException.IOExceptionErrorCode.PathAlreadyExists);
            }

            _nativeFileStream = new NativeFileStream(_fileName, bufferSize);
        }

        private void CreateFile(bool exists, int bufferSize)
        {
            _nativeFileStream = new NativeFileStream(_fileName, bufferSize);
            if (exists)
            {
                _nativeFileStream.SetLength(0);
            }
        }

        private void OpenFile(bool exists, int bufferSize)
        {
            if (!exists)
            {
                throw new IOException("not found: " + _fileName, (int)IOException.IOExceptionErrorCode.FileNotFound);
            }

            _nativeFileStream = new NativeFileStream(_fileName, bufferSize);
        }

        private void TruncateFile(bool exists, int bufferSize)
        {
            OpenFile(exists, bufferSize);
            _nativeFileStream.SetLength(0);
        }

        private void AppendToFile(FileAccess access, int bufferSize)
        {
            if (access != FileAccess.Write)
            {
                throw new ArgumentException("Append allows write access only");
            }

            _nativeFileStream = new NativeFileStream(_fileName, bufferSize);
            _seekLimit = _nativeFileStream.Seek(0, (uint)SeekOrigin.End);
        }
    }
}
