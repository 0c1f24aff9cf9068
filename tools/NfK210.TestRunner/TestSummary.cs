namespace NfK210.TestRunner;

/// <summary>Counts of one run.</summary>
public sealed record TestSummary(int Passed, int Failed, int Skipped)
{
    /// <summary>The closing line CI reads: "N passed, N failed" (", N skipped" when some were).</summary>
    public override string ToString() =>
        Skipped > 0 ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : $"{Passed} passed, {Failed} failed";
}
