namespace System.IO
{
    /// <summary>Operations on path strings such as <c>D:\logs\today.txt</c>. No file is touched.</summary>
    public static class Path
    {
        /// <summary>The directory separator, <c>\</c>.</summary>
        public static readonly char DirectorySeparatorChar = PathInternal.DirectorySeparatorChar;

        /// <summary>The alternative directory separator, <c>/</c>.</summary>
        public static readonly char AltDirectorySeparatorChar = PathInternal.AltDirectorySeparatorChar;

        /// <summary>The volume separator, <c>:</c>.</summary>
        public static readonly char VolumeSeparatorChar = PathInternal.VolumeSeparatorChar;

        /// <summary>The separator of path lists, <c>;</c>.</summary>
        public static readonly char PathSeparator = PathInternal.PathSeparator;

        private static readonly char[] InvalidPathChars = { '"', '<', '>', '|', '\0', (char)1, (char)2, (char)3, (char)4, (char)5, (char)6, (char)7, (char)8, (char)9, (char)10, (char)11, (char)12, (char)13, (char)14, (char)15, (char)16, (char)17, (char)18, (char)19, (char)20, (char)21, (char)22, (char)23, (char)24, (char)25, (char)26, (char)27, (char)28, (char)29, (char)30, (char)31 };

        private static readonly char[] InvalidFileNameChars = { '"', '<', '>', '|', '\0', (char)1, (char)2, (char)3, (char)4, (char)5, (char)6, (char)7, (char)8, (char)9, (char)10, (char)11, (char)12, (char)13, (char)14, (char)15, (char)16, (char)17, (char)18, (char)19, (char)20, (char)21, (char)22, (char)23, (char)24, (char)25, (char)26, (char)27, (char)28, (char)29, (char)30, (char)31, ':', '*', '?', '\\', '/' };

        /// <summary>
        /// <paramref name="path"/> with its extension replaced by <paramref name="extension"/> (removed when null).
        /// </summary>
        /// <param name="path">A path, or null.</param>
        /// <param name="extension">The new extension, with or without its dot, or null.</param>
        public static string ChangeExtension(string path, string extension)
        {
            if (path == null)
            {
                return null;
            }

            string withoutExtension = path;
            for (int i = path.Length - 1; i >= 0; i--)
            {
                char c = path[i];
                if (c == '.')
                {
                    withoutExtension = path.Substring(0, i);
                    break;
                }

                if (PathInternal.IsDirectorySeparator(c) || c == VolumeSeparatorChar)
                {
                    break;
                }
            }

            if (extension == null)
            {
                return withoutExtension;
            }

            return extension.Length > 0 && extension[0] == '.' ? withoutExtension + extension : withoutExtension + "." + extension;
        }

        /// <summary>Joins two paths; a rooted <paramref name="path2"/> wins.</summary>
        /// <param name="path1">The first path.</param>
        /// <param name="path2">The path to append.</param>
        /// <exception cref="ArgumentNullException">A path is null.</exception>
        public static string Combine(string path1, string path2)
        {
            if (path1 == null)
            {
                throw new ArgumentNullException(nameof(path1));
            }

            if (path2 == null)
            {
                throw new ArgumentNullException(nameof(path2));
            }

            if (path2.Length == 0)
            {
                return path1;
            }

            if (path1.Length == 0 || IsPathRooted(path2))
            {
                return path2;
            }

            return JoinInternal(path1, path2);
        }

        /// <summary>The directory part of <paramref name="path"/>; null for a root or null.</summary>
        /// <param name="path">A path.</param>
        public static string GetDirectoryName(string path)
        {
            if (PathInternal.IsEffectivelyEmpty(path))
            {
                return null;
            }

            path = PathInternal.NormalizeDirectorySeparators(path);
            int end = GetDirectoryNameOffset(path);
            return end >= 0 ? path.Substring(0, end) : null;
        }

        // End of the directory part of a normalized path (keeps the root's separator); -1 when there is none.
        internal static int GetDirectoryNameOffset(string path)
        {
            int rootLength = PathInternal.GetRootLength(path);
            int end = path.Length;
            if (end <= rootLength)
            {
                return -1;
            }

            while (end > rootLength && !PathInternal.IsDirectorySeparator(path[--end]))
            {
            }

            return end;
        }

        /// <summary>The extension of <paramref name="path"/> with its dot; empty when it has none.</summary>
        /// <param name="path">A path, or null.</param>
        public static string GetExtension(string path)
        {
            if (path == null)
            {
                return null;
            }

            for (int i = path.Length - 1; i >= 0; i--)
            {
                char c = path[i];
                if (c == '.')
                {
                    return i == path.Length - 1 ? string.Empty : path.Substring(i);
                }

                if (PathInternal.IsDirectorySeparator(c) || c == VolumeSeparatorChar)
                {
                    break;
                }
            }

            return string.Empty;
        }

