using System.Buffers.Binary;
using System.Reflection.Emit;
using NfK210.Pe.Reading;

namespace NfK210.Pe.Tests.Reading;

/// <summary>Names what each token in a .pe method body refers to ("Namespace.Type::Member", "Namespace.Type", or a
/// string literal), to compare with what the .dll's IL refers to.</summary>
internal sealed class PeMemberNames
{
    private readonly PeFile _pe;

    public PeMemberNames(PeFile pe) => _pe = pe;

    /// <summary>Each method with a body, keyed by "Type::Method", with the names its instructions refer to.</summary>
    public List<(string Method, List<string> Tokens)> Bodies()
    {
        var bodies = new List<(string, List<string>)>();
        byte[] code = _pe.ByteCode.ToArray();
        for (int m = 0; m < _pe.MethodDefs.Count; m++)
        {
            MethodDefRow row = _pe.MethodDefs[m];
            if (row.Rva == 0xFFFF)
            {
                continue;
            }

            int end = code.Length;
            for (int k = m + 1; k < _pe.MethodDefs.Count; k++)
            {
                if (_pe.MethodDefs[k].Rva != 0xFFFF)
                {
                    end = _pe.MethodDefs[k].Rva;
                    break;
                }
            }

            if ((row.Flags & MethodDefRow.HasExceptionHandlersFlag) != 0)
            {
                end -= 1 + (12 * code[end - 1]);
            }

            bodies.Add((MethodName(m), Tokens(code.AsSpan(row.Rva, end - row.Rva))));
        }

        return bodies;
    }

    private List<string> Tokens(ReadOnlySpan<byte> il)
    {
        var names = new List<string>();
        int pos = 0;
        while (pos < il.Length)
        {
            ushort value = il[pos++];
            if (value == 0xFE)
            {
                value = (ushort)(0xFE00 | il[pos++]);
            }

            Assert.True(IlOpcodeTable.TryGet(value, out OpCode opcode), $"opcode 0x{value:X}");
            int size = opcode.OperandType == OperandType.InlineSwitch ? 1 + (2 * il[pos]) : IlOpcodeTable.OperandSize(opcode.OperandType);
            ReadOnlySpan<byte> operand = il.Slice(pos, size);
            string? name = opcode.OperandType switch
            {
                OperandType.InlineMethod => MethodToken(BinaryPrimitives.ReadUInt16LittleEndian(operand)),
                OperandType.InlineField => FieldToken(BinaryPrimitives.ReadUInt16LittleEndian(operand)),
                OperandType.InlineType => TypeToken(BinaryPrimitives.ReadUInt16LittleEndian(operand)),
                OperandType.InlineString => "\"" + _pe.GetString(BinaryPrimitives.ReadUInt16LittleEndian(operand)) + "\"",
                OperandType.InlineTok => FullToken(BinaryPrimitives.ReadUInt32LittleEndian(operand)),
                _ => null,
            };
            if (name != null)
            {
                names.Add($"{opcode.Name} {name}");
            }

            pos += size;
        }

        return names;
    }

    private string MethodToken(ushort token) => (token & 0x8000) != 0
        ? MemberRef(_pe.MethodRefs[token & 0x7FFF])
        : MethodName(token);

    private string FieldToken(ushort token) => (token & 0x8000) != 0
        ? MemberRef(_pe.FieldRefs[token & 0x7FFF])
        : FieldName(token);

    private string TypeToken(ushort token) => (token >> 14) switch
    {
        0 => TypeDefName(token & 0x3FFF),
        1 => TypeRefName(token & 0x3FFF),
        _ => "typespec",
    };

    private string FullToken(uint token) => (PeTable)(token >> 24) switch
    {
        PeTable.TypeDef => TypeDefName((int)(token & 0xFFFFFF)),
        PeTable.TypeRef => TypeRefName((int)(token & 0xFFFFFF)),
        PeTable.FieldDef => FieldName((int)(token & 0xFFFFFF)),
        PeTable.FieldRef => MemberRef(_pe.FieldRefs[(int)(token & 0xFFFFFF)]),
        PeTable.MethodDef => MethodName((int)(token & 0xFFFFFF)),
        PeTable.MethodRef => MemberRef(_pe.MethodRefs[(int)(token & 0xFFFFFF)]),
        _ => "typespec",
    };

    private string MemberRef(MemberRefRow row) => $"{TypeRefName(row.Container)}::{_pe.GetString(row.Name)}";

    private string MethodName(int method)
    {
        int owner = Enumerable.Range(0, _pe.TypeDefs.Count).Single(t =>
            method >= _pe.TypeDefs[t].FirstMethod && method < _pe.TypeDefs[t].FirstMethod + _pe.TypeDefs[t].MethodCount);
        return $"{TypeDefName(owner)}::{_pe.GetString(_pe.MethodDefs[method].Name)}";
    }

    private string FieldName(int field)
    {
        int owner = Enumerable.Range(0, _pe.TypeDefs.Count).Single(t =>
            (field >= _pe.TypeDefs[t].FirstStaticField && field < _pe.TypeDefs[t].FirstStaticField + _pe.TypeDefs[t].StaticFieldCount) ||
            (field >= _pe.TypeDefs[t].FirstInstanceField && field < _pe.TypeDefs[t].FirstInstanceField + _pe.TypeDefs[t].InstanceFieldCount));
        return $"{TypeDefName(owner)}::{_pe.GetString(_pe.FieldDefs[field].Name)}";
    }

    private string TypeDefName(int type)
    {
        TypeDefRow row = _pe.TypeDefs[type];
        return row.EnclosingType != 0xFFFF
            ? $"{TypeDefName(row.EnclosingType)}/{_pe.GetString(row.Name)}"
            : Qualified(_pe.GetString(row.Namespace), _pe.GetString(row.Name));
    }

    private string TypeRefName(int type)
    {
        TypeRefRow row = _pe.TypeRefs[type];
        return (row.Scope & 0x8000) != 0
            ? $"{TypeRefName(row.Scope & 0x7FFF)}/{_pe.GetString(row.Name)}"
            : Qualified(_pe.GetString(row.Namespace), _pe.GetString(row.Name));
    }

    internal static string Qualified(string? ns, string? name) => string.IsNullOrEmpty(ns) ? name ?? "?" : $"{ns}.{name}";
}
