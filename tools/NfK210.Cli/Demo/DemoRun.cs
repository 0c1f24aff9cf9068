namespace NfK210.Cli.Demo;

/// <summary>The demo's expected result computed in C# (the same layer as the kmodel, modelled by <see cref="KpuReference"/>).</summary>
public static class DemoRun
{
    /// <summary>The 4×32×32 uint8 map the KPU layer produces.</summary>
    public static byte[] ExpectedKpuOutput(DemoModel model, byte[] image, Native.KpuProfile profile) =>
        KpuReference.Run(model.Conv, image, profile);

    /// <summary>Output 0 as the file stores it: little-endian float32 of q · scale + bias (no fused multiply-add).</summary>
    public static byte[] ExpectedOutput(DemoModel model, byte[] image, Native.KpuProfile profile)
    {
        byte[] q = ExpectedKpuOutput(model, image, profile);
        byte[] bytes = new byte[q.Length * 4];
        for (int i = 0; i < q.Length; i++)
        {
            float product = q[i] * DemoModel.DequantizeScale;
            float value = product + DemoModel.DequantizeBias;
            BitConverter.TryWriteBytes(bytes.AsSpan(4 * i), value);
        }

        return bytes;
    }
}
