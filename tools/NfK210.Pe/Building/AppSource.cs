namespace NfK210.Pe.Building;

/// <summary>The app to build: its kind, full path, name (the assembly name for generated projects) and the folder that
/// holds it (where obj/nfk210/ goes).</summary>
public sealed record AppSource(AppSourceKind Kind, string Path, string Name, string Folder)
{
    public static AppSource Resolve(string app)
    {
        string full = System.IO.Path.GetFullPath(app);
        if (Directory.Exists(full))
        {
            string folder = System.IO.Path.TrimEndingDirectorySeparator(full);
            string[] projects = Directory.GetFiles(folder, "*.csproj");
            if (projects.Length > 1)
            {
                throw new AppBuildException($"'{app}' holds {projects.Length} .csproj files; name the one to build");
            }

            if (projects.Length == 1)
            {
                return FromProject(projects[0]);
            }

            if (SourceFolderFiles(folder).Count == 0)
            {
                throw new AppBuildException($"'{app}' holds no .cs files");
            }

            return new AppSource(AppSourceKind.SourceFolder, folder, SafeName(System.IO.Path.GetFileName(folder)), folder);
        }

        if (!File.Exists(full))
        {
            throw new AppBuildException($"'{app}' not found (give a .cs file, a folder of .cs files or a .csproj)");
        }

        return System.IO.Path.GetExtension(full).ToLowerInvariant() switch
        {
            ".cs" => new AppSource(AppSourceKind.SourceFile, full, SafeName(SourceFileAppName(full)), System.IO.Path.GetDirectoryName(full)!),
            ".csproj" => FromProject(full),
            _ => throw new AppBuildException($"'{app}' is neither a .cs file, a folder nor a .csproj"),
        };
    }

    /// <summary>A single file's app is named after the file, except Program.cs, which takes its folder's name.</summary>
    private static string SourceFileAppName(string file)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(file);
        return name.Equals("Program", StringComparison.OrdinalIgnoreCase)
            ? System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file)!)
            : name;
    }

    /// <summary>The .cs files of a source folder, without build output (bin/, obj/).</summary>
    public static IReadOnlyList<string> SourceFolderFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsUnderBuildOutput(System.IO.Path.GetRelativePath(folder, f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private static bool IsUnderBuildOutput(string relative)
    {
        string first = relative.Split(System.IO.Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private static AppSource FromProject(string project) =>
        new(AppSourceKind.Project, System.IO.Path.GetFullPath(project),
            System.IO.Path.GetFileNameWithoutExtension(project), System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(project))!);

    /// <summary>An assembly name from a file or folder name: letters, digits, '.', '_' (others become '_').</summary>
    private static string SafeName(string name)
    {
        string safe = new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '_').ToArray());
        return safe.Length == 0 || char.IsAsciiDigit(safe[0]) ? "App" + safe : safe;
    }
}
