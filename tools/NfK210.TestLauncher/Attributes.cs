using System;

namespace NfK210.TestLauncher
{
    /// <summary>Finds nanoFramework.TestFramework attributes by name: the test assembly carries its own copy of them.</summary>
    internal static class Attributes
    {
        private const string Framework = "nanoFramework.TestFramework.";

        public static bool Has(object[] attributes, string name) => Find(attributes, name, 0) != null;

        /// <summary>The index-th attribute of that name, or null.</summary>
        public static object? Find(object[] attributes, string name, int index)
        {
            for (int i = 0; i < attributes.Length; i++)
            {
                if (IsNamed(attributes[i].GetType(), name) && index-- == 0)
                {
                    return attributes[i];
                }
            }

            return null;
        }

        /// <summary>Whether the type, or one of its bases, is nanoFramework.TestFramework.&lt;name&gt;.</summary>
        public static bool IsNamed(Type? type, string name)
        {
            for (Type? t = type; t != null; t = t.BaseType)
            {
                if (t.FullName == Framework + name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
