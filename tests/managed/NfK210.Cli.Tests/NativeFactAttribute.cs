using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>A fact that needs libnfk210: skipped, with the reason, when the CLI would not find it.</summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (NativeLibraryLocator.Find() is null)
        {
            Skip = Requirements.NativeMissing;
        }
    }
}
