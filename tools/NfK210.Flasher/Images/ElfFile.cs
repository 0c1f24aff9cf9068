using System.Buffers.Binary;

namespace NfK210.Flasher.Images;

/// <summary>The loadable part of a little-endian ELF32/ELF64 executable (what objcopy -O binary keeps).</summary>
public sealed class ElfFile
{
    private const uint PtLoad = 1;

    private ElfFile(ulong entry, IReadOnlyList<ElfSegment> segments)
    {
        Entry = entry;
        Segments = segments;
    }

    public ulong Entry { get; }

    /// <summary>PT_LOAD segments with a non-zero file size, in file order.</summary>
    public IReadOnlyList<ElfSegment> Segments { get; }

    public static bool IsElf(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == 0x7F && bytes[1] == (byte)'E' && bytes[2] == (byte)'L' && bytes[3] == (byte)'F';

    public static ElfFile Parse(byte[] file, string name)
    {
        if (!IsElf(file) || file.Length < 52)
        {
            throw Bad(name, "not an ELF file");
        }

        bool is64 = file[4] switch
        {
            1 => false,
            2 => true,
            _ => throw Bad(name, $"unknown ELF class {file[4]}"),
        };
        if (file[5] != 1)
        {
            throw Bad(name, "big-endian ELF (the K210 is little-endian)");
        }

        if (file.Length < (is64 ? 64 : 52))
        {
            throw Bad(name, $"the file ends inside its {(is64 ? 64 : 52)}-byte ELF header");
        }

        ReadOnlySpan<byte> f = file;
        ulong entry = is64 ? BinaryPrimitives.ReadUInt64LittleEndian(f[24..]) : BinaryPrimitives.ReadUInt32LittleEndian(f[24..]);
        ulong phoff = is64 ? BinaryPrimitives.ReadUInt64LittleEndian(f[32..]) : BinaryPrimitives.ReadUInt32LittleEndian(f[28..]);
        int phentsize = BinaryPrimitives.ReadUInt16LittleEndian(f[(is64 ? 54 : 42)..]);
        int phnum = BinaryPrimitives.ReadUInt16LittleEndian(f[(is64 ? 56 : 44)..]);
        int minEntry = is64 ? 56 : 32;
        // Compared without adding to phoff, which a hostile file can set near 2^64.
        if (phnum == 0 || phentsize < minEntry || phoff > (ulong)file.Length ||
            (ulong)phentsize * (ulong)phnum > (ulong)file.Length - phoff)
        {
            throw Bad(name, "no program headers, or they lie outside the file");
        }

        var segments = new List<ElfSegment>();
        for (int i = 0; i < phnum; i++)
        {
            ReadOnlySpan<byte> ph = f.Slice((int)phoff + i * phentsize, phentsize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(ph) != PtLoad)
            {
                continue;
            }

            ulong offset, vaddr, paddr, filesz, memsz;
            if (is64)
            {
                offset = BinaryPrimitives.ReadUInt64LittleEndian(ph[8..]);
                vaddr = BinaryPrimitives.ReadUInt64LittleEndian(ph[16..]);
                paddr = BinaryPrimitives.ReadUInt64LittleEndian(ph[24..]);
                filesz = BinaryPrimitives.ReadUInt64LittleEndian(ph[32..]);
                memsz = BinaryPrimitives.ReadUInt64LittleEndian(ph[40..]);
            }
            else
            {
                offset = BinaryPrimitives.ReadUInt32LittleEndian(ph[4..]);
                vaddr = BinaryPrimitives.ReadUInt32LittleEndian(ph[8..]);
                paddr = BinaryPrimitives.ReadUInt32LittleEndian(ph[12..]);
                filesz = BinaryPrimitives.ReadUInt32LittleEndian(ph[16..]);
                memsz = BinaryPrimitives.ReadUInt32LittleEndian(ph[20..]);
            }

            if (filesz == 0)
            {
                continue;
            }

            if (offset > (ulong)file.Length || filesz > (ulong)file.Length - offset)
            {
                throw Bad(name, $"segment {i} lies outside the file");
            }

            if (paddr > ulong.MaxValue - filesz || vaddr > ulong.MaxValue - filesz)
            {
                throw Bad(name, $"segment {i} at 0x{paddr:X} runs past the end of the address space");
            }

            segments.Add(new ElfSegment(vaddr, paddr, file.AsSpan((int)offset, (int)filesz).ToArray(), memsz));
        }

        if (segments.Count == 0)
        {
            throw Bad(name, "no loadable segment with contents");
        }

        return new ElfFile(entry, segments);
    }

    /// <summary>
    /// The memory image from the lowest to the highest loaded physical address, gaps zero-filled (objcopy -O binary);
    /// <paramref name="baseAddress"/> is where it starts.
    /// </summary>
    public byte[] Flatten(out ulong baseAddress, string name)
    {
        baseAddress = Segments.Min(s => s.PhysicalAddress);
        ulong end = Segments.Max(s => s.PhysicalAddress + (ulong)s.Data.Length);
        if (end - baseAddress > 16 << 20)
        {
            throw Bad(name, $"its segments span 0x{baseAddress:X}–0x{end:X}, more than 16 MiB");
        }

        var image = new byte[end - baseAddress];
        foreach (ElfSegment s in Segments)
        {
            s.Data.CopyTo(image, (int)(s.PhysicalAddress - baseAddress));
        }

        return image;
    }

    private static FlashException Bad(string name, string why) => new(FlashErrorKind.BadInput, $"{name}: {why}");
}
