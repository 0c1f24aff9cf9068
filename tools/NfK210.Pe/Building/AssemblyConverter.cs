namespace NfK210.Pe.Building;

/// <summary>Turns one .NET assembly (path) into a .pe; the app build takes it as a parameter so tests can substitute
/// one. The default is <see cref="MetadataConverter.Convert"/>.</summary>
public delegate ConvertedAssembly AssemblyConverter(string assemblyPath);
