using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>A fact that needs both libnfk210 and ../shared.</summary>
public sealed class NativeSharedFactAttribute : FactAttribute
{
    public NativeSharedFactAttribute()
    {
        if (NativeLibraryLocator.Find() is null)
        {
            Skip = Requirements.NativeMissing;
        }
        else if (TestPaths.SharedDirectory is null)
        {
            Skip = Requirements.SharedMissing;
        }
    }
}
