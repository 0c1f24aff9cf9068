namespace System.IO
{
    // Path rules shared by Path, DriveInfo and the file classes. A rooted path is either "D:\..." (a drive) or starts
    // with a separator (a drive-less path: on the host virtual device, a host path).
    internal static class PathInternal
    {
        internal const char DirectorySeparatorChar = '\\';
        internal const char AltDirectorySeparatorChar = '/';
        internal const char VolumeSeparatorChar = ':';
        internal const char PathSeparator = ';';

        // Length of the root: 3 for "D:\", 2 for "D:", 1 for a leading separator, 0 for a relative path.
        internal static int GetRootLength(string path)
        {
            if (path.Length >= 2 && IsValidDriveChar(path[0]) && path[1] == VolumeSeparatorChar)
            {
                return path.Length >= 3 && IsDirectorySeparator(path[2]) ? 3 : 2;
            }

            return path.Length >= 1 && IsDirectorySeparator(path[0]) ? 1 : 0;
        }

        internal static bool IsDirectorySeparator(char c) => c == DirectorySeparatorChar || c == AltDirectorySeparatorChar;

        internal static bool IsEffectivelyEmpty(string path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return true;
            }

            foreach (char c in path)
            {
                if (c != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsValidDriveChar(char value) => (value >= 'A' && value <= 'Z') || (value >= 'a' && value <= 'z');

        // '/' becomes '\' and runs of separators become one.
        internal static string NormalizeDirectorySeparators(string path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return path;
            }

            char[] result = new char[path.Length];
            int length = 0;
            foreach (char c in path)
            {
                bool separator = IsDirectorySeparator(c);
                if (separator && length > 0 && result[length - 1] == DirectorySeparatorChar)
                {
                    continue;
                }

                result[length++] = separator ? DirectorySeparatorChar : c;
            }

            return new string(result, 0, length);
        }
    }
}
