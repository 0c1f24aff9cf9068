using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using NfK210.Pe.Format;

namespace NfK210.Pe.Writing;

/// <summary>Builds the .pe image of one assembly. The table order, the order in which strings, signatures and type
/// specifications are allocated, and the byte-code rewriting follow MetadataProcessor (its final pass after
/// "minimize"), because the string and signature indices depend on that order.</summary>
internal sealed partial class PeBuilder
{
    private readonly Dictionary<TypeModel, ushort> _typeIds = [];
    private readonly Dictionary<FieldModel, ushort> _fieldIds = [];
    private readonly Dictionary<MethodModel, ushort> _methodIds = [];
    private readonly Dictionary<string, ushort> _typeRefIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ushort> _fieldRefIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ushort> _methodRefIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ushort> _typeSpecIds = new(StringComparer.Ordinal);
    private readonly List<SigType> _typeSpecs = [];
    private readonly Dictionary<MethodModel, ushort> _rvas = [];
    private readonly List<MethodModel> _byteCodeMethods = [];
    private readonly SignatureEncoder _encoder;
    private readonly SigTypeProvider _provider;
    private int _nextRva;

    public PeBuilder(AssemblyModel model)
    {
        Model = model;
        _encoder = new SignatureEncoder(this);
        _provider = new SigTypeProvider(model.Reader);
        Exclusions = new Exclusions(model);
        AllTypes = TypeOrdering.Sort(model);
        var closure = new MinimizeClosure(model, Exclusions, AllTypes.Where(t => !Exclusions.IsExcluded(t)));
        Types = AllTypes.Where(closure.Contains).ToList();
        for (int i = 0; i < Types.Count; i++)
        {
            _typeIds[Types[i]] = (ushort)i;
        }

        Fields = AllTypes.SelectMany(t => OrderedFields(t)).Where(closure.Contains).ToList();
        for (int i = 0; i < Fields.Count; i++)
        {
            _fieldIds[Fields[i]] = (ushort)i;
        }

        Methods = AllTypes.SelectMany(t => OrderedMethods(t)).Where(closure.Contains).ToList();
        for (int i = 0; i < Methods.Count; i++)
        {
            _methodIds[Methods[i]] = (ushort)i;
        }

        References = new ReferenceSelection(this);
        foreach ((TypeReferenceHandle handle, int index) in References.TypeRefs.Select((h, i) => (h, i)))
        {
            _typeRefIds.TryAdd(TypeNames.Of(model.Reader, handle), (ushort)index);
        }

        foreach ((MemberRefModel member, int index) in References.FieldRefs.Select((m, i) => (m, i)))
        {
            _fieldRefIds.TryAdd(member.FullName, (ushort)index);
        }

        foreach ((MemberRefModel member, int index) in References.MethodRefs.Select((m, i) => (m, i)))
        {
            _methodRefIds.TryAdd(member.FullName, (ushort)index);
        }

        // Like MetadataProcessor: owners are numbered as in the tables before minimization, and an attribute is kept
        // when its constructor survived minimization.
        TypeAttributes = AttributesOf(AllTypes.Select(t => t.CustomAttributes), closure);
        FieldAttributes = AttributesOf(AllTypes.SelectMany(t => OrderedFields(t)).Select(f => f.CustomAttributes), closure);
        MethodAttributes = AttributesOf(AllTypes.SelectMany(t => OrderedMethods(t)).Select(m => m.CustomAttributes), closure);
        Closure = closure;
        Strings = StringOrdering.Preallocate(this);
        FakeStrings = new StringTable();
    }

    public AssemblyModel Model { get; }
    public Exclusions Exclusions { get; }
    public MinimizeClosure Closure { get; }
    public List<TypeModel> AllTypes { get; }
    public List<TypeModel> Types { get; }
    public List<FieldModel> Fields { get; }
    public List<MethodModel> Methods { get; }
    public ReferenceSelection References { get; }
    public List<(AttributeModel Attribute, ushort Owner)> TypeAttributes { get; }
    public List<(AttributeModel Attribute, ushort Owner)> FieldAttributes { get; }
    public List<(AttributeModel Attribute, ushort Owner)> MethodAttributes { get; }
    public StringTable Strings { get; }
    public StringTable FakeStrings { get; }
    public SignatureTable Signatures { get; } = new();

    public static IEnumerable<FieldModel> OrderedFields(TypeModel type)
    {
        IEnumerable<FieldModel> fields = type.Fields.Where(f => !f.HasConstant).ToList();
        return fields.Where(f => f.IsStatic).Concat(fields.Where(f => !f.IsStatic));
    }

    public static IEnumerable<MethodModel> OrderedMethods(TypeModel type) =>
        type.Methods.Where(m => m.IsVirtual)
            .Concat(type.Methods.Where(m => !(m.IsVirtual || m.IsStatic)))
            .Concat(type.Methods.Where(m => m.IsStatic));

