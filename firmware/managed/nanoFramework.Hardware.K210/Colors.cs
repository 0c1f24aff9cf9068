namespace nanoFramework.Hardware.K210
{
    /// <summary>Colours for drawing, as 0xRRGGBB (MaixPy takes <c>(r, g, b)</c> tuples).</summary>
    public static class Colors
    {
        /// <summary>(0, 0, 0).</summary>
        public const int Black = 0x000000;

        /// <summary>(255, 255, 255).</summary>
        public const int White = 0xFFFFFF;

        /// <summary>(255, 0, 0).</summary>
        public const int Red = 0xFF0000;

        /// <summary>(0, 255, 0).</summary>
        public const int Green = 0x00FF00;

        /// <summary>(0, 0, 255).</summary>
        public const int Blue = 0x0000FF;

        /// <summary>(255, 255, 0).</summary>
        public const int Yellow = 0xFFFF00;

        /// <summary>0xRRGGBB from 8-bit channels (each taken modulo 256).</summary>
        public static int FromRgb(int red, int green, int blue) => ((red & 0xFF) << 16) | ((green & 0xFF) << 8) | (blue & 0xFF);
    }
}
