// YOLOv2 detection, written as MaixPy's camera loop:
//   sensor.reset(); sensor.set_pixformat(RGB565); sensor.set_framesize(QVGA); lcd.init()
//   task = kpu.load(...); kpu.init_yolo2(task, 0.5, 0.3, 5, anchors)
//   while True: img = sensor.snapshot(); for d in kpu.run_yolo2(task, img): img.draw_rectangle(d.rect()); lcd.display(img)
// On the PC the camera reads image files and the LCD writes BMP frames. The same source runs on .NET and nanoCLR:
//   dotnet run --project samples/YoloDetection -- [MODEL] [IMAGE_OR_FOLDER] [OUTPUT_FOLDER]
//   ./nfk210 exec samples/YoloDetection/nf/YoloDetection.nf.csproj      (no arguments: the defaults)
using System;
using System.IO;
using nanoFramework.Hardware.K210;

namespace NfK210.Samples
{
    public static class Program
    {
        private static readonly string[] Classes =
        {
            "aeroplane", "bicycle", "bird", "boat", "bottle", "bus", "car", "cat", "chair", "cow", "diningtable", "dog",
            "horse", "motorbike", "person", "pottedplant", "sheep", "sofa", "train", "tvmonitor",
        };

        private static readonly float[] Anchors = { 1.08f, 1.19f, 3.42f, 4.41f, 6.63f, 11.38f, 9.42f, 5.11f, 16.62f, 10.52f };

        public static void Main(string[] args)
        {
            string model = SampleFiles.Argument(args, 0, "v3-yolo20-demo/yolo.kmodel", "model");
            string source = SampleFiles.Argument(args, 1, "v3-yolo20-demo/dog.bmp", "camera image");
            string output = SampleFiles.OutputFolder(args, 2, "yolo-frames");

            Sensor.SetSource(source);
            Sensor.Reset();
            Sensor.SetPixFormat(PixelFormat.Rgb565);
            Sensor.SetFrameSize(FrameSize.Qvga);
            Lcd.SetOutput(output);
            Lcd.Init();

            using KpuModel task = Kpu.Load(model);
            task.InitYolo2(0.5f, 0.3f, Anchors);
            int frames = Directory.Exists(source) ? Directory.GetFiles(source).Length : 1;
            for (int frame = 0; frame < frames; frame++)
            {
                Image img = Sensor.Snapshot();
                if (img.Width != task.InputWidth || img.Height != task.InputHeight)
                {
                    img = img.Resize(task.InputWidth, task.InputHeight);
                }

                Yolo2Detection[] found = task.RunYolo2(img);
                Console.WriteLine("frame " + (frame + 1) + ": " + found.Length + " object(s)");
                foreach (Yolo2Detection d in found)
                {
                    string name = d.ClassId < Classes.Length ? Classes[d.ClassId] : "class " + d.ClassId;
                    Console.WriteLine("  " + SampleText.Left(name, 12) + " " + d.Value.ToString("F3") +
                        "  x " + SampleText.Right(d.X, 3) + " y " + SampleText.Right(d.Y, 3) +
                        " w " + SampleText.Right(d.Width, 3) + " h " + SampleText.Right(d.Height, 3));
                    img.DrawRectangle(d.X, d.Y, d.Width, d.Height, Colors.Red, 2);
                    img.DrawString(d.X + 2, d.Y + 2, name + " " + d.Value.ToString("F2"), Colors.Yellow);
                }

                Lcd.Display(img);
            }

            Console.WriteLine("LCD frames written to " + SampleFiles.Shown(output));
        }
    }
}
