namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// One object found by <see cref="KpuModel.RunYolo2(Image)"/>: MaixPy's <c>kpu_yolo2_find</c>. Coordinates are pixels of
    /// the model's input image, clipped to it.
    /// </summary>
    public sealed class Yolo2Detection
    {
        internal Yolo2Detection(int x, int y, int width, int height, int classId, float value, int index, int objectCount)
        {
            X = x;
            Y = y;
            Width = width;
            Height = height;
            ClassId = classId;
            Value = value;
            Index = index;
            ObjectCount = objectCount;
        }

        /// <summary>Left edge (MaixPy <c>x()</c>).</summary>
        public int X { get; }

        /// <summary>Top edge (MaixPy <c>y()</c>).</summary>
        public int Y { get; }

        /// <summary>Width (MaixPy <c>w()</c>).</summary>
        public int Width { get; }

        /// <summary>Height (MaixPy <c>h()</c>).</summary>
        public int Height { get; }

        /// <summary>Class index in the model's class list (MaixPy <c>classid()</c>).</summary>
        public int ClassId { get; }

        /// <summary>Probability: objectness x class score (MaixPy <c>value()</c>).</summary>
        public float Value { get; }

        /// <summary>Position in this result, from 0 (MaixPy <c>index()</c>).</summary>
        public int Index { get; }

        /// <summary>Number of detections in this result (MaixPy <c>objnum()</c>).</summary>
        public int ObjectCount { get; }

        /// <summary>Text such as <c>{"x":35, "y":42, "w":219, "h":157, "value":0.944, "classid":1, "index":0, "objnum":4}</c>.</summary>
        public override string ToString() =>
            "{\"x\":" + X + ", \"y\":" + Y + ", \"w\":" + Width + ", \"h\":" + Height + ", \"value\":" + Value.ToString("F3") +
            ", \"classid\":" + ClassId + ", \"index\":" + Index + ", \"objnum\":" + ObjectCount + "}";
    }
}
