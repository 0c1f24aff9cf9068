using NfK210.Cli.Imaging;
using NfK210.Cli.Model;
using NfK210.Flasher.Files;

namespace NfK210.Cli.Inputs;

/// <summary>
/// Reads one --input: a raw tensor (must be exactly the model's input byte size) or an image file
/// (.bmp/.ppm/.pgm/.pnm/.png/.jpg/.jpeg), decoded, resized bilinearly to the model's W×H and converted to planar
/// CHW uint8 (3 channels RGB, or 1 channel luminance) as the model's input shape says.
/// </summary>
public static class InputLoader
{
    /// <param name="path">The file.</param>
    /// <param name="input">Input 0 of the describe JSON, when the library gave one.</param>
    /// <param name="expectedBytes">nfk_model_input_size.</param>
    /// <exception cref="CliException">Unreadable file, wrong size, or an image the model cannot take.</exception>
    public static InputTensor Load(string path, TensorDescription? input, long expectedBytes)
    {
        return ImageDecoder.IsImagePath(path)
            ? LoadImage(path, input, expectedBytes)
            : LoadRaw(path, input, expectedBytes);
    }

    /// <summary>Text such as "1x28x28 u8" for messages.</summary>
    public static string Describe(TensorDescription? input) =>
        input is null ? "input 0" : $"input {input.Index} ({input.ShapeText} {input.DType})";

    private static InputTensor LoadRaw(string path, TensorDescription? input, long expectedBytes)
    {
        byte[] bytes = ReadAll(path);
        if (bytes.Length != expectedBytes)
        {
            throw new CliException(
                $"input '{path}' is {bytes.Length} bytes, but the model's {Describe(input)} needs exactly " +
                $"{expectedBytes} bytes (a raw tensor must match the input size; images are resized only when " +
                "their extension is .bmp, .ppm, .pgm, .pnm, .png, .jpg or .jpeg)");
        }

        return new InputTensor(path, bytes, "raw tensor");
    }

    private static InputTensor LoadImage(string path, TensorDescription? input, long expectedBytes)
    {
        if (input is null || !input.IsImageLike)
        {
            string what = input is null ? "an input the library did not describe" : $"{input.ShapeText} {input.DType}";
            throw new CliException(
                $"input '{path}' is an image, but the model's input is {what}, not a 1- or 3-channel uint8 CHW map: " +
                $"pass a raw tensor of {expectedBytes} bytes instead");
        }

        int channels = (int)input.Shape[0];
        int height = (int)input.Shape[1];
        int width = (int)input.Shape[2];
        if ((long)channels * height * width != expectedBytes)
        {
            throw new CliException(
                $"the model describes its input as {input.ShapeText} but needs {expectedBytes} bytes; cannot convert " +
                $"image '{path}'");
        }

        RgbImage image;
        try
        {
            image = ImageDecoder.Decode(ReadAll(path), Path.GetExtension(path));
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            throw new CliException($"cannot decode image '{path}': {e.Message}", e);
        }

        byte[] chw = TensorConverter.ToChw(image, channels, height, width);
        string kind = channels == 1 ? "grey (77R+150G+29B)>>8" : "RGB planar";
        string resize = image.Width == width && image.Height == height
            ? "no resize"
            : $"bilinear {image.Width}x{image.Height} -> {width}x{height}";
        return new InputTensor(path, chw, $"image, {resize}, {kind}");
    }

    /// <summary>The largest input file read: a raw tensor or an encoded image is never bigger than the flash.</summary>
    public const int MaxInputBytes = BoundedFile.FlashBytes;

    private static byte[] ReadAll(string path)
    {
        try
        {
            return BoundedFile.Read(path, "input", MaxInputBytes);
        }
        catch (BoundedFileException e)
        {
            throw new CliException(e.Message, e);
        }
    }
}
