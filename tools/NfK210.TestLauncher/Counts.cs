namespace NfK210.TestLauncher
{
    /// <summary>Outcomes of one run; prints the closing line CI reads.</summary>
    internal sealed class Counts
    {
        public int Passed;
        public int Failed;
        public int Skipped;

        public override string ToString() => Skipped > 0
            ? Passed + " passed, " + Failed + " failed, " + Skipped + " skipped"
            : Passed + " passed, " + Failed + " failed";
    }
}
