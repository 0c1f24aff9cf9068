using System;
using nanoFramework.TestFramework;

namespace nanoFramework.Hardware.K210.Tests
{
    /// <summary>MaixPy's camera -> KPU -> LCD loop on the PC: frames from files, LCD frames to files.</summary>
    [TestClass]
    public class CameraLoopTests
    {
        [Setup]
        public void RequireSharedModels()
        {
            if (!TestData.HasShared)
            {
                Assert.SkipTest(TestData.SharedMissing);
            }
        }

        [TestMethod]
        public void Snapshot_GivesTheFileWithItsAiBufferAndLcdWritesFrames()
        {
            // One 320x240 image and its AI planes take 384 KB: each is dropped before the next is made, so the test fits
            // the 1 MiB managed heap of QEMU and the board.
            string dog = TestData.Shared("models/v3-yolo20-demo/dog.bmp");
            Image file = Image.Load(dog);
            file.PixToAi();
            byte[] expected = file.GetAiBuffer();
            int corner = file.GetPixel(48, 8);
            file = null!;

            Sensor.SetSource(dog);
            Sensor.Reset();
            Sensor.SetPixFormat(PixelFormat.Rgb565);
            Sensor.SetFrameSize(FrameSize.Qvga);
            Image frame = Sensor.Snapshot();
            Assert.AreEqual(320, frame.Width);
            Assert.IsTrue(frame.IsAiBufferCurrent);
            CollectionAssert.AreEqual(expected, frame.GetAiBuffer());
            frame = null!;
            expected = null!;

            Sensor.SetWindowing(224, 224);
            Image window = Sensor.Snapshot();
            Assert.AreEqual(224, window.Width);
            Assert.AreEqual(corner, window.GetPixel(0, 0), "the window is centred");
            window = null!;

            string folder = TestData.NewFolder();
            Lcd.SetOutput(folder);
            Lcd.Init();
            Image red = new Image(100, 50, PixelFormat.Rgb565);
            red.DrawRectangle(0, 0, 100, 50, Colors.Red, 1, true);
            Lcd.Display(red);
            Image shown = Image.Load(folder + "/frame_00001.bmp");
            Assert.AreEqual(320, shown.Width);
            Assert.AreEqual(240, shown.Height);
            Assert.AreEqual(Colors.Red, shown.GetPixel(160, 120));
            Assert.AreEqual(Colors.Black, shown.GetPixel(109, 120), "left of the centred 100-pixel image");
            Assert.AreEqual(Colors.Red, shown.GetPixel(110, 95));
        }

        [TestMethod]
        public void Snapshot_BeforeReset_ThrowsInvalidOperation()
        {
            Sensor.SetSource("/no/such/folder");
            Assert.ThrowsException(typeof(InvalidOperationException), () => Sensor.Reset());
        }
    }
}