    public static bool IsTypeSpecification(SigType type) =>
        type is SzArraySig or MultiArraySig or ByRefSig or PointerSig or PinnedSig or ModifiedSig or GenericInstSig;

    public bool TryGetTypeRefId(string fullName, out ushort id) => _typeRefIds.TryGetValue(fullName, out id);
    public bool TryGetTypeDefId(TypeModel type, out ushort id) => _typeIds.TryGetValue(type, out id);
    public bool TryGetFieldId(FieldModel field, out ushort id) => _fieldIds.TryGetValue(field, out id);
    public bool TryGetMethodId(MethodModel method, out ushort id) => _methodIds.TryGetValue(method, out id);

    public ushort GetOrCreateTypeSpec(SigType type)
    {
        if (_typeSpecIds.TryGetValue(type.FullName, out ushort id))
        {
            return id;
        }

        id = (ushort)_typeSpecs.Count;
        _typeSpecIds.Add(type.FullName, id);
        _typeSpecs.Add(type);
        return id;
    }

    public SigType DecodeType(EntityHandle handle) => AssemblyModel.DecodeTypeHandle(Model.Reader, handle, _provider);

    private List<(AttributeModel, ushort)> AttributesOf(IEnumerable<List<AttributeModel>> owners, MinimizeClosure closure) =>
        owners.SelectMany((attributes, index) => attributes
                .Where(a => !Exclusions.IsIgnoredAttribute(a) && IsKeptConstructor(a.Constructor, closure))
                .Select(a => (a, (ushort)index)))
            .ToList();

    private bool IsKeptConstructor(EntityHandle constructor, MinimizeClosure closure) => constructor.Kind switch
    {
        HandleKind.MethodDefinition => Model.Resolve((MethodDefinitionHandle)constructor) is { } m && closure.Contains(m),
        HandleKind.MemberReference => _methodRefIds.ContainsKey(Model.MemberRef((MemberReferenceHandle)constructor).FullName),
        _ => false,
    };

    /// <summary>Writes the image.</summary>
    public byte[] Build()
    {
        var w = new ByteWriter();
        w.Bytes(new byte[PeLayout.HeaderSize]);
        var offsets = new uint[PeLayout.TableOffsetCount];
        var paddings = new byte[PeLayout.TableOffsetCount];
        Action<ByteWriter>[] tables =
        [
            WriteAssemblyRefs, WriteTypeRefs, WriteFieldRefs, WriteMethodRefs, WriteTypeDefs, WriteFieldDefs,
            WriteMethodDefs, WriteAttributes, WriteTypeSpecs, _ => { }, _ => { }, WriteStrings, WriteSignatures,
            WriteByteCode, _ => { }, _ => { },
        ];
        for (int i = 0; i < tables.Length; i++)
        {
            int begin = w.Length;
            tables[i](w);
            int padding = (4 - ((w.Length - begin) % 4)) % 4;
            w.Bytes(new byte[padding]);
            offsets[i] = (uint)begin;
            paddings[i] = (byte)padding;
        }

        byte[] image = w.ToArray();
        WriteHeader(image, offsets, paddings);
        return image;
    }

    public uint NativeMethodsChecksum => NativeChecksum.Compute(this);

    private void WriteHeader(byte[] image, uint[] offsets, byte[] paddings)
    {
        var h = new ByteWriter();
        foreach (char c in PeLayout.Marker)
        {
            h.U8((byte)c);
        }

        h.U16(0);
        h.U32(0); // header CRC, patched below
        h.U32(0); // assembly CRC, patched below
        h.U32(0); // flags
        h.U32(NativeMethodsChecksum);
        h.U32(0xFFFF_FFFF); // patch offset
        h.U16((ushort)Model.Version.Major);
        h.U16((ushort)Model.Version.Minor);
        h.U16((ushort)Model.Version.Build);
        h.U16((ushort)Model.Version.Revision);
        h.U16(Strings.GetOrCreate(Model.Name));
        h.U16(PeLayout.StringTableVersion);
        foreach (uint offset in offsets)
        {
            h.U32(offset);
        }

        h.U32(0); // number of patched methods
        h.Bytes(paddings);
        byte[] header = h.ToArray();
        header.CopyTo(image, 0);
        uint assemblyCrc = PeCrc32.Compute(image.AsSpan(PeLayout.HeaderSize));
        BitConverter.TryWriteBytes(image.AsSpan(PeLayout.AssemblyCrcOffset), assemblyCrc);
        uint headerCrc = PeCrc32.Compute(image.AsSpan(0, PeLayout.HeaderSize));
        BitConverter.TryWriteBytes(image.AsSpan(PeLayout.HeaderCrcOffset), headerCrc);
    }
}
