using NfK210.Registers;

namespace NfK210.Cli.Demo;

/// <summary>KPU RAM layout of a feature map (spec/kpu.md §6): lines of <see cref="MemoryMap.KpuRamLineBytes"/>.</summary>
public static class KpuMapLayout
{
    /// <summary>Channels sharing one line: 4 (W ≤ line/4), 2 (W ≤ line/2) or 1.</summary>
    public static int Groups(int width) =>
        width <= MemoryMap.KpuRamLineBytes / 4 ? 4 : width <= MemoryMap.KpuRamLineBytes / 2 ? 2 : 1;

    /// <summary>Lines per row: 1 for W ≤ line/2, else ceil(W / line).</summary>
    public static int RowLength(int width) => width <= MemoryMap.KpuRamLineBytes / 2
        ? 1
        : (width + MemoryMap.KpuRamLineBytes - 1) / MemoryMap.KpuRamLineBytes;

    /// <summary>Lines per channel block (channel_switch_addr): row_len × H.</summary>
    public static int ChannelStride(int width, int height) => RowLength(width) * height;

    /// <summary>Lines used by a C×H×W map: row_len × H × ceil(C / groups).</summary>
    public static int Lines(int channels, int height, int width) =>
        ChannelStride(width, height) * ((channels + Groups(width) - 1) / Groups(width));
}
