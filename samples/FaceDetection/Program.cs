// Face (mask) detection with the 5-anchor YOLOv2 face-mask model, MaixPy style:
//   img = image.Image(path).resize(320, 256); objects = kpu.run_yolo2(task, img); draw; lcd.display(img)
// Without an image, the 320x256 test picture of ../shared/models/v3-face-mask5 is written as a PPM first.
// The same source runs on .NET and nanoCLR:
//   dotnet run --project samples/FaceDetection -- [MODEL] [IMAGE] [OUTPUT_FOLDER]
//   ./nfk210 exec samples/FaceDetection/nf/FaceDetection.nf.csproj      (no arguments: the defaults)
using System;
using System.IO;
using nanoFramework.Hardware.K210;

namespace NfK210.Samples
{
    public static class Program
    {
        private static readonly string[] Classes = { "no mask", "mask" };

        private static readonly float[] Anchors =
        {
            0.156250f, 0.222548f, 0.361328f, 0.489583f, 0.781250f, 0.983133f, 1.621094f, 1.964286f, 3.574219f, 3.940000f,
        };

        public static void Main(string[] args)
        {
            string model = SampleFiles.Argument(args, 0, "v3-face-mask5/detect_5.kmodel", "model");
            string picture = args.Length > 1 ? args[1] : TestPicture();
            string output = SampleFiles.OutputFolder(args, 2, "face-frames");

            using KpuModel task = Kpu.Load(model);
            task.InitYolo2(0.5f, 0.3f, Anchors);
            Image img = Image.Load(picture);
            if (img.Width != task.InputWidth || img.Height != task.InputHeight)
            {
                img = img.Resize(task.InputWidth, task.InputHeight);
            }

            Yolo2Detection[] faces = task.RunYolo2(img);
            Console.WriteLine(faces.Length + " face(s) in " + Path.GetFileName(picture));
            foreach (Yolo2Detection f in faces)
            {
                Console.WriteLine("  " + SampleText.Left(Classes[f.ClassId], 8) + " " + f.Value.ToString("F3") +
                    "  x " + SampleText.Right(f.X, 3) + " y " + SampleText.Right(f.Y, 3) +
                    " w " + SampleText.Right(f.Width, 3) + " h " + SampleText.Right(f.Height, 3));
                img.DrawRectangle(f.X, f.Y, f.Width, f.Height, f.ClassId == 1 ? Colors.Green : Colors.Red, 2);
            }

            Lcd.SetOutput(output);
            Lcd.Init();
            Lcd.Display(img);
            Console.WriteLine("LCD frame written to " + SampleFiles.Shown(output));
        }

        /// <summary>The shared CHW tensor (3 x 256 x 320, uint8) as a binary PPM in the temporary folder.</summary>
        private static string TestPicture()
        {
            string tensor = SampleFiles.Argument(new string[0], 0, "v3-face-mask5/input_22_rgb_chw_3x256x320_u8.bin", "test picture");
            byte[] chw = File.ReadAllBytes(tensor);
            const int w = 320, h = 256, plane = w * h;
            byte[] rgb = new byte[3 * plane];
            for (int i = 0; i < plane; i++)
            {
                rgb[3 * i] = chw[i];
                rgb[(3 * i) + 1] = chw[plane + i];
                rgb[(3 * i) + 2] = chw[(2 * plane) + i];
            }

            string path = SampleFiles.TempFolder("face-camera") + "/face_22.ppm";
            SampleFiles.WriteNetpbm(path, "P6\n" + w + " " + h + "\n255\n", rgb, 0, rgb.Length);
            return path;
        }
    }
}
