using System.ComponentModel;
using System.Runtime.InteropServices;

namespace NfK210.Flasher.Tests.Simulator;

/// <summary>
/// A pseudo-terminal pair opened in-process (/dev/ptmx, grantpt, unlockpt, ptsname): the flasher opens
/// <see cref="SlavePath"/> as a serial port; the simulator reads and writes the master. The master also reports the
/// line rate the flasher set on its side (TCGETS2 on a pty master answers for the slave).
/// </summary>
public sealed partial class PseudoTerminal : IDisposable
{
    private const int ORdwr = 2;
    private const int ONoctty = 0x100;
    private const short PollIn = 1;
    private const uint Tcgets2 = 0x802C542A;
    private const int Termios2Size = 44;
    private const int OspeedOffset = 40;
    private const int EIntr = 4;
    private const int EAgain = 11;

    private readonly int _master;
    private readonly int _slaveKeepAlive;
    private bool _disposed;

    public PseudoTerminal()
    {
        _master = posix_openpt(ORdwr | ONoctty);
        if (_master < 0 || grantpt(_master) != 0 || unlockpt(_master) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), "cannot create a pseudo-terminal");
        }

        SlavePath = Marshal.PtrToStringAnsi(ptsname(_master)) ?? throw new InvalidOperationException("ptsname failed");
        // Held open so the master never sees a hang-up between the flasher's opens, and set raw (no echo).
        _slaveKeepAlive = open(SlavePath, ORdwr | ONoctty);
        if (_slaveKeepAlive < 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"cannot open {SlavePath}");
        }

        var termios = new byte[60];
        if (tcgetattr(_slaveKeepAlive, termios) == 0)
        {
            cfmakeraw(termios);
            tcsetattr(_slaveKeepAlive, 0, termios);
        }
    }

    public string SlavePath { get; }

    /// <summary>The output speed the slave's user set (baud), or 0 when unknown.</summary>
    public int SlaveBaud
    {
        get
        {
            var termios2 = new byte[Termios2Size];
            return ioctl(_master, Tcgets2, termios2) == 0 ? BitConverter.ToInt32(termios2, OspeedOffset) : 0;
        }
    }

    /// <summary>Bytes the flasher wrote, waiting at most <paramref name="timeoutMs"/>; empty on timeout.</summary>
    public int Read(byte[] buffer, int timeoutMs)
    {
        var fds = new PollFd { Fd = _master, Events = PollIn };
        int ready = poll(ref fds, 1, timeoutMs);
        if (ready <= 0 || (fds.Revents & PollIn) == 0)
        {
            if (ready > 0)
            {
                Thread.Sleep(1); // hang-up or error without data
            }

            return 0;
        }

        nint n = read(_master, buffer, buffer.Length);
        return n > 0 ? (int)n : 0;
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        byte[] bytes = data.ToArray();
        int offset = 0;
        while (offset < bytes.Length)
        {
            nint n = write(_master, bytes.AsSpan(offset).ToArray(), bytes.Length - offset);
            if (n < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno is EIntr or EAgain)
                {
                    Thread.Sleep(1);
                    continue;
                }

                return; // the flasher is gone
            }

            offset += (int)n;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        close(_slaveKeepAlive);
        close(_master);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int posix_openpt(int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int grantpt(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int unlockpt(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint ptsname(int fd);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint read(int fd, [Out] byte[] buffer, nint count);

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint write(int fd, byte[] buffer, nint count);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int poll(ref PollFd fds, nuint count, int timeout);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int ioctl(int fd, nuint request, [Out] byte[] arg);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int tcgetattr(int fd, [Out] byte[] termios);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int tcsetattr(int fd, int when, byte[] termios);

    [LibraryImport("libc")]
    private static partial void cfmakeraw([In, Out] byte[] termios);
}
