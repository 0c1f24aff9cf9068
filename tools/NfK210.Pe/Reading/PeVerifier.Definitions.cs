namespace NfK210.Pe.Reading;

/// <summary>TypeDef, FieldDef, MethodDef, TypeSpec and resource rows.</summary>
internal sealed partial class PeVerifier
{
    private static readonly HashSet<byte> TypeDefDataTypes =
        [.. Enumerable.Range(0, DataTypeValueType + 1).Select(v => (byte)v), DataTypeWeakClass, DataTypeReflection];

    private void CheckTypeDefs()
    {
        int typeCount = _pe.TypeDefs.Count;
        var methodOwners = new int[_pe.MethodDefs.Count];
        var fieldOwners = new int[_pe.FieldDefs.Count];
        for (int i = 0; i < typeCount; i++)
        {
            TypeDefRow row = _pe.TypeDefs[i];
            CheckString("TypeDef", i, "name", row.Name);
            CheckString("TypeDef", i, "nameSpace", row.Namespace);
            if (row.Extends != None)
            {
                if ((row.Extends & 0x8000) != 0)
                {
                    CheckIndex("TypeDef", i, "extends", "TypeRef", row.Extends & 0x7FFF, _pe.TypeRefs.Count);
                }
                else if (row.Extends >= typeCount)
                {
                    Add("TypeDef", i, "extends", IndexError("TypeDef", row.Extends, typeCount)!);
                }
                else if (BaseChainLoops(i))
                {
                    Add("TypeDef", i, "extends", "the chain of base types loops");
                }
            }

            if (row.EnclosingType != None)
            {
                CheckIndex("TypeDef", i, "enclosingType", "TypeDef", row.EnclosingType, typeCount);
            }

            if (row.Interfaces != None)
            {
                WithSignature("TypeDef", i, "interfaces", row.Interfaces, ParseInterfaces);
            }

            if (!TypeDefDataTypes.Contains(row.DataType))
            {
                Add("TypeDef", i, "dataType", $"0x{row.DataType:X2} is not a data type a type definition can have");
            }

            ClaimRange("TypeDef", i, "methods_First", "MethodDef", row.FirstMethod, row.MethodCount, methodOwners);
            ClaimRange("TypeDef", i, "sFields_First", "FieldDef", row.FirstStaticField, row.StaticFieldCount, fieldOwners);
            ClaimRange("TypeDef", i, "iFields_First", "FieldDef", row.FirstInstanceField, row.InstanceFieldCount, fieldOwners);
        }

        ReportOwnership("MethodDef", "method", methodOwners);
        ReportOwnership("FieldDef", "field", fieldOwners);
    }

    private bool BaseChainLoops(int start)
    {
        int current = start;
        for (int steps = 0; steps <= _pe.TypeDefs.Count; steps++)
        {
            ushort extends = _pe.TypeDefs[current].Extends;
            if (extends == None || (extends & 0x8000) != 0 || extends >= _pe.TypeDefs.Count)
            {
                return false;
            }

            current = extends;
        }

        return true;
    }

    /// <summary>A type owns the rows first..first+count of a table: they must exist, and no two types may share one.</summary>
    private void ClaimRange(string table, int row, string field, string target, int first, int count, int[] owners)
    {
        if (first + count > owners.Length)
        {
            string rows = count == 0 ? $"row {first}" : $"rows {first}..{first + count - 1}";
            Add(table, row, field, $"{target} {rows} run past the table's end ({owners.Length} rows)");
            return;
        }

        for (int k = first; k < first + count; k++)
        {
            owners[k]++;
        }
    }

    private void ReportOwnership(string table, string what, int[] owners)
    {
        for (int k = 0; k < owners.Length; k++)
        {
            if (owners[k] != 1)
            {
                Add(table, k, "owner", owners[k] == 0
                    ? $"the {what} belongs to no TypeDef"
                    : $"the {what} is claimed by {owners[k]} TypeDefs");
            }
        }
    }

    private void CheckFieldDefs()
    {
        for (int i = 0; i < _pe.FieldDefs.Count; i++)
        {
            FieldDefRow row = _pe.FieldDefs[i];
            CheckString("FieldDef", i, "name", row.Name);
            WithSignature("FieldDef", i, "sig", row.Signature, ParseFieldSignature);
            if (row.DefaultValue != None)
            {
                WithSignature("FieldDef", i, "defaultValue", row.DefaultValue, ParseDefaultValue);
            }
        }
    }

    private void CheckMethodDefs()
    {
        for (int i = 0; i < _pe.MethodDefs.Count; i++)
        {
            MethodDefRow row = _pe.MethodDefs[i];
            CheckString("MethodDef", i, "name", row.Name);
            int index = i;
            WithSignature("MethodDef", i, "sig", row.Signature, cursor =>
            {
                MethodSignature sig = ParseMethodSignature(cursor);
                int expected = sig.ParameterTypes.Count + (sig.HasThis ? 1 : 0);
                if (row.ArgumentCount != expected)
                {
                    Add("MethodDef", index, "numArgs",
                        $"{row.ArgumentCount}, but the signature has {sig.ParameterTypes.Count} parameters" +
                        (sig.HasThis ? " and `this`" : string.Empty));
                }
            });

            if (row.Locals == None)
            {
                if (row.LocalCount != 0)
                {
                    Add("MethodDef", i, "locals", $"no locals signature for {row.LocalCount} locals");
                }
            }
            else
            {
                WithSignature("MethodDef", i, "locals", row.Locals, cursor => ParseLocals(cursor, row.LocalCount));
            }
        }
    }

    private void CheckTypeSpecs()
    {
        for (int i = 0; i < _pe.TypeSpecs.Count; i++)
        {
            WithSignature("TypeSpec", i, "sig", _pe.TypeSpecs[i].Signature, cursor => ParseType(cursor, 0));
        }
    }

    private void CheckResources()
    {
        int dataSize = _pe.ResourcesData.Length;
        for (int i = 0; i < _pe.Resources.Count; i++)
        {
            ResourceRow row = _pe.Resources[i];
            if (row.Offset > dataSize)
            {
                Add("Resources", i, "offset", $"0x{row.Offset:X} is outside ResourcesData ({dataSize} bytes)");
            }

            if (row.Kind > 4)
            {
                Add("Resources", i, "kind", $"{row.Kind} is not a resource kind (0..4)");
            }

            if (i > 0 && row.Id < _pe.Resources[i - 1].Id)
            {
                Add("Resources", i, "id", $"{row.Id} breaks the ascending order nanoCLR searches in");
            }
        }

        for (int i = 0; i < _pe.ResourceFiles.Count; i++)
        {
            ResourceFileRow row = _pe.ResourceFiles[i];
            CheckString("ResourcesFiles", i, "name", row.Name);
            if (row.Offset + (ulong)row.NumberOfResources > (ulong)_pe.Resources.Count)
            {
                Add("ResourcesFiles", i, "offset",
                    $"resources {row.Offset}..+{row.NumberOfResources} run past the Resources table ({_pe.Resources.Count} rows)");
            }
        }
    }
}
