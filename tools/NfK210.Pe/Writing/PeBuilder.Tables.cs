using System.Reflection;
using System.Reflection.Metadata;
using NfK210.Pe.Format;

namespace NfK210.Pe.Writing;

internal sealed partial class PeBuilder
{
    private void WriteAssemblyRefs(ByteWriter w)
    {
        foreach (AssemblyReferenceHandle handle in References.AssemblyRefs)
        {
            AssemblyReference reference = Model.Reader.GetAssemblyReference(handle);
            w.U16(Strings.GetOrCreate(Model.Reader.GetString(reference.Name)));
            w.U16(0);
            w.U16((ushort)reference.Version.Major);
            w.U16((ushort)reference.Version.Minor);
            w.U16((ushort)reference.Version.Build);
            w.U16((ushort)reference.Version.Revision);
        }
    }

    private void WriteTypeRefs(ByteWriter w)
    {
        foreach (TypeReferenceHandle handle in References.TypeRefs)
        {
            TypeReference reference = Model.Reader.GetTypeReference(handle);
            w.U16(Strings.GetOrCreate(Model.Reader.GetString(reference.Name)));
            w.U16(Strings.GetOrCreate(Model.Reader.GetString(reference.Namespace)));
            if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                TryGetTypeRefId(TypeNames.Of(Model.Reader, (TypeReferenceHandle)reference.ResolutionScope), out ushort outer);
                w.U16((ushort)(0x8000 | outer));
            }
            else
            {
                int index = reference.ResolutionScope.Kind == HandleKind.AssemblyReference
                    ? References.AssemblyRefs.IndexOf((AssemblyReferenceHandle)reference.ResolutionScope)
                    : 0;
                w.U16((ushort)Math.Max(index, 0));
            }

            w.U16(0);
        }
    }

    private void WriteFieldRefs(ByteWriter w)
    {
        foreach (MemberRefModel member in References.FieldRefs)
        {
            WriteMemberRef(w, member, _encoder.Field(member.FieldType!));
        }
    }

    private void WriteMethodRefs(ByteWriter w)
    {
        foreach (MemberRefModel member in References.MethodRefs)
        {
            WriteMemberRef(w, member, _encoder.Method(member.MethodSignature!.Value));
        }
    }

    private void WriteMemberRef(ByteWriter w, MemberRefModel member, byte[] signature)
    {
        ushort owner;
        if (TryGetTypeRefId(member.ParentFullName, out ushort typeRef))
        {
            owner = typeRef;
        }
        else if (member.Parent.Kind == HandleKind.TypeDefinition &&
                 Model.Resolve((TypeDefinitionHandle)member.Parent) is { } local && TryGetTypeDefId(local, out ushort typeDef))
        {
            owner = (ushort)(typeDef | 0x8000);
        }
        else
        {
            throw new PeConversionException($"can't find the owner type {member.ParentFullName} of member reference {member.FullName}");
        }

        w.U16(Strings.GetOrCreate(member.Name));
        w.U16(owner);
        w.U16(Signatures.GetOrCreate(signature));
        w.U16(0);
    }

    private void WriteTypeDefs(ByteWriter w)
    {
        foreach (TypeModel type in Types)
        {
            Strings.GetOrCreate(type.Namespace);
            w.U16(Strings.GetOrCreate(type.Name));
            w.U16(Strings.GetOrCreate(type.Namespace));
            w.U16(TypeRefOrDefId(type.BaseTypeHandle));
            w.U16(type.DeclaringType is { } declaring && TryGetTypeDefId(declaring, out ushort enclosing) ? enclosing : (ushort)0xFFFF);

            var fieldBytes = new ByteWriter();
            WriteClassFields(type, fieldBytes);

            if (type.DeclaringType is null)
            {
                foreach (MethodModel method in type.Methods)
                {
                    PreProcess(method);
                }
            }

            foreach (TypeModel nested in type.NestedTypes)
            {
                foreach (MethodModel method in nested.Methods)
                {
                    PreProcess(method);
                }
            }

            WriteMethodBodies(type, w);
            _encoder.WriteDataTypeForTypeDef(type, w);
            w.Bytes(fieldBytes.ToArray());
            w.U16(TypeFlags.Of(this, type));
        }
    }

    private ushort TypeRefOrDefId(EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return 0xFFFF;
        }

        SigType type = DecodeType(handle);
        if (TryGetTypeRefId(type.FullName, out ushort typeRef))
        {
            return (ushort)(0x8000 | typeRef);
        }

        return Model.Resolve(type) is { } definition && TryGetTypeDefId(definition, out ushort typeDef) ? typeDef : (ushort)0xFFFF;
    }

    private void WriteClassFields(TypeModel type, ByteWriter w)
    {
        List<FieldModel> fields = OrderedFields(type).ToList();
        ushort firstStatic = 0;
        int staticCount = 0;
        foreach (FieldModel field in fields.Where(f => f.IsStatic))
        {
            if (TryGetFieldId(field, out ushort id))
            {
                if (staticCount == 0)
                {
                    firstStatic = id;
                }

                Signatures.GetOrCreate(_encoder.Field(field.Type));
                InitialValueSignature(field);
                Strings.GetOrCreate(field.Name);
                staticCount++;
            }
        }

        ushort firstInstance = 0;
        int instanceCount = 0;
        foreach (FieldModel field in fields.Where(f => !f.IsStatic))
        {
            if (TryGetFieldId(field, out ushort id))
            {
                if (instanceCount == 0)
                {
                    firstInstance = id;
                }

                Signatures.GetOrCreate(_encoder.Field(field.Type));
                Strings.GetOrCreate(field.Name);
                instanceCount++;
            }
        }

        if (firstStatic < firstInstance && instanceCount > 0 && staticCount == 0)
        {
            firstStatic = firstInstance;
        }

        w.U16(firstStatic);
        w.U16(firstInstance);
        w.U8((byte)staticCount);
        w.U8((byte)instanceCount);
    }

    private ushort InitialValueSignature(FieldModel field)
    {
        if (field.InitialValue is not { Length: > 0 } value)
        {
            return 0xFFFF;
        }

        var blob = new ByteWriter();
        blob.U16((ushort)value.Length);
        blob.Bytes(value);
        return Signatures.GetOrCreate(blob.ToArray());
    }

    private void WriteMethodBodies(TypeModel type, ByteWriter w)
    {
        ushort firstMethod = 0xFFFF;
        int[] counts = new int[3];
        MethodModel[][] groups =
        [
            type.Methods.Where(m => m.IsVirtual && _methodIds.ContainsKey(m)).ToArray(),
            type.Methods.Where(m => !(m.IsVirtual || m.IsStatic) && _methodIds.ContainsKey(m)).ToArray(),
            type.Methods.Where(m => m.IsStatic && _methodIds.ContainsKey(m)).ToArray(),
        ];
        for (int g = 0; g < 3; g++)
        {
            foreach (MethodModel method in groups[g])
            {
                firstMethod = Math.Min(firstMethod, AddByteCode(method));
                Signatures.GetOrCreate(_encoder.Method(method.Signature));
                if (method.Body is { } body)
                {
                    LocalsSignature(body);
                }

                Strings.GetOrCreate(method.Name);
                counts[g]++;
            }
        }

        if (counts.Sum() == 0)
        {
            firstMethod = (ushort)_byteCodeMethods.Count;
        }

        w.U16(type.Interfaces.Count == 0 ? (ushort)0xFFFF : Signatures.GetOrCreate(_encoder.Interfaces(type.Interfaces)));
        w.U16(firstMethod);
        for (int g = 0; g < 3; g++)
        {
            if (counts[g] > byte.MaxValue)
            {
                throw new PeConversionException($"type {type.FullName} has {counts[g]} methods of one kind; nanoCLR allows 255");
            }

            w.U8((byte)counts[g]);
        }
    }

    private ushort LocalsSignature(MethodBodyModel body) =>
        body.Locals.Count == 0 ? (ushort)0xFFFF : Signatures.GetOrCreate(_encoder.Locals(body.Locals));

    private ushort AddByteCode(MethodModel method)
    {
        ushort rva = method.HasBody ? (ushort)_nextRva : (ushort)0xFFFF;
        ushort id = (ushort)_byteCodeMethods.Count;
        byte[] code = method.HasBody ? new ByteCodeWriter(this, method, FakeStrings).Write() : [];
        if (_nextRva + code.Length > ushort.MaxValue)
        {
            throw new PeConversionException($"byte code table overflow at {method}: more than 64 KiB of IL");
        }

        _byteCodeMethods.Add(method);
        _nextRva += code.Length;
        _rvas[method] = rva;
        return id;
    }

    private void PreProcess(MethodModel method)
    {
        if (method.Body is not { } body)
        {
            return;
        }

        int delta = 0;
        foreach (IlInstruction instruction in body.Instructions)
        {
            instruction.NanoOffset = instruction.Offset + delta;
            switch (instruction.OpCode.OperandType)
            {
                case System.Reflection.Emit.OperandType.InlineSwitch:
                    delta -= 3 + 2 * ((int[])instruction.Operand!).Length;
                    break;
                case System.Reflection.Emit.OperandType.InlineString:
                    FakeStrings.GetOrCreate((string)instruction.Operand!);
                    delta -= 2;
                    break;
                case System.Reflection.Emit.OperandType.InlineMethod:
                case System.Reflection.Emit.OperandType.InlineField:
                case System.Reflection.Emit.OperandType.InlineType:
                case System.Reflection.Emit.OperandType.InlineBrTarget:
                    delta -= 2;
                    break;
            }
        }
    }

    private void WriteFieldDefs(ByteWriter w)
    {
        foreach (FieldModel field in Fields)
        {
            w.U16(Strings.GetOrCreate(field.Name));
            w.U16(Signatures.GetOrCreate(_encoder.Field(field.Type)));
            w.U16(InitialValueSignature(field));
            w.U16(FieldFlags.Of(field));
        }
    }

    private void WriteMethodDefs(ByteWriter w)
    {
        foreach (MethodModel method in Methods)
        {
            w.U16(Strings.GetOrCreate(method.Name));
            w.U16(_rvas.GetValueOrDefault(method, (ushort)0xFFFF));
            w.U32(MethodFlags.Of(method, Model));
            _encoder.WriteDataType(method.Signature.ReturnType, w, false);
            int arguments = method.Signature.ParameterTypes.Length + (method.IsStatic ? 0 : 1);
            w.U8((byte)arguments);
            w.U8((byte)(method.Body?.Locals.Count ?? 0));
            w.U8(method.Body is { } b ? StackDepth.Calculate(this, b) : (byte)0);
            ushort signature = Signatures.GetOrCreate(_encoder.Method(method.Signature));
            if (method.Body is { } body)
            {
                w.U16(LocalsSignature(body));
            }
            else
            {
                w.U16(method.IsAbstract || method.IsRuntime || method.IsInternalCall ? (ushort)0x0000 : (ushort)0xFFFF);
            }

            w.U16(signature);
        }
    }

    private void WriteAttributes(ByteWriter w)
    {
        WriteAttributes(w, 0x0004, TypeAttributes);
        WriteAttributes(w, 0x0005, FieldAttributes);
        WriteAttributes(w, 0x0006, MethodAttributes);
    }

    private void WriteAttributes(ByteWriter w, ushort table, List<(AttributeModel Attribute, ushort Owner)> attributes)
    {
        foreach ((AttributeModel attribute, ushort owner) in attributes)
        {
            w.U16(table);
            w.U16(owner);
            w.U16(MethodReferenceId(attribute.Constructor));
            w.U16(Signatures.GetOrCreate(AttributeSignature.Encode(this, attribute, Strings)));
        }
    }

    public ushort MethodReferenceId(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MemberReference:
                MemberRefModel member = Model.MemberRef((MemberReferenceHandle)handle);
                if (_methodRefIds.TryGetValue(member.FullName, out ushort reference))
                {
                    return (ushort)(reference | 0x8000);
                }

                return member.Parent.Kind == HandleKind.TypeDefinition &&
                       Model.Resolve((TypeDefinitionHandle)member.Parent)?.Methods.FirstOrDefault(m => m.Name == member.Name) is { } local &&
                       TryGetMethodId(local, out ushort localId) ? localId : (ushort)0;
            case HandleKind.MethodDefinition:
                return Model.Resolve((MethodDefinitionHandle)handle) is { } method && TryGetMethodId(method, out ushort id) ? id : (ushort)0;
            case HandleKind.MethodSpecification:
                MethodSpecification spec = Model.Reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                return MethodReferenceId(spec.Method);
            default:
                return 0;
        }
    }

    public ushort FieldReferenceId(EntityHandle handle)
    {
        if (handle.Kind == HandleKind.MemberReference)
        {
            MemberRefModel member = Model.MemberRef((MemberReferenceHandle)handle);
            if (_fieldRefIds.TryGetValue(member.FullName, out ushort reference))
            {
                return (ushort)(reference | 0x8000);
            }

            return 0;
        }

        return handle.Kind == HandleKind.FieldDefinition && Model.Resolve((FieldDefinitionHandle)handle) is { } field &&
               TryGetFieldId(field, out ushort id) ? id : (ushort)0;
    }

    /// <summary>A type operand: a type spec (0x8000 | id), a type ref (mask | id) or a type def (id).</summary>
    public ushort TypeReferenceId(SigType type, ushort typeRefMask = 0x4000)
    {
        if (IsTypeSpecification(type))
        {
            return (ushort)(0x8000 | GetOrCreateTypeSpec(type));
        }

        if (TryGetTypeRefId(type.FullName, out ushort typeRef))
        {
            return (ushort)(typeRef | typeRefMask);
        }

        if (type is GenericParamSig)
        {
            return 0xFFFF;
        }

        return Model.Resolve(type) is { } definition && TryGetTypeDefId(definition, out ushort id) ? id : (ushort)0x8000;
    }

    private void WriteTypeSpecs(ByteWriter w)
    {
        foreach (SigType type in _typeSpecs.ToList())
        {
            w.U16(Signatures.GetOrCreate(_encoder.Type(type)));
            w.U16(0);
        }
    }

    private void WriteStrings(ByteWriter w)
    {
        foreach (string value in FakeStrings.Strings)
        {
            Strings.GetOrCreate(value, useWellKnown: false);
        }

        Strings.GetOrCreate(Model.Name);
        w.Bytes(Strings.ToBytes());
    }

    private void WriteSignatures(ByteWriter w) => w.Bytes(Signatures.ToBytes());

    private void WriteByteCode(ByteWriter w)
    {
        foreach (MethodModel method in _byteCodeMethods)
        {
            if (method.HasBody)
            {
                w.Bytes(new ByteCodeWriter(this, method, Strings).Write());
            }
        }
    }
}
