namespace NfK210.Pe.Reading;

/// <summary>
/// Attribute rows and their argument blobs. MetadataProcessor writes each constructor argument as an ECMA element-type
/// byte and the value (strings as a string index; System.Type as the type's name string; object[] as a count byte and
/// typed values; enums and other types as nothing), then a u16 count of named arguments, each a kind byte (0x53 field,
/// 0x54 property), a name string index and a typed value.
/// </summary>
internal sealed partial class PeVerifier
{
    private const byte ElementTypeString = 0x0E;
    private const byte NamedField = 0x53;
    private const byte NamedProperty = 0x54;

    private void CheckAttributes()
    {
        for (int i = 0; i < _pe.Attributes.Count; i++)
        {
            AttributeRow row = _pe.Attributes[i];
            (string owner, int count) = row.OwnerTable switch
            {
                (ushort)PeTable.TypeDef => ("TypeDef", _pe.TypeDefs.Count),
                (ushort)PeTable.FieldDef => ("FieldDef", _pe.FieldDefs.Count),
                (ushort)PeTable.MethodDef => ("MethodDef", _pe.MethodDefs.Count),
                _ => (string.Empty, 0),
            };
            if (owner.Length == 0)
            {
                Add("Attributes", i, "ownerType", $"{row.OwnerTable} is not TypeDef (4), FieldDef (5) or MethodDef (6)");
            }
            else if (row.OwnerIndex >= count)
            {
                // nanoCLR only compares (ownerType, ownerIdx) with the key of the member it enumerates, never indexes
                // with it; MetadataProcessor writes owner indices from before it drops unused types (NuGet's mscorlib.pe
                // has them), so this is reported but is not an error.
                _problems.Add(new PeProblem("Attributes", i, "ownerIdx",
                    $"{IndexError(owner, row.OwnerIndex, count)}; the attribute is attached to nothing",
                    PeSeverity.Warning));
            }

            ushort? constructorSignature = MethodTokenSignature(row.Constructor, out string? error);
            if (constructorSignature is not ushort ctorSig)
            {
                Add("Attributes", i, "constructor", error!);
                continue;
            }

            MethodSignature? ctor = null;
            WithSignature("Attributes", i, "constructor", ctorSig, cursor => ctor = ParseMethodSignature(cursor));
            if (ctor != null)
            {
                WithSignature("Attributes", i, "data", row.Data, cursor => ParseAttributeBlob(cursor, ctor));
            }
        }
    }

    /// <summary>The signature offset of a 16-bit method token (bit 15: MethodRef, else MethodDef).</summary>
    private ushort? MethodTokenSignature(ushort token, out string? error)
    {
        int index = token & 0x7FFF;
        if ((token & 0x8000) != 0)
        {
            error = IndexError("MethodRef", index, _pe.MethodRefs.Count);
            return error == null ? _pe.MethodRefs[index].Signature : null;
        }

        error = IndexError("MethodDef", index, _pe.MethodDefs.Count);
        return error == null ? _pe.MethodDefs[index].Signature : null;
    }

    private void ParseAttributeBlob(SignatureCursor cursor, MethodSignature ctor)
    {
        foreach (TypeShape parameter in ctor.ParameterTypes)
        {
            if (parameter.DataType == DataTypeSzArray)
            {
                if (parameter.ElementDataType == DataTypeObject)
                {
                    int count = cursor.ReadByte();
                    for (int k = 0; k < count; k++)
                    {
                        ParseTypedValue(cursor, cursor.ReadByte());
                    }
                }
            }
            else if (ElementTypeOf(parameter.DataType) is byte expected)
            {
                byte actual = cursor.ReadByte();
                if (actual != expected)
                {
                    throw new SignatureException(
                        $"argument of data type 0x{parameter.DataType:X2} is tagged 0x{actual:X2}, expected 0x{expected:X2}");
                }

                ParseTypedValue(cursor, actual);
            }
            else if (parameter.DataType is DataTypeClass or DataTypeValueType && !cursor.AtEnd &&
                     cursor.PeekByte() == ElementTypeString)
            {
                ParseTypedValue(cursor, cursor.ReadByte()); // a System.Type argument, stored as its name
            }
        }

        int named = cursor.ReadUInt16();
        for (int k = 0; k < named; k++)
        {
            byte kind = cursor.ReadByte();
            if (kind is not NamedField and not NamedProperty)
            {
                throw new SignatureException($"named argument {k} has kind 0x{kind:X2}, not field (0x53) or property (0x54)");
            }

            ushort name = cursor.ReadUInt16();
            if (StringError(name) is string nameError)
            {
                throw new SignatureException($"named argument {k} name: {nameError}");
            }

            if (!cursor.AtEnd && ValueSize(cursor.PeekByte()) != null)
            {
                ParseTypedValue(cursor, cursor.ReadByte());
            }
        }
    }

    private void ParseTypedValue(SignatureCursor cursor, byte elementType)
    {
        if (elementType == ElementTypeString)
        {
            ushort index = cursor.ReadUInt16();
            if (StringError(index) is string error)
            {
                throw new SignatureException($"string argument: {error}");
            }

            return;
        }

        int size = ValueSize(elementType)
            ?? throw new SignatureException($"0x{elementType:X2} is not an attribute argument type");
        cursor.Skip(size);
    }

    /// <summary>Value sizes of the ECMA element types MetadataProcessor writes (boolean 0x02 … string 0x0E).</summary>
    private static int? ValueSize(byte elementType) => elementType switch
    {
        0x02 or 0x04 or 0x05 => 1,
        0x03 or 0x06 or 0x07 or ElementTypeString => 2,
        0x08 or 0x09 or 0x0C => 4,
        0x0A or 0x0B or 0x0D => 8,
        _ => null,
    };

    /// <summary>The element-type tag MetadataProcessor writes for a parameter of a primitive nanoCLR data type.</summary>
    private static byte? ElementTypeOf(byte dataType) => dataType switch
    {
        0x01 => 0x02, // BOOLEAN
        0x02 => 0x04, // I1
        0x03 => 0x05, // U1
        0x04 => 0x03, // CHAR
        0x05 => 0x06, // I2
        0x06 => 0x07, // U2
        0x07 => 0x08, // I4
        0x08 => 0x09, // U4
        0x09 => 0x0C, // R4
        0x0A => 0x0A, // I8
        0x0B => 0x0B, // U8
        0x0C => 0x0D, // R8
        0x0F => ElementTypeString,
        _ => null,
    };
}
