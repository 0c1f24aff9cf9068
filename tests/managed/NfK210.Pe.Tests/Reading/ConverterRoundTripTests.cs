using NfK210.Pe.Building;
using NfK210.Pe.Reading;

namespace NfK210.Pe.Tests.Reading;

/// <summary>Our converter's .pe files read back by the reader: they verify, and every method body refers to the same
/// members, types and strings as the .dll's IL it came from.</summary>
public sealed class ConverterRoundTripTests
{
    [CoreLibraryFact]
    public void CoreLibrary() => RoundTrip(NanoFrameworkPaths.CoreLibraryAssembly(NanoFrameworkPaths.CoreLibraryVersion));

    [CoreLibraryFact]
    public void DeviceLibrary()
    {
        string dll = NanoFrameworkPaths.LibraryAssembly(PeTestFiles.RepositoryRoot());
        if (!File.Exists(dll))
        {
            DotnetBuild.Build(NanoFrameworkPaths.LibraryProject(PeTestFiles.RepositoryRoot()), NanoFrameworkPaths.LibraryName);
        }

        RoundTrip(dll);
    }

    [CoreLibraryFact]
    public void DeviceTestAssembly()
    {
        string project = Path.Combine(PeTestFiles.RepositoryRoot(), "tests", "managed", "nanoFramework.Hardware.K210.Tests", "nf",
            "nanoFramework.Hardware.K210.Tests.nf.csproj");
        string dll = Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release", "netstandard2.0", "NFUnitTest.dll");
        if (!File.Exists(dll))
        {
            DotnetBuild.Build(project, "NFUnitTest");
        }

        RoundTrip(dll);
    }

    private static void RoundTrip(string dll)
    {
        PeFile pe = PeFile.Read(PeConverter.Convert(dll).Bytes);
        Assert.DoesNotContain(pe.Verify(), p => p.Severity == PeSeverity.Error);

        ILookup<string, List<string>> expected = DllMemberNames.Bodies(dll).ToLookup(b => b.Method, b => b.Tokens);
        List<(string Method, List<string> Tokens)> bodies = new PeMemberNames(pe).Bodies();
        Assert.True(bodies.Sum(b => b.Tokens.Count) > 100, "too few token references to compare");
        foreach ((string method, List<string> tokens) in bodies)
        {
            Assert.True(expected[method].Any(e => e.SequenceEqual(tokens)),
                $"{method}: .pe refers to [{string.Join(", ", tokens)}]; the .dll's bodies of that name refer to " +
                string.Join(" | ", expected[method].Select(e => "[" + string.Join(", ", e) + "]")));
        }
    }
}
