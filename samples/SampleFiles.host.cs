using System;
using System.IO;

namespace NfK210.Samples
{
    // .NET: ../shared is found by walking up from the sample's binary to the folder holding nf-k210.sln; files the
    // samples write go to the system's temporary folder.
    internal static partial class SampleFiles
    {
        private static partial string SharedRoot()
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "nf-k210.sln")))
                {
                    string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                    return Directory.Exists(shared) ? shared : string.Empty;
                }
            }

            return string.Empty;
        }

        private static partial string TempRoot() =>
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(Path.GetTempPath(), TempName)));

        public static partial Exception Missing(string message)
        {
            Console.Error.WriteLine(message);
            Environment.Exit(2);
            return new InvalidOperationException(message);
        }
    }
}
