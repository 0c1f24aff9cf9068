namespace NfK210.Pe.NativeTables;

/// <summary>The generated native-table sources: a header and the lookup-table source file.</summary>
public sealed record NativeTableFiles(string HeaderFileName, string Header, string SourceFileName, string Source)
{
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, HeaderFileName), Header);
        File.WriteAllText(Path.Combine(directory, SourceFileName), Source);
    }
}
