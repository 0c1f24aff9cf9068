using System;
using System.Reflection;

namespace NfK210.TestLauncher
{
    /// <summary>
    /// Runs the tests of the assembly NFUnitTest on nanoCLR and prints nanoFramework's lines (<c>Test passed,…</c>,
    /// <c>Test failed,…</c>, <c>Test skipped,…</c>) and the closing <c>N passed, N failed</c>.
    /// </summary>
    public static class Program
    {
        private const string TestAssembly = "NFUnitTest";

        public static void Main()
        {
            Assembly tests = Assembly.Load(TestAssembly);
            if (tests == null)
            {
                Console.WriteLine("no assembly " + TestAssembly + " is loaded");
                throw new InvalidOperationException("no assembly " + TestAssembly + " is loaded");
            }

            var counts = new Counts();
            Type[] classes = TestClasses(tests.GetTypes());
            for (int i = 0; i < classes.Length; i++)
            {
                new ClassRun(classes[i], counts).Run();
            }

            Console.WriteLine(counts.ToString());
        }

        /// <summary>The [TestClass] types, by full name (the host runner's order).</summary>
        private static Type[] TestClasses(Type[] types)
        {
            int n = 0;
            Type[] found = new Type[types.Length];
            for (int i = 0; i < types.Length; i++)
            {
                if (types[i].IsClass && Attributes.Has(types[i].GetCustomAttributes(false), "TestClassAttribute"))
                {
                    found[n++] = types[i];
                }
            }

            Type[] result = new Type[n];
            Array.Copy(found, result, n);
            string[] names = new string[n];
            for (int i = 0; i < n; i++)
            {
                names[i] = result[i].FullName;
            }

            Ordering.SortByKey(result, names);
            return result;
        }
    }
}
