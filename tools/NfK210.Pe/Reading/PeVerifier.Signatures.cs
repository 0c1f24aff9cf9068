namespace NfK210.Pe.Reading;

/// <summary>Signature grammar (nanoCLR data types, CLR_TkFromStream type tokens).</summary>
internal sealed partial class PeVerifier
{
    // nanoCLR CLR_DataType values used in signatures.
    private const byte DataTypeObject = 0x10;
    private const byte DataTypeClass = 0x11;
    private const byte DataTypeValueType = 0x12;
    private const byte DataTypeSzArray = 0x13;
    private const byte DataTypeByRef = 0x14;
    private const byte DataTypeVar = 0x15;
    private const byte DataTypeGenericInst = 0x16;
    private const byte DataTypeMVar = 0x17;
    private const byte DataTypeWeakClass = 0x1B;
    private const byte DataTypeReflection = 0x1C;

    private const byte FieldCallingConvention = 0x06;
    private const byte HasThisFlag = 0x20;
    private const byte GenericFlag = 0x10;
    private const int MaxTypeNesting = 32;

    /// <summary>The outline of a parsed type: its data type, its token (CLASS/VALUETYPE) and an array's element data type.</summary>
    private readonly record struct TypeShape(byte DataType, uint? Token, byte? ElementDataType);

    /// <summary>A parsed method signature: whether it has `this`, and the outline of each parameter type.</summary>
    private sealed record MethodSignature(bool HasThis, IReadOnlyList<TypeShape> ParameterTypes);

    private void WithSignature(string table, int? row, string field, ushort offset, Action<SignatureCursor> parse)
    {
        try
        {
            parse(new SignatureCursor(_pe.Signatures, offset));
        }
        catch (SignatureException e)
        {
            Add(table, row, field, $"signature 0x{offset:X4}: {e.Message}");
        }
    }

    private void ParseFieldSignature(SignatureCursor cursor)
    {
        byte convention = cursor.ReadByte();
        if (convention != FieldCallingConvention)
        {
            throw new SignatureException($"calling convention 0x{convention:X2} is not a field's (0x06)");
        }

        ParseType(cursor, 0);
    }

    private MethodSignature ParseMethodSignature(SignatureCursor cursor)
    {
        byte convention = cursor.ReadByte();
        if ((convention & 0x0F) is not 0x00 and not 0x05)
        {
            throw new SignatureException($"calling convention 0x{convention:X2} is not a method's");
        }

        if ((convention & GenericFlag) != 0)
        {
            cursor.ReadByte(); // generic parameter count
        }

        int parameterCount = cursor.ReadByte();
        ParseType(cursor, 0); // return type
        var types = new TypeShape[parameterCount];
        for (int i = 0; i < parameterCount; i++)
        {
            types[i] = ParseType(cursor, 0);
        }

        return new MethodSignature((convention & HasThisFlag) != 0, types);
    }

    /// <summary>Parses one type and returns its outline.</summary>
    private TypeShape ParseType(SignatureCursor cursor, int depth)
    {
        if (depth > MaxTypeNesting)
        {
            throw new SignatureException($"types nest deeper than {MaxTypeNesting}");
        }

        int at = cursor.Position;
        byte dataType = cursor.ReadByte();
        switch (dataType)
        {
            case <= DataTypeObject:
            case DataTypeWeakClass:
            case DataTypeReflection:
                return new TypeShape(dataType, null, null);
            case DataTypeClass:
            case DataTypeValueType:
                return new TypeShape(dataType, ParseTypeToken(cursor), null);
            case DataTypeSzArray:
            case DataTypeByRef:
                return new TypeShape(dataType, null, ParseType(cursor, depth + 1).DataType);
            case DataTypeVar:
            case DataTypeMVar:
                cursor.ReadByte();
                return new TypeShape(dataType, null, null);
            case DataTypeGenericInst:
                ParseType(cursor, depth + 1);
                int count = cursor.ReadByte();
                for (int i = 0; i < count; i++)
                {
                    ParseType(cursor, depth + 1);
                }

                return new TypeShape(dataType, null, null);
            default:
                throw new SignatureException($"0x{dataType:X2} at 0x{at:X4} is not a nanoCLR data type");
        }
    }

    /// <summary>A compressed type token: low 2 bits select TypeDef (0), TypeRef (1) or TypeSpec (2).</summary>
    private uint ParseTypeToken(SignatureCursor cursor)
    {
        int at = cursor.Position;
        uint token = cursor.ReadCompressed();
        int index = (int)(token >> 2);
        string? error = (token & 3) switch
        {
            0 => IndexError("TypeDef", index, _pe.TypeDefs.Count),
            1 => IndexError("TypeRef", index, _pe.TypeRefs.Count),
            2 => IndexError("TypeSpec", index, _pe.TypeSpecs.Count),
            _ => $"type token 0x{token:X} has table tag 3, which names no table",
        };
        if (error != null)
        {
            throw new SignatureException($"at 0x{at:X4}: {error}");
        }

        return token;
    }

    private void ParseLocals(SignatureCursor cursor, int count)
    {
        for (int i = 0; i < count; i++)
        {
            ParseType(cursor, 0);
        }
    }

    private void ParseInterfaces(SignatureCursor cursor)
    {
        int count = cursor.ReadByte();
        for (int i = 0; i < count; i++)
        {
            ParseTypeToken(cursor);
        }
    }

    private void ParseDefaultValue(SignatureCursor cursor)
    {
        int length = cursor.ReadUInt16();
        cursor.Skip(length);
    }
}
