namespace NfK210.Flasher.Flashing;

/// <summary>The result of an extension request: its data, or that the stage-2 program does not know the opcode.</summary>
public sealed record ExtensionCall(byte[]? Data, bool Unsupported)
{
    public static ExtensionCall NotKnown { get; } = new(null, true);
}
