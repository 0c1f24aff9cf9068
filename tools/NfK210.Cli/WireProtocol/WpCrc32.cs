namespace NfK210.Cli.WireProtocol;

/// <summary>
/// The CRC-32 nanoCLR puts in wire-protocol headers and CheckMemory replies (nf-interpreter
/// src/CLR/Core/nanoSupport_CRC32.c, SUPPORT_ComputeCRC): polynomial 0x04C11DB7 fed most significant bit first, the
/// seed as given (0 for packets), no reflection and no final inversion — not the zlib CRC-32.
/// </summary>
public static class WpCrc32
{
    private const uint Polynomial = 0x04C11DB7;
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data, uint seed = 0)
    {
        uint crc = seed;
        foreach (byte b in data)
        {
            crc = Table[((crc >> 24) ^ b) & 0xFF] ^ (crc << 8);
        }

        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint value = i << 24;
            for (int bit = 0; bit < 8; bit++)
            {
                value = (value & 0x80000000) != 0 ? (value << 1) ^ Polynomial : value << 1;
            }

            table[i] = value;
        }

        return table;
    }
}
