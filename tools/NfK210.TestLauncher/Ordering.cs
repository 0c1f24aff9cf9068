namespace NfK210.TestLauncher
{
    /// <summary>Ordinal name order, so nanoCLR and .NET print tests in the same order (mscorlib has no Array.Sort).</summary>
    internal static class Ordering
    {
        /// <summary>Sorts items (a Type[] or MethodInfo[], through array covariance) by their keys, stably.</summary>
        public static void SortByKey(object[] items, string[] keys)
        {
            for (int i = 1; i < items.Length; i++)
            {
                object item = items[i];
                string key = keys[i];
                int j = i - 1;
                while (j >= 0 && string.Compare(keys[j], key) > 0)
                {
                    items[j + 1] = items[j];
                    keys[j + 1] = keys[j];
                    j--;
                }

                items[j + 1] = item;
                keys[j + 1] = key;
            }
        }
    }
}
