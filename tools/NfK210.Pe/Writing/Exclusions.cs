namespace NfK210.Pe.Writing;

/// <summary>Types MetadataProcessor leaves out of the .pe and attributes it does not store.</summary>
internal sealed class Exclusions
{
    private static readonly string[] IgnoredAttributes =
    [
        "System.Reflection.AssemblyFileVersionAttribute", "System.Runtime.InteropServices.ComVisibleAttribute",
        "System.Runtime.InteropServices.GuidAttribute", "System.ParamArrayAttribute", "System.SerializableAttribute",
        "System.NonSerializedAttribute", "System.Runtime.InteropServices.StructLayoutAttribute",
        "System.Runtime.InteropServices.LayoutKind", "System.Runtime.InteropServices.OutAttribute",
        "System.Runtime.CompilerServices.ExtensionAttribute", "System.Runtime.CompilerServices.MethodImplAttribute",
        "System.Runtime.CompilerServices.NullableAttribute", "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.InternalsVisibleToAttribute", "System.Runtime.CompilerServices.IndexerNameAttribute",
        "System.Runtime.CompilerServices.MethodImplOptions", "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Reflection.FieldNoReflectionAttribute", "System.Diagnostics.DebuggableAttribute",
        "System.Diagnostics.DebuggerBrowsableAttribute", "System.Diagnostics.DebuggerBrowsableState",
        "System.Diagnostics.DebuggerHiddenAttribute", "System.Diagnostics.DebuggerNonUserCodeAttribute",
        "System.Diagnostics.DebuggerStepThroughAttribute", "System.Diagnostics.DebuggerDisplayAttribute",
        "System.AttributeUsageAttribute", "System.CLSCompliantAttribute", "System.FlagsAttribute", "System.ObsoleteAttribute",
        "System.Diagnostics.ConditionalAttribute", "System.ComponentModel.EditorBrowsableAttribute",
        "System.Reflection.DefaultMemberAttribute", "System.MTAThreadAttribute", "System.STAThreadAttribute",
    ];

    private readonly HashSet<string> _classNames = new(StringComparer.Ordinal)
    {
        "ThisAssembly",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.AccessedThroughPropertyAttribute",
    };

    private readonly HashSet<string> _ignoredAttributes = new(IgnoredAttributes, StringComparer.Ordinal);

    public Exclusions(AssemblyModel model)
    {
        foreach (string name in _classNames)
        {
            _ignoredAttributes.Add(name);
        }

        foreach (TypeModel type in model.Types)
        {
            if (type.CustomAttributes.Any(a => a.TypeFullName == "System.Runtime.CompilerServices.ExcludeTypeAttribute"))
            {
                _classNames.Add(type.FullName);
            }
        }
    }

    public bool IsExcluded(TypeModel type) =>
        _classNames.Contains(type.FullName) || _classNames.Contains(type.Name) ||
        (type.DeclaringType is { } declaring && _classNames.Contains(declaring.FullName));

    public bool IsExcludedClassName(string fullName) => _classNames.Contains(fullName);

    public bool IsIgnoredAttribute(AttributeModel attribute) =>
        _ignoredAttributes.Contains(attribute.TypeFullName) ||
        (attribute.DeclaringTypeFullName is { } declaring && _ignoredAttributes.Contains(declaring));

    /// <summary>Attributes whose constructor survives minimization (not ignored, not code-analysis).</summary>
    public bool IsIncludedAttribute(AttributeModel attribute) =>
        !_classNames.Contains(attribute.TypeFullName) && !_ignoredAttributes.Contains(attribute.TypeFullName) &&
        !attribute.TypeFullName.StartsWith("System.Diagnostics.CodeAnalysis", StringComparison.Ordinal);
}
