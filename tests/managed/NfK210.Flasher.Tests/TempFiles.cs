namespace NfK210.Flasher.Tests;

/// <summary>A fresh temporary folder for a test class, removed afterwards.</summary>
public sealed class TempFiles : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("nfk210-flash-").FullName;

    /// <summary>Writes <paramref name="bytes"/> to a file of that name in the folder; returns its path.</summary>
    public string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, true);
}
