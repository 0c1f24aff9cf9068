using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Assertions with nanoFramework.TestFramework's names. Comparisons are exact; the float and double overloads with a
    /// delta are additions (nanoFramework's have none). Written for the nanoFramework subset: no generics.
    /// </summary>
    public static class Assert
    {
        /// <summary>Fails unless condition is true.</summary>
        public static void IsTrue(bool condition, string message = "")
        {
            if (!condition)
            {
                Fail("expected true", message);
            }
        }

        /// <summary>Fails unless condition is false.</summary>
        public static void IsFalse(bool condition, string message = "")
        {
            if (condition)
            {
                Fail("expected false", message);
            }
        }

        /// <summary>Fails unless value is null.</summary>
        public static void IsNull(object? value, string message = "")
        {
            if (value != null)
            {
                Fail("expected null, got " + value, message);
            }
        }

        /// <summary>Fails when value is null.</summary>
        public static void IsNotNull(object? value, string message = "")
        {
            if (value == null)
            {
                Fail("expected a value, got null", message);
            }
        }

        /// <summary>Fails unless both are equal.</summary>
        public static void AreEqual(int expected, int actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless both are equal.</summary>
        public static void AreEqual(long expected, long actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless both are equal.</summary>
        public static void AreEqual(uint expected, uint actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless both are equal.</summary>
        public static void AreEqual(byte expected, byte actual, string message = "") => Equal(expected, actual, message);

        /// <summary>Fails unless both are equal.</summary>
        public static void AreEqual(bool expected, bool actual, string message = "")
        {
            if (expected != actual)
            {
                Fail("expected " + expected + ", got " + actual, message);
            }
        }

        /// <summary>Fails unless both are exactly equal.</summary>
        public static void AreEqual(float expected, float actual, string message = "")
        {
            if (!(expected == actual) && !(float.IsNaN(expected) && float.IsNaN(actual)))
            {
                Fail("expected " + expected + ", got " + actual, message);
            }
        }

        /// <summary>Fails unless |expected - actual| &lt;= delta.</summary>
        public static void AreEqual(float expected, float actual, float delta, string message = "")
        {
            float d = expected - actual;
            if (!(d <= delta && -d <= delta))
            {
                Fail("expected " + expected + " +/- " + delta + ", got " + actual, message);
            }
        }

        /// <summary>Fails unless both are exactly equal.</summary>
        public static void AreEqual(double expected, double actual, string message = "")
        {
            if (!(expected == actual) && !(double.IsNaN(expected) && double.IsNaN(actual)))
            {
                Fail("expected " + expected + ", got " + actual, message);
            }
        }

        /// <summary>Fails unless |expected - actual| &lt;= delta.</summary>
        public static void AreEqual(double expected, double actual, double delta, string message = "")
        {
            double d = expected - actual;
            if (!(d <= delta && -d <= delta))
            {
                Fail("expected " + expected + " +/- " + delta + ", got " + actual, message);
            }
        }

        /// <summary>Fails unless both strings are equal (ordinal).</summary>
        public static void AreEqual(string? expected, string? actual, string message = "")
        {
            if (expected != actual)
            {
                Fail("expected \"" + expected + "\", got \"" + actual + "\"", message);
            }
        }

        /// <summary>Fails unless both are null or <c>expected.Equals(actual)</c>.</summary>
        public static void AreEqual(object? expected, object? actual, string message = "")
        {
            if (expected == null ? actual != null : !expected.Equals(actual))
            {
                Fail("expected " + expected + ", got " + actual, message);
            }
        }

        /// <summary>Fails when both are equal.</summary>
        public static void AreNotEqual(int notExpected, int actual, string message = "")
        {
            if (notExpected == actual)
            {
                Fail("expected anything but " + notExpected, message);
            }
        }

        /// <summary>Fails when both are null or equal.</summary>
        public static void AreNotEqual(object? notExpected, object? actual, string message = "")
        {
            if (notExpected == null ? actual == null : notExpected.Equals(actual))
            {
                Fail("expected anything but " + notExpected, message);
            }
        }

        /// <summary>Fails unless both references are the same object.</summary>
        public static void AreSame(object? expected, object? actual, string message = "")
        {
            if (!ReferenceEquals(expected, actual))
            {
                Fail("expected the same object", message);
            }
        }

        /// <summary>Fails when both references are the same object.</summary>
        public static void AreNotSame(object? notExpected, object? actual, string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                Fail("expected different objects", message);
            }
        }

        /// <summary>Fails unless value is an instance of type (or derives from it).</summary>
        public static void IsInstanceOfType(object? value, Type type, string message = "")
        {
            if (value == null || !type.IsInstanceOfType(value))
            {
                Fail("expected an instance of " + type.FullName + ", got " + (value == null ? "null" : value.GetType().FullName), message);
            }
        }

        /// <summary>Fails unless text contains part.</summary>
        public static void Contains(string part, string? text, string message = "")
        {
            if (text == null || text.IndexOf(part) < 0)
            {
                Fail("expected text containing \"" + part + "\", got \"" + text + "\"", message);
            }
        }

        /// <summary>Fails when text contains part.</summary>
        public static void DoesNotContains(string part, string? text, string message = "")
        {
            if (text != null && text.IndexOf(part) >= 0)
            {
                Fail("expected text without \"" + part + "\", got \"" + text + "\"", message);
            }
        }

        /// <summary>Fails unless text starts with start.</summary>
        public static void StartsWith(string start, string? text, string message = "")
        {
            if (text == null || !text.StartsWith(start))
            {
                Fail("expected text starting with \"" + start + "\", got \"" + text + "\"", message);
            }
        }

        /// <summary>Fails unless text ends with end.</summary>
        public static void EndsWith(string end, string? text, string message = "")
        {
            if (text == null || !text.EndsWith(end))
            {
                Fail("expected text ending with \"" + end + "\", got \"" + text + "\"", message);
            }
        }

        /// <summary>
        /// Fails unless action throws an exception of exactly exceptionType (nanoFramework.TestFramework
        /// <c>Assert.ThrowsException</c>); returns it, so its message can be checked too.
        /// </summary>
        public static Exception ThrowsException(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                if (e.GetType() != exceptionType)
                {
                    Fail("expected " + exceptionType.FullName + ", got " + e.GetType().FullName + ": " + e.Message, message);
                }

                return e;
            }

            Fail("expected " + exceptionType.FullName + ", nothing was thrown", message);
            return new Exception();
        }

        /// <summary>Skips the test with a reason (nanoFramework.TestFramework <c>Assert.SkipTest</c>).</summary>
        public static void SkipTest(string message) => throw new SkipTestException(message);

        /// <summary>Fails the test.</summary>
        public static void Fail(string message) => throw new AssertFailedException(message);

        private static void Equal(long expected, long actual, string message)
        {
            if (expected != actual)
            {
                Fail("expected " + expected + ", got " + actual, message);
            }
        }

        private static void Fail(string what, string message) =>
            throw new AssertFailedException(message == null || message.Length == 0 ? what : message + ": " + what);
    }
}
