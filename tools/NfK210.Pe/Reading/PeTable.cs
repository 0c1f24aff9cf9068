namespace NfK210.Pe.Reading;

/// <summary>The tables of a nanoFramework .pe, in file order; the values index the header's startOfTables
/// (nanoCLR's CLR_TABLESENUM). <see cref="EndOfAssembly"/> marks the end of the last table.</summary>
public enum PeTable
{
    AssemblyRef = 0,
    TypeRef = 1,
    FieldRef = 2,
    MethodRef = 3,
    TypeDef = 4,
    FieldDef = 5,
    MethodDef = 6,
    Attributes = 7,
    TypeSpec = 8,
    Resources = 9,
    ResourcesData = 10,
    Strings = 11,
    Signatures = 12,
    ByteCode = 13,
    ResourcesFiles = 14,
    EndOfAssembly = 15,
}
