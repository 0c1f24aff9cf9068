using System.IO.Compression;
using System.Text;

namespace NfK210.Flasher.Tests;

/// <summary>Builds .kfpkg archives for tests.</summary>
public static class Packages
{
    public static byte[] Build(string flashList, params (string Name, byte[] Bytes)[] files)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "flash-list.json", Encoding.UTF8.GetBytes(flashList));
            foreach ((string name, byte[] bytes) in files)
            {
                Add(zip, name, bytes);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Deterministic pseudo-random bytes (xorshift32).</summary>
    public static byte[] Noise(int length, uint seed)
    {
        var bytes = new byte[length];
        uint x = seed == 0 ? 1 : seed;
        for (int i = 0; i < length; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            bytes[i] = (byte)x;
        }

        return bytes;
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using Stream s = zip.CreateEntry(name).Open();
        s.Write(bytes);
    }
}
