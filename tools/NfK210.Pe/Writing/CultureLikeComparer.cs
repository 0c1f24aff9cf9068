namespace NfK210.Pe.Writing;

/// <summary>Approximates the Windows culture-aware string order MetadataProcessor sorts type names with (it runs on
/// .NET Framework): punctuation before digits before letters, letters case-insensitive first, lower case before
/// upper case on ties.</summary>
internal sealed class CultureLikeComparer : IComparer<string>
{
    public static CultureLikeComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        x ??= string.Empty;
        y ??= string.Empty;
        int primary = ComparePrimary(x, y);
        if (primary != 0)
        {
            return primary;
        }

        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
            {
                bool xLower = char.IsLower(x[i]);
                bool yLower = char.IsLower(y[i]);
                if (xLower != yLower)
                {
                    return xLower ? -1 : 1;
                }
            }
        }

        return string.CompareOrdinal(x, y);
    }

    private static int ComparePrimary(string x, string y)
    {
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            int cx = Weight(x[i]);
            int cy = Weight(y[i]);
            if (cx != cy)
            {
                return cx.CompareTo(cy);
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int Weight(char c)
    {
        if (char.IsLetter(c))
        {
            return 0x20000 + char.ToLowerInvariant(c);
        }

        if (char.IsDigit(c))
        {
            return 0x10000 + c;
        }

        return c;
    }
}
