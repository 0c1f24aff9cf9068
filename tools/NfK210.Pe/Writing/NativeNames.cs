namespace NfK210.Pe.Writing;

/// <summary>Names of native classes and methods as nanoCLR's generated stubs spell them (MetadataProcessor's
/// NativeMethodsCrc.GetClassName/GetMethodName), e.g. <c>Method___STATIC__VOID__I4__SZARRAY_U1</c>.</summary>
internal static class NativeNames
{
    public static string ClassName(TypeModel? type) =>
        type is null
            ? string.Empty
            : string.Join("_", ClassName(type.DeclaringType), type.Namespace, type.Name).Replace(".", "_").TrimStart('_');

    public static string MethodName(MethodModel method)
    {
        IEnumerable<string> parts = new[] { TypeCode(method.Signature.ReturnType) }
            .Concat(method.Signature.ParameterTypes.Select(TypeCode));
        string name = method.Name + (method.IsStatic ? "___STATIC__" : "___") + string.Join("__", parts);
        return name.Replace(".", "_").Replace("/", "");
    }

    private static string TypeCode(SigType type) => type switch
    {
        SzArraySig or MultiArraySig => "SZARRAY_" + TypeCode(type.ElementType),
        ByRefSig byRef => "BYREF_" + (byRef.Element is SzArraySig inner ? "SZARRAY_" + TypeCode(inner.Element) : ClrName(byRef.Element)),
        _ => ClrName(type),
    };

    private static string ClrName(SigType type)
    {
        if (SignatureEncoder.TryGetPrimitive(type.FullName, out Format.NanoDataType primitive))
        {
            return primitive switch
            {
                Format.NanoDataType.WeakClass => "WEAKCLASS",
                Format.NanoDataType.Boolean => "BOOLEAN",
                Format.NanoDataType.Object => "OBJECT",
                Format.NanoDataType.String => "STRING",
                Format.NanoDataType.Char => "CHAR",
                Format.NanoDataType.Void => "VOID",
                _ => primitive.ToString().ToUpperInvariant(),
            };
        }

        return type is GenericParamSig ? "GENERICTYPE" : type.FullName.Replace(".", string.Empty);
    }
}
