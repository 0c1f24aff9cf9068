namespace NfK210.Pe;

/// <summary>One type's slice of the native lookup table (every type of the .pe, in type-table order): its methods in
/// .pe MethodDef order.</summary>
public sealed class NativeClass
{
    public required string FullName { get; init; }

    /// <summary>The stub class name, e.g. nanoFramework_Hardware_K210_Kpu (namespace and nesting joined by '_').</summary>
    public required string StubName { get; init; }

    public required IReadOnlyList<NativeMethod> Methods { get; init; }

    /// <summary>False for interfaces, enums and delegates: their entries are always NULL and they get no struct.</summary>
    public required bool IncludeInStub { get; init; }

    /// <summary>Instance fields by the index nanoCLR uses (from 1, base class fields first) and static fields by
    /// their position in the class (from 0).</summary>
    public required IReadOnlyList<(string Name, int Index)> InstanceFields { get; init; }

    public required IReadOnlyList<(string Name, int Index)> StaticFields { get; init; }
}
