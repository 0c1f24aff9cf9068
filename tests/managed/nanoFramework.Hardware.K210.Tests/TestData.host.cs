using System;
using System.IO;

namespace nanoFramework.Hardware.K210.Tests
{
    // PC: ../shared is found by walking up from the test assembly to the folder holding nf-k210.sln.
    public static partial class TestData
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

        public static partial byte[] Read(string path) => File.ReadAllBytes(path);

        public static partial string NewFolder()
        {
            string dir = Path.Combine(Path.GetTempPath(), "nfk210-nftests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
