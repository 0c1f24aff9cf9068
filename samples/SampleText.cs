namespace NfK210.Samples
{
    /// <summary>
    /// Text helpers that print the same on .NET and nanoCLR, whose string.Format knows no alignment: columns are
    /// padded here, numbers formatted with ToString("F3") before they go into a line.
    /// </summary>
    internal static class SampleText
    {
        /// <summary>The text followed by spaces up to width characters (C#'s {text,-width}).</summary>
        public static string Left(string text, int width)
        {
            string padded = text;
            while (padded.Length < width)
            {
                padded += " ";
            }

            return padded;
        }

        /// <summary>The number preceded by spaces up to width characters (C#'s {number,width}).</summary>
        public static string Right(int number, int width)
        {
            string padded = number.ToString();
            while (padded.Length < width)
            {
                padded = " " + padded;
            }

            return padded;
        }

        /// <summary>The number with leading zeros up to width digits (C#'s {number:Dwidth}).</summary>
        public static string Digits(int number, int width)
        {
            string padded = number.ToString();
            while (padded.Length < width)
            {
                padded = "0" + padded;
            }

            return padded;
        }

        /// <summary>Orders two strings by their UTF-16 code units, as StringComparer.Ordinal does.</summary>
        public static int CompareOrdinal(string a, string b)
        {
            int shorter = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < shorter; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] - b[i];
                }
            }

            return a.Length - b.Length;
        }
    }
}
