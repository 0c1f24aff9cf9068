using System.Text;

namespace NfK210.Flasher.Protocol;

/// <summary>A reply packet (spec §6): op, reason, and for 0xD1 text or for our extensions data.</summary>
public sealed record IspReply(byte Op, byte Reason, byte[] Payload)
{
    public bool IsOk => Reason == (byte)IspReason.Ok;

    public bool IsDebugText => Op == (byte)IspOpcode.DebugInfo;

    /// <summary>The 0xD1 text (ASCII), or empty.</summary>
    public string Text => IsDebugText ? Encoding.ASCII.GetString(Payload).TrimEnd('\0', '\r', '\n') : string.Empty;

    public static IspReply Status(IspOpcode op, IspReason reason) => new((byte)op, (byte)reason, []);

    /// <summary>Null for a frame shorter than two bytes.</summary>
    public static IspReply? Decode(ReadOnlySpan<byte> frame) =>
        frame.Length < 2 ? null : new IspReply(frame[0], frame[1], frame[2..].ToArray());

    public byte[] Encode() => [Op, Reason, .. Payload];

    public override string ToString() =>
        IsDebugText ? $"debug text \"{Text}\"" : $"{IspNames.Opcode(Op)}, {IspNames.Reason(Reason)}";
}
