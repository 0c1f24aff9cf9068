namespace NfK210.Cli.Demo;

/// <summary>KPU RAM layout of a feature map (spec/kpu.md §6).</summary>
public static class KpuMapLayout
{
    public const int LineBytes = 64;
    public const int TotalLines = 32768;

    /// <summary>Channels sharing one 64-byte line: 4 (W ≤ 16), 2 (W ≤ 32) or 1.</summary>
    public static int Groups(int width) => width <= 16 ? 4 : width <= 32 ? 2 : 1;

    /// <summary>Lines per row: 1 for W ≤ 32, else ceil(W/64).</summary>
    public static int RowLength(int width) => width <= 32 ? 1 : (width + LineBytes - 1) / LineBytes;

    /// <summary>Bytes between channel slots inside a line: 16, 32 or 64.</summary>
    public static int RowPitch(int width) => width <= 16 ? 16 : width <= 32 ? 32 : 64;

    /// <summary>Lines per channel block (channel_switch_addr): row_len × H.</summary>
    public static int ChannelStride(int width, int height) => RowLength(width) * height;

    /// <summary>Lines used by a C×H×W map: row_len × H × ceil(C / groups).</summary>
    public static int Lines(int channels, int height, int width) =>
        ChannelStride(width, height) * ((channels + Groups(width) - 1) / Groups(width));
}
