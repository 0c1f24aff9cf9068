namespace NfK210.Flasher.Transport;

/// <summary>
/// Checks a serial port path before it is opened, so that the error says what is true: a missing path "does not
/// exist", a directory "is a directory", a regular file "is not a serial device" (opening those fails with
/// messages that read like a permission problem).
/// </summary>
public static class PortPath
{
    /// <exception cref="FlashException">Kind <see cref="FlashErrorKind.NoPort"/>, naming the port.</exception>
    public static void Check(string portName)
    {
        if (string.IsNullOrWhiteSpace(portName))
        {
            throw new FlashException(FlashErrorKind.NoPort, "the serial port name is empty");
        }

        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // COM names are not paths.
        }

        if (Directory.Exists(portName))
        {
            throw new FlashException(FlashErrorKind.NoPort, $"serial port {portName} is a directory, not a serial device");
        }

        if (!File.Exists(portName))
        {
            throw new FlashException(FlashErrorKind.NoPort, $"serial port {portName} does not exist; {PortList.Describe()}");
        }

        var file = new FileInfo(portName);
        string target = file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
        // Devices live under /dev and report no length; a regular file elsewhere or with content is not a port.
        if (!target.StartsWith("/dev/", StringComparison.Ordinal) || new FileInfo(target).Length > 0)
        {
            throw new FlashException(FlashErrorKind.NoPort,
                $"{portName} is not a serial device (it is a regular file); give the board's port, e.g. /dev/ttyUSB0");
        }
    }
}
