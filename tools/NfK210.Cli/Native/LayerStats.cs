namespace NfK210.Cli.Native;

/// <summary>Statistics of one layer in the last run (nfk_model_layer_stats).</summary>
/// <param name="Nanoseconds">Time the layer took (host: emulator time).</param>
/// <param name="OnKpu">True when the layer ran on the (emulated) KPU.</param>
/// <param name="Macs">Multiply-accumulates of the layer.</param>
public readonly record struct LayerStats(ulong Nanoseconds, bool OnKpu, ulong Macs);
