namespace NfK210.Pe.Building;

/// <summary>
/// The project `nfk210 build` writes for a .cs file or folder (spec/nanoframework.md §4.3): netstandard2.0 against
/// nanoFramework.CoreLibrary's mscorlib only, plus our device libraries, in <see cref="StandaloneProject"/>'s envelope.
/// </summary>
public static class GeneratedProject
{
    /// <param name="sourceFolder">The app's folder; files are shown relative to it.</param>
    /// <param name="libraryAssemblies">Our device libraries (the compiler keeps a reference only to those the app uses).</param>
    public static string Text(string assemblyName, IEnumerable<string> sourceFiles, string sourceFolder,
        IEnumerable<string> libraryAssemblies)
    {
        string libraries = string.Concat(libraryAssemblies.Select(l => $"""
                <Reference Include="{StandaloneProject.Xml(Path.GetFileNameWithoutExtension(l))}">
                  <HintPath>{StandaloneProject.Xml(l)}</HintPath>
                  <Private>true</Private>
                </Reference>

            """));
        const string properties = """
                <DisableImplicitFrameworkReferences>true</DisableImplicitFrameworkReferences>
                <NoStdLib>true</NoStdLib>
                <NoCompilerStandardLib>true</NoCompilerStandardLib>
                <!-- the package's lib/ has no framework folder -->
                <NoWarn>$(NoWarn);NU1701</NoWarn>
            """;
        string items = StandaloneProject.CompileItems(sourceFiles, f => Path.GetRelativePath(sourceFolder, f)) + $"""


              <ItemGroup>
                <PackageReference Include="nanoFramework.CoreLibrary" Version="{NanoFrameworkPaths.CoreLibraryVersion}" ExcludeAssets="all" GeneratePathProperty="true" />
                <Reference Include="mscorlib">
                  <HintPath>$(PkgnanoFramework_CoreLibrary)/lib/mscorlib.dll</HintPath>
                  <Private>false</Private>
                </Reference>
            {libraries}  </ItemGroup>
            """;
        return StandaloneProject.Text("`nfk210 build`", assemblyName, "netstandard2.0", properties, items);
    }
}
