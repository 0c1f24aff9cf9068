namespace NfK210.Pe.Format;

/// <summary>Fixed facts of the .pe layout (CLR_RECORD_ASSEMBLY in nanoCLR_Types.h).</summary>
public static class PeLayout
{
    /// <summary>The header's marker, "NFMRK1", zero-padded to 8 bytes.</summary>
    public const string Marker = "NFMRK1";

    public const int HeaderCrcOffset = 0x08;
    public const int AssemblyCrcOffset = 0x0C;

    /// <summary>Table start offsets in the header: 15 tables plus the end of the image.</summary>
    public const int TableOffsetCount = 16;

    /// <summary>Size of CLR_RECORD_ASSEMBLY including offsets, patch count and paddings.</summary>
    public const int HeaderSize = 0x7C;

    /// <summary>Where the per-table padding bytes start; the assembly CRC covers everything from here on.</summary>
    public const int PaddingsOffset = 0x6C;

    /// <summary>The header's stringTableVersion: 1 = indices from 0xFFFF down name the CLR's built-in strings.</summary>
    public const ushort StringTableVersion = 1;
}
