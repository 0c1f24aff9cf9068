using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NfK210.AssemblyCheck;

/// <summary>
/// Finds what a plain .NET compile accepts but nanoCLR v1 cannot run (spec/nanoframework.md §4.3): generic types and
/// methods, their instantiations (Func&lt;&gt;, Action&lt;&gt;, EventHandler&lt;T&gt;, Nullable&lt;T&gt;, ...),
/// multi-dimensional arrays and pointers (MetadataProcessor rejects them), function pointers, default interface
/// methods, and references to assemblies other than mscorlib (the device build compiles against it alone).
/// </summary>
public static class DeviceAssemblyChecker
{
    /// <summary>Checks one assembly file; references to <paramref name="allowedReferences"/> (besides mscorlib) are fine.</summary>
    public static IReadOnlyList<string> Check(string path, params string[] allowedReferences)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException($"'{path}' has no .NET metadata");
        }

        return Check(pe.GetMetadataReader(), allowedReferences);
    }

    /// <summary>The assembly's own name.</summary>
    public static string AssemblyName(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        return md.GetString(md.GetAssemblyDefinition().Name);
    }

    public static IReadOnlyList<string> Check(MetadataReader md, IReadOnlyCollection<string> allowedReferences)
    {
        var problems = new List<string>();
        var provider = new ShapeProvider(md);

        foreach (AssemblyReferenceHandle h in md.AssemblyReferences)
        {
            string name = md.GetString(md.GetAssemblyReference(h).Name);
            if (name != "mscorlib" && !allowedReferences.Contains(name))
            {
                problems.Add($"references assembly '{name}': the device build may use mscorlib (and the assemblies checked with it) only");
            }
        }

        foreach (int row in Rows(md, TableIndex.GenericParam))
        {
            GenericParameter p = md.GetGenericParameter(MetadataTokens.GenericParameterHandle(row));
            problems.Add($"generic parameter '{md.GetString(p.Name)}' on {Owner(md, p.Parent)}: nanoCLR cannot run generics");
        }

        foreach (int row in Rows(md, TableIndex.MethodSpec))
        {
            MethodSpecification spec = md.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
            problems.Add($"generic method instantiation of {MemberName(md, spec.Method)}: nanoCLR cannot run generics");
        }

        foreach (TypeDefinitionHandle th in md.TypeDefinitions)
        {
            TypeDefinition type = md.GetTypeDefinition(th);
            string typeName = TypeName(md, th);
            bool isInterface = (type.Attributes & TypeAttributes.Interface) != 0;
            foreach (FieldDefinitionHandle fh in type.GetFields())
            {
                FieldDefinition f = md.GetFieldDefinition(fh);
                Report(problems, $"field {typeName}.{md.GetString(f.Name)}", f.DecodeSignature(provider, null));
            }

            foreach (MethodDefinitionHandle mh in type.GetMethods())
            {
                MethodDefinition m = md.GetMethodDefinition(mh);
                string where = $"method {typeName}.{md.GetString(m.Name)}";
                if (isInterface && (m.Attributes & MethodAttributes.Abstract) == 0 && (m.Attributes & MethodAttributes.Static) == 0)
                {
                    problems.Add($"{where}: default interface methods throw on nanoCLR");
                }

                MethodSignature<Shape> sig = m.DecodeSignature(provider, null);
                Report(problems, where, sig.ReturnType);
                foreach (Shape p in sig.ParameterTypes)
                {
                    Report(problems, where, p);
                }
            }
        }

        foreach (int row in Rows(md, TableIndex.TypeSpec))
        {
            TypeSpecification spec = md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row));
            Report(problems, "type reference", spec.DecodeSignature(provider, null));
        }

        foreach (MemberReferenceHandle h in md.MemberReferences)
        {
            MemberReference r = md.GetMemberReference(h);
            string where = $"reference to {MemberName(md, h)}";
            if (r.GetKind() == MemberReferenceKind.Method)
            {
                MethodSignature<Shape> sig = r.DecodeMethodSignature(provider, null);
                Report(problems, where, sig.ReturnType);
                foreach (Shape p in sig.ParameterTypes)
                {
                    Report(problems, where, p);
                }
            }
            else
            {
                Report(problems, where, r.DecodeFieldSignature(provider, null));
            }
        }

        foreach (int row in Rows(md, TableIndex.StandAloneSig))
        {
            StandaloneSignature s = md.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(row));
            if (s.GetKind() == StandaloneSignatureKind.LocalVariables)
            {
                foreach (Shape local in s.DecodeLocalSignature(provider, null))
                {
                    Report(problems, "a local variable", local);
                }
            }
        }

        return problems.Distinct().ToList();
    }

    private static IEnumerable<int> Rows(MetadataReader md, TableIndex table) =>
        Enumerable.Range(1, md.GetTableRowCount(table));

    private static void Report(List<string> problems, string where, Shape shape)
    {
        foreach (string issue in shape.Issues)
        {
            problems.Add($"{where}: {issue}");
        }
    }

    private static string TypeName(MetadataReader md, TypeDefinitionHandle h)
    {
        TypeDefinition t = md.GetTypeDefinition(h);
        string ns = md.GetString(t.Namespace);
        string name = md.GetString(t.Name);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    private static string Owner(MetadataReader md, EntityHandle h) => h.Kind switch
    {
        HandleKind.TypeDefinition => "type " + TypeName(md, (TypeDefinitionHandle)h),
        HandleKind.MethodDefinition => "method " + md.GetString(md.GetMethodDefinition((MethodDefinitionHandle)h).Name),
        _ => h.Kind.ToString(),
    };

    private static string MemberName(MetadataReader md, EntityHandle h) => h.Kind switch
    {
        HandleKind.MethodDefinition => md.GetString(md.GetMethodDefinition((MethodDefinitionHandle)h).Name),
        HandleKind.MemberReference => md.GetString(md.GetMemberReference((MemberReferenceHandle)h).Name),
        _ => h.Kind.ToString(),
    };

    /// <summary>A decoded type: its display name and what in it nanoCLR cannot handle.</summary>
    public sealed record Shape(string Name, ImmutableArray<string> Issues)
    {
        public static Shape Plain(string name) => new(name, ImmutableArray<string>.Empty);

        public Shape With(string name, string? issue = null, params Shape[] parts)
        {
            ImmutableArray<string> issues = parts.Aggregate(Issues, (acc, p) => acc.AddRange(p.Issues));
            return new Shape(name, issue == null ? issues : issues.Add(issue));
        }
    }

    private sealed class ShapeProvider(MetadataReader md) : ISignatureTypeProvider<Shape, object?>
    {
        public Shape GetPrimitiveType(PrimitiveTypeCode typeCode) => Shape.Plain(typeCode.ToString());

        public Shape GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            Shape.Plain(TypeName(reader, handle));

        public Shape GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            TypeReference r = reader.GetTypeReference(handle);
            string ns = reader.GetString(r.Namespace);
            return Shape.Plain(ns.Length == 0 ? reader.GetString(r.Name) : $"{ns}.{reader.GetString(r.Name)}");
        }

        public Shape GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, context);

        public Shape GetSZArrayType(Shape elementType) => elementType.With(elementType.Name + "[]");

        public Shape GetArrayType(Shape elementType, ArrayShape shape) =>
            elementType.With($"{elementType.Name}[{new string(',', shape.Rank - 1)}]",
                $"multi-dimensional array {elementType.Name}[{new string(',', shape.Rank - 1)}] (MetadataProcessor rejects it)");

        public Shape GetPointerType(Shape elementType) =>
            elementType.With(elementType.Name + "*", $"pointer {elementType.Name}* (MetadataProcessor rejects it)");

        public Shape GetByReferenceType(Shape elementType) => elementType.With(elementType.Name + "&");

        public Shape GetGenericInstantiation(Shape genericType, ImmutableArray<Shape> typeArguments)
        {
            string name = $"{genericType.Name}<{string.Join(", ", typeArguments.Select(a => a.Name))}>";
            return genericType.With(name, $"generic type {name}: nanoCLR cannot run generics", typeArguments.ToArray());
        }

        public Shape GetGenericTypeParameter(object? context, int index) => Shape.Plain("!" + index);

        public Shape GetGenericMethodParameter(object? context, int index) => Shape.Plain("!!" + index);

        public Shape GetFunctionPointerType(MethodSignature<Shape> signature) =>
            new("delegate*", ImmutableArray.Create("function pointer (not supported by nanoCLR)"));

        public Shape GetModifiedType(Shape modifier, Shape unmodifiedType, bool isRequired) => unmodifiedType;

        public Shape GetPinnedType(Shape elementType) => elementType;

        public MetadataReader Reader => md;
    }
}
