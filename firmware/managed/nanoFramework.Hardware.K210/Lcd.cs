using System;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// The LCD (MaixPy <c>lcd</c> module), 320 x 240 RGB565. On the PC each displayed frame is written as a BMP file
    /// (<c>frame_00001.bmp</c>, ...) to the folder set by <see cref="SetOutput"/> or by the environment variable
    /// <c>NFK210_LCD_OUTPUT</c> (nothing is written when neither is set), so a camera → KPU → LCD loop runs unchanged.
    /// The board driver arrives with the firmware.
    /// </summary>
    public static partial class Lcd
    {
        private static int s_width;
        private static int s_height;

        /// <summary>Starts the LCD and clears it to black (MaixPy <c>lcd.init()</c>).</summary>
        /// <exception cref="InvalidOperationException">The LCD cannot be started.</exception>
        public static void Init()
        {
            int[] size = new int[2];
            if (NativeInit(size) != NativeStatus.Ok)
            {
                throw new InvalidOperationException("LCD init failed: " + NativeLastError());
            }

            s_width = size[0];
            s_height = size[1];
        }

        /// <summary>Width in pixels (MaixPy <c>lcd.width()</c>); 0 before <see cref="Init"/>.</summary>
        public static int Width => s_width;

        /// <summary>Height in pixels (MaixPy <c>lcd.height()</c>); 0 before <see cref="Init"/>.</summary>
        public static int Height => s_height;

        /// <summary>
        /// Shows an image (MaixPy <c>lcd.display(img)</c>): a smaller one centred on black, a larger one centre-cropped;
        /// grayscale is shown as gray RGB565.
        /// </summary>
        /// <exception cref="ArgumentNullException">image is null.</exception>
        /// <exception cref="InvalidOperationException"><see cref="Init"/> was not called, or the display failed.</exception>
        public static void Display(Image image)
        {
            if (image == null)
            {
                throw new ArgumentNullException(nameof(image));
            }

            RequireInit();
            if (NativeDisplay(image.Pixels, image.Width, image.Height, (int)image.Format) != NativeStatus.Ok)
            {
                throw new InvalidOperationException("LCD display failed: " + NativeLastError());
            }
        }

        /// <summary>Fills the screen with a colour, black by default (MaixPy <c>lcd.clear(color)</c>).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The colour is not 0..0xFFFFFF.</exception>
        public static void Clear(int color = 0)
        {
            if (color < 0 || color > 0xFFFFFF)
            {
                throw new ArgumentOutOfRangeException(nameof(color), "colour must be 0xRRGGBB (0..0xFFFFFF), not " + color);
            }

            RequireInit();
            if (NativeClear(color) != NativeStatus.Ok)
            {
                throw new InvalidOperationException("LCD clear failed: " + NativeLastError());
            }
        }

        /// <summary>
        /// PC only: the folder that receives the displayed frames as BMP files (instead of <c>NFK210_LCD_OUTPUT</c>);
        /// created when missing. On the board this throws <see cref="NotSupportedException"/>.
        /// </summary>
        /// <exception cref="ArgumentNullException">folder is null.</exception>
        public static void SetOutput(string folder)
        {
            if (folder == null)
            {
                throw new ArgumentNullException(nameof(folder));
            }

            if (NativeSetOutput(folder) != NativeStatus.Ok)
            {
                throw new NotSupportedException(NativeLastError());
            }
        }

        private static void RequireInit()
        {
            if (s_width == 0)
            {
                throw new InvalidOperationException("call Lcd.Init first");
            }
        }

        /// <summary>Starts the LCD; size gets [width, height].</summary>
        private static partial int NativeInit(int[] size);

        private static partial int NativeDisplay(byte[] pixels, int width, int height, int format);

        private static partial int NativeClear(int rgb);

        private static partial int NativeSetOutput(string folder);

        private static partial string NativeLastError();
    }
}
