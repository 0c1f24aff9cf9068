namespace OracleDigests
{
    /// <summary>CRC-32 (IEEE 802.3, reflected, as zlib's crc32), table-free so it costs no memory on the device.</summary>
    public static class Crc32
    {
        public static uint Of(byte[] data)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = 0; i < data.Length; i++)
            {
                crc ^= data[i];
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return ~crc;
        }
    }
}
