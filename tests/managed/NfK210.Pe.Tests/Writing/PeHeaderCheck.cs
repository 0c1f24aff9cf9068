using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace NfK210.Pe.Tests.Writing;

/// <summary>Checks a converted image's header against the source assembly and against a bit-by-bit CRC (independent
/// of the converter's table-driven one).</summary>
internal static class PeHeaderCheck
{
    public static void AssertValid(string assemblyPath, PeImage image)
    {
        byte[] pe = image.Bytes;
        using var reader = new PEReader(File.OpenRead(assemblyPath));
        MetadataReader metadata = reader.GetMetadataReader();
        AssemblyDefinition assembly = metadata.GetAssemblyDefinition();

        Assert.Equal("NFMRK1\0\0", Encoding.ASCII.GetString(pe, 0, 8));
        Assert.Equal(metadata.GetString(assembly.Name), image.AssemblyName);
        Assert.Equal(assembly.Version, image.Version);
        Assert.Equal((ushort)assembly.Version.Major, U16(pe, 0x1C));
        Assert.Equal((ushort)assembly.Version.Minor, U16(pe, 0x1E));
        Assert.Equal((ushort)assembly.Version.Build, U16(pe, 0x20));
        Assert.Equal((ushort)assembly.Version.Revision, U16(pe, 0x22));
        Assert.Equal(image.NativeMethodsChecksum, U32(pe, 0x14));
        Assert.Equal(0xFFFF_FFFFu, U32(pe, 0x18));

        // Tables: 16 ascending, 4-aligned offsets from the end of the header to the end of the image.
        uint previous = 0x7C;
        for (int i = 0; i < 16; i++)
        {
            uint offset = U32(pe, 0x28 + 4 * i);
            Assert.True(offset >= previous && offset % 4 == 0, $"table {i} starts at 0x{offset:X}");
            Assert.True(pe[0x6C + i] <= 3, $"table {i} padding {pe[0x6C + i]}");
            previous = offset;
        }

        Assert.Equal((uint)pe.Length, U32(pe, 0x28 + 4 * 15));

        // The assembly's name, through the string table.
        uint strings = U32(pe, 0x28 + 4 * 11);
        int nameAt = (int)strings + U16(pe, 0x24);
        int nameEnd = Array.IndexOf(pe, (byte)0, nameAt);
        Assert.Equal(image.AssemblyName, Encoding.UTF8.GetString(pe, nameAt, nameEnd - nameAt));

        byte[] header = pe[..0x7C];
        header.AsSpan(0x08, 4).Clear();
        Assert.Equal(BitwiseCrc(header), U32(pe, 0x08));
        Assert.Equal(BitwiseCrc(pe.AsSpan(0x7C)), U32(pe, 0x0C));
    }

    public static int MethodCount(byte[] pe) => (int)(U32(pe, 0x28 + 4 * 7) - U32(pe, 0x28 + 4 * 6)) / 16;

    private static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at));
    private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));

    /// <summary>CRC-32, polynomial 0x04C11DB7, MSB first, initial value 0, no final XOR (nanoCLR's SUPPORT_ComputeCRC).</summary>
    private static uint BitwiseCrc(ReadOnlySpan<byte> data)
    {
        uint crc = 0;
        foreach (byte value in data)
        {
            crc ^= (uint)value << 24;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000_0000) != 0 ? (crc << 1) ^ 0x04C1_1DB7 : crc << 1;
            }
        }

        return crc;
    }
}