        /// <summary>The file name and extension of <paramref name="path"/>.</summary>
        /// <param name="path">A path, or null.</param>
        public static string GetFileName(string path)
        {
            if (path == null)
            {
                return null;
            }

            int rootLength = PathInternal.GetRootLength(path);
            for (int i = path.Length - 1; i >= rootLength; i--)
            {
                if (PathInternal.IsDirectorySeparator(path[i]))
                {
                    return path.Substring(i + 1);
                }
            }

            return path.Substring(rootLength);
        }

        /// <summary>The file name of <paramref name="path"/> without its extension.</summary>
        /// <param name="path">A path, or null.</param>
        public static string GetFileNameWithoutExtension(string path)
        {
            string name = GetFileName(path);
            if (name == null)
            {
                return null;
            }

            int dot = name.LastIndexOf('.');
            return dot < 0 ? name : name.Substring(0, dot);
        }

        /// <summary>
        /// The absolute form of <paramref name="path"/>: relative paths start at the current directory, '/' becomes
        /// '\', and "." and ".." segments are resolved. While the current directory is the platform's working
        /// directory (".", the start-up value), a relative path stays relative and the natives resolve it there.
        /// </summary>
        /// <param name="path">A path.</param>
        /// <exception cref="ArgumentNullException">path is null.</exception>
        /// <exception cref="ArgumentException">path is empty or blank.</exception>
        public static string GetFullPath(string path)
        {
            ValidateNullOrEmpty(path);
            if (!IsPathRooted(path))
            {
                path = Combine(FileSystemManager.CurrentDirectory, path);
            }

            path = PathInternal.NormalizeDirectorySeparators(path);
            int rootLength = PathInternal.GetRootLength(path);
            string root = path.Substring(0, rootLength);
            string[] segments = path.Substring(rootLength).Split(DirectorySeparatorChar);
            string[] kept = new string[segments.Length];
            int count = 0;
            foreach (string segment in segments)
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == "..")
                {
                    // ".." at the root stays at the root; a path left relative (on the platform's working directory)
                    // keeps its leading ".." for the native file layer to resolve
                    if (count > 0 && kept[count - 1] != "..")
                    {
                        count--;
                    }
                    else if (rootLength == 0)
                    {
                        kept[count++] = "..";
                    }

                    continue;
                }

                kept[count++] = segment;
            }

            string result = root;
            for (int i = 0; i < count; i++)
            {
                result = i == 0 ? result + kept[i] : result + DirectorySeparatorChar + kept[i];
            }

            // a drive root keeps its separator: "D:" becomes "D:\"; the working directory itself is "."
            if (result.Length == 0)
            {
                return FileSystemManager.PlatformWorkingDirectory;
            }

            return rootLength == 2 ? result.Substring(0, 2) + DirectorySeparatorChar + result.Substring(2) : result;
        }

        /// <summary>The characters a file name may not contain.</summary>
        public static char[] GetInvalidFileNameChars() => (char[])InvalidFileNameChars.Clone();

        /// <summary>The characters a path may not contain.</summary>
        public static char[] GetInvalidPathChars() => (char[])InvalidPathChars.Clone();

        /// <summary>The root of <paramref name="path"/> (<c>D:\</c>, <c>\</c>), empty for a relative path.</summary>
        /// <param name="path">A path, or null.</param>
        public static string GetPathRoot(string path)
        {
            if (PathInternal.IsEffectivelyEmpty(path))
            {
                return null;
            }

            string normalized = PathInternal.NormalizeDirectorySeparators(path);
            return normalized.Substring(0, PathInternal.GetRootLength(normalized));
        }

        /// <summary>Whether <paramref name="path"/> has an extension.</summary>
        /// <param name="path">A path, or null.</param>
        public static bool HasExtension(string path) => path != null && GetExtension(path).Length > 0;

        /// <summary>Whether <paramref name="path"/> starts with a drive or a separator.</summary>
        /// <param name="path">A path, or null.</param>
        public static bool IsPathRooted(string path) => path != null && PathInternal.GetRootLength(path) > 0;

        private static string JoinInternal(string first, string second)
        {
            bool hasSeparator = PathInternal.IsDirectorySeparator(first[first.Length - 1]) ||
                PathInternal.IsDirectorySeparator(second[0]);
            return hasSeparator ? first + second : first + DirectorySeparatorChar + second;
        }

        private static void ValidateNullOrEmpty(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (PathInternal.IsEffectivelyEmpty(path))
            {
                throw new ArgumentException("the path is empty");
            }
        }
    }
}
