namespace NfK210.Pe;

/// <summary>The assembly uses something nanoCLR cannot run or the .pe format cannot hold. The message names each
/// construct and where it occurs (type and member); <see cref="Problems"/> lists them one by one.</summary>
public sealed class PeConversionException : Exception
{
    public PeConversionException(string problem)
        : base(problem) => Problems = [problem];

    public PeConversionException(string assemblyName, IReadOnlyList<string> problems)
        : base($"{assemblyName} can't be converted to a nanoFramework .pe ({problems.Count} problem(s)):" +
               Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p))) =>
        Problems = problems;

    public IReadOnlyList<string> Problems { get; }
}
