namespace System.IO
{
    /// <summary>What <see cref="FileInfo"/> and <see cref="DirectoryInfo"/> share.</summary>
    public abstract class FileSystemInfo : MarshalByRefObject
    {
        // read lazily from the native layer; null until then
        internal NativeFileInfo _nativeFileInfo;

        internal string _fullPath;

        /// <summary>The base of FileInfo and DirectoryInfo.</summary>
        protected FileSystemInfo()
        {
        }

        /// <summary>The full path.</summary>
        public virtual string FullName => _fullPath;

        /// <summary>Whether the file or directory exists.</summary>
        public abstract bool Exists { get; }

        /// <summary>The name without its directory.</summary>
        public abstract string Name { get; }

        /// <summary>The attributes (read on first use; <see cref="Refresh"/> reads them again).</summary>
        public FileAttributes Attributes
        {
            get
            {
                RefreshIfNull();
                return (FileAttributes)_nativeFileInfo.Attributes;
            }
        }

        /// <summary>The extension with its dot, or empty.</summary>
        public string Extension => Path.GetExtension(_fullPath);

        /// <summary>Deletes the file or directory.</summary>
        public abstract void Delete();

        /// <summary>Reads the attributes and size again.</summary>
        public virtual void Refresh()
        {
            _nativeFileInfo = NativeFindFile.GetFileInfo(_fullPath);
            if (_nativeFileInfo == null)
            {
                HandleRefreshError();
            }
        }

        /// <summary>Called when <see cref="Refresh"/> finds nothing at the path.</summary>
        protected virtual void HandleRefreshError()
        {
            throw new IOException("not found: " + _fullPath, (int)IOException.IOExceptionErrorCode.FileNotFound);
        }

        internal void RefreshIfNull()
        {
            if (_nativeFileInfo == null)
            {
                Refresh();
            }
        }
    }
}
