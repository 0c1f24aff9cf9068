namespace NfK210.Pe.Reading;

/// <summary>An assembly version as a .pe stores it: four 16-bit parts.</summary>
public readonly record struct PeVersion(ushort Major, ushort Minor, ushort Build, ushort Revision)
{
    public override string ToString() => $"{Major}.{Minor}.{Build}.{Revision}";
}
