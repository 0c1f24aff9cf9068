namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>A fact that reads ../shared: skipped, with the reason, when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (Paths.Shared is null)
        {
            Skip = "needs the shared models folder ../shared beside the repository, which is absent";
        }
    }
}
