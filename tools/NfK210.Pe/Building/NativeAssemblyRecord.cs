namespace NfK210.Pe.Building;

/// <summary>One native assembly the firmware links: name, version and the native checksum nanoCLR compares with a
/// .pe's nativeMethodsChecksum when it loads it.</summary>
public sealed record NativeAssemblyRecord(string Name, string Version, uint Checksum);
