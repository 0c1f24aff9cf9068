using System.Reflection;

namespace NfK210.Pe.Writing;

/// <summary>CLR_RECORD_FIELDDEF flags (FD_*).</summary>
internal static class FieldFlags
{
    public static ushort Of(FieldModel field)
    {
        FieldAttributes a = field.Attributes;
        ushort flags = (a & FieldAttributes.FieldAccessMask) switch
        {
            FieldAttributes.Private => 0x0001,
            FieldAttributes.FamANDAssem => 0x0002,
            FieldAttributes.Assembly => 0x0003,
            FieldAttributes.Family => 0x0004,
            FieldAttributes.FamORAssem => 0x0005,
            FieldAttributes.Public => 0x0006,
            _ => 0x0000,
        };
        if (((int)a & 0x0080) != 0) flags |= 0x0008; // NotSerialized
        if ((a & FieldAttributes.Static) != 0) flags |= 0x0010;
        if ((a & FieldAttributes.InitOnly) != 0) flags |= 0x0020;
        if ((a & FieldAttributes.Literal) != 0) flags |= 0x0040;
        if ((a & FieldAttributes.SpecialName) != 0) flags |= 0x0100;
        if ((a & FieldAttributes.HasDefault) != 0) flags |= 0x0200;
        if (field.HasCustomAttributes) flags |= 0x8000;
        if (field.Rva != 0) flags |= 0x0400;
        return flags;
    }
}
