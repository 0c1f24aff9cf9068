using System.Text;
using NfK210.Pe.Format;

namespace NfK210.Pe.Writing;

/// <summary>The header's nativeMethodsChecksum, computed exactly as MetadataProcessor does (NativeMethodsCrc.cs),
/// including its quirk that the running CRC reads as 0 until the first native method has been counted.</summary>
internal static class NativeChecksum
{
    public static uint Compute(PeBuilder builder)
    {
        byte[] assemblyName = Encoding.ASCII.GetBytes(builder.Model.Name);
        byte[] nullName = Encoding.ASCII.GetBytes("NULL");
        uint crc = 0;
        int natives = 0;
        uint Current() => natives > 0 ? crc : 0;

        foreach (TypeModel type in StubTypes(builder))
        {
            foreach (MethodModel method in PeBuilder.OrderedMethods(type))
            {
                if (IsNative(method))
                {
                    crc = PeCrc32.Compute(assemblyName, Current());
                    crc = PeCrc32.Compute(Encoding.ASCII.GetBytes(NativeNames.ClassName(type)), Current());
                    crc = PeCrc32.Compute(Encoding.ASCII.GetBytes(NativeNames.MethodName(method)), Current());
                    natives++;
                }
                else
                {
                    crc = PeCrc32.Compute(nullName, Current());
                }
            }
        }

        return Current();
    }

    public static bool IsNative(MethodModel method) => method.Rva == 0 && !method.IsAbstract;

    /// <summary>Types that get a native lookup-table slice: classes and structs, not delegates, enums or interfaces,
    /// in type-table order (before minimization, minus excluded classes).</summary>
    public static IEnumerable<TypeModel> StubTypes(PeBuilder builder) =>
        builder.AllTypes.Where(t => IncludeInStub(t) && !builder.Exclusions.IsExcludedClassName(t.FullName) &&
                                    !(t.DeclaringType is { } d && builder.Exclusions.IsExcludedClassName(d.FullName)));

    public static bool IncludeInStub(TypeModel type)
    {
        ushort flags = TypeFlags.Of(null, type);
        if ((flags & (TypeFlags.Delegate | TypeFlags.MulticastDelegate)) != 0)
        {
            return false;
        }

        int semantics = flags & TypeFlags.SemanticsMask;
        return semantics == 0 || semantics == TypeFlags.SemanticsValueType;
    }
}
