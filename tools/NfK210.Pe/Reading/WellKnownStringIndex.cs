using NfK210.Pe.Format;

namespace NfK210.Pe.Reading;

/// <summary>
/// String indices at the top of the 16-bit range name strings compiled into nanoCLR (<see cref="WellKnownStrings"/>,
/// string table version 1: 860 strings such as ".ctor", "System", "Object"): index 0xFFFF is the CLR's string 0,
/// 0xFFFE string 1, and so on. nanoCLR routes every index from 0xFFFF − 860 up to that table, but the table has only
/// 860 entries, so 0xFFFF − 860 itself would read past it: that index is invalid. Every lower index is an offset into
/// the assembly's own Strings table.
/// </summary>
public static class WellKnownStringIndex
{
    /// <summary>c_CLR_StringTable_Size of string table version 1.</summary>
    public static int Count => WellKnownStrings.All.Count;

    /// <summary>The lowest index nanoCLR routes to its own table (0xFFFF − 860).</summary>
    public static ushort FirstRoutedIndex => (ushort)(0xFFFF - Count);

    public static bool IsWellKnown(ushort index) => index >= FirstRoutedIndex;

    /// <summary>True when the index names one of the 860 strings (false for the off-the-end index).</summary>
    public static bool IsValid(ushort index) => index > FirstRoutedIndex;

    /// <summary>The string a well-known index names, or null when the index is not a valid well-known one.</summary>
    public static string? Text(ushort index) => IsValid(index) ? WellKnownStrings.All[0xFFFF - index] : null;
}
