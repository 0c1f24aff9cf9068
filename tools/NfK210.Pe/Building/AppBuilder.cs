using NfK210.Pe.Reading;

namespace NfK210.Pe.Building;

/// <summary>
/// `nfk210 build APP`: compiles the app as a nanoFramework app (a generated project for .cs files, the user's
/// project as it is), converts it and every assembly it needs to .pe, checks each .pe with the reader and each native
/// checksum against the firmware's list, and writes DIR/&lt;name&gt;.pe and DIR/&lt;App&gt;.bin.
/// </summary>
public static class AppBuilder
{
    public static AppBuildResult Build(AppBuildOptions options, TextWriter log)
    {
        AppSource source = AppSource.Resolve(options.App);
        string appAssembly = Compile(source, options.RepositoryRoot, log);
        IReadOnlyList<ResolvedAssembly> closure = ReferenceClosure.Resolve(appAssembly, options.AlsoLoaded);
        NativeAssemblyTable natives = NativeAssemblyTable.Load(
            options.NativeAssemblyList ?? NanoFrameworkPaths.NativeAssemblyList(options.RepositoryRoot));

        var converted = new List<(ResolvedAssembly Assembly, ConvertedAssembly Pe, PeFile Parsed)>();
        var problems = new List<string>();
        foreach (ResolvedAssembly assembly in closure)
        {
            ConvertedAssembly pe = Convert(options.Converter, assembly, log);
            PeFile parsed = Check(assembly, pe);
            converted.Add((assembly, pe, parsed));
            if (natives.Problem(assembly.Name, parsed.Header.NativeMethodsChecksum) is string problem)
            {
                problems.Add(problem);
            }
        }

        if (problems.Count > 0)
        {
            throw new AppBuildException(string.Join(Environment.NewLine, problems));
        }

        return Write(options.OutputDirectory, closure[^1].Name, converted.Select(c => (c.Assembly.Name, c.Pe.Pe, c.Parsed)).ToList());
    }

    /// <summary>Converts one assembly. For nanoFramework.CoreLibrary's mscorlib the package's own mscorlib.pe (made by
    /// nanoFramework's MetadataProcessor) stands in if our converter fails, and the log says so.</summary>
    private static ConvertedAssembly Convert(AssemblyConverter converter, ResolvedAssembly assembly, TextWriter log)
    {
        try
        {
            return converter(assembly.Path);
        }
        catch (AppBuildException e) when (assembly.Name == "mscorlib" && File.Exists(Path.ChangeExtension(assembly.Path, ".pe")))
        {
            string packagePe = Path.ChangeExtension(assembly.Path, ".pe");
            log.WriteLine($"note: {e.Message}; using the package's {packagePe}");
            return new ConvertedAssembly(assembly.Name, File.ReadAllBytes(packagePe));
        }
    }

    /// <summary>Compiles the app and returns its assembly.</summary>
    private static string Compile(AppSource source, string repositoryRoot, TextWriter log)
    {
        if (source.Kind == AppSourceKind.Project)
        {
            log.WriteLine($"building {Path.GetFileName(source.Path)}");
            DotnetBuild.Build(source.Path, Path.GetFileName(source.Path));
            return DotnetBuild.Property(source.Path, "TargetPath");
        }

        var libraries = NanoFrameworkPaths.DeviceLibraries.Select(name => EnsureLibrary(repositoryRoot, name, log)).ToList();
        string work = Path.Combine(source.Folder, "obj", "nfk210", source.Name);
        Directory.CreateDirectory(work);
        IReadOnlyList<string> files = source.Kind == AppSourceKind.SourceFile
            ? [source.Path]
            : AppSource.SourceFolderFiles(source.Path);
        string project = Path.Combine(work, source.Name + ".csproj");
        File.WriteAllText(project, GeneratedProject.Text(source.Name, files, source.Folder, libraries));
        log.WriteLine($"compiling {files.Count} source file(s) as {source.Name}");
        DotnetBuild.Build(project, source.Name);
        return Path.Combine(work, "bin", source.Name + ".dll");
    }

    /// <summary>The device build of one of our libraries, built first when it is missing or older than its sources.</summary>
    private static string EnsureLibrary(string repositoryRoot, string name, TextWriter log)
    {
        string dll = NanoFrameworkPaths.LibraryAssembly(repositoryRoot, name);
        string project = NanoFrameworkPaths.LibraryProject(repositoryRoot, name);
        if (!File.Exists(project))
        {
            throw new AppBuildException($"the device library project '{project}' is missing; is '{repositoryRoot}' the nf-k210 tree?");
        }

        DateTime newestSource = AppSource.SourceFolderFiles(Path.GetDirectoryName(project)!)
            .Append(project)
            .Max(File.GetLastWriteTimeUtc);
        if (!File.Exists(dll) || File.GetLastWriteTimeUtc(dll) < newestSource)
        {
            log.WriteLine($"building {name} (device build)");
            DotnetBuild.Build(project, name);
        }

        return dll;
    }

    /// <summary>Reads the converter's output back with our reader and refuses a .pe that does not verify.</summary>
    private static PeFile Check(ResolvedAssembly assembly, ConvertedAssembly pe)
    {
        PeFile parsed;
        try
        {
            parsed = PeFile.Read(pe.Pe);
        }
        catch (PeFormatException e)
        {
            throw new AppBuildException($"{assembly.Name}: the converted .pe cannot be read back: {e.Message}", e);
        }

        List<PeProblem> errors = parsed.Verify().Where(p => p.Severity == PeSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new AppBuildException(
                $"{assembly.Name}: the converted .pe does not verify:{Environment.NewLine}" +
                string.Join(Environment.NewLine, errors.Take(20)));
        }

        return parsed;
    }

    private static AppBuildResult Write(string outputDirectory, string appName,
        IReadOnlyList<(string Name, byte[] Pe, PeFile Parsed)> assemblies)
    {
        Directory.CreateDirectory(outputDirectory);
        var built = new List<BuiltAssembly>();
        foreach ((string name, byte[] pe, PeFile parsed) in assemblies)
        {
            string path = Path.Combine(outputDirectory, name + ".pe");
            File.WriteAllBytes(path, pe);
            built.Add(new BuiltAssembly(name, parsed.Header.Version, path, pe.Length, parsed.Header.NativeMethodsChecksum));
        }

        byte[] image = DeploymentImage.Build(assemblies.Select(a => a.Pe));
        string imagePath = Path.Combine(outputDirectory, appName + ".bin");
        File.WriteAllBytes(imagePath, image);
        return new AppBuildResult(appName, built, imagePath, image.Length);
    }
}
