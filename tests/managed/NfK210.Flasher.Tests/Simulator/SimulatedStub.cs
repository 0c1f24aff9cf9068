namespace NfK210.Flasher.Tests.Simulator;

/// <summary>Which stage-2 program the simulator plays once the uploaded code is started.</summary>
public enum SimulatedStub
{
    /// <summary>nf-k210's stub: erase, read, hash and info extensions; back to 115200 after a failed baud change.</summary>
    NfK210,

    /// <summary>A stub with only spec §7.2's opcodes (kflash's): unknown opcodes get E3; no way back after a baud change.</summary>
    CoreOnly,
}
