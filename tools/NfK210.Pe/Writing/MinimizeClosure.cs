using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace NfK210.Pe.Writing;

/// <summary>MetadataProcessor's "minimize": starting from every type not excluded, follow dependencies (base and
/// declaring types, fields, methods, signature, local and operand types) and keep what is reached. Excluded types
/// come back when something kept uses them, but then without their members.</summary>
internal sealed class MinimizeClosure
{
    private readonly AssemblyModel _model;
    private readonly Exclusions _exclusions;
    private readonly Dictionary<object, int> _levels = [];
    private List<object> _next = [];
    private int _level;

    public MinimizeClosure(AssemblyModel model, Exclusions exclusions, IEnumerable<TypeModel> roots)
    {
        _model = model;
        _exclusions = exclusions;
        foreach (TypeModel root in roots)
        {
            Add(root);
        }

        // Level by level, like MetadataProcessor's passes (which matters for the order of string literals).
        while (_next.Count > 0)
        {
            List<object> current = _next;
            _next = [];
            _level++;
            foreach (object item in current)
            {
                switch (item)
                {
                    case TypeModel type: VisitType(type); break;
                    case FieldModel field: VisitField(field); break;
                    case MethodModel method: VisitMethod(method); break;
                }
            }
        }
    }

    public bool Contains(object item) => _levels.ContainsKey(item);

    /// <summary>The pass in which an item was reached: 0 for the root types, 1 for their members, and so on.</summary>
    public int LevelOf(object item) => _levels[item];

    private void Add(object? item)
    {
        if (item is not null && _levels.TryAdd(item, _level))
        {
            _next.Add(item);
        }
    }


    private void AddNamed(SigType type)
    {
        if (type is NamedSig { Handle.Kind: HandleKind.TypeDefinition } named)
        {
            Add(_model.Resolve((TypeDefinitionHandle)named.Handle));
        }
    }

    private static bool IsSpecialName(SigType type) =>
        type.FullName is "System.Void" or "System.String" or "System.Object";

    private static bool IsPrimitive(SigType type) => type is PrimitiveSig { Code: not (PrimitiveTypeCode.String or PrimitiveTypeCode.Object or PrimitiveTypeCode.Void or PrimitiveTypeCode.TypedReference) };

    private void VisitType(TypeModel type)
    {
        if (!type.BaseTypeHandle.IsNil && type.BaseTypeHandle.Kind == HandleKind.TypeDefinition)
        {
            Add(_model.Resolve((TypeDefinitionHandle)type.BaseTypeHandle));
        }

        Add(type.DeclaringType);
        AddAttributes(type.CustomAttributes);
        bool excluded = _exclusions.IsExcludedClassName(type.FullName);
        if (!excluded)
        {
            foreach (FieldModel field in type.Fields.Where(f => !f.IsLiteral)) Add(field);
            foreach (MethodModel method in type.Methods) Add(method);
        }

        foreach (SigType itf in type.Interfaces)
        {
            if (!_exclusions.IsExcludedClassName(itf.FullName)) AddNamed(itf);
        }
    }

    private void AddAttributes(IEnumerable<AttributeModel> attributes)
    {
        foreach (AttributeModel attribute in attributes.Where(_exclusions.IsIncludedAttribute))
        {
            if (attribute.Constructor.Kind == HandleKind.MethodDefinition)
            {
                Add(_model.Resolve((MethodDefinitionHandle)attribute.Constructor));
            }
        }
    }

    private void AddSignatureType(SigType type)
    {
        if (type is ByRefSig byRef) type = byRef.Element;
        if (type is SzArraySig or MultiArraySig)
        {
            SigType element = type.ElementType;
            if (!IsSpecialName(element) && !IsPrimitive(element)) AddNamed(element);
        }
        else if (!IsPrimitive(type) && !IsSpecialName(type))
        {
            AddNamed(type);
            if (type is GenericInstSig generic) AddNamed(generic.Generic);
        }
    }

    private void VisitField(FieldModel field)
    {
        AddSignatureType(field.Type);
        AddAttributes(field.CustomAttributes);
    }

    private void VisitMethod(MethodModel method)
    {
        AddSignatureType(method.Signature.ReturnType);
        foreach (SigType parameter in method.Signature.ParameterTypes) AddSignatureType(parameter);
        AddAttributes(method.CustomAttributes);
        if (method.Body is not { } body)
        {
            return;
        }

        foreach (SigType local in body.Locals)
        {
            // MetadataProcessor adds the declaring type of a nested local type (unless it is an enum).
            if (local is NamedSig { Handle.Kind: HandleKind.TypeDefinition } named &&
                _model.Resolve((TypeDefinitionHandle)named.Handle) is { DeclaringType: { } declaring } nested && !nested.IsEnum)
            {
                Add(declaring);
            }
            else
            {
                AddSignatureType(local);
            }
        }

        foreach (IlInstruction instruction in body.Instructions)
        {
            if (instruction.OpCode.OperandType is not (System.Reflection.Emit.OperandType.InlineMethod or
                System.Reflection.Emit.OperandType.InlineField or System.Reflection.Emit.OperandType.InlineType or
                System.Reflection.Emit.OperandType.InlineTok))
            {
                continue;
            }

            EntityHandle handle = MetadataTokens.EntityHandle((int)instruction.Operand!);
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition: Add(_model.Resolve((TypeDefinitionHandle)handle)); break;
                case HandleKind.MethodDefinition: Add(_model.Resolve((MethodDefinitionHandle)handle)); break;
                case HandleKind.FieldDefinition: Add(_model.Resolve((FieldDefinitionHandle)handle)); break;
            }
        }

        foreach (ExceptionRegion region in body.ExceptionRegions)
        {
            if (region.Kind != ExceptionRegionKind.Filter && region.CatchType.Kind == HandleKind.TypeDefinition)
            {
                Add(_model.Resolve((TypeDefinitionHandle)region.CatchType));
            }
        }
    }
}
