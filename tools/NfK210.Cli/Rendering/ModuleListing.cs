using System.Globalization;
using System.Text.Json;
using NfK210.Cli.Model;
using Spectre.Console;

namespace NfK210.Cli.Rendering;

/// <summary>
/// The parts of a kmodel V5 description the common tables do not show (nfk210_api.h: "modules"): every module with
/// its pools, every function's tensors, the stackvm code as a listing, the k210 commands with their KPU
/// configuration, and the memory needs against the board's 6 MiB SRAM and 2 MiB KPU RAM.
/// </summary>
public static class ModuleListing
{
    /// <summary>Prints the modules of a V5 description; does nothing for a description without "modules".</summary>
    public static void Print(string json, TextWriter o, IAnsiConsole console)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        if (!root.TryGetProperty("modules", out JsonElement modules) || modules.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        o.WriteLine($"Tensor-function numbering: {JsonFields.String(root, "numbering", "?")}; float rules: " +
                    JsonFields.String(root, "float_rules", "?"));
        JsonElement memory = JsonFields.Object(root, "memory");
        long sram = JsonFields.Int64(memory, "sram_needed_bytes"), board = JsonFields.Int64(memory, "board_sram_bytes");
        long kpu = JsonFields.Int64(memory, "kpu_pool_bytes"), kpuRam = JsonFields.Int64(memory, "kpu_ram_available_bytes");
        o.WriteLine($"Board memory: {N(sram)} of {N(board)} bytes of SRAM ({Fits(sram, board)}), KPU pool {N(kpu)} of " +
                    $"{N(kpuRam)} bytes of KPU RAM ({Fits(kpu, kpuRam)})");
        o.WriteLine();
        foreach (JsonElement module in modules.EnumerateArray())
        {
            string type = JsonFields.String(module, "type", "?");
            o.WriteLine($"Module {JsonFields.Int64(module, "index")}: {type} at byte {N(JsonFields.Int64(module, "offset"))}, " +
                        $"{N(JsonFields.Int64(module, "size"))} bytes; rdata {N(JsonFields.Int64(module, "rdata_bytes"))}, " +
                        $"data {N(JsonFields.Int64(module, "data_bytes"))}, KPU {N(JsonFields.Int64(module, "kpu_bytes"))}");
            foreach (JsonElement function in JsonFields.Array(module, "functions"))
            {
                PrintFunction(function, o, console);
            }
        }
    }

    private static void PrintFunction(JsonElement f, TextWriter o, IAnsiConsole console)
    {
        o.WriteLine($"  function {JsonFields.Int64(f, "index")}: {Tensors(f, "inputs")} -> {Tensors(f, "outputs")}, " +
                    $"{N(JsonFields.Int64(f, "text_bytes"))} code bytes");
        if (f.TryGetProperty("code", out JsonElement code))
        {
            foreach (JsonElement line in code.EnumerateArray())
            {
                o.WriteLine($"    {line.GetString()}");
            }

            return;
        }

        Table commands = TableText.NewTable("offset", "command", "kernel", "input -> output", "pool", "KPU lines",
                                            "weights");
        foreach (JsonElement c in JsonFields.Array(f, "commands"))
        {
            string op = JsonFields.String(c, "op");
            if (op == "kpu_conv2d")
            {
                string kernel = JsonFields.String(c, "kernel") + (JsonFields.Bool(c, "depthwise") ? " dw" : string.Empty);
                TableText.AddRow(commands, N(JsonFields.Int64(c, "offset")), op, kernel,
                    $"{Shape(c, "input_shape")} -> {Shape(c, "output_shape")}", JsonFields.String(c, "pool"),
                    $"{JsonFields.Int64(c, "src_line")} -> {JsonFields.Int64(c, "dst_line")}",
                    N(JsonFields.Int64(c, "weights_bytes")));
            }
            else
            {
                string line = c.TryGetProperty("kpu_line", out JsonElement l) ? $"{l.GetInt64()}" : string.Empty;
                TableText.AddRow(commands, N(JsonFields.Int64(c, "offset")), op, string.Empty, Shape(c, "shape"),
                    string.Empty, line, string.Empty);
            }
        }

        console.Write(TableText.RightAlign(commands, 0, 6));
    }

    private static string Tensors(JsonElement f, string key) =>
        "(" + string.Join(", ", JsonFields.Array(f, key).Select(t =>
            $"{JsonFields.String(t, "location")} {JsonFields.String(t, "dtype")} {Shape(t, "shape")}")) + ")";

    private static string Shape(JsonElement e, string key) => string.Join("x", JsonFields.Int64Array(e, key));

    private static string Fits(long need, long have) => need <= have ? "fits" : "DOES NOT FIT";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
