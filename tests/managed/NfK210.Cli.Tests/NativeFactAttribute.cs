namespace NfK210.Cli.Tests;

/// <summary>A fact that needs libnfk210: skipped, with the reason, when the CLI would not find it.</summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute() => Skip = Requirements.Missing(native: true, shared: false);
}
