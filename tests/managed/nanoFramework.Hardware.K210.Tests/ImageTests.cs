using System;
using nanoFramework.TestFramework;

namespace nanoFramework.Hardware.K210.Tests
{
    /// <summary>Image against spec/maixpy-api.md §3: pix_to_ai tables and layout, resize and crop rules, AI buffer state.</summary>
    [TestClass]
    public class ImageTests
    {
        /// <summary>round(v * 255 / max), the spec's table formula, in integers.</summary>
        private static int Expand(int v, int max) => ((v * 510) + max) / (2 * max);

        [TestMethod]
        public void PixToAi_EveryRgb565Value_EqualsTheSpecTablesInPlanarLayout()
        {
            int[] words = new int[65536];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = i;
            }

            Image image = Image.Decode(Files.Bmp565(256, 256, words));
            Assert.AreEqual((int)PixelFormat.Rgb565, (int)image.Format);
            image.PixToAi();
            byte[] ai = image.GetAiBuffer();
            Assert.AreEqual(3 * 65536, ai.Length);
            for (int w = 0; w < 65536; w++)
            {
                int r = Expand(w >> 11, 31), g = Expand((w >> 5) & 63, 63), b = Expand(w & 31, 31);
                if (ai[w] != r || ai[65536 + w] != g || ai[131072 + w] != b)
                {
                    Assert.Fail("5-6-5 word " + w + ": AI bytes " + ai[w] + "," + ai[65536 + w] + "," + ai[131072 + w] +
                        ", spec " + r + "," + g + "," + b);
                }
            }
        }

        [TestMethod]
        public void PixToAi_Grayscale_CopiesThePixels()
        {
            Image image = Image.Decode(Files.Pgm(3, 1, new byte[] { 0, 128, 255 }));
            image.PixToAi();
            CollectionAssert.AreEqual(new byte[] { 0, 128, 255 }, image.GetAiBuffer());
        }

        [TestMethod]
        public void Resize_GrayUpscale_IsBilinearWithHalfPixelCentres()
        {
            // sample points -0.25, 0.25, 0.75, 1.25 over [100, 200], the right edge clamped
            Image image = Image.Decode(Files.Pgm(2, 1, new byte[] { 100, 200 })).Resize(4, 1);
            CollectionAssert.AreEqual(new byte[] { 75, 125, 175, 200 }, image.ToByteArray());
            Assert.IsFalse(image.HasAiBuffer);
        }

        [TestMethod]
        public void Resize_GrayDownscale_AveragesMaixPysInclusiveBlocks()
        {
            byte[] gray = new byte[16];
            for (int i = 0; i < 16; i++)
            {
                gray[i] = (byte)i;
            }

            // blocks of 3x3 (bounds inclusive); rows past the end read the last pixel: 45/9, 63/9, 111/9, 122/9
            Image image = Image.Decode(Files.Pgm(4, 4, gray)).Resize(2, 2);
            CollectionAssert.AreEqual(new byte[] { 5, 7, 12, 13 }, image.ToByteArray());
        }

        [TestMethod]
        public void Resize_Rgb565Downscale_TakesPixelFloorOfScale()
        {
            Image source = new Image(4, 4, PixelFormat.Rgb565);
            for (int y = 0; y < 4; y++)
            {
                for (int x = 0; x < 4; x++)
                {
                    source.SetPixel(x, y, Colors.FromRgb(x * 80, y * 80, 255 - (x * 40)));
                }
            }

            Image small = source.Resize(2, 2);
            for (int y = 0; y < 2; y++)
            {
                for (int x = 0; x < 2; x++)
                {
                    Assert.AreEqual(source.GetPixel(2 * x, 2 * y), small.GetPixel(x, y), "pixel " + x + "," + y);
                }
            }
        }

        [TestMethod]
        public void Crop_ClipsTheRectangleToTheImage()
        {
            byte[] gray = new byte[64];
            for (int i = 0; i < 64; i++)
            {
                gray[i] = (byte)i;
            }

            Image image = Image.Decode(Files.Pgm(8, 8, gray));
            CollectionAssert.AreEqual(new byte[] { 0, 1, 8, 9 }, image.Crop(-2, -2, 4, 4).ToByteArray());
            Image corner = image.Crop(6, 7, 10, 10);
            Assert.AreEqual(2, corner.Width);
            Assert.AreEqual(1, corner.Height);
            CollectionAssert.AreEqual(new byte[] { 62, 63 }, corner.ToByteArray());
        }

