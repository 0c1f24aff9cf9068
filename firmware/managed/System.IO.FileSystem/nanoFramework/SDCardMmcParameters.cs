namespace nanoFramework.System.IO.FileSystem
{
    /// <summary>An SD card on an MMC/SDIO host.</summary>
    public class SDCardMmcParameters
    {
        /// <summary>The SD slot (0 on most boards).</summary>
        public uint slotIndex = 0;

        /// <summary>The data bus width.</summary>
        public SDCard.SDDataWidth dataWidth;
    }
}
