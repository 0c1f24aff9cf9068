namespace NfK210.Pe;

/// <summary>A converted assembly: the .pe bytes plus what the native-table generator needs.</summary>
public sealed class PeImage
{
    public required string AssemblyName { get; init; }
    public required Version Version { get; init; }
    public required byte[] Bytes { get; init; }

    /// <summary>The header's nativeMethodsChecksum; 0 when the assembly has no native (InternalCall) methods.</summary>
    public required uint NativeMethodsChecksum { get; init; }

    /// <summary>The version from [assembly: AssemblyNativeVersion("a.b.c.d")], if present.</summary>
    public Version? NativeVersion { get; init; }

    /// <summary>Every type with a native lookup-table slice, in nanoCLR's method-table order.</summary>
    public required IReadOnlyList<NativeClass> NativeClasses { get; init; }
}
