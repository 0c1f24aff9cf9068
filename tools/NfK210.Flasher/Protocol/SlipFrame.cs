namespace NfK210.Flasher.Protocol;

/// <summary>One received SLIP frame: its decoded bytes, or the reason it is unusable.</summary>
public sealed record SlipFrame(byte[] Payload, string? Error)
{
    public bool IsValid => Error is null;
}
