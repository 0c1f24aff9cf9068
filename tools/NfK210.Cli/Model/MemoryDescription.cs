using System.Text.Json;

namespace NfK210.Cli.Model;

/// <summary>Memory needs of a model ("memory" of the describe JSON).</summary>
public sealed record MemoryDescription(
    long FileBytes,
    long MainBytes,
    long KpuRamLines,
    long KpuRamBytes,
    long MaxStartLine,
    long SramNeededBytes,
    long SramAvailableBytes)
{
    internal static MemoryDescription FromJson(JsonElement e) => new(
        JsonFields.Int64(e, "file_bytes"),
        JsonFields.Int64(e, "main_bytes"),
        JsonFields.Int64(e, "kpu_ram_lines"),
        JsonFields.Int64(e, "kpu_ram_bytes"),
        JsonFields.Int64(e, "max_start_line"),
        JsonFields.Int64(e, "sram_needed_bytes"),
        JsonFields.Int64(e, "sram_available_bytes"));
}
