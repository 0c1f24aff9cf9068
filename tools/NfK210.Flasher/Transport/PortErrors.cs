namespace NfK210.Flasher.Transport;

/// <summary>Turns a failure to open a serial port into a message that says what to do.</summary>
public static class PortErrors
{
    public static FlashException Describe(string portName, Exception e)
    {
        if (!File.Exists(portName) && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return new FlashException(FlashErrorKind.NoPort,
                $"serial port {portName} does not exist; {PortList.Describe()}", e);
        }

        if (e is UnauthorizedAccessException || e.Message.Contains("denied", StringComparison.OrdinalIgnoreCase))
        {
            return new FlashException(FlashErrorKind.PermissionDenied,
                $"permission denied opening {portName}: add your user to the 'dialout' group " +
                "(sudo usermod -aG dialout $USER, then log out and in again) or fix the device's permissions", e);
        }

        if (e.Message.Contains("busy", StringComparison.OrdinalIgnoreCase) ||
            e.Message.Contains("in use", StringComparison.OrdinalIgnoreCase))
        {
            return new FlashException(FlashErrorKind.NoPort,
                $"serial port {portName} is in use by another program (a serial terminal?): close it first", e);
        }

        return new FlashException(FlashErrorKind.NoPort, $"cannot open serial port {portName}: {e.Message}", e);
    }
}
