namespace NfK210.Cli.Tests;

/// <summary>A fact that needs both libnfk210 and ../shared.</summary>
public sealed class NativeSharedFactAttribute : FactAttribute
{
    public NativeSharedFactAttribute() => Skip = Requirements.Missing(native: true, shared: true);
}
