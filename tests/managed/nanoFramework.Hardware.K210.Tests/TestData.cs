namespace nanoFramework.Hardware.K210.Tests
{
    /// <summary>Where the shared models live (../shared beside the repository on the PC, the SD card on the board).</summary>
    public static partial class TestData
    {
        /// <summary>Full path of a file under shared/, e.g. "models/v3-yolo20-demo/yolo.kmodel".</summary>
        public static string Shared(string relative) => SharedRoot() + "/" + relative;

        /// <summary>True when shared/ is there; tests that need it skip otherwise.</summary>
        public static bool HasShared => SharedRoot().Length > 0;

        /// <summary>The reason tests give when they skip for want of shared/.</summary>
        public const string SharedMissing = "the shared models folder (../shared beside the repository) is absent";

        /// <summary>The shared/ folder, or "" when absent.</summary>
        private static partial string SharedRoot();

        /// <summary>All bytes of a file.</summary>
        public static partial byte[] Read(string path);

        /// <summary>A new empty folder for files a test writes.</summary>
        public static partial string NewFolder();
    }
}
