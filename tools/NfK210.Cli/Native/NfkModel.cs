using System.Runtime.InteropServices;
using NfK210.Interop;

namespace NfK210.Cli.Native;

/// <summary>A kmodel loaded into the host native library (emulated K210). Not thread-safe.</summary>
public sealed unsafe class NfkModel : IDisposable
{
    private readonly NfkModelHandle _handle;

    private NfkModel(NfkModelHandle handle) => _handle = handle;

    /// <summary>Path of the native library in use (loads it if needed).</summary>
    public static string LibraryPath => NfkNative.EnsureLoaded();

    /// <summary>Loads a kmodel from memory.</summary>
    /// <exception cref="NativeLibraryMissingException">The library is not available.</exception>
    /// <exception cref="NativeException">The library refused the model.</exception>
    public static NfkModel Load(ReadOnlySpan<byte> data, KpuProfile profile)
    {
        NfkNative.EnsureLoaded();
        IntPtr model;
        int status;
        fixed (byte* p = data)
        {
            status = NfkModelNative.ModelLoad(p, (nuint)data.Length, (int)profile, out model);
        }

        if (status != 0 || model == IntPtr.Zero)
        {
            NativeException error = Failure("nfk_model_load", status);
            if (model != IntPtr.Zero)
            {
                NfkModelNative.ModelFree(model);
            }

            throw error;
        }

        return new NfkModel(new NfkModelHandle(model));
    }

    /// <summary>nfk_model_describe_json.</summary>
    public string DescribeJson()
    {
        using NfkModelHandle.Lease model = _handle.Use();
        IntPtr p = NfkModelNative.ModelDescribeJson(model.Pointer);
        if (p == IntPtr.Zero)
        {
            throw Failure("nfk_model_describe_json", -1);
        }

        return Marshal.PtrToStringUTF8(p) ?? string.Empty;
    }

    /// <summary>
    /// nfk_model_set_float_rules: whether a kmodel V5's quantize, dequantize and bilinear resize fuse a*b+c (the SDK's
    /// board runtime) or round twice (the default, nncase's plain build).
    /// </summary>
    public void SetFusedMultiplyAdd(bool fused)
    {
        using NfkModelHandle.Lease model = _handle.Use();
        int status = NfkModelNative.ModelSetFloatRules(model.Pointer, fused ? 1 : 0);
        if (status != 0)
        {
            throw Failure("nfk_model_set_float_rules", status);
        }
    }

    /// <summary>Byte size of input 0.</summary>
    public long InputSize
    {
        get
        {
            using NfkModelHandle.Lease model = _handle.Use();
            int status = NfkModelNative.ModelInputSize(model.Pointer, out nuint bytes);
            if (status != 0)
            {
                throw Failure("nfk_model_input_size", status);
            }

            return (long)bytes;
        }
    }

    /// <summary>Runs the whole model on one input tensor.</summary>
    public void Run(ReadOnlySpan<byte> input)
    {
        using NfkModelHandle.Lease model = _handle.Use();
        int status;
        fixed (byte* p = input)
        {
            status = NfkModelNative.ModelRun(model.Pointer, p, (nuint)input.Length);
        }

        if (status != 0)
        {
            throw Failure("nfk_model_run", status);
        }
    }

    public int OutputCount
    {
        get
        {
            using NfkModelHandle.Lease model = _handle.Use();
            int count = NfkModelNative.ModelOutputCount(model.Pointer);
            return count >= 0 ? count : throw Failure("nfk_model_output_count", count);
        }
    }

    /// <summary>A copy of the bytes of output <paramref name="index"/> after a run.</summary>
    public byte[] GetOutput(int index)
    {
        using NfkModelHandle.Lease model = _handle.Use();
        int status = NfkModelNative.ModelOutput(model.Pointer, index, out IntPtr data, out nuint size);
        if (status != 0)
        {
            throw Failure($"nfk_model_output({index})", status);
        }

        if (size == 0)
        {
            return [];
        }

        if (data == IntPtr.Zero)
        {
            throw new NativeException($"nfk_model_output({index})", status, 0, "returned a null pointer");
        }

        return new ReadOnlySpan<byte>((void*)data, checked((int)size)).ToArray();
    }

    public int LayerCount
    {
        get
        {
            using NfkModelHandle.Lease model = _handle.Use();
            int count = NfkModelNative.ModelLayerCount(model.Pointer);
            return count >= 0 ? count : throw Failure("nfk_model_layer_count", count);
        }
    }

    /// <summary>Statistics of layer <paramref name="index"/> in the last run.</summary>
    public LayerStats GetLayerStats(int index)
    {
        using NfkModelHandle.Lease model = _handle.Use();
        int status = NfkModelNative.ModelLayerStats(model.Pointer, index, out ulong ns, out int onKpu, out ulong macs);
        if (status != 0)
        {
            throw Failure($"nfk_model_layer_stats({index})", status);
        }

        return new LayerStats(ns, onKpu != 0, macs);
    }

    public void Dispose() => _handle.Dispose();

    private static NativeException Failure(string operation, int status) =>
        new(operation, status, NfkModelNative.LastErrorCode(), NfkNative.LastErrorMessage());
}
