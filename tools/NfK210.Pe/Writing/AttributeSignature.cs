using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>Encodes a custom attribute's arguments the way MetadataProcessor stores them: primitive and string
/// values with a serialization-type byte, object arrays element by element, System.Type as its name; enum values
/// are (like MetadataProcessor) not stored.</summary>
internal static class AttributeSignature
{
    public static byte[] Encode(PeBuilder builder, AttributeModel attribute, StringTable strings)
    {
        MetadataReader reader = builder.Model.Reader;
        CustomAttribute custom = reader.GetCustomAttribute(attribute.Handle);
        CustomAttributeValue<SigType> value = custom.DecodeValue(new AttributeTypeProvider(builder.Model, new SigTypeProvider(reader)));
        var w = new ByteWriter();
        foreach (CustomAttributeTypedArgument<SigType> argument in value.FixedArguments)
        {
            WriteValue(strings, w, argument);
        }

        w.U16((ushort)value.NamedArguments.Length);
        foreach (CustomAttributeNamedArgument<SigType> named in value.NamedArguments
                     .Where(n => n.Kind == CustomAttributeNamedArgumentKind.Field).OrderBy(n => n.Name ?? string.Empty, CultureLikeComparer.Instance))
        {
            w.U8(0x53);
            w.U16(strings.GetOrCreate(named.Name!));
            WriteValue(strings, w, new CustomAttributeTypedArgument<SigType>(named.Type, named.Value));
        }

        foreach (CustomAttributeNamedArgument<SigType> named in value.NamedArguments
                     .Where(n => n.Kind == CustomAttributeNamedArgumentKind.Property).OrderBy(n => n.Name ?? string.Empty, CultureLikeComparer.Instance))
        {
            w.U8(0x54);
            w.U16(strings.GetOrCreate(named.Name!));
            WriteValue(strings, w, new CustomAttributeTypedArgument<SigType>(named.Type, named.Value));
        }

        return w.ToArray();
    }

    private static void WriteValue(StringTable strings, ByteWriter w, CustomAttributeTypedArgument<SigType> argument)
    {
        object? value = argument.Value;
        switch (argument.Type.FullName)
        {
            case "System.Boolean": w.U8(0x02); w.U8((bool)value! ? (byte)1 : (byte)0); return;
            case "System.SByte": w.U8(0x04); w.U8(unchecked((byte)(sbyte)value!)); return;
            case "System.Byte": w.U8(0x05); w.U8((byte)value!); return;
            case "System.Int16": w.U8(0x06); w.U16(unchecked((ushort)(short)value!)); return;
            case "System.UInt16": w.U8(0x07); w.U16((ushort)value!); return;
            case "System.Int32": w.U8(0x08); w.U32(unchecked((uint)(int)value!)); return;
            case "System.UInt32": w.U8(0x09); w.U32((uint)value!); return;
            case "System.Int64": w.U8(0x0A); w.U64(unchecked((ulong)(long)value!)); return;
            case "System.UInt64": w.U8(0x0B); w.U64((ulong)value!); return;
            case "System.Single": w.U8(0x0C); w.U32(BitConverter.SingleToUInt32Bits((float)value!)); return;
            case "System.Double": w.U8(0x0D); w.U64(BitConverter.DoubleToUInt64Bits((double)value!)); return;
            case "System.Char": w.U8(0x03); w.Bytes(System.Text.Encoding.UTF8.GetBytes([(char)value!])); return; // BinaryWriter.Write(char) in MDP: UTF-8
            case "System.String": w.U8(0x0E); w.U16(strings.GetOrCreate((string?)value ?? string.Empty)); return;
            case "System.Type": w.U8(0x0E); w.U16(strings.GetOrCreate(((SigType)value!).FullName)); return;
            case "System.Object[]":
                var elements = (ImmutableArray<CustomAttributeTypedArgument<SigType>>)value!;
                w.U8((byte)elements.Length);
                foreach (CustomAttributeTypedArgument<SigType> element in elements)
                {
                    WriteValue(strings, w, element);
                }

                return;
            case "System.Object":
                throw new PeConversionException("attribute argument of type object is not supported");
        }
    }
}
