namespace NfK210.Cli.WireProtocol;

/// <summary>
/// Where the device keeps deployed assemblies. <see cref="BlockSize"/> is the erase unit when the device's
/// FlashSectorMap gave it, 0 when only Deployment_Status was available.
/// </summary>
public sealed record DeploymentRegion(uint Start, uint Length, uint BlockSize, string Source)
{
    public override string ToString() =>
        $"0x{Start:X8}..0x{(ulong)Start + Length:X8} ({Length} bytes{(BlockSize != 0 ? $", {BlockSize}-byte blocks" : "")}, from {Source})";
}
