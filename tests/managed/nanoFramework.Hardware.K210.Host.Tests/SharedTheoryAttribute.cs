namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>A theory that reads ../shared: skipped, with the reason, when it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (Paths.Shared is null)
        {
            Skip = "needs the shared models folder ../shared beside the repository, which is absent";
        }
    }
}
