namespace NfK210.Cli.Tests;

/// <summary>A theory that needs libnfk210: skipped, with the reason, when the CLI would not find it.</summary>
public sealed class NativeTheoryAttribute : TheoryAttribute
{
    public NativeTheoryAttribute() => Skip = Requirements.Missing(native: true, shared: false);
}
