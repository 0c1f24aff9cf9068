using NfK210.Flasher.Files;

namespace NfK210.Flasher.Images;

/// <summary>
/// Reads the file given to <c>nfk210 flash</c> (spec §9.5, as the command line contract extends it): a .kfpkg; a
/// firmware .bin or .elf for offset 0 with the §9.1 header; with an address, any file as raw data; with SRAM mode,
/// a .bin or .elf for SRAM.
/// </summary>
public static class InputLoader
{
    public static FlashJob Load(string path, uint? address, bool sram)
    {
        string name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = BoundedFile.Read(path, "file to flash", MaxBytes(path));
        }
        catch (BoundedFileException e)
        {
            throw new FlashException(FlashErrorKind.BadInput, e.Message, e);
        }

        if (bytes.Length == 0)
        {
            throw new FlashException(FlashErrorKind.BadInput, $"{name} is empty");
        }

        bool isPackage = KfpkgPackage.IsZip(bytes) || path.EndsWith(".kfpkg", StringComparison.OrdinalIgnoreCase);
        if (isPackage)
        {
            if (sram)
            {
                throw new FlashException(FlashErrorKind.BadInput, $"{name}: a .kfpkg cannot be loaded to SRAM (--sram)");
            }

            if (address is not null)
            {
                throw new FlashException(FlashErrorKind.BadInput,
                    $"{name}: a .kfpkg carries its own addresses; --address is for a single raw file");
            }

            using var stream = new MemoryStream(bytes);
            var plan = new FlashPlan(KfpkgPackage.Read(stream, name));
            return new FlashJob($"{name} ({plan.Regions.Count} files)", plan, null, []);
        }

        if (sram)
        {
            if (address is not null)
            {
                throw new FlashException(FlashErrorKind.BadInput, "--address and --sram exclude each other");
            }

            return LoadSram(bytes, name);
        }

        if (address is uint at)
        {
            var raw = new FlashRegion(name, at, bytes, false);
            return new FlashJob($"{name} as raw data at 0x{at:X}", new FlashPlan([raw]), null, []);
        }

        var warnings = new List<string>();
        byte[] payload = bytes;
        if (ElfFile.IsElf(bytes))
        {
            ElfFile elf = ElfFile.Parse(bytes, name);
            payload = elf.Flatten(out ulong baseAddress, name);
            if (baseAddress != SramImage.SramBase)
            {
                warnings.Add($"{name} loads at 0x{baseAddress:X}, but the boot ROM copies the firmware to 0x80000000 " +
                             "and starts it there");
            }
            else if (elf.Entry != baseAddress)
            {
                warnings.Add($"{name}'s entry point is 0x{elf.Entry:X}, but the boot ROM starts the firmware at 0x80000000");
            }
        }

        var firmware = new FlashRegion(name, 0, FirmwareImage.Wrap(payload), true);
        return new FlashJob($"{name} as bootable firmware at 0", new FlashPlan([firmware]), null, warnings);
    }

    /// <summary>
    /// What is flashed fits the 16 MiB flash, and so does a .kfpkg (compressed); an .elf may carry debug sections
    /// beyond what it loads, so it may be larger, but not without bound.
    /// </summary>
    public static int MaxBytes(string path) =>
        path.EndsWith(".elf", StringComparison.OrdinalIgnoreCase) ? MaxElfBytes : BoundedFile.FlashBytes;

    /// <summary>128 MiB: far above any K210 firmware with full debug information.</summary>
    public const int MaxElfBytes = 128 * 1024 * 1024;

    private static FlashJob LoadSram(byte[] bytes, string name)
    {
        var warnings = new List<string>();
        SramImage image;
        if (ElfFile.IsElf(bytes))
        {
            ElfFile elf = ElfFile.Parse(bytes, name);
            var pieces = new List<(uint, byte[])>();
            foreach (ElfSegment s in elf.Segments)
            {
                if ((s.VirtualAddress & 0x80000000) == 0)
                {
                    warnings.Add($"{name}: segment at 0x{s.VirtualAddress:X} is not in SRAM; skipped");
                    continue;
                }

                CheckInSram(s.VirtualAddress, s.Data.Length, name);
                pieces.Add(((uint)s.VirtualAddress, s.Data));
            }

            if (pieces.Count == 0)
            {
                throw new FlashException(FlashErrorKind.BadInput, $"{name} has no segment to load into SRAM");
            }

            if (elf.Entry != SramImage.SramBase)
            {
                warnings.Add($"{name}'s entry point is 0x{elf.Entry:X}, not 0x80000000; starting it there");
            }

            image = new SramImage(pieces, (uint)elf.Entry);
        }
        else
        {
            CheckInSram(SramImage.SramBase, bytes.Length, name);
            image = new SramImage([(SramImage.SramBase, bytes)], SramImage.SramBase);
        }

        return new FlashJob($"{name} to SRAM", null, image, warnings);
    }

    private static void CheckInSram(ulong address, int length, string name)
    {
        if (address < SramImage.SramBase || address + (ulong)length > SramImage.SramBase + SramImage.SramSize)
        {
            throw new FlashException(FlashErrorKind.BadInput,
                $"{name}: 0x{address:X}+{length} does not fit the 8 MiB of SRAM at 0x80000000");
        }
    }
}
