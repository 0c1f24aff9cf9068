namespace NfK210.Pe.Building;

/// <summary>An assembly turned into a .pe: its name and the .pe bytes (the version and native checksum are read back
/// from the .pe header).</summary>
public sealed record ConvertedAssembly(string Name, byte[] Pe);
