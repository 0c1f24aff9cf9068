namespace NfK210.Pe.Format;

/// <summary>The CRC32 of .pe headers and native checksums: polynomial 0x04C11DB7, MSB first, no reflection, no final
/// XOR, seedable (nanoCLR's SUPPORT_ComputeCRC).</summary>
public static class PeCrc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data, uint seed = 0)
    {
        uint crc = seed;
        foreach (byte value in data)
        {
            crc = Table[((crc >> 24) ^ value) & 0xFF] ^ (crc << 8);
        }

        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint crc = i << 24;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000_0000) != 0 ? (crc << 1) ^ 0x04C1_1DB7 : crc << 1;
            }

            table[i] = crc;
        }

        return table;
    }
}
