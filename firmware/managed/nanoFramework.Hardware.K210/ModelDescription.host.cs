using System;
using System.Text.Json;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// Host side: what <see cref="KpuModel"/>'s native queries need, read from nfk_model_describe_json (see
    /// nfk210_api.h for its schema). Output shapes are not in that JSON; they are taken from the layer that writes the
    /// output, looking through element-wise CPU layers (dequantize, softmax, ...) to the nearest layer of the same
    /// element count with a 3-D (or N=1 4-D) shape; otherwise the output is flat.
    /// </summary>
    internal sealed class ModelDescription
    {
        private ModelDescription(JsonElement root)
        {
            Root = root;
        }

        public JsonElement Root { get; }

        public static ModelDescription Parse(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

        public JsonElement Layers => Root.GetProperty("layers");

        /// <summary>[channels, height, width, is float, bytes] of input 0.</summary>
        public int[] Input()
        {
            JsonElement input = Root.GetProperty("inputs")[0];
            int[] chw = Chw(input.GetProperty("shape"));
            return new[] { chw[0], chw[1], chw[2], IsFloat(input) ? 1 : 0, input.GetProperty("bytes").GetInt32() };
        }

        public int OutputCount => Root.GetProperty("outputs").GetArrayLength();

        /// <summary>[channels, height, width, is float, bytes] of an output; the shape is 0s when not known.</summary>
        public int[] Output(int index)
        {
            JsonElement output = Root.GetProperty("outputs")[index];
            int bytes = output.GetProperty("bytes").GetInt32();
            bool isFloat = IsFloat(output);
            long elements = isFloat ? bytes / 4 : bytes;
            int[] shape = OutputShape(output, elements) ?? new[] { 0, 0, 0 };
            return new[] { shape[0], shape[1], shape[2], isFloat ? 1 : 0, bytes };
        }

        /// <summary>[type, on KPU, in c, h, w, out c, h, w, depthwise, kernel type, pool type, parameter bytes].</summary>
        public int[] Layer(int index)
        {
            JsonElement l = Layers[index];
            int[] i = Chw(l.GetProperty("input_shape"));
            int[] o = Chw(l.GetProperty("output_shape"));
            string kernel = l.GetProperty("kernel").GetString() ?? string.Empty;
            int pool = l.GetProperty("pool_type").GetInt32();
            return new[]
            {
                l.GetProperty("code").GetInt32(), l.GetProperty("unit").GetString() == "KPU" ? 1 : 0,
                i[0], i[1], i[2], o[0], o[1], o[2], l.GetProperty("depthwise").GetBoolean() ? 1 : 0,
                kernel == "1x1" ? 0 : kernel == "3x3" ? 1 : -1, pool < 0 ? 0 : pool,
                (int)Math.Min(int.MaxValue, l.GetProperty("weights_bytes").GetInt64()),
            };
        }

        public string LayerName(int index) => Layers[index].GetProperty("type").GetString() ?? string.Empty;

        private static bool IsFloat(JsonElement tensor) => tensor.GetProperty("dtype").GetString() == "f32";

        /// <summary>A shape as [c, h, w]: flat [n] gives [1, 1, n]; 4-D NCHW drops N.</summary>
        private static int[] Chw(JsonElement shape)
        {
            int n = shape.GetArrayLength();
            int Dim(int i) => i >= 0 && i < n ? shape[i].GetInt32() : 1;
            return n switch
            {
                0 => new[] { 1, 1, 1 },
                1 => new[] { 1, 1, Dim(0) },
                2 => new[] { 1, Dim(0), Dim(1) },
                _ => new[] { Dim(n - 3), Dim(n - 2), Dim(n - 1) },
            };
        }

        private int[]? OutputShape(JsonElement output, long elements)
        {
            int start = WriterOf(output);
            for (int i = start; i >= 0; i--)
            {
                JsonElement shape = Layers[i].GetProperty("output_shape");
                int n = shape.GetArrayLength();
                long count = 1;
                for (int d = 0; d < n; d++)
                {
                    count *= shape[d].GetInt32();
                }

                if (count != elements)
                {
                    return null;
                }

                if (n == 3 || (n == 4 && shape[0].GetInt32() == 1))
                {
                    return Chw(shape);
                }
            }

            return null;
        }

        /// <summary>The layer that writes the output: the one whose main-memory output range is the output's (V4 JSON), else the last.</summary>
        private int WriterOf(JsonElement output)
        {
            int last = Layers.GetArrayLength() - 1;
            if (!output.TryGetProperty("address", out JsonElement address))
            {
                return last;
            }

            long start = address.GetInt64();
            long size = output.GetProperty("bytes").GetInt64();
            for (int i = last; i >= 0; i--)
            {
                if (!Layers[i].TryGetProperty("memory", out JsonElement memory))
                {
                    return last;
                }

                foreach (JsonElement m in memory.EnumerateArray())
                {
                    if (m.GetProperty("write").GetBoolean() && m.GetProperty("memory_type").GetString() == "main" &&
                        m.GetProperty("start").GetInt64() == start && m.GetProperty("size").GetInt64() == size)
                    {
                        return i;
                    }
                }
            }

            return last;
        }
    }
}
