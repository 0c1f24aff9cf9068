using System;
using System.Runtime.InteropServices;

namespace NfK210.Interop;

/// <summary>
/// P/Invoke declarations of firmware/native/api/nfk210_api.h (the last error and the nfk_model_* calls of the
/// host library libnfk210), written once for every host assembly that runs models: this file is linked as source
/// (<c>&lt;Compile Include=… Link=…&gt;</c>) into tools/NfK210.Cli and is meant for the host build of
/// nanoFramework.Hardware.K210 as well. Internal, so each assembly holds its own copy of the class.
/// </summary>
/// <remarks>
/// Finding the library file is up to the assembly: it registers a DllImportResolver for <see cref="Library"/>
/// before the first call (the default probing applies otherwise). A model is the opaque <c>nfk_model*</c>, an
/// <see cref="IntPtr"/>; returned strings and output pointers live in the library (see the header).
/// </remarks>
internal static unsafe partial class NfkModelNative
{
    /// <summary>The name the declarations import from (libnfk210.so, nfk210.dll, libnfk210.dylib).</summary>
    public const string Library = "nfk210";

    /// <summary>nfk_last_error: the thread's last message, UTF-8; never null.</summary>
    [LibraryImport(Library, EntryPoint = "nfk_last_error")]
    internal static partial IntPtr LastError();

    /// <summary>nfk_last_error_code: an nn_status value.</summary>
    [LibraryImport(Library, EntryPoint = "nfk_last_error_code")]
    internal static partial int LastErrorCode();

    [LibraryImport(Library, EntryPoint = "nfk_model_load")]
    internal static partial int ModelLoad(byte* data, nuint size, int profile, out IntPtr model);

    [LibraryImport(Library, EntryPoint = "nfk_model_free")]
    internal static partial void ModelFree(IntPtr model);

    /// <summary>nfk_model_describe_json: UTF-8 JSON that lives until the model is freed; null on failure.</summary>
    [LibraryImport(Library, EntryPoint = "nfk_model_describe_json")]
    internal static partial IntPtr ModelDescribeJson(IntPtr model);

    /// <summary>nfk_model_set_float_rules: 0 plain, 1 fused multiply-add (kmodel V5 only).</summary>
    [LibraryImport(Library, EntryPoint = "nfk_model_set_float_rules")]
    internal static partial int ModelSetFloatRules(IntPtr model, int fused);

    [LibraryImport(Library, EntryPoint = "nfk_model_input_size")]
    internal static partial int ModelInputSize(IntPtr model, out nuint bytes);

    [LibraryImport(Library, EntryPoint = "nfk_model_run")]
    internal static partial int ModelRun(IntPtr model, byte* input, nuint size);

    /// <summary>nfk_model_output_count: the count, or a negative status.</summary>
    [LibraryImport(Library, EntryPoint = "nfk_model_output_count")]
    internal static partial int ModelOutputCount(IntPtr model);

    /// <summary>nfk_model_output: the bytes stay valid until the next run or free.</summary>
    [LibraryImport(Library, EntryPoint = "nfk_model_output")]
    internal static partial int ModelOutput(IntPtr model, int index, out IntPtr data, out nuint size);

    /// <summary>nfk_model_layer_count: the count, or a negative status.</summary>
    [LibraryImport(Library, EntryPoint = "nfk_model_layer_count")]
    internal static partial int ModelLayerCount(IntPtr model);

    /// <summary>nfk_model_run_layers: runs only the first layerCount layers (0 = all; MaixPy kpu.set_layers).</summary>
    [LibraryImport(Library, EntryPoint = "nfk_model_run_layers")]
    internal static partial int ModelRunLayers(IntPtr model, byte* input, nuint size, int layerCount);

    /// <summary>nfk_model_layer_output: the result of a layer that ran (shape C, H, W; flat when unknown).</summary>
    [LibraryImport(Library, EntryPoint = "nfk_model_layer_output")]
    internal static partial int ModelLayerOutput(
        IntPtr model, int index, out IntPtr data, out nuint size, int* shape, out int isFloat);

    [LibraryImport(Library, EntryPoint = "nfk_model_layer_stats")]
    internal static partial int ModelLayerStats(
        IntPtr model, int index, out ulong nanoseconds, out int onKpu, out ulong macs);
}
