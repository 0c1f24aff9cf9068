namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_METHODDEF (16 bytes): name, RVA (ByteCode offset or 0xFFFF), flags, return data type, argument
/// count (with `this`), local count, evaluation stack depth, locals signature (or 0xFFFF), method signature.</summary>
public sealed record MethodDefRow(
    ushort Name,
    ushort Rva,
    uint Flags,
    byte ReturnDataType,
    byte ArgumentCount,
    byte LocalCount,
    byte EvalStackLength,
    ushort Locals,
    ushort Signature)
{
    public const int Size = 16;

    /// <summary>MD_HasExceptionHandlers: the body ends with its exception handler records and their count.</summary>
    public const uint HasExceptionHandlersFlag = 0x40000000;

    /// <summary>MD_Static.</summary>
    public const uint StaticFlag = 0x00000010;
}
