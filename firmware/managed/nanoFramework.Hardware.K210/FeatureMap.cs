using System;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// One model output after a run, or one layer's result after <see cref="KpuModel.SetLayers"/>: MaixPy's feature map
    /// (<c>fmap</c>, from <c>kpu.forward</c> or <c>kpu.get_output</c>). Unlike MaixPy's, it is a copy, so the next run
    /// does not change it.
    /// Elements are uint8 (a KPU output) or float32; both read as float through the indexer.
    /// </summary>
    public sealed class FeatureMap
    {
        private readonly byte[] _data;

        internal FeatureMap(byte[] data, int width, int height, int channels, bool isFloat)
        {
            _data = data;
            Width = width;
            Height = height;
            Channels = channels;
            IsFloat = isFloat;
        }

        /// <summary>Width (MaixPy <c>fmap.w()</c>); for a flat output, the element count.</summary>
        public int Width { get; }

        /// <summary>Height (MaixPy <c>fmap.h()</c>); 1 for a flat output.</summary>
        public int Height { get; }

        /// <summary>Channels (MaixPy <c>fmap.ch()</c>); 1 for a flat output.</summary>
        public int Channels { get; }

        /// <summary>True for float32 elements (MaixPy typecode 'f'), false for uint8 ('B').</summary>
        public bool IsFloat { get; }

        /// <summary>Number of elements (Width x Height x Channels; MaixPy <c>len(fmap)</c>).</summary>
        public int Length => IsFloat ? _data.Length / 4 : _data.Length;

        /// <summary>Size in bytes (MaixPy <c>fmap.size()</c>).</summary>
        public int Size => _data.Length;

        /// <summary>Element <paramref name="index"/> in CHW order as a float (MaixPy <c>fmap[i]</c>).</summary>
        /// <exception cref="ArgumentOutOfRangeException">index is outside 0..Length-1.</exception>
        public float this[int index]
        {
            get
            {
                if (index < 0 || index >= Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(index), "index " + index + " is outside 0.." + (Length - 1));
                }

                return IsFloat ? BitConverter.ToSingle(_data, 4 * index) : _data[index];
            }
        }

        /// <summary>All elements as floats in CHW order (MaixPy <c>fmap[:]</c>); uint8 elements keep their values 0..255.</summary>
        public float[] ToFloatArray()
        {
            float[] values = new float[Length];
            if (IsFloat)
            {
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = BitConverter.ToSingle(_data, 4 * i);
                }
            }
            else
            {
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = _data[i];
                }
            }

            return values;
        }

        /// <summary>
        /// The raw bytes (MaixPy's buffer protocol): uint8 elements, or little-endian float32, exactly as the SDK's
        /// <c>kpu_get_output</c> returns them.
        /// </summary>
        public byte[] ToByteArray()
        {
            byte[] copy = new byte[_data.Length];
            Array.Copy(_data, copy, _data.Length);
            return copy;
        }

        internal byte[] RawData => _data;
    }
}
