using NfK210.Flasher.Images;

namespace NfK210.Flasher.Tests;

/// <summary>
/// A fuzzer without SharpFuzz: valid .kfpkg and ELF files mutated at random with a fixed seed (bit flips, byte
/// sets, boundary values, truncation, insertion, chunk copies). Every mutant must be read or refused with a
/// <see cref="FlashException"/>; any other exception is a defect of the reader. NFK210_MUTATIONS raises the count
/// for a long run (the default keeps CI to seconds).
/// </summary>
public sealed class ReaderMutationTests
{
    private const int DefaultIterations = 20_000;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("NFK210_MUTATIONS"), out int n) && n > 0 ? n : DefaultIterations;

    private static readonly byte[] Kfpkg = Packages.Build(
        "{\"version\": \"0.1.0\", \"files\": [{\"address\": 0, \"bin\": \"f.bin\", \"sha256Prefix\": true}, " +
        "{\"address\": 0x300000, \"bin\": \"m.kmodel\", \"sha256Prefix\": false}]}",
        ("f.bin", Packages.Noise(3_000, 31)), ("m.kmodel", new byte[2_000]));

    private static readonly byte[] Elf = Elf64Builder.Build(0x80000000,
        (0x80000000, Packages.Noise(700, 32), 800), (0x80001000, Packages.Noise(300, 33), 300));

    [Fact]
    public void MutatedKfpkg_IsReadOrRefusedWithAFlashException()
    {
        AssertOnlyFlashExceptions(Kfpkg, seed: 0x6B66706B, bytes => KfpkgPackage.Read(new MemoryStream(bytes), "m.kfpkg"));
    }

    [Fact]
    public void MutatedElf_IsParsedAndFlattenedOrRefusedWithAFlashException()
    {
        AssertOnlyFlashExceptions(Elf, seed: 0x454C4621, bytes =>
        {
            ElfFile elf = ElfFile.Parse(bytes, "m.elf");
            elf.Flatten(out _, "m.elf");
        });
    }

    [Fact]
    public void MutatedFilesThroughTheInputLoader_AreReadOrRefusedWithAFlashException()
    {
        using var files = new TempFiles();
        var random = new Random(0x4C4F4144);
        int iterations = Math.Max(1, Iterations / 20);
        for (int i = 0; i < iterations; i++)
        {
            byte[] source = (i & 1) == 0 ? Kfpkg : Elf;
            byte[] mutant = Mutate(source, random);
            string path = files.Write((i & 1) == 0 ? "x.kfpkg" : "x.elf", mutant);
            bool sram = i % 4 == 3;
            try
            {
                InputLoader.Load(path, null, sram);
            }
            catch (FlashException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i}: {e.GetType().Name}: {e.Message} on {Convert.ToBase64String(mutant)}");
            }
        }
    }

    private static void AssertOnlyFlashExceptions(byte[] valid, int seed, Action<byte[]> read)
    {
        read(valid); // the unmutated file is good
        var random = new Random(seed);
        int refused = 0;
        for (int i = 0; i < Iterations; i++)
        {
            byte[] mutant = Mutate(valid, random);
            try
            {
                read(mutant);
            }
            catch (FlashException)
            {
                refused++;
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}\n" +
                            $"input (base64): {Convert.ToBase64String(mutant)}");
            }
        }

        Assert.True(refused > 0, "no mutant was refused: the mutations do not reach the checks");
    }

    private static readonly ulong[] Boundaries =
        [0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, ulong.MaxValue, 1UL << 40];

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        int edits = 1 + random.Next(4);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    ulong value = Boundaries[random.Next(Boundaries.Length)];
                    int width = random.Next(2) == 0 ? 4 : 8;
                    for (int k = 0; k < width && at + k < bytes.Count; k++)
                    {
                        bytes[at + k] = (byte)(value >> (8 * k));
                    }

                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at); // truncate
                    break;
                case 4:
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(16)).Select(_ => (byte)random.Next(256)));
                    break;
                case 5:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64)));
                    break;
                default:
                    int from = random.Next(bytes.Count);
                    int length = Math.Min(1 + random.Next(32), Math.Min(bytes.Count - from, bytes.Count - at));
                    byte[] chunk = bytes.GetRange(from, length).ToArray();
                    for (int k = 0; k < length; k++)
                    {
                        bytes[at + k] = chunk[k];
                    }

                    break;
            }
        }

        return [.. bytes];
    }
}
