namespace NfK210.Pe.Building;

/// <summary>The default <see cref="AssemblyConverter"/>: our MetadataProcessor (<see cref="PeConverter"/>).</summary>
public static class MetadataConverter
{
    public static ConvertedAssembly Convert(string assemblyPath)
    {
        try
        {
            PeImage image = PeConverter.Convert(assemblyPath);
            return new ConvertedAssembly(image.AssemblyName, image.Bytes);
        }
        catch (PeConversionException e)
        {
            throw new AppBuildException($"{Path.GetFileName(assemblyPath)}: cannot be converted to .pe: {e.Message}", e);
        }
    }
}
