using System.Runtime.CompilerServices;

namespace System.IO
{
    /// <summary>Operations on directories.</summary>
    public static class Directory
    {
        /// <summary>Creates a directory and any missing parents; an existing directory is fine.</summary>
        /// <param name="path">The directory.</param>
        public static DirectoryInfo CreateDirectory(string path)
        {
            string fullPath = Path.GetFullPath(path);
            NativeIO.CreateDirectory(fullPath);
            return new DirectoryInfo(fullPath);
        }

        /// <summary>Deletes an empty directory.</summary>
        /// <param name="path">The directory.</param>
        public static void Delete(string path) => Delete(path, false);

        /// <summary>Deletes a directory, with its content when <paramref name="recursive"/>.</summary>
        /// <param name="path">The directory.</param>
        /// <param name="recursive">Whether files and subdirectories go too.</param>
        /// <exception cref="IOException">The directory is missing, not empty, or a file in it is open.</exception>
        public static void Delete(string path, bool recursive)
        {
            string fullPath = Path.GetFullPath(path);
            if (!Exists(fullPath))
            {
                throw new IOException("no such directory: " + fullPath, (int)IOException.IOExceptionErrorCode.DirectoryNotFound);
            }

            object lockRecord = FileSystemManager.LockDirectory(fullPath);
            try
            {
                NativeIO.Delete(fullPath, recursive);
            }
            finally
            {
                FileSystemManager.UnlockDirectory(lockRecord);
            }
        }

        /// <summary>Whether <paramref name="path"/> names an existing directory.</summary>
        /// <param name="path">The directory.</param>
        public static bool Exists(string path)
        {
            try
            {
                uint attributes = NativeIO.GetAttributes(Path.GetFullPath(path));
                return attributes != NativeIO.EmptyAttribute && (attributes & (uint)FileAttributes.Directory) != 0;
            }
            catch (Exception)
            {
                // no drive, bad path: nothing there
                return false;
            }
        }

        /// <summary>Where relative paths start.</summary>
        public static string GetCurrentDirectory() => FileSystemManager.CurrentDirectory;

        /// <summary>The full paths of the files in a directory (hidden, system and .sys files left out).</summary>
        /// <param name="path">The directory.</param>
        public static string[] GetFiles(string path) => GetChildren(path, false);

        /// <summary>The full paths of the subdirectories of a directory (hidden and system ones left out).</summary>
        /// <param name="path">The directory.</param>
        public static string[] GetDirectories(string path) => GetChildren(path, true);

        /// <summary>Moves (renames) a directory, across drives too.</summary>
        /// <param name="sourceDirName">The directory.</param>
        /// <param name="destDirName">The new path; must not exist.</param>
        public static void Move(string sourceDirName, string destDirName)
        {
            string source = Path.GetFullPath(sourceDirName);
            string destination = Path.GetFullPath(destDirName);
            if (!Exists(source))
            {
                throw new IOException("no such directory: " + source, (int)IOException.IOExceptionErrorCode.DirectoryNotFound);
            }

            if (NativeIO.GetAttributes(destination) != NativeIO.EmptyAttribute)
            {
                throw new IOException("exists: " + destination, (int)IOException.IOExceptionErrorCode.PathAlreadyExists);
            }

            object lockRecord = FileSystemManager.LockDirectory(source);
            try
            {
                if (!NativeIO.Move(source, destination))
                {
                    // another drive: copy the tree, then delete it
                    RecursiveCopyAndDelete(source, destination);
                }
            }
            finally
            {
                FileSystemManager.UnlockDirectory(lockRecord);
            }
        }

        /// <summary>Sets where relative paths start.</summary>
        /// <param name="path">An existing directory.</param>
        public static void SetCurrentDirectory(string path)
        {
            string fullPath = Path.GetFullPath(path);
            if (!Exists(fullPath))
            {
                throw new IOException("no such directory: " + fullPath, (int)IOException.IOExceptionErrorCode.DirectoryNotFound);
            }

            FileSystemManager.SetCurrentDirectory(fullPath);
        }

        private static string[] GetChildren(string path, bool directoriesOnly)
        {
            string fullPath = Path.GetFullPath(path);
            if (!Exists(fullPath))
            {
                throw new IOException("no such directory: " + fullPath, (int)IOException.IOExceptionErrorCode.DirectoryNotFound);
            }

            return NativeGetChildren(fullPath, directoriesOnly);
        }

        private static void RecursiveCopyAndDelete(string source, string destination)
        {
            NativeIO.CreateDirectory(destination);
            foreach (string file in GetChildren(source, false))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), false, true);
            }

            foreach (string directory in GetChildren(source, true))
            {
                RecursiveCopyAndDelete(directory, Path.Combine(destination, Path.GetFileName(directory)));
            }

            NativeIO.Delete(source, false);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string[] NativeGetChildren(string path, bool directoryOnly);
    }
}
