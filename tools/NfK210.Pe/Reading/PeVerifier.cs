using NfK210.Pe.Format;
namespace NfK210.Pe.Reading;

/// <summary>
/// Cross-checks a parsed .pe the way nanoCLR will use it: both CRCs, every string index, signature offset and table
/// index, every signature's grammar, and every method body decoded opcode by opcode with its tokens, branch targets,
/// local and argument numbers and exception handlers. Each problem names its table, row and field.
/// </summary>
internal sealed partial class PeVerifier
{
    private const ushort None = 0xFFFF;

    private readonly PeFile _pe;
    private readonly List<PeProblem> _problems = [];
    private readonly bool[] _stringStarts;

    public PeVerifier(PeFile pe)
    {
        _pe = pe;
        _stringStarts = FindStringStarts(pe.Strings.Span);
    }

    public IReadOnlyList<PeProblem> Run()
    {
        CheckHeader();
        CheckStringTable();
        CheckAssemblyRefs();
        CheckTypeRefs();
        CheckMemberRefs("FieldRef", _pe.FieldRefs, isField: true);
        CheckMemberRefs("MethodRef", _pe.MethodRefs, isField: false);
        CheckTypeDefs();
        CheckFieldDefs();
        CheckMethodDefs();
        CheckAttributes();
        CheckTypeSpecs();
        CheckResources();
        CheckMethodBodies();
        return _problems;
    }

    private void Add(string table, int? row, string field, string message) =>
        _problems.Add(new PeProblem(table, row, field, message));

    private void CheckHeader()
    {
        PeHeader h = _pe.Header;
        byte[] header = _pe.Image[..PeHeader.Size];
        Array.Clear(header, PeHeader.HeaderCrcOffset, 4);
        uint headerCrc = PeCrc32.Compute(header);
        if (headerCrc != h.HeaderCrc)
        {
            Add("Header", null, "headerCRC", $"stored 0x{h.HeaderCrc:X8}, computed 0x{headerCrc:X8}");
        }

        uint assemblyCrc = PeCrc32.Compute(_pe.Image.AsSpan(PeHeader.Size));
        if (assemblyCrc != h.AssemblyCrc)
        {
            Add("Header", null, "assemblyCRC", $"stored 0x{h.AssemblyCrc:X8}, computed 0x{assemblyCrc:X8}");
        }

        if (h.StringTableVersion != PeHeader.ExpectedStringTableVersion)
        {
            Add("Header", null, "stringTableVersion",
                $"{h.StringTableVersion}; nanoCLR accepts only {PeHeader.ExpectedStringTableVersion}");
        }

        if (h.NumberOfPatchedMethods != 0)
        {
            Add("Header", null, "numOfPatchedMethods", $"{h.NumberOfPatchedMethods}; nanoCLR refuses patched assemblies");
        }

        if (_pe.TrailingBytes != 0)
        {
            Add("Header", null, "startOfTables[EndOfAssembly]",
                $"the assembly ends at {h.TotalSize} but the input has {_pe.TrailingBytes} more bytes");
        }

        for (int i = 0; i < (int)PeTable.EndOfAssembly; i++)
        {
            if (h.StartOfTables[i] % 4 != 0)
            {
                Add("Header", null, $"startOfTables[{(PeTable)i}]", $"0x{h.StartOfTables[i]:X} is not 4-byte aligned");
            }
        }

        CheckString("Header", null, "assemblyName", h.AssemblyName);
    }

    private void CheckStringTable()
    {
        ReadOnlySpan<byte> strings = _pe.Strings.Span;
        if (strings.Length > 0 && strings[^1] != 0)
        {
            Add("Strings", null, "end", "the last string is not NUL-terminated");
        }
    }

    private static bool[] FindStringStarts(ReadOnlySpan<byte> strings)
    {
        var starts = new bool[strings.Length];
        for (int i = 0; i < strings.Length; i++)
        {
            starts[i] = i == 0 || strings[i - 1] == 0;
        }

        return starts;
    }

    /// <summary>A string index must be a well-known CLR string or the start of a NUL-terminated string of ours.</summary>
    private void CheckString(string table, int? row, string field, ushort index)
    {
        string? error = StringError(index);
        if (error != null)
        {
            Add(table, row, field, error);
        }
    }

    private string? StringError(ushort index)
    {
        if (WellKnownStringIndex.IsWellKnown(index))
        {
            return WellKnownStringIndex.IsValid(index)
                ? null
                : $"string 0x{index:X4} is one past the CLR's {WellKnownStringIndex.Count} well-known strings";
        }

        if (index >= _stringStarts.Length)
        {
            return $"string 0x{index:X4} is outside the Strings table ({_stringStarts.Length} bytes)";
        }

        if (!_stringStarts[index])
        {
            return $"string 0x{index:X4} points into the middle of a string";
        }

        return _pe.Strings.Span[index..].IndexOf((byte)0) < 0 ? $"string 0x{index:X4} is not NUL-terminated" : null;
    }

    private static string? IndexError(string target, int index, int count) =>
        index < count ? null : $"{target} index {index} is out of range ({count} rows)";

    private void CheckIndex(string table, int? row, string field, string target, int index, int count)
    {
        string? error = IndexError(target, index, count);
        if (error != null)
        {
            Add(table, row, field, error);
        }
    }

    private void CheckAssemblyRefs()
    {
        for (int i = 0; i < _pe.AssemblyRefs.Count; i++)
        {
            CheckString("AssemblyRef", i, "name", _pe.AssemblyRefs[i].Name);
        }
    }

    private void CheckTypeRefs()
    {
        for (int i = 0; i < _pe.TypeRefs.Count; i++)
        {
            TypeRefRow row = _pe.TypeRefs[i];
            CheckString("TypeRef", i, "name", row.Name);
            CheckString("TypeRef", i, "nameSpace", row.Namespace);
            if ((row.Scope & 0x8000) != 0)
            {
                int outer = row.Scope & 0x7FFF;
                if (outer >= _pe.TypeRefs.Count)
                {
                    Add("TypeRef", i, "scope", IndexError("enclosing TypeRef", outer, _pe.TypeRefs.Count)!);
                }
                else if (NestingLoops(i))
                {
                    Add("TypeRef", i, "scope", "the chain of enclosing TypeRefs loops");
                }
            }
            else
            {
                CheckIndex("TypeRef", i, "scope", "AssemblyRef", row.Scope, _pe.AssemblyRefs.Count);
            }
        }
    }

    private bool NestingLoops(int start)
    {
        int current = start;
        for (int steps = 0; steps <= _pe.TypeRefs.Count; steps++)
        {
            ushort scope = _pe.TypeRefs[current].Scope;
            if ((scope & 0x8000) == 0 || (scope & 0x7FFF) >= _pe.TypeRefs.Count)
            {
                return false;
            }

            current = scope & 0x7FFF;
        }

        return true;
    }

    private void CheckMemberRefs(string table, IReadOnlyList<MemberRefRow> rows, bool isField)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            MemberRefRow row = rows[i];
            CheckString(table, i, "name", row.Name);
            CheckIndex(table, i, "container", "TypeRef", row.Container, _pe.TypeRefs.Count);
            if (isField)
            {
                WithSignature(table, i, "sig", row.Signature, ParseFieldSignature);
            }
            else
            {
                WithSignature(table, i, "sig", row.Signature, c => ParseMethodSignature(c));
            }
        }
    }
}
