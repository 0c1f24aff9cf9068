namespace NfK210.Pe.Format;

/// <summary>nanoCLR's CLR_DataType codes (src/CLR/Include/nanoCLR_Types.h) as used in .pe signatures and type records.</summary>
public enum NanoDataType : byte
{
    Void = 0x00,
    Boolean = 0x01,
    I1 = 0x02,
    U1 = 0x03,
    Char = 0x04,
    I2 = 0x05,
    U2 = 0x06,
    I4 = 0x07,
    U4 = 0x08,
    R4 = 0x09,
    I8 = 0x0A,
    U8 = 0x0B,
    R8 = 0x0C,
    DateTime = 0x0D,
    TimeSpan = 0x0E,
    String = 0x0F,
    Object = 0x10,
    Class = 0x11,
    ValueType = 0x12,
    SzArray = 0x13,
    ByRef = 0x14,
    Var = 0x15,
    GenericInst = 0x16,
    MVar = 0x17,
    WeakClass = 0x1B,
    Reflection = 0x1C,
}
