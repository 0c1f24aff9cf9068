namespace NfK210.Cli.Tests;

/// <summary>A fact that reads ../shared (models, vectors): skipped, with the reason, when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute() => Skip = Requirements.Missing(native: false, shared: true);
}
