using System;
using System.IO;

namespace NfK210.Samples
{
    // nanoCLR: a relative System.IO path is relative to the file-system root, so the paths are absolute. On the PC's
    // virtual device and under QEMU absolute host paths reach host files: ../shared beside the repository, whose path
    // the build compiles in (BuildPaths), and /tmp; on the board shared/ is copied to the SD card (D:\shared).
    internal static partial class SampleFiles
    {
        private static readonly string[] SharedCandidates = { BuildPaths.Shared, "D:\\shared" };

        private static partial string SharedRoot()
        {
            for (int i = 0; i < SharedCandidates.Length; i++)
            {
                if (Directory.Exists(SharedCandidates[i] + "/models"))
                {
                    return SharedCandidates[i];
                }
            }

            return string.Empty;
        }

        private static partial string TempRoot() => (Directory.Exists("D:\\") ? "D:\\" : "/tmp/") + TempName;

        public static partial Exception Missing(string message) => new InvalidOperationException(message);
    }
}
