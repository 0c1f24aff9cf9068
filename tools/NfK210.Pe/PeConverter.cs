using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NfK210.Pe.Writing;

namespace NfK210.Pe;

/// <summary>Converts a .NET assembly (compiled against nanoFramework's mscorlib) into a nanoFramework .pe, with the
/// same bytes MetadataProcessor produces.</summary>
public static class PeConverter
{
    public static PeImage Convert(string assemblyPath) => Convert(assemblyPath, []);

    /// <summary>Reference search paths are accepted for API stability; the converter needs only the assembly itself
    /// (references are written by name, as MetadataProcessor does).</summary>
    public static PeImage Convert(string assemblyPath, IReadOnlyList<string> referenceSearchPaths)
    {
        ArgumentNullException.ThrowIfNull(referenceSearchPaths);
        if (!File.Exists(assemblyPath))
        {
            throw new PeConversionException($"assembly not found: {assemblyPath}");
        }

        AssemblyModel model;
        using FileStream stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        try
        {
            if (!pe.HasMetadata)
            {
                throw new PeConversionException($"{assemblyPath} is not a .NET assembly (no metadata)");
            }

            model = AssemblyModel.Load(pe);
        }
        catch (BadImageFormatException e)
        {
            throw new PeConversionException($"{assemblyPath} is not a readable .NET assembly: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            throw new PeConversionException($"{assemblyPath} is not a readable .NET assembly: {e.Message}");
        }

        // The core library itself (it defines System.Object) legitimately declares Action`1 and friends.
        bool isCoreLibrary = model.Types.Any(t => t.FullName == "System.Object");
        List<string> problems = isCoreLibrary ? [] : UnsupportedConstructs.Find(model);
        if (problems.Count > 0)
        {
            throw new PeConversionException(model.Name, problems);
        }

        var builder = new PeBuilder(model);
        byte[] bytes = builder.Build();
        return new PeImage
        {
            AssemblyName = model.Name,
            Version = model.Version,
            Bytes = bytes,
            NativeMethodsChecksum = BitConverter.ToUInt32(bytes, 0x14),
            NativeVersion = NativeTableData.NativeVersion(model),
            NativeClasses = NativeTableData.Classes(builder),
        };
    }
}
