using System.Buffers.Binary;

namespace NfK210.Flasher.Tests;

/// <summary>Writes a minimal little-endian ELF64 (RISC-V) executable with the given PT_LOAD segments.</summary>
public static class Elf64Builder
{
    public static byte[] Build(ulong entry, params (ulong Address, byte[] Data, ulong MemSize)[] segments)
    {
        const int ehsize = 64, phentsize = 56;
        int dataStart = ehsize + phentsize * segments.Length;
        var file = new byte[dataStart + segments.Sum(s => s.Data.Length)];
        Span<byte> f = file;
        f[0] = 0x7F;
        f[1] = (byte)'E';
        f[2] = (byte)'L';
        f[3] = (byte)'F';
        f[4] = 2; // ELFCLASS64
        f[5] = 1; // little-endian
        f[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(f[16..], 2); // ET_EXEC
        BinaryPrimitives.WriteUInt16LittleEndian(f[18..], 243); // EM_RISCV
        BinaryPrimitives.WriteUInt32LittleEndian(f[20..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(f[24..], entry);
        BinaryPrimitives.WriteUInt64LittleEndian(f[32..], ehsize);
        BinaryPrimitives.WriteUInt16LittleEndian(f[52..], ehsize);
        BinaryPrimitives.WriteUInt16LittleEndian(f[54..], phentsize);
        BinaryPrimitives.WriteUInt16LittleEndian(f[56..], (ushort)segments.Length);
        int offset = dataStart;
        for (int i = 0; i < segments.Length; i++)
        {
            Span<byte> ph = f.Slice(ehsize + i * phentsize, phentsize);
            BinaryPrimitives.WriteUInt32LittleEndian(ph, 1); // PT_LOAD
            BinaryPrimitives.WriteUInt64LittleEndian(ph[8..], (ulong)offset);
            BinaryPrimitives.WriteUInt64LittleEndian(ph[16..], segments[i].Address);
            BinaryPrimitives.WriteUInt64LittleEndian(ph[24..], segments[i].Address);
            BinaryPrimitives.WriteUInt64LittleEndian(ph[32..], (ulong)segments[i].Data.Length);
            BinaryPrimitives.WriteUInt64LittleEndian(ph[40..], segments[i].MemSize);
            segments[i].Data.CopyTo(f[offset..]);
            offset += segments[i].Data.Length;
        }

        return file;
    }
}
