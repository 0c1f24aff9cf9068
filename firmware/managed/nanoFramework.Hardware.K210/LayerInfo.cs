namespace nanoFramework.Hardware.K210
{
    /// <summary>One layer of a model, as MaixPy's <c>kpu.netinfo()</c> lists it.</summary>
    public sealed class LayerInfo
    {
        internal LayerInfo(int index, int type, string typeName, bool onKpu, int[] input, int[] output, bool depthwise,
            int kernelType, int poolType, int parameterSize)
        {
            Index = index;
            Type = type;
            TypeName = typeName;
            OnKpu = onKpu;
            InputChannels = input[0];
            InputHeight = input[1];
            InputWidth = input[2];
            OutputChannels = output[0];
            OutputHeight = output[1];
            OutputWidth = output[2];
            Depthwise = depthwise;
            KernelType = kernelType;
            PoolType = poolType;
            ParameterSize = parameterSize;
        }

        /// <summary>Position in the model, from 0 (MaixPy <c>index()</c>).</summary>
        public int Index { get; }

        /// <summary>The layer type code of the kmodel (MaixPy <c>type()</c>).</summary>
        public int Type { get; }

        /// <summary>The layer type's name, for example "K210_CONV" or "DEQUANTIZE".</summary>
        public string TypeName { get; }

        /// <summary>True when the layer runs on the KPU, false for a CPU layer.</summary>
        public bool OnKpu { get; }

        /// <summary>Input width (MaixPy <c>wi()</c>); for a flat tensor its element count.</summary>
        public int InputWidth { get; }

        /// <summary>Input height (MaixPy <c>hi()</c>); 1 for a flat tensor.</summary>
        public int InputHeight { get; }

        /// <summary>Input channels (MaixPy <c>chi()</c>); 1 for a flat tensor.</summary>
        public int InputChannels { get; }

        /// <summary>Output width (MaixPy <c>wo()</c>).</summary>
        public int OutputWidth { get; }

        /// <summary>Output height (MaixPy <c>ho()</c>).</summary>
        public int OutputHeight { get; }

        /// <summary>Output channels (MaixPy <c>cho()</c>).</summary>
        public int OutputChannels { get; }

        /// <summary>Depth-wise convolution (MaixPy <c>dw()</c>).</summary>
        public bool Depthwise { get; }

        /// <summary>Kernel: 0 = 1x1, 1 = 3x3, -1 when not a KPU convolution (MaixPy <c>kernel_type()</c>).</summary>
        public int KernelType { get; }

        /// <summary>KPU pool type (0 none, 1 max 2x2 stride 2, ...); 0 for CPU layers (MaixPy <c>pool_type()</c>).</summary>
        public int PoolType { get; }

        /// <summary>Parameter (weight) bytes (MaixPy <c>para_size()</c>).</summary>
        public int ParameterSize { get; }
    }
}
