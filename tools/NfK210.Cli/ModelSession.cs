using System.Text.Json;
using NfK210.Cli.Model;
using NfK210.Cli.Native;
using NfK210.Flasher.Files;

namespace NfK210.Cli;

/// <summary>A model file read from disk and loaded into the native library, with its parsed description.</summary>
public sealed class ModelSession : IDisposable
{
    private ModelSession(NfkModel model, string describeJson, ModelDescription? description)
    {
        Model = model;
        DescribeJson = describeJson;
        Description = description;
    }

    public NfkModel Model { get; }

    public string DescribeJson { get; }

    /// <summary>Null when the library's JSON could not be parsed (a warning was printed).</summary>
    public ModelDescription? Description { get; }

    /// <summary>
    /// Reads the model file, refusing before reading a missing path, a directory or anything larger than the
    /// 16 MiB flash a kmodel must fit; each refusal is a <see cref="CliException"/> (exit 1) saying which.
    /// </summary>
    public static byte[] ReadModelFile(string path)
    {
        try
        {
            return BoundedFile.Read(path, "model file", BoundedFile.FlashBytes);
        }
        catch (BoundedFileException e)
        {
            throw new CliException(e.Message, e);
        }
    }

    /// <summary>Reads and loads a model; native refusals become <see cref="CliException"/>s naming the file.</summary>
    public static ModelSession Open(string path, KpuProfile profile, TextWriter warnings) =>
        Open(path, ReadModelFile(path), profile, warnings);

    /// <summary>Loads model bytes already read from <paramref name="path"/>.</summary>
    public static ModelSession Open(string path, byte[] bytes, KpuProfile profile, TextWriter warnings)
    {
        NfkModel model;
        try
        {
            model = NfkModel.Load(bytes, profile);
        }
        catch (NativeException e)
        {
            throw new CliException($"cannot load model '{path}': {e.NativeMessage}", e);
        }

        try
        {
            string json = model.DescribeJson();
            ModelDescription? description = null;
            try
            {
                description = ModelDescription.Parse(json);
            }
            catch (JsonException e)
            {
                warnings.WriteLine($"warning: the native library's model description is not valid JSON ({e.Message})");
            }

            return new ModelSession(model, json, description);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    public void Dispose() => Model.Dispose();
}
