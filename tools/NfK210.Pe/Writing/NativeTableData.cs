using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>Collects what the native-table generator needs from a converted assembly.</summary>
internal static class NativeTableData
{
    public static Version? NativeVersion(AssemblyModel model)
    {
        MetadataReader reader = model.Reader;
        foreach (AttributeModel attribute in model.AssemblyAttributes)
        {
            if (!attribute.TypeFullName.EndsWith(".AssemblyNativeVersionAttribute", StringComparison.Ordinal))
            {
                continue;
            }

            CustomAttributeValue<SigType> value = reader.GetCustomAttribute(attribute.Handle)
                .DecodeValue(new AttributeTypeProvider(model, new SigTypeProvider(reader)));
            if (value.FixedArguments.Length == 1 && value.FixedArguments[0].Value is string text &&
                Version.TryParse(text, out Version? version))
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>The .pe's MethodDef table grouped by declaring type (one group per run of methods of one type), so
    /// the lookup table has exactly one entry per method index.</summary>
    public static IReadOnlyList<NativeClass> Classes(PeBuilder builder)
    {
        var classes = new List<NativeClass>();
        var staticBase = new Dictionary<TypeModel, int>();
        int staticFieldCount = 0;
        foreach (TypeModel type in builder.Types.Where(t => IsStub(builder, t)))
        {
            staticBase[type] = staticFieldCount;
            staticFieldCount += type.Fields.Count(f => f.IsStatic && !f.IsLiteral);
        }

        var fieldsDone = new HashSet<TypeModel>();
        int index = 0;
        while (index < builder.Methods.Count)
        {
            TypeModel type = builder.Methods[index].DeclaringType;
            var methods = new List<MethodModel>();
            while (index < builder.Methods.Count && builder.Methods[index].DeclaringType == type)
            {
                methods.Add(builder.Methods[index++]);
            }

            classes.Add(ToClass(builder, type, methods, fieldsDone, staticBase));
        }

        // Types without methods still own fields (and static field numbering goes over all included classes).
        foreach (TypeModel type in builder.Types.Where(t => !fieldsDone.Contains(t)))
        {
            classes.Add(ToClass(builder, type, [], fieldsDone, staticBase));
        }

        return classes;
    }

    private static NativeClass ToClass(PeBuilder builder, TypeModel type, List<MethodModel> methods,
        HashSet<TypeModel> fieldsDone, Dictionary<TypeModel, int> staticBase)
    {
        bool stub = IsStub(builder, type);
        var statics = new List<(string, int)>();
        var instances = new List<(string, int)>();
        if (stub && fieldsDone.Add(type))
        {
            List<FieldModel> staticFields = type.Fields.Where(f => f.IsStatic && !f.IsLiteral).ToList();
            int first = staticBase.GetValueOrDefault(type);
            statics.AddRange(staticFields.Select((f, i) => (f.Name, first + i)));
            int firstInstance = InheritedInstanceFields(builder.Model, type) + 1;
            instances.AddRange(type.Fields.Where(f => !f.IsStatic && !f.IsLiteral).Select((f, i) => (f.Name, firstInstance + i)));
        }

        return new NativeClass
        {
            FullName = type.FullName,
            StubName = NativeNames.ClassName(type),
            IncludeInStub = stub,
            StaticFields = statics,
            InstanceFields = instances,
            Methods = methods.Select(m => new NativeMethod
            {
                Name = m.Name,
                StubName = NativeNames.MethodName(m),
                IsNative = stub && !m.HasBody && !m.IsAbstract,
            }).ToList(),
        };
    }

    private static bool IsStub(PeBuilder builder, TypeModel type) =>
        NativeChecksum.IncludeInStub(type) && !builder.Exclusions.IsExcludedClassName(type.FullName);

    private static int InheritedInstanceFields(AssemblyModel model, TypeModel type)
    {
        if (type.BaseTypeFullName is null or "System.Object" ||
            type.BaseTypeHandle.Kind != HandleKind.TypeDefinition || model.Resolve((TypeDefinitionHandle)type.BaseTypeHandle) is not { } baseType)
        {
            return 0;
        }

        return InheritedInstanceFields(model, baseType) + baseType.Fields.Count(f => !f.IsStatic && !f.IsLiteral);
    }
}
