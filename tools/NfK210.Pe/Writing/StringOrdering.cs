using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>Seeds the string table in MetadataProcessor's order. After its first pass and "minimize" it restarts
/// the table with: the empty string, reference names, then per kept type its namespace, name, instance field names
/// and method names, then the string literals the code uses, ordered by the index they had in the first pass.</summary>
internal static class StringOrdering
{
    public static StringTable Preallocate(PeBuilder builder)
    {
        AssemblyModel model = builder.Model;
        MetadataReader reader = model.Reader;
        List<string> firstPass = FirstPassOrder(builder);
        var usedLiterals = new HashSet<string>(
            builder.Methods.SelectMany(Literals).Where(s => !Format.WellKnownStrings.TryGetIndex(s, out _)),
            StringComparer.Ordinal);

        var table = new StringTable();
        foreach (AssemblyReferenceHandle handle in builder.References.AssemblyRefs)
        {
            table.GetOrCreate(reader.GetString(reader.GetAssemblyReference(handle).Name));
        }

        var keptTypeRefNames = new List<string>();
        foreach (TypeReferenceHandle handle in builder.References.TypeRefs)
        {
            TypeReference reference = reader.GetTypeReference(handle);
            table.GetOrCreate(reader.GetString(reference.Namespace));
            table.GetOrCreate(reader.GetString(reference.Name));
            keptTypeRefNames.Add(TypeNames.Of(reader, handle));
        }

        foreach (MemberRefModel member in model.MemberRefs)
        {
            if (keptTypeRefNames.Any(name => name.Contains(member.ParentFullName, StringComparison.Ordinal)))
            {
                table.GetOrCreate(member.Name);
            }
        }

        foreach (TypeModel type in builder.Types)
        {
            table.GetOrCreate(type.Namespace);
            table.GetOrCreate(type.Name);
            foreach (FieldModel field in type.Fields.Where(f => !f.IsStatic))
            {
                table.GetOrCreate(field.Name);
            }

            foreach (MethodModel method in type.Methods)
            {
                table.GetOrCreate(method.Name);
            }
        }

        // The set of used strings is filled pass by pass and, within a pass, in index order.
        var firstIndex = firstPass.Select((value, index) => (value, index)).ToDictionary(p => p.value, p => p.index, StringComparer.Ordinal);
        var stringLevel = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (MethodModel method in builder.Methods)
        {
            int level = builder.Closure.LevelOf(method) + 1;
            foreach (string literal in Literals(method).Where(usedLiterals.Contains))
            {
                stringLevel[literal] = Math.Min(stringLevel.GetValueOrDefault(literal, int.MaxValue), level);
            }
        }

        foreach (string literal in stringLevel.Keys.OrderBy(s => stringLevel[s]).ThenBy(s => firstIndex[s]))
        {
            table.GetOrCreate(literal);
        }

        return table;
    }

    private static IEnumerable<string> Literals(MethodModel method) =>
        method.Body?.Instructions.Where(i => i.OpCode.OperandType == System.Reflection.Emit.OperandType.InlineString)
            .Select(i => (string)i.Operand!) ?? [];

    /// <summary>The order strings got their indices in MetadataProcessor's first (pre-minimize) pass.</summary>
    private static List<string> FirstPassOrder(PeBuilder builder)
    {
        AssemblyModel model = builder.Model;
        MetadataReader reader = model.Reader;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string value)
        {
            if (!Format.WellKnownStrings.TryGetIndex(value, out _) && seen.Add(value))
            {
                order.Add(value);
            }
        }

        Add(string.Empty);
        foreach (AssemblyReferenceHandle handle in model.AssemblyRefs)
        {
            Add(reader.GetString(reader.GetAssemblyReference(handle).Name));
        }

        foreach (TypeReferenceHandle handle in model.TypeRefs)
        {
            TypeReference reference = reader.GetTypeReference(handle);
            Add(reader.GetString(reference.Namespace));
            Add(reader.GetString(reference.Name));
        }

        // MetadataProcessor's member reference list: members of referenced types and of type specifications.
        var typeRefNames = model.TypeRefs.Select(h => TypeNames.Of(reader, h)).ToHashSet(StringComparer.Ordinal);
        foreach (MemberRefModel member in model.MemberRefs.Where(m =>
                     typeRefNames.Contains(m.ParentFullName) || m.Parent.Kind == HandleKind.TypeSpecification))
        {
            Add(member.Name);
        }

        foreach (TypeModel type in builder.AllTypes)
        {
            Add(type.Namespace);
            Add(type.Name);
            List<FieldModel> fields = PeBuilder.OrderedFields(type).ToList();
            foreach (FieldModel field in fields.Where(f => f.IsStatic).Concat(fields.Where(f => !f.IsStatic)))
            {
                Add(field.Name);
            }
        }

        // First-pass attribute signatures (all owners, before minimization) allocate their strings here.
        var attributeStrings = new StringTable();
        foreach (AttributeModel attribute in builder.AllTypes.Select(t => t.CustomAttributes)
                     .Concat(builder.AllTypes.SelectMany(t => PeBuilder.OrderedFields(t)).Select(f => f.CustomAttributes))
                     .Concat(builder.AllTypes.SelectMany(t => PeBuilder.OrderedMethods(t)).Select(m => m.CustomAttributes))
                     .SelectMany(a => a)
                     .Where(a => !builder.Exclusions.IsIgnoredAttribute(a)))
        {
            AttributeSignature.Encode(builder, attribute, attributeStrings);
        }

        foreach (string value in attributeStrings.Strings)
        {
            Add(value);
        }

        Add(model.Name);

        // Then minimization meets the literals, pass by pass, methods in token order within a pass.
        foreach (MethodModel method in builder.Methods
                     .OrderBy(m => builder.Closure.LevelOf(m))
                     .ThenBy(m => System.Reflection.Metadata.Ecma335.MetadataTokens.GetRowNumber(m.Handle)))
        {
            foreach (string literal in Literals(method))
            {
                Add(literal);
            }
        }

        return order;
    }
}
