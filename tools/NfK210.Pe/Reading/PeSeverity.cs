namespace NfK210.Pe.Reading;

/// <summary>Error: nanoCLR would read out of bounds, misinterpret the file or refuse it. Warning: wrong, but nanoCLR
/// reads the value only as a lookup key, so loading stays safe (e.g. MetadataProcessor's stale attribute owners).</summary>
public enum PeSeverity
{
    Error,
    Warning,
}
