using System;
using NfK210.Interop;
using System.Runtime.InteropServices;

namespace nanoFramework.Hardware.K210
{
    // Host build: KpuModel's natives call libnfk210 (the same C core, with the KPU emulator as the silicon).
    public sealed unsafe partial class KpuModel
    {
        [ThreadStatic]
        private static string? t_hostError;

        [ThreadStatic]
        private static int t_hostStatus;

        private static partial long NativeLoad(byte[] kmodel)
        {
            t_hostError = null;
            fixed (byte* p = kmodel)
            {
                int status = NfkModelNative.ModelLoad(p, (nuint)kmodel.Length, 0, out IntPtr model);
                if (status != NativeStatus.Ok)
                {
                    if (model != IntPtr.Zero)
                    {
                        NfkModelNative.ModelFree(model);
                    }

                    return 0;
                }

                return model.ToInt64();
            }
        }

        // .NET has no small managed heap to protect: read the file as Storage does (same messages), then load the bytes.
        private static partial long NativeLoadFile(string path)
        {
            byte[] data;
            try
            {
                data = Storage.ReadAll(path);
            }
            catch (System.IO.IOException e)
            {
                HostFailure(NativeStatus.FileUnreadable, e.Message);
                return 0;
            }

            return NativeLoad(data);
        }

        private static partial void NativeFree(long model) => NfkModelNative.ModelFree(new IntPtr(model));

        private static partial int NativeLastErrorCode() => t_hostError != null ? t_hostStatus : NfkModelNative.LastErrorCode();

        private static partial string NativeLastError() => t_hostError ?? NfkLibrary.Text(NfkModelNative.LastError());

        private static partial int NativeGetInput(long model, int[] info) =>
            Describe(model, d => d.Input().CopyTo(info, 0));

        private static partial int NativeGetOutputCount(long model)
        {
            int count = 0;
            return Describe(model, d => count = d.OutputCount) == NativeStatus.Ok ? count : 0;
        }

        private static partial int NativeGetOutputInfo(long model, int index, int[] info) =>
            Describe(model, d => d.Output(index).CopyTo(info, 0));

        private static partial int NativeGetLayerCount(long model)
        {
            int count = 0;
            return Describe(model, d => count = d.Layers.GetArrayLength()) == NativeStatus.Ok ? count : 0;
        }

        private static partial int NativeGetLayer(long model, int index, int[] info) =>
            Describe(model, d => d.Layer(index).CopyTo(info, 0));

        private static partial string NativeGetLayerName(long model, int index)
        {
            string name = string.Empty;
            Describe(model, d => name = d.LayerName(index));
            return name;
        }

        private static partial int NativeRun(long model, byte[] input, int layerCount)
        {
            t_hostError = null;
            fixed (byte* p = input)
            {
                return NfkModelNative.ModelRunLayers(new IntPtr(model), p, (nuint)input.Length, layerCount);
            }
        }

        private static partial byte[]? NativeGetLayerOutput(long model, int index, int[] info)
        {
            t_hostError = null;
            int* shape = stackalloc int[3];
            int status = NfkModelNative.ModelLayerOutput(new IntPtr(model), index, out IntPtr data, out nuint size, shape, out int isFloat);
            if (status != NativeStatus.Ok)
            {
                return null;
            }

            if (size > int.MaxValue || (size != 0 && data == IntPtr.Zero))
            {
                HostFailure(NativeStatus.State, "layer " + index + " gave " + size + " bytes at " + data);
                return null;
            }

            info[0] = shape[0];
            info[1] = shape[1];
            info[2] = shape[2];
            info[3] = isFloat;
            info[4] = (int)size;
            byte[] bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }

        private static partial int NativeGetOutput(long model, int index, byte[] destination)
        {
            t_hostError = null;
            int status = NfkModelNative.ModelOutput(new IntPtr(model), index, out IntPtr data, out nuint size);
            if (status != NativeStatus.Ok)
            {
                return status;
            }

            if ((long)size != destination.Length || (size != 0 && data == IntPtr.Zero))
            {
                return HostFailure(NativeStatus.State, "output " + index + " has " + size + " bytes, expected " + destination.Length);
            }

            Marshal.Copy(data, destination, 0, destination.Length);
            return NativeStatus.Ok;
        }

        private static partial int NativeYolo2Decode(byte[] output, int gridWidth, int gridHeight, int channels,
            float[] anchors, float threshold, float nms, int imageWidth, int imageHeight, int[] boxes, float[] probs)
        {
            fixed (byte* o = output)
            fixed (float* a = anchors)
            fixed (int* b = boxes)
            fixed (float* p = probs)
            {
                int status = NfkLibrary.Yolo2Decode(o, (nuint)output.Length, gridWidth, gridHeight, channels, a,
                    anchors.Length / 2, threshold, nms, imageWidth, imageHeight, b, p, probs.Length, out int count);
                return status == NativeStatus.Ok ? count : -status;
            }
        }

        private static int Describe(long model, Action<ModelDescription> use)
        {
            t_hostError = null;
            IntPtr json = NfkModelNative.ModelDescribeJson(new IntPtr(model));
            if (json == IntPtr.Zero)
            {
                return NfkModelNative.LastErrorCode() != NativeStatus.Ok ? NfkModelNative.LastErrorCode() : NativeStatus.State;
            }

            try
            {
                use(ModelDescription.Parse(NfkLibrary.Text(json)));
                return NativeStatus.Ok;
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or
                                          IndexOutOfRangeException or FormatException or ArgumentOutOfRangeException or
                                          System.Collections.Generic.KeyNotFoundException)
            {
                return HostFailure(NativeStatus.State, "unexpected model description from the native library: " + e.Message);
            }
        }

        private static int HostFailure(int status, string message)
        {
            t_hostStatus = status;
            t_hostError = message;
            return status;
        }
    }
}
