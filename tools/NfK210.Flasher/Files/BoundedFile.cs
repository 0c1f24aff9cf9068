namespace NfK210.Flasher.Files;

/// <summary>
/// Reads a whole file only when it is no larger than a limit: the size is checked before reading, and the read
/// itself stops one byte past the limit, so a device such as /dev/zero or a growing file cannot exhaust memory.
/// </summary>
public static class BoundedFile
{
    /// <summary>16 MiB: the K210 boards' SPI flash; no kmodel, firmware or package can be larger.</summary>
    public const int FlashBytes = 16 * 1024 * 1024;

    /// <param name="path">The file.</param>
    /// <param name="what">What the file is meant to be, for messages ("model file", "input").</param>
    /// <param name="maxBytes">The largest accepted size.</param>
    /// <exception cref="BoundedFileException">The message says what is true of the path.</exception>
    public static byte[] Read(string path, string what, int maxBytes)
    {
        FileStream stream = Open(path, what);
        using (stream)
        {
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                throw new BoundedFileException(
                    $"{what} '{path}' is {stream.Length} bytes, more than the {Limit(maxBytes)} accepted");
            }

            return ReadAtMost(stream, path, what, maxBytes);
        }
    }

    /// <summary>Opens for reading with the same checks and messages as <see cref="Read"/>.</summary>
    public static FileStream Open(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new BoundedFileException($"{what}: the path is empty");
        }

        if (Directory.Exists(path))
        {
            throw new BoundedFileException($"{what} '{path}' is a directory");
        }

        if (!File.Exists(path))
        {
            throw new BoundedFileException($"{what} '{path}' does not exist");
        }

        try
        {
            return new FileInfo(path).Length > 0 ? OpenForReading(path) : OpenUnsized(path, what);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new BoundedFileException($"{what} '{path}': permission denied", e);
        }
        catch (IOException e)
        {
            throw new BoundedFileException($"cannot read {what} '{path}': {e.Message}", e);
        }
    }

    /// <summary>How long opening a file that reports no size (a device, a named pipe) may take.</summary>
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(2);

    private static FileStream OpenForReading(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);

    /// <summary>
    /// An empty file, a device or a named pipe: opening a pipe blocks until someone writes to it, so the open runs
    /// aside and gives up after <see cref="OpenTimeout"/> (the blocked thread ends with the process).
    /// </summary>
    private static FileStream OpenUnsized(string path, string what)
    {
        Task<FileStream> opening = Task.Run(() => OpenForReading(path));
        // (waits without throwing; GetResult below rethrows the open's own exception, e.g. permission denied)
        if (!((IAsyncResult)opening).AsyncWaitHandle.WaitOne(OpenTimeout))
        {
            throw new BoundedFileException(
                $"{what} '{path}' is not a regular file and nothing answered when it was opened (a named pipe without a writer?)");
        }

        return opening.GetAwaiter().GetResult();
    }

    private static byte[] ReadAtMost(FileStream stream, string path, string what, int maxBytes)
    {
        var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        try
        {
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    // Reached only when the size said less: a device (/dev/zero), a pipe or a growing file.
                    throw new BoundedFileException(stream.CanSeek && stream.Length > 0
                        ? $"{what} '{path}' grew beyond {Limit(maxBytes)} while being read"
                        : $"{what} '{path}' is not a regular file and gives more than the {Limit(maxBytes)} accepted");
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (IOException e)
        {
            throw new BoundedFileException($"cannot read {what} '{path}': {e.Message}", e);
        }

        return buffer.ToArray();
    }

    private static string Limit(int bytes) => $"{bytes} bytes ({Mib(bytes)})";

    private static string Mib(int bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";
}
