namespace NfK210.Cli.Tests;

/// <summary>A fact that reads ../shared (models, vectors): skipped, with the reason, when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (TestPaths.SharedDirectory is null)
        {
            Skip = Requirements.SharedMissing;
        }
    }
}
