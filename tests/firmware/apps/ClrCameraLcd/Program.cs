// The camera and the LCD under QEMU (tests/firmware/test_nanoclr_qemu.sh): host files through semihosting, as on the
// PC. The camera reads one image file (a folder would need a listing semihosting lacks, and says so); the LCD writes
// a BMP frame per Clear/Display into an existing host folder (semihosting cannot create one, and the write names the
// folder). The script replaces @FOLDER@ with an existing host folder, compares every line and checks the frame file.
using System;
using System.IO;
using nanoFramework.Hardware.K210;

namespace ClrCameraLcd
{
    public static class Program
    {
        private const string Folder = "@FOLDER@";

        public static void Main()
        {
            // A 160x120 (QQVGA) picture, all pure red: no resize, so every RGB565 pixel is 0xF800.
            string header = "P6\n160 120\n255\n";
            byte[] ppm = new byte[header.Length + 160 * 120 * 3];
            for (int i = 0; i < header.Length; i++)
            {
                ppm[i] = (byte)header[i];
            }

            for (int i = header.Length; i < ppm.Length; i += 3)
            {
                ppm[i] = 255;
            }

            File.WriteAllBytes(Folder + "/red.ppm", ppm);

            TryReset(Folder);
            TryReset(Folder + "/none.ppm");

            Sensor.SetSource(Folder + "/red.ppm");
            Sensor.Reset();
            Sensor.SetPixFormat(PixelFormat.Rgb565);
            Sensor.SetFrameSize(FrameSize.Qqvga);
            byte[] pixels = Sensor.Snapshot().ToByteArray();
            bool same = true;
            for (int i = 2; i < pixels.Length; i++)
            {
                same &= pixels[i] == pixels[i % 2];
            }

            Console.WriteLine("snapshot " + Sensor.Width + "x" + Sensor.Height + " " + pixels.Length + " bytes " +
                pixels[0].ToString("x2") + pixels[1].ToString("x2") + (same ? " everywhere" : " not everywhere"));

            Lcd.SetOutput(Folder + "/missing");
            Lcd.Init();
            try
            {
                Lcd.Clear(0xFF0000);
                Console.WriteLine("frame written to a missing folder");
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine(e.Message.IndexOf("cannot write the LCD frame to '" + Folder + "/missing'") >= 0
                    ? "missing folder: refused, naming it" : "missing folder: " + e.Message);
            }

            Lcd.SetOutput(Folder);
            Lcd.Clear(0x0000FF);
            Console.WriteLine("frame written " + File.Exists(Folder + "/frame_00002.bmp"));
        }

        private static void TryReset(string source)
        {
            Sensor.SetSource(source);
            try
            {
                Sensor.Reset();
                Console.WriteLine("reset " + source);
            }
            catch (InvalidOperationException e)
            {
                bool folder = e.Message.IndexOf("a folder needs a listing semihosting lacks") >= 0;
                bool missing = e.Message.IndexOf("does not exist") >= 0;
                Console.WriteLine(folder ? "folder: refused, no listing" : missing ? "missing file: refused" : e.Message);
            }
        }
    }
}
