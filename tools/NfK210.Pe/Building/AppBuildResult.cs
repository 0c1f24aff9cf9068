namespace NfK210.Pe.Building;

/// <summary>The outcome of `nfk210 build`: the .pe files in load order and the deployment image.</summary>
public sealed record AppBuildResult(string AppName, IReadOnlyList<BuiltAssembly> Assemblies, string ImagePath, int ImageSize);
