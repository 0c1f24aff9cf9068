namespace NfK210.Cli.WireProtocol;

/// <summary>
/// One entry of the FlashSectorMap reply (Flash_BlockRegionInfo, WireProtocol_MonitorCommands.h): 16 bytes.
/// The low byte of <see cref="Flags"/> is the usage; 0x50 marks the DEPLOYMENT range (nanoPAL_BlockStorage.h).
/// </summary>
public sealed record FlashSectorRange(uint StartAddress, uint NumBlocks, uint BytesPerBlock, uint Flags)
{
    public const int EncodedLength = 16;
    public const uint UsageMask = 0xFF;
    public const uint UsageDeployment = 0x50;

    public bool IsDeployment => (Flags & UsageMask) == UsageDeployment;

    public ulong Length => (ulong)NumBlocks * BytesPerBlock;
}
