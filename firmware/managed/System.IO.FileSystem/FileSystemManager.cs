using System.Collections;

namespace System.IO
{
    // Who has which file open (for FileShare), which directories are being moved or deleted, and the current
    // directory. Paths are compared without case: FAT names are case-insensitive.
    internal class FileSystemManager
    {
        private static readonly ArrayList _openFiles = new ArrayList();
        private static readonly ArrayList _lockedDirs = new ArrayList();
        private static object _currentDirectoryRecord;

        // "." stands for the platform's working directory, which only the native file layer knows (the process's on
        // the host and under QEMU, D:\ on the board): paths built on it stay relative and the natives resolve them
        internal const string PlatformWorkingDirectory = ".";

        // where relative paths start
        internal static string CurrentDirectory = PlatformWorkingDirectory;

        // One open file: its full path, its native stream (closed when its drive goes away) and what it shares.
        internal class FileRecord
        {
            public string FullName;
            public NativeFileStream NativeFileStream;
            public FileShare Share;

            public FileRecord(string fullName, FileShare share)
            {
                FullName = fullName;
                Share = share;
            }
        }

        // A reader that lets others read and write (Directory.Exists, File.ReadAllBytes' probes).
        public static object AddToOpenListForRead(string fullName) => AddToOpenList(fullName, FileAccess.Read, FileShare.ReadWrite);

        // A user of the path that shares nothing (deleting or moving it).
        public static object AddToOpenList(string fullName) => AddToOpenList(fullName, FileAccess.ReadWrite, FileShare.None);

        // Registers one more user of fullName; throws IOException when an earlier user does not share what this one
        // needs, or when the file is in a locked directory.
        public static FileRecord AddToOpenList(string fullName, FileAccess access, FileShare share)
        {
            string key = fullName.ToUpper();
            lock (_openFiles)
            {
                foreach (string lockedDir in _lockedDirs)
                {
                    if (IsInDirectory(key, lockedDir))
                    {
                        throw new IOException("the directory is in use: " + fullName, (int)IOException.IOExceptionErrorCode.UnauthorizedAccess);
                    }
                }

                foreach (FileRecord record in _openFiles)
                {
                    if (record.FullName == key && (record.Share & (FileShare)access) != (FileShare)access)
                    {
                        throw new IOException("the file is in use: " + fullName, (int)IOException.IOExceptionErrorCode.UnauthorizedAccess);
                    }
                }

                FileRecord added = new FileRecord(key, share);
                _openFiles.Add(added);
                return added;
            }
        }

        public static void RemoveFromOpenList(object record)
        {
            lock (_openFiles)
            {
                _openFiles.Remove(record);
            }
        }

        // Stops new opens below directory (moving or deleting it); throws IOException when a file in it is open.
        public static object LockDirectory(string directory)
        {
            string key = directory.ToUpper();
            lock (_openFiles)
            {
                if (AnyFileOpenInDirectory(key))
                {
                    throw new IOException("a file in the directory is open: " + directory, (int)IOException.IOExceptionErrorCode.UnauthorizedAccess);
                }

                _lockedDirs.Add(key);
                return key;
            }
        }

        private static bool AnyFileOpenInDirectory(string directoryKey)
        {
            foreach (FileRecord record in _openFiles)
            {
                if (IsInDirectory(record.FullName, directoryKey))
                {
                    return true;
                }
            }

            return false;
        }

        public static void UnlockDirectory(object record)
        {
            lock (_openFiles)
            {
                _lockedDirs.Remove(record);
            }
        }

        public static void UnlockDirectory(string directory) => UnlockDirectory((object)directory.ToUpper());

        // A drive went away (card removed, formatted): close every file on it and forget its locks.
        public static void ForceRemoveRootname(string rootName)
        {
            if (rootName == null)
            {
                return;
            }

            string key = rootName.ToUpper();
            lock (_openFiles)
            {
                for (int i = _openFiles.Count - 1; i >= 0; i--)
                {
                    FileRecord record = (FileRecord)_openFiles[i];
                    if (IsInDirectory(record.FullName, key))
                    {
                        record.NativeFileStream?.Close();
                        _openFiles.RemoveAt(i);
                    }
                }

                if (_currentDirectoryRecord != null && IsInDirectory((string)_currentDirectoryRecord, key))
                {
                    _currentDirectoryRecord = null;
                    CurrentDirectory = PlatformWorkingDirectory;
                }
            }
        }

        // Whether path is directory or below it (both upper-cased).
        public static bool IsInDirectory(string path, string directory)
        {
            if (!path.StartsWith(directory))
            {
                return false;
            }

            return path.Length == directory.Length || PathInternal.IsDirectorySeparator(directory[directory.Length - 1]) ||
                PathInternal.IsDirectorySeparator(path[directory.Length]);
        }

        internal static void SetCurrentDirectory(string path)
        {
            lock (_openFiles)
            {
                _currentDirectoryRecord = path.ToUpper();
                CurrentDirectory = path;
            }
        }
    }
}
