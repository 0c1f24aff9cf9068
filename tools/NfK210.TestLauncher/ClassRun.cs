using System;
using System.Reflection;

namespace NfK210.TestLauncher
{
    /// <summary>
    /// One [TestClass]: every [Setup] once, then every [TestMethod] (once per [DataRow] when it has rows), then every
    /// [Cleanup] — the lifecycle of nanoFramework's UnitTestLauncher and of the host runner. One instance serves all
    /// (the board's launcher passes none, so tests keep no state in instance fields). A SkipTestException from
    /// [Setup] skips the class.
    /// </summary>
    internal sealed class ClassRun
    {
        private readonly Type _type;
        private readonly Counts _counts;
        private object? _instance;

        public ClassRun(Type type, Counts counts)
        {
            _type = type;
            _counts = counts;
        }

        public void Run()
        {
            MethodInfo[] methods = Methods();
            string? skipAll = null;
            try
            {
                _instance = Instance();
                for (int i = 0; i < methods.Length; i++)
                {
                    if (Attributes.Has(methods[i].GetCustomAttributes(false), "SetupAttribute"))
                    {
                        Invoke(methods[i], null);
                    }
                }
            }
            catch (Exception e)
            {
                if (!Attributes.IsNamed(e.GetType(), "SkipTestException"))
                {
                    FailAll(methods, "[Setup] threw " + e.GetType().Name + ": " + e.Message);
                    return;
                }

                skipAll = e.Message;
            }

            for (int i = 0; i < methods.Length; i++)
            {
                RunTest(methods[i], skipAll);
            }

            for (int i = 0; i < methods.Length; i++)
            {
                if (Attributes.Has(methods[i].GetCustomAttributes(false), "CleanupAttribute"))
                {
                    try
                    {
                        Invoke(methods[i], null);
                    }
                    catch (Exception e)
                    {
                        Report("failed", Name(methods[i]), "[Cleanup] threw " + e.GetType().Name + ": " + e.Message);
                        _counts.Failed++;
                    }
                }
            }
        }

        private void RunTest(MethodInfo method, string? skipAll)
        {
            object[] attributes = method.GetCustomAttributes(false);
            bool hasRows = Attributes.Has(attributes, "DataRowAttribute");
            if (!hasRows && !Attributes.Has(attributes, "TestMethodAttribute"))
            {
                return;
            }

            for (int row = 0; ; row++)
            {
                object? dataRow = hasRows ? Attributes.Find(attributes, "DataRowAttribute", row) : null;
                if (hasRows && dataRow == null)
                {
                    return;
                }

                string name = hasRows ? Name(method) + "." + row : Name(method);
                if (skipAll != null)
                {
                    Report("skipped", name, skipAll);
                    _counts.Skipped++;
                }
                else
                {
                    RunOne(method, dataRow, name);
                }

                if (!hasRows)
                {
                    return;
                }
            }
        }

        private void RunOne(MethodInfo method, object? dataRow, string name)
        {
            DateTime start = DateTime.UtcNow;
            try
            {
                Invoke(method, dataRow == null ? null : RowArguments(dataRow));
                Report("passed", name, ((DateTime.UtcNow - start).Ticks / TimeSpan.TicksPerMillisecond).ToString());
                _counts.Passed++;
            }
            catch (Exception e)
            {
                if (Attributes.IsNamed(e.GetType(), "SkipTestException"))
                {
                    Report("skipped", name, e.Message);
                    _counts.Skipped++;
                    return;
                }

                string what = Attributes.IsNamed(e.GetType(), "AssertFailedException")
                    ? e.Message
                    : e.GetType().Name + ": " + e.Message;
                Report("failed", name, OneLine(what));
                _counts.Failed++;
            }
        }

        private void FailAll(MethodInfo[] methods, string why)
        {
            for (int i = 0; i < methods.Length; i++)
            {
                object[] attributes = methods[i].GetCustomAttributes(false);
                if (Attributes.Has(attributes, "TestMethodAttribute") || Attributes.Has(attributes, "DataRowAttribute"))
                {
                    Report("failed", Name(methods[i]), why);
                    _counts.Failed++;
                }
            }
        }

        private void Invoke(MethodInfo method, object[]? arguments)
        {
            ParameterInfo[] parameters = method.GetParameters();
            int given = arguments == null ? 0 : arguments.Length;
            if (parameters.Length != given)
            {
                throw new InvalidOperationException(
                    method.Name + " takes " + parameters.Length + " arguments but its data row gives " + given);
            }

            method.Invoke(method.IsStatic ? null : _instance, arguments);
        }

        /// <summary>DataRowAttribute.MethodParameters, read through its getter (the attribute type is the test's copy).</summary>
        private static object[] RowArguments(object dataRow)
        {
            MethodInfo? getter = dataRow.GetType().GetMethod("get_MethodParameters");
            object? value = getter == null ? null : getter.Invoke(dataRow, null);
            return value == null ? new object[0] : (object[])value;
        }

        private object? Instance()
        {
            if (_type.IsAbstract)
            {
                return null; // static class
            }

            ConstructorInfo? constructor = _type.GetConstructor(new Type[0]);
            return constructor == null ? null : constructor.Invoke(null);
        }

        /// <summary>Public methods declared by the class, by name.</summary>
        private MethodInfo[] Methods()
        {
            MethodInfo[] all = _type.GetMethods(
                BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
            string[] names = new string[all.Length];
            for (int i = 0; i < all.Length; i++)
            {
                names[i] = all[i].Name;
            }

            Ordering.SortByKey(all, names);
            return all;
        }

        private string Name(MethodInfo method) => _type.FullName + "." + method.Name;

        private static void Report(string outcome, string name, string detail) =>
            Console.WriteLine("Test " + outcome + "," + name + "," + detail);

        private static string OneLine(string text)
        {
            string[] lines = text.Split('\n');
            string result = lines[0].Trim();
            for (int i = 1; i < lines.Length; i++)
            {
                result += " " + lines[i].Trim();
            }

            return result;
        }
    }
}
