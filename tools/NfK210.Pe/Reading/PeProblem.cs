namespace NfK210.Pe.Reading;

/// <summary>One thing <see cref="PeFile.Verify"/> found: the table, the row (null for a whole-table or header
/// problem), the field, what is wrong with it, and whether nanoCLR would be hurt by it.</summary>
public sealed record PeProblem(string Table, int? Row, string Field, string Message, PeSeverity Severity = PeSeverity.Error)
{
    public override string ToString()
    {
        string where = Row is int row ? $"{Table}[{row}].{Field}" : $"{Table}.{Field}";
        return Severity == PeSeverity.Warning ? $"warning: {where}: {Message}" : $"{where}: {Message}";
    }
}
