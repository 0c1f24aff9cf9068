namespace NfK210.Flasher.Transport;

/// <summary>A serial port and, for USB bridges, who made it and which interface of the bridge it is.</summary>
public sealed record PortInfo(string Path, int? VendorId, int? ProductId, int? InterfaceNumber, string UsbDevice)
{
    public bool IsUsb => VendorId is not null;

    public string Bridge => VendorId switch
    {
        0x1A86 => "WCH CH340",
        0x0403 => "FTDI",
        0x067B => "Prolific",
        0x10C4 => "SiLabs CP210x",
        0xC251 => "CMSIS-DAP",
        null => "not USB",
        _ => "USB serial",
    };

    public override string ToString() => VendorId is null
        ? Path
        : $"{Path} ({Bridge} {VendorId:x4}:{ProductId:x4}{(InterfaceNumber is int i ? $", interface {i}" : string.Empty)})";
}
