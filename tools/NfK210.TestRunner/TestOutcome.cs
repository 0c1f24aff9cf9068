namespace NfK210.TestRunner;

/// <summary>How one test (or one data row of a test) ended.</summary>
public enum TestOutcome
{
    Passed,
    Failed,
    Skipped,
}
