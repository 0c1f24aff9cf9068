using NfK210.Pe.Reading;

namespace NfK210.Pe.Building;

/// <summary>
/// The deployment image (&lt;App&gt;.bin): the .pe files in load order, each followed by zeros up to a multiple of 4
/// bytes. That is how nanoCLR walks its deployment area (next header at the previous one's end rounded up to 4) and how
/// nanoFramework's tools write it (every assembly word-aligned; the wire-protocol deploy adds an 8-byte zero terminator
/// after the last one itself).
/// </summary>
public static class DeploymentImage
{
    public static byte[] Build(IEnumerable<byte[]> peFilesInLoadOrder)
    {
        using var image = new MemoryStream();
        foreach (byte[] pe in peFilesInLoadOrder)
        {
            image.Write(pe);
            image.Write(new byte[Padding(pe.Length)]);
        }

        return image.ToArray();
    }

    /// <summary>Splits an image back into its assemblies (offset and parsed .pe), the way nanoCLR walks it.</summary>
    public static IReadOnlyList<(int Offset, PeFile Pe)> Split(byte[] image)
    {
        var assemblies = new List<(int, PeFile)>();
        int offset = 0;
        while (offset < image.Length)
        {
            // Read once to learn the assembly's size, then exactly its bytes (the rest of the image is not trailing junk).
            int size = (int)PeFile.Read(image.AsSpan(offset)).Header.TotalSize;
            assemblies.Add((offset, PeFile.Read(image.AsSpan(offset, size))));
            offset += size + Padding(size);
        }

        return assemblies;
    }

    public static int Padding(int length) => (4 - (length % 4)) % 4;
}
