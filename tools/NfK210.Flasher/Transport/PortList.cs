using System.Globalization;

namespace NfK210.Flasher.Transport;

/// <summary>Serial ports of this machine, with their USB identity read from sysfs (Linux).</summary>
public static class PortList
{
    /// <summary>USB serial ports found under <paramref name="sysRoot"/> (default /sys) with device nodes in /dev.</summary>
    public static IReadOnlyList<PortInfo> UsbPorts(string sysRoot = "/sys", string devRoot = "/dev")
    {
        string classDir = Path.Combine(sysRoot, "class", "tty");
        if (!Directory.Exists(classDir))
        {
            return [];
        }

        var ports = new List<PortInfo>();
        foreach (string entry in Directory.EnumerateFileSystemEntries(classDir).Order(StringComparer.Ordinal))
        {
            string device = Path.Combine(entry, "device");
            if (!Directory.Exists(device))
            {
                continue;
            }

            string resolved = Resolve(device);
            int? iface = null;
            string? usb = null;
            for (string? dir = resolved; dir is not null && dir.Length > sysRoot.Length; dir = Path.GetDirectoryName(dir))
            {
                iface ??= ReadHex(Path.Combine(dir, "bInterfaceNumber"));
                if (File.Exists(Path.Combine(dir, "idVendor")))
                {
                    usb = dir;
                    break;
                }
            }

            if (usb is null)
            {
                continue;
            }

            ports.Add(new PortInfo(Path.Combine(devRoot, Path.GetFileName(entry)), ReadHex(Path.Combine(usb, "idVendor")),
                ReadHex(Path.Combine(usb, "idProduct")), iface, usb));
        }

        return ports;
    }

    /// <summary>"serial ports found: …" or "no USB serial port was found …".</summary>
    public static string Describe(string sysRoot = "/sys", string devRoot = "/dev")
    {
        IReadOnlyList<PortInfo> ports = UsbPorts(sysRoot, devRoot);
        return ports.Count == 0
            ? "no USB serial port was found (is the board plugged in? `dmesg | tail` shows the bridge when it is)"
            : "serial ports found: " + string.Join(", ", ports);
    }

    private static string Resolve(string path)
    {
        var info = new DirectoryInfo(path);
        FileSystemInfo? target = info.ResolveLinkTarget(returnFinalTarget: true);
        return Path.GetFullPath(target?.FullName ?? info.FullName);
    }

    private static int? ReadHex(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return int.TryParse(File.ReadAllText(file).Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v)
            ? v
            : null;
    }
}
