using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using NfK210.Pe.Reading;

namespace NfK210.Pe.Tests.Reading;

/// <summary>The same names as <see cref="PeMemberNames"/>, read from the .dll's own IL with System.Reflection.Metadata.</summary>
internal static class DllMemberNames
{
    public static List<(string Method, List<string> Tokens)> Bodies(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        MetadataReader md = pe.GetMetadataReader();
        var bodies = new List<(string, List<string>)>();
        foreach (MethodDefinitionHandle handle in md.MethodDefinitions)
        {
            MethodDefinition method = md.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            byte[] il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
            bodies.Add(($"{TypeName(md, method.GetDeclaringType())}::{md.GetString(method.Name)}", Tokens(md, il)));
        }

        return bodies;
    }

    private static List<string> Tokens(MetadataReader md, byte[] il)
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

            Assert.True(IlOpcodeTable.TryGet(value, out OpCode opcode));
            int size = opcode.OperandType switch
            {
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, pos)),
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                _ => 4,
            };
            string? name = opcode.OperandType switch
            {
                OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok =>
                    EntityName(md, MetadataTokens.EntityHandle(BitConverter.ToInt32(il, pos))),
                OperandType.InlineString =>
                    "\"" + md.GetUserString(MetadataTokens.UserStringHandle(BitConverter.ToInt32(il, pos) & 0xFFFFFF)) + "\"",
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

    private static string EntityName(MetadataReader md, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
            {
                MethodDefinition m = md.GetMethodDefinition((MethodDefinitionHandle)handle);
                return $"{TypeName(md, m.GetDeclaringType())}::{md.GetString(m.Name)}";
            }

            case HandleKind.FieldDefinition:
            {
                FieldDefinition f = md.GetFieldDefinition((FieldDefinitionHandle)handle);
                return $"{TypeName(md, f.GetDeclaringType())}::{md.GetString(f.Name)}";
            }

            case HandleKind.MemberReference:
            {
                MemberReference r = md.GetMemberReference((MemberReferenceHandle)handle);
                return $"{EntityName(md, r.Parent)}::{md.GetString(r.Name)}";
            }

            case HandleKind.TypeDefinition:
                return TypeName(md, (TypeDefinitionHandle)handle);
            case HandleKind.TypeReference:
            {
                TypeReference t = md.GetTypeReference((TypeReferenceHandle)handle);
                return t.ResolutionScope.Kind == HandleKind.TypeReference
                    ? $"{EntityName(md, (EntityHandle)t.ResolutionScope)}/{md.GetString(t.Name)}"
                    : PeMemberNames.Qualified(md.GetString(t.Namespace), md.GetString(t.Name));
            }

            default:
                return "typespec";
        }
    }

    private static string TypeName(MetadataReader md, TypeDefinitionHandle handle)
    {
        TypeDefinition t = md.GetTypeDefinition(handle);
        TypeDefinitionHandle outer = t.GetDeclaringType();
        return outer.IsNil
            ? PeMemberNames.Qualified(md.GetString(t.Namespace), md.GetString(t.Name))
            : $"{TypeName(md, outer)}/{md.GetString(t.Name)}";
    }
}
