namespace System.IO
{
    /// <summary>A directory, by path.</summary>
    public sealed class DirectoryInfo : FileSystemInfo
    {
        /// <summary>The directory at <paramref name="path"/> (it need not exist).</summary>
        /// <param name="path">The directory's path.</param>
        public DirectoryInfo(string path)
        {
            _fullPath = Path.GetFullPath(path);
        }

        /// <summary>The directory's name; a root's name is the root.</summary>
        public override string Name
        {
            get
            {
                string name = Path.GetFileName(_fullPath);
                return name.Length == 0 ? _fullPath : name;
            }
        }

        /// <summary>Whether the directory exists.</summary>
        public override bool Exists => Directory.Exists(_fullPath);

        /// <summary>The parent directory; null for a root.</summary>
        public DirectoryInfo Parent
        {
            get
            {
                string parent = Path.GetDirectoryName(_fullPath);
                return parent == null ? null : new DirectoryInfo(parent);
            }
        }

        /// <summary>The root of the directory's drive.</summary>
        public DirectoryInfo Root => new DirectoryInfo(Path.GetPathRoot(_fullPath));

        /// <summary>Creates the directory (and missing parents).</summary>
        public void Create()
        {
            NativeIO.CreateDirectory(_fullPath);
            _nativeFileInfo = null;
        }

        /// <summary>Creates a subdirectory.</summary>
        /// <param name="path">The subdirectory's path, relative to this directory.</param>
        public DirectoryInfo CreateSubdirectory(string path) => Directory.CreateDirectory(Path.Combine(_fullPath, path));

        /// <summary>The files in the directory.</summary>
        public FileInfo[] GetFiles()
        {
            string[] paths = Directory.GetFiles(_fullPath);
            FileInfo[] files = new FileInfo[paths.Length];
            for (int i = 0; i < paths.Length; i++)
            {
                files[i] = new FileInfo(paths[i]);
            }

            return files;
        }

        /// <summary>The subdirectories.</summary>
        public DirectoryInfo[] GetDirectories()
        {
            string[] paths = Directory.GetDirectories(_fullPath);
            DirectoryInfo[] directories = new DirectoryInfo[paths.Length];
            for (int i = 0; i < paths.Length; i++)
            {
                directories[i] = new DirectoryInfo(paths[i]);
            }

            return directories;
        }

        /// <summary>Moves the directory; this object then names the new path.</summary>
        /// <param name="destDirName">The new path; must not exist.</param>
        public void MoveTo(string destDirName)
        {
            Directory.Move(_fullPath, destDirName);
            _fullPath = Path.GetFullPath(destDirName);
            _nativeFileInfo = null;
        }

        /// <summary>Deletes the directory, which must be empty.</summary>
        public override void Delete() => Delete(false);

        /// <summary>Deletes the directory, with its content when <paramref name="recursive"/>.</summary>
        /// <param name="recursive">Whether files and subdirectories go too.</param>
        public void Delete(bool recursive)
        {
            Directory.Delete(_fullPath, recursive);
            _nativeFileInfo = null;
        }

        /// <summary>Throws: the directory is not there.</summary>
        protected override void HandleRefreshError()
        {
            throw new IOException("no such directory: " + _fullPath, (int)IOException.IOExceptionErrorCode.DirectoryNotFound);
        }

        /// <summary>The full path.</summary>
        public override string ToString() => _fullPath;
    }
}
