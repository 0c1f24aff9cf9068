namespace NfK210.Cli.Inputs;

/// <summary>Bytes ready for nfk_model_run, and how they were obtained (for the summary line).</summary>
public sealed record InputTensor(string Path, byte[] Bytes, string Origin);
