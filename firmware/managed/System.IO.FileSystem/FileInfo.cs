namespace System.IO
{
    /// <summary>A file, by path.</summary>
    public sealed class FileInfo : FileSystemInfo
    {
        /// <summary>The file at <paramref name="fileName"/> (it need not exist).</summary>
        /// <param name="fileName">The file's path.</param>
        public FileInfo(string fileName)
        {
            _fullPath = Path.GetFullPath(fileName);
        }

        /// <summary>The file name with its extension.</summary>
        public override string Name => Path.GetFileName(_fullPath);

        /// <summary>Whether the file exists.</summary>
        public override bool Exists => File.Exists(_fullPath);

        /// <summary>The file's length in bytes.</summary>
        /// <exception cref="IOException">The file does not exist.</exception>
        public long Length
        {
            get
            {
                RefreshIfNull();
                if ((_nativeFileInfo.Attributes & (uint)FileAttributes.Directory) != 0)
                {
                    throw new IOException("a directory: " + _fullPath, (int)IOException.IOExceptionErrorCode.FileNotFound);
                }

                return _nativeFileInfo.Size;
            }
        }

        /// <summary>The full path of the file's directory.</summary>
        public string DirectoryName => Path.GetDirectoryName(_fullPath);

        /// <summary>The file's directory.</summary>
        public DirectoryInfo Directory
        {
            get
            {
                string directoryName = DirectoryName;
                return directoryName == null ? null : new DirectoryInfo(directoryName);
            }
        }

        /// <summary>Creates or overwrites the file.</summary>
        public FileStream Create() => File.Create(_fullPath);

        /// <summary>Deletes the file; a missing file is not an error.</summary>
        public override void Delete()
        {
            File.Delete(_fullPath);
            _nativeFileInfo = null;
        }

        /// <summary>Throws: the file is not there.</summary>
        protected override void HandleRefreshError()
        {
            throw new IOException("no such file: " + _fullPath, (int)IOException.IOExceptionErrorCode.FileNotFound);
        }

        /// <summary>The full path.</summary>
        public override string ToString() => _fullPath;
    }
}
