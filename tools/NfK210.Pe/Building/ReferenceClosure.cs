using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NfK210.Pe.Building;

/// <summary>
/// The app and every assembly it needs, transitively, in load order (each after its references: mscorlib first, the
/// app last). A reference is looked up beside the assembly that names it, then (mscorlib) in the nanoFramework
/// .CoreLibrary package of the referenced version. nanoCLR binds a reference when major and minor versions match, so
/// that is checked here too.
/// </summary>
public static class ReferenceClosure
{
    /// <summary>Assemblies that mean "built against .NET, not nanoFramework's mscorlib".</summary>
    private static readonly string[] DesktopFrameworks = ["netstandard", "System.Runtime", "System.Private.CoreLib"];

    /// <param name="alsoLoaded">Assemblies the app loads by name at run time (a test launcher's NFUnitTest), which no
    /// reference names; they and their references come before the app.</param>
    public static IReadOnlyList<ResolvedAssembly> Resolve(string appAssembly, IReadOnlyList<string>? alsoLoaded = null)
    {
        var order = new List<ResolvedAssembly>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var done = new Dictionary<string, ResolvedAssembly>(StringComparer.Ordinal);
        foreach (string path in (alsoLoaded ?? []).Append(appAssembly))
        {
            ResolvedAssembly root = ReadAssembly(path);
            CheckBuiltForNanoFramework(root);
            Visit(root, null, order, visiting, done);
        }

        return order;
    }

    private static void Visit(ResolvedAssembly assembly, string? referencedBy, List<ResolvedAssembly> order,
        HashSet<string> visiting, Dictionary<string, ResolvedAssembly> done)
    {
        if (done.ContainsKey(assembly.Name))
        {
            return;
        }

        if (!visiting.Add(assembly.Name))
        {
            throw new AppBuildException($"{assembly.Name} and {referencedBy} reference each other; nanoCLR cannot load a cycle");
        }

        using (var pe = new PEReader(File.OpenRead(assembly.Path)))
        {
            MetadataReader md = pe.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in md.AssemblyReferences)
            {
                AssemblyReference reference = md.GetAssemblyReference(handle);
                string name = md.GetString(reference.Name);
                if (done.TryGetValue(name, out ResolvedAssembly? known))
                {
                    CheckVersion(assembly.Name, name, reference.Version, known.Version);
                    continue;
                }

                ResolvedAssembly found = ReadAssembly(Locate(name, reference.Version, assembly));
                CheckVersion(assembly.Name, name, reference.Version, found.Version);
                Visit(found, assembly.Name, order, visiting, done);
            }
        }

        visiting.Remove(assembly.Name);
        done[assembly.Name] = assembly;
        order.Add(assembly);
    }

    private static string Locate(string name, Version version, ResolvedAssembly referencedBy)
    {
        string beside = Path.Combine(Path.GetDirectoryName(referencedBy.Path)!, name + ".dll");
        if (File.Exists(beside))
        {
            return beside;
        }

        if (name == "mscorlib")
        {
            string package = NanoFrameworkPaths.CoreLibraryAssembly($"{version.Major}.{version.Minor}.{version.Build}");
            if (File.Exists(package))
            {
                return package;
            }

            throw new AppBuildException(
                $"{referencedBy.Name} references mscorlib {version}, but '{package}' is missing (restore nanoFramework.CoreLibrary {version.ToString(3)})");
        }

        throw new AppBuildException(
            $"{referencedBy.Name} references {name} {version}, which is not beside it ('{beside}' missing)");
    }

    private static void CheckVersion(string referencer, string name, Version wanted, Version found)
    {
        if (wanted.Major != found.Major || wanted.Minor != found.Minor)
        {
            throw new AppBuildException(
                $"{referencer} references {name} {wanted}, but the assembly found is {found}; nanoCLR needs the same major.minor");
        }
    }

    private static void CheckBuiltForNanoFramework(ResolvedAssembly app)
    {
        string? desktop = app.References.FirstOrDefault(r => DesktopFrameworks.Contains(r, StringComparer.Ordinal));
        if (desktop != null || !app.References.Contains("mscorlib"))
        {
            string found = desktop != null ? $"it references {desktop}" : "it does not reference mscorlib";
            throw new AppBuildException(
                $"{app.Name} is not built against nanoFramework's mscorlib ({found}). A nanoFramework project sets " +
                "DisableImplicitFrameworkReferences=true and references nanoFramework.CoreLibrary's lib/mscorlib.dll " +
                "(see `nfk210 build` on a .cs file for a generated example).");
        }
    }

    private static ResolvedAssembly ReadAssembly(string path)
    {
        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            if (!pe.HasMetadata)
            {
                throw new AppBuildException($"'{path}' is not a .NET assembly");
            }

            MetadataReader md = pe.GetMetadataReader();
            AssemblyDefinition definition = md.GetAssemblyDefinition();
            var references = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToList();
            return new ResolvedAssembly(md.GetString(definition.Name), definition.Version, Path.GetFullPath(path), references);
        }
        catch (BadImageFormatException e)
        {
            throw new AppBuildException($"'{path}' is not a .NET assembly: {e.Message}", e);
        }
    }
}