        [TestMethod]
        public void Crop_OutsideTheImage_ThrowsArgumentExceptionNamingBoth()
        {
            Image image = new Image(8, 8, PixelFormat.Grayscale);
            Exception e = Assert.ThrowsException(typeof(ArgumentException), () => image.Crop(8, 0, 2, 2));
            Assert.Contains("(8, 0, 2, 2)", e.Message);
            Assert.Contains("8x8", e.Message);
        }

        [TestMethod]
        public void AiBuffer_BecomesStaleWhenPixelsChange()
        {
            Image image = new Image(4, 2, PixelFormat.Rgb565);
            Assert.IsFalse(image.HasAiBuffer);
            image.PixToAi();
            Assert.IsTrue(image.IsAiBufferCurrent);
            image.SetPixel(1, 1, Colors.Red);
            Assert.IsTrue(image.HasAiBuffer);
            Assert.IsFalse(image.IsAiBufferCurrent);
            Assert.AreEqual(0, (int)image.GetAiBuffer()[5], "the old AI buffer stays until PixToAi");
            image.PixToAi();
            Assert.AreEqual(255, (int)image.GetAiBuffer()[5]);
        }

        [TestMethod]
        public void Pixels_UseMaixPysTablesBothWays()
        {
            Image image = new Image(1, 1, PixelFormat.Rgb565);
            image.SetPixel(0, 0, 0x808080); // (16, 32, 16) in 5-6-5 -> round(16*255/31)=132, round(32*255/63)=130
            Assert.AreEqual(0x848284, image.GetPixel(0, 0));
            CollectionAssert.AreEqual(new byte[] { 0x84, 0x10 }, image.ToByteArray());
            Image gray = image.ToGrayscale(); // (38*132 + 75*130 + 15*132) >> 7 = 130
            Assert.AreEqual(0x828282, gray.GetPixel(0, 0));
        }

        [TestMethod]
        public void DrawRectangle_OutlineOfThicknessOne()
        {
            Image image = new Image(5, 4, PixelFormat.Grayscale);
            image.DrawRectangle(1, 1, 3, 2, Colors.White);
            CollectionAssert.AreEqual(new byte[]
            {
                0, 0, 0, 0, 0,
                0, 255, 255, 255, 0,
                0, 255, 255, 255, 0,
                0, 0, 0, 0, 0,
            }, image.ToByteArray());
        }

        [TestMethod]
        public void DrawString_DrawsTheBuiltInFont()
        {
            Image image = new Image(6, 8, PixelFormat.Grayscale);
            image.DrawString(0, 0, "T", Colors.White);
            byte[] p = image.ToByteArray();
            for (int x = 0; x < 5; x++)
            {
                Assert.AreEqual(255, (int)p[x], "top bar of T at x " + x);
            }

            for (int y = 1; y < 7; y++)
            {
                Assert.AreEqual(255, (int)p[(y * 6) + 2], "stem of T at y " + y);
                Assert.AreEqual(0, (int)p[(y * 6) + 1], "left of the stem at y " + y);
            }
        }

        [TestMethod]
        public void Bmp_RoundTripsThroughToBmpAndDecode()
        {
            Image image = new Image(3, 2, PixelFormat.Rgb565);
            image.SetPixel(2, 1, Colors.Blue);
            image.SetPixel(0, 0, Colors.Yellow);
            Image back = Image.Decode(image.ToBmp());
            CollectionAssert.AreEqual(image.ToByteArray(), back.ToByteArray());
        }

        [TestMethod]
        public void Decode_Jpeg_ThrowsNotSupportedNamingIt()
        {
            Exception e = Assert.ThrowsException(typeof(NotSupportedException),
                () => Image.Decode(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }));
            Assert.Contains("JPEG", e.Message);
        }

        [TestMethod]
        public void Decode_TruncatedBmp_ThrowsArgumentException()
        {
            byte[] file = Files.Bmp565(4, 4, new int[16]);
            byte[] cut = new byte[file.Length - 3];
            Array.Copy(file, cut, cut.Length);
            Exception e = Assert.ThrowsException(typeof(ArgumentException), () => Image.Decode(cut));
            Assert.Contains("truncated", e.Message);
        }

        [TestMethod]
        [DataRow(0, 5)]
        [DataRow(5, 0)]
        [DataRow(8193, 1)]
        public void Constructor_BadSize_ThrowsArgumentOutOfRange(int width, int height)
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new Image(width, height, PixelFormat.Grayscale));
        }

        [TestMethod]
        public void SetPixel_OutsideOrBadColour_Throws()
        {
            Image image = new Image(2, 2, PixelFormat.Grayscale);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => image.SetPixel(2, 0, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => image.SetPixel(0, 0, 0x1000000));
            Assert.ThrowsException(typeof(ArgumentNullException), () => image.DrawString(0, 0, null!, 0));
        }
    }
}
