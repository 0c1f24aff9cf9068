namespace NfK210.Cli.Native;

/// <summary>KPU rules that silicon has not settled (spec/kpu.md §10); values of <c>enum nfk_profile</c>.</summary>
public enum KpuProfile
{
    /// <summary>The rules of the nncase release that made the file: V3 → nncase-0.1, V4 → nncase-0.2.</summary>
    Auto = 0,

    /// <summary>nncase v0.1.0-rc5 emulator: segment start ≤ value, round half up.</summary>
    Nncase01 = 1,

    /// <summary>nncase v0.2.0 simulator: segment start &lt; value, round half to even.</summary>
    Nncase02 = 2,

    /// <summary>Sipeed's description of the hardware: no rounding.</summary>
    Truncate = 3,
}
