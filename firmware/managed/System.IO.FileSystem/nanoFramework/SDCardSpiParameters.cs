namespace nanoFramework.System.IO.FileSystem
{
    /// <summary>An SD card on a SPI bus (the K210 boards wire it so).</summary>
    public class SDCardSpiParameters
    {
        /// <summary>The SD slot (0 on most boards).</summary>
        public uint slotIndex = 0;

        /// <summary>The SPI bus number.</summary>
        public uint spiBus;

        /// <summary>The GPIO number of the chip-select pin.</summary>
        public uint chipSelectPin;
    }
}
