namespace NfK210.Cli.Demo;

/// <summary>One output channel of the demo convolution: a 3×3 integer kernel and the output scaling
/// q ≈ 128 + conv / <see cref="Divisor"/>.</summary>
public sealed record DemoFilter(string Name, IReadOnlyList<int> Taps, int Divisor);
