namespace NfK210.Pe.Writing;

/// <summary>A type as it appears in an ECMA-335 signature, with Mono.Cecil-style full names (MetadataProcessor keys
/// its tables and sorts by those names).</summary>
internal abstract record SigType
{
    public abstract string FullName { get; }

    /// <summary>The innermost element type (arrays, by-refs, pointers, modifiers and generic instances peeled off).</summary>
    public virtual SigType ElementType => this;
}
