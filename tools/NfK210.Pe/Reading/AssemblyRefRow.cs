namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_ASSEMBLYREF (12 bytes): name, pad, version.</summary>
public sealed record AssemblyRefRow(ushort Name, PeVersion Version)
{
    public const int Size = 12;
}
