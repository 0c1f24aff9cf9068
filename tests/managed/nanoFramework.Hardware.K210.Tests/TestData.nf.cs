using System.IO;

namespace nanoFramework.Hardware.K210.Tests
{
    // nanoCLR: files through System.IO.FileSystem. On the PC's virtual device and under QEMU absolute host paths
    // reach host files: ../shared beside the repository, whose path the build compiles in (BuildPaths); on the board
    // shared/ is copied to the SD card (D:\shared).
    public static partial class TestData
    {
        private static readonly string[] SharedCandidates = { BuildPaths.Shared, "D:\\shared" };
        private static int s_folder;

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

        public static partial byte[] Read(string path) => File.ReadAllBytes(path);

        public static partial string NewFolder()
        {
            s_folder++;
            string root = Directory.Exists("D:\\") ? "D:\\nfk210-tests" : "/tmp/nfk210-nftests";
            string folder = root + "/" + s_folder;
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }

            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
