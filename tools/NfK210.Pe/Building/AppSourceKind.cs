namespace NfK210.Pe.Building;

/// <summary>What `nfk210 build APP` was given.</summary>
public enum AppSourceKind
{
    /// <summary>One .cs file: compiled alone in a generated project.</summary>
    SourceFile,

    /// <summary>A folder of .cs files (its bin/ and obj/ left out): compiled in a generated project.</summary>
    SourceFolder,

    /// <summary>A .csproj: built as it is.</summary>
    Project,
}
