namespace nanoFramework.Hardware.K210
{
    /// <summary>Camera frame sizes (MaixPy <c>sensor.QQVGA</c>, <c>sensor.QVGA</c>, ...), for <see cref="Sensor.SetFrameSize"/>.</summary>
    public enum FrameSize
    {
        /// <summary>80 x 60 (MaixPy <c>sensor.QQQVGA</c>).</summary>
        Qqqvga,

        /// <summary>160 x 120 (MaixPy <c>sensor.QQVGA</c>).</summary>
        Qqvga,

        /// <summary>320 x 240 (MaixPy <c>sensor.QVGA</c>), the usual size on Sipeed boards.</summary>
        Qvga,

        /// <summary>640 x 480 (MaixPy <c>sensor.VGA</c>), the largest.</summary>
        Vga,

        /// <summary>64 x 64 (MaixPy <c>sensor.B64X64</c>).</summary>
        B64X64,

        /// <summary>128 x 128 (MaixPy <c>sensor.B128X128</c>).</summary>
        B128X128,

        /// <summary>240 x 240 (MaixPy <c>sensor.B240X240</c>).</summary>
        B240X240,
    }
}
