namespace NfK210.Pe;

/// <summary>One entry of the native lookup table.</summary>
public sealed class NativeMethod
{
    public required string Name { get; init; }

    /// <summary>The C++ member name, e.g. <c>Load___STATIC__I4__SZARRAY_U1</c>.</summary>
    public required string StubName { get; init; }

    /// <summary>True for InternalCall methods (a table entry), false for managed ones (NULL entry).</summary>
    public required bool IsNative { get; init; }
}
