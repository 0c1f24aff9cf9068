namespace nanoFramework.Hardware.K210.Tests
{
    // Board: shared/ copied to the SD card.
    public static partial class TestData
    {
        private static int s_folder;

        private static partial string SharedRoot() => "/sd/shared";

        public static partial byte[] Read(string path) =>
            throw new System.NotSupportedException("reading " + path + " needs the board's file system (firmware issue)");

        public static partial string NewFolder()
        {
            s_folder++;
            return "/sd/tmp" + s_folder;
        }
    }
}
