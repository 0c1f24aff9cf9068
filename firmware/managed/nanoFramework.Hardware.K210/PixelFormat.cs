namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// Pixel formats of an <see cref="Image"/>: MaixPy's <c>sensor.RGB565</c> and <c>sensor.GRAYSCALE</c>.
    /// The value is the number of bytes per pixel.
    /// </summary>
    public enum PixelFormat
    {
        /// <summary>One byte per pixel (MaixPy <c>sensor.GRAYSCALE</c>); the KPU sees one channel.</summary>
        Grayscale = 1,

        /// <summary>
        /// Two bytes per pixel, stored as MaixPy stores them: first byte <c>RRRRRGGG</c>, second <c>GGGBBBBB</c>
        /// (MaixPy <c>sensor.RGB565</c>); the KPU sees three channels.
        /// </summary>
        Rgb565 = 2,
    }
}
