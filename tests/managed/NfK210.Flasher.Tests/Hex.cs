namespace NfK210.Flasher.Tests;

/// <summary>"c0 c3 00 …" to bytes and back.</summary>
public static class Hex
{
    public static byte[] Parse(string text) => Convert.FromHexString(text.Replace(" ", string.Empty));

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
