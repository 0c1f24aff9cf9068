using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Assertions on arrays (nanoFramework.TestFramework <c>CollectionAssert</c>).</summary>
    public static class CollectionAssert
    {
        /// <summary>Fails unless the array is empty.</summary>
        public static void Empty(Array collection, string message = "")
        {
            if (collection == null || collection.Length != 0)
            {
                Assert.Fail(Prefix(message) + "expected an empty array, got " + (collection == null ? "null" : collection.Length + " elements"));
            }
        }

        /// <summary>Fails when the array is empty.</summary>
        public static void NotEmpty(Array collection, string message = "")
        {
            if (collection == null || collection.Length == 0)
            {
                Assert.Fail(Prefix(message) + "expected a non-empty array");
            }
        }

        /// <summary>Fails unless both arrays have the same length and equal elements; names the first difference.</summary>
        public static void AreEqual(Array expected, Array actual, string message = "")
        {
            if (expected == null || actual == null)
            {
                if (expected != actual)
                {
                    Assert.Fail(Prefix(message) + "one array is null");
                }

                return;
            }

            if (expected.Length != actual.Length)
            {
                Assert.Fail(Prefix(message) + "expected " + expected.Length + " elements, got " + actual.Length);
            }

            for (int i = 0; i < expected.Length; i++)
            {
                object? e = expected.GetValue(i);
                object? a = actual.GetValue(i);
                if (e == null ? a != null : !e.Equals(a))
                {
                    Assert.Fail(Prefix(message) + "element " + i + ": expected " + e + ", got " + a);
                }
            }
        }

        /// <summary>Fails when both arrays are equal.</summary>
        public static void AreNotEqual(Array notExpected, Array actual, string message = "")
        {
            try
            {
                AreEqual(notExpected, actual);
            }
            catch (AssertFailedException)
            {
                return;
            }

            Assert.Fail(Prefix(message) + "expected different arrays");
        }

        private static string Prefix(string message) => message == null || message.Length == 0 ? string.Empty : message + ": ";
    }
}
