namespace NfK210.Flasher.Flashing;

/// <summary>What our stub's 0xDE reply says about the flash chip.</summary>
public sealed record FlashInfo(uint JedecId, long Capacity)
{
    public override string ToString() => $"JEDEC id {JedecId:x6}, {Capacity >> 20} MiB";
}
