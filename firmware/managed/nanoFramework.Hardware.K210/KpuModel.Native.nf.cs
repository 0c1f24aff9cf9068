using System.Runtime.CompilerServices;

namespace nanoFramework.Hardware.K210
{
    // Device build: the native methods of KpuModel are InternalCalls into the nanoCLR glue (firmware/native/clr).
    public sealed partial class KpuModel
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial long NativeLoad(byte[] kmodel);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial long NativeLoadFile(string path);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial void NativeFree(long model);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeLastErrorCode();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial string NativeLastError();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeGetInput(long model, int[] info);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeGetOutputCount(long model);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeGetOutputInfo(long model, int index, int[] info);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeGetLayerCount(long model);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeGetLayer(long model, int index, int[] info);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial string NativeGetLayerName(long model, int index);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeRun(long model, byte[] input, int layerCount);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial byte[]? NativeGetLayerOutput(long model, int index, int[] info);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeGetOutput(long model, int index, byte[] destination);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern partial int NativeYolo2Decode(byte[] output, int gridWidth, int gridHeight, int channels, float[] anchors, float threshold, float nms, int imageWidth, int imageHeight, int[] boxes, float[] probs);
    }
}
