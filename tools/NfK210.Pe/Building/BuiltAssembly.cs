using NfK210.Pe.Reading;

namespace NfK210.Pe.Building;

/// <summary>One .pe written by `nfk210 build`: assembly name, version, file, size and native checksum.</summary>
public sealed record BuiltAssembly(string Name, PeVersion Version, string PePath, int Size, uint NativeChecksum);
