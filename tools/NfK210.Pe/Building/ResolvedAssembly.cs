namespace NfK210.Pe.Building;

/// <summary>An assembly of the app's closure: name, version, file and the names of the assemblies it references.</summary>
public sealed record ResolvedAssembly(string Name, Version Version, string Path, IReadOnlyList<string> References);
