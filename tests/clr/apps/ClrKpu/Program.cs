using System;
using System.Threading;
using nanoFramework.Hardware.K210;

namespace ClrKpu
{
    // nanoFramework.Hardware.K210 on nanoclr-k210: MaixPy's MNIST demo on ten dataset digits (files named after their
    // label), file errors, the LCD and the camera. Runs in a folder holding mnist.kmodel and digits/ (tests/clr).
    public static class Program
    {
        private static bool s_inForward;
        private static bool s_stop;
        private static int s_beatsDuringForward;

        public static void Main()
        {
            KpuModel task = Kpu.Load("mnist.kmodel");
            Console.WriteLine("input " + task.InputWidth + "x" + task.InputHeight + "x" + task.InputChannels + ", " +
                task.OutputCount + " output");

            // Counts how often it runs while the main thread is inside Forward (the KPU run waits on an event).
            var ticker = new Thread(() =>
            {
                while (!s_stop)
                {
                    if (s_inForward)
                    {
                        s_beatsDuringForward++;
                    }
                }
            });
            ticker.Start();

            int correct = 0;
            for (int label = 0; label < 10; label++)
            {
                Image img = Image.Load("digits/" + label + ".pgm");
                img.PixToAi();
                s_inForward = true;
                float[] scores = task.Forward(img).ToFloatArray();
                s_inForward = false;
                int digit = 0;
                for (int i = 1; i < scores.Length; i++)
                {
                    if (scores[i] > scores[digit])
                    {
                        digit = i;
                    }
                }

                correct += digit == label ? 1 : 0;
                Console.WriteLine("digit " + label + " -> " + digit + " p=" + scores[digit].ToString("F3"));
            }

            s_stop = true;
            ticker.Join();
            Console.WriteLine(correct + " of 10 correct");
            Console.WriteLine("other thread ran during Forward: " + (s_beatsDuringForward > 0));
            task.Dispose();

            try
            {
                Kpu.Load("missing.kmodel");
            }
            catch (KpuException e)
            {
                Console.WriteLine("missing file: " + e.ErrorCode + " " + e.Message);
            }

            try
            {
                Kpu.Load(new byte[] { 1, 2, 3, 4 });
            }
            catch (KpuException e)
            {
                Console.WriteLine("not a kmodel: " + e.ErrorCode);
            }

            Lcd.SetOutput("lcd");
            Lcd.Init();
            Lcd.Display(Image.Load("digits/3.pgm"));
            Console.WriteLine("lcd " + Lcd.Width + "x" + Lcd.Height);

            Sensor.SetSource("digits");
            Sensor.Reset();
            Sensor.SetPixFormat(PixelFormat.Grayscale);
            Sensor.SetFrameSize(FrameSize.Qqqvga);
            Image frame = Sensor.Snapshot();
            Console.WriteLine("camera " + frame.Width + "x" + frame.Height + " " + frame.Format);
        }
    }
}
