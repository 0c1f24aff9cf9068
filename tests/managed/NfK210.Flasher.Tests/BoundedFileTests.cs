using System.Diagnostics;
using NfK210.Flasher.Files;

namespace NfK210.Flasher.Tests;

/// <summary>Whole-file reads are bounded, and a path that is not a regular file never blocks or floods the reader.</summary>
public sealed class BoundedFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nfk210-bounded-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void NamedPipeWithoutWriter_IsRefusedInsteadOfBlocking()
    {
        string fifo = Path.Combine(_dir, "model.kmodel");
        using (Process mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<BoundedFileException>(() => BoundedFile.Read(fifo, "model file", BoundedFile.FlashBytes));

        Assert.Contains($"model file '{fifo}' is not a regular file and nothing answered", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void EmptyRegularFile_ReadsAsNoBytes()
    {
        string empty = Path.Combine(_dir, "empty.bin");
        File.WriteAllBytes(empty, []);

        Assert.Empty(BoundedFile.Read(empty, "input", 16));
    }

    [Fact]
    public void DeviceGivingEndlessBytes_StopsOnePastTheLimit()
    {
        var e = Assert.Throws<BoundedFileException>(() => BoundedFile.Read("/dev/zero", "model file", 1024));

        Assert.Contains("is not a regular file and gives more than the 1024 bytes (1 KiB) accepted", e.Message);
    }

    [Fact]
    public void FileLargerThanTheLimit_IsRefusedBeforeReading()
    {
        string big = Path.Combine(_dir, "big.bin");
        File.WriteAllBytes(big, new byte[2048]);

        var e = Assert.Throws<BoundedFileException>(() => BoundedFile.Read(big, "input", 1024));

        Assert.Contains($"input '{big}' is 2048 bytes, more than the 1024 bytes (1 KiB) accepted", e.Message);
    }
}
