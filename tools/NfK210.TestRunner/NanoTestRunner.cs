using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace NfK210.TestRunner;

/// <summary>
/// Runs nanoFramework-style tests on .NET. Tests are found by attribute names (namespace
/// <c>nanoFramework.TestFramework</c>), so the test assembly carries its own copy of the shim, as on the board.
/// Lifecycle per [TestClass], as nanoFramework's UnitTestLauncher: every [Setup] method once, then every [TestMethod]
/// (methods that also have [DataRow] run once per row instead), then every [Cleanup]; classes by full name, methods
/// by name (ordinal), the order the nanoCLR launcher (tools/NfK210.TestLauncher) uses too. One instance per class serves all
/// of them; the board's launcher passes no instance, so tests must not keep state in instance fields.
/// A <c>SkipTestException</c> from [Setup] skips the class. Prints nanoFramework's lines
/// (<c>Test passed,Class.Method,ms</c>, <c>Test failed,Class.Method,message</c>, <c>Test skipped,...</c>).
/// </summary>
public static class NanoTestRunner
{
    private const string Framework = "nanoFramework.TestFramework.";

    /// <summary>Loads the assembly file and runs its tests.</summary>
    public static TestSummary Run(string assemblyPath, TextWriter output)
    {
        Assembly assembly = Assembly.LoadFrom(Path.GetFullPath(assemblyPath));
        return Run(assembly, output);
    }

    /// <summary>Runs the tests of a loaded assembly.</summary>
    public static TestSummary Run(Assembly assembly, TextWriter output)
    {
        int passed = 0, failed = 0, skipped = 0;
        void Count(TestOutcome outcome)
        {
            switch (outcome)
            {
                case TestOutcome.Passed: passed++; break;
                case TestOutcome.Failed: failed++; break;
                default: skipped++; break;
            }
        }

        Type[] classes = assembly.GetTypes()
            .Where(t => t.IsClass && Has(t, "TestClassAttribute"))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        foreach (Type type in classes)
        {
            RunClass(type, output, Count);
        }

        var summary = new TestSummary(passed, failed, skipped);
        output.WriteLine(summary.ToString());
        return summary;
    }

    private static void RunClass(Type type, TextWriter output, Action<TestOutcome> count)
    {
        MethodInfo[] methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static |
                                               BindingFlags.DeclaredOnly)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToArray();
        MethodInfo[] tests = methods.Where(m => Has(m, "TestMethodAttribute") || Has(m, "DataRowAttribute")).ToArray();
        object? instance = null;
        string? skipAll = null;
        try
        {
            instance = type.IsAbstract && type.IsSealed ? null : Activator.CreateInstance(type);
            foreach (MethodInfo setup in methods.Where(m => Has(m, "SetupAttribute")))
            {
                Invoke(setup, instance, null);
            }
        }
        catch (Exception e)
        {
            Exception inner = Unwrap(e);
            if (!IsSkip(inner))
            {
                foreach (MethodInfo test in tests)
                {
                    output.WriteLine($"Test failed,{Name(type, test)},[Setup] threw {inner.GetType().Name}: {inner.Message}");
                    count(TestOutcome.Failed);
                }

                return;
            }

            skipAll = inner.Message;
        }

        foreach (MethodInfo test in tests)
        {
            object?[][] rows = DataRows(test);
            for (int i = 0; i < rows.Length; i++)
            {
                string name = rows.Length > 1 || Has(test, "DataRowAttribute") ? $"{Name(type, test)}.{i}" : Name(type, test);
                if (skipAll != null)
                {
                    output.WriteLine($"Test skipped,{name},{skipAll}");
                    count(TestOutcome.Skipped);
                    continue;
                }

                count(RunOne(test, instance, rows[i], name, output));
            }
        }

        foreach (MethodInfo cleanup in methods.Where(m => Has(m, "CleanupAttribute")))
        {
            try
            {
                Invoke(cleanup, instance, null);
            }
            catch (Exception e)
            {
                Exception inner = Unwrap(e);
                output.WriteLine($"Test failed,{Name(type, cleanup)},[Cleanup] threw {inner.GetType().Name}: {inner.Message}");
                count(TestOutcome.Failed);
            }
        }
    }

    private static TestOutcome RunOne(MethodInfo test, object? instance, object?[]? args, string name, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            Invoke(test, instance, args);
            output.WriteLine($"Test passed,{name},{clock.ElapsedMilliseconds}");
            return TestOutcome.Passed;
        }
        catch (Exception e)
        {
            Exception inner = Unwrap(e);
            if (IsSkip(inner))
            {
                output.WriteLine($"Test skipped,{name},{inner.Message}");
                return TestOutcome.Skipped;
            }

            string what = IsName(inner.GetType(), "AssertFailedException")
                ? inner.Message
                : $"{inner.GetType().Name}: {inner.Message}";
            output.WriteLine($"Test failed,{name},{what.ReplaceLineEndings(" ")}");
            return TestOutcome.Failed;
        }
    }

    private static void Invoke(MethodInfo method, object? instance, object?[]? args)
    {
        ParameterInfo[] parameters = method.GetParameters();
        object?[]? converted = null;
        if (parameters.Length > 0)
        {
            if (args == null || args.Length != parameters.Length)
            {
                throw new InvalidOperationException(
                    $"{method.Name} takes {parameters.Length} arguments but its data row gives {args?.Length ?? 0}");
            }

            converted = new object?[args.Length];
            for (int i = 0; i < args.Length; i++)
            {
                converted[i] = args[i] is IConvertible c && parameters[i].ParameterType.IsPrimitive
                    ? c.ToType(parameters[i].ParameterType, CultureInfo.InvariantCulture)
                    : args[i];
            }
        }

        method.Invoke(method.IsStatic ? null : instance, converted);
    }

    /// <summary>The argument lists of a test: one per [DataRow], or a single empty one.</summary>
    private static object?[][] DataRows(MethodInfo method)
    {
        object?[][] rows = method.GetCustomAttributes(inherit: false)
            .Where(a => IsName(a.GetType(), "DataRowAttribute"))
            .Select(a => (object?[])(a.GetType().GetProperty("MethodParameters")?.GetValue(a) ?? Array.Empty<object?>()))
            .ToArray();
        return rows.Length > 0 ? rows : [null!];
    }

    private static Exception Unwrap(Exception e) =>
        e is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : e;

    private static bool IsSkip(Exception e) => IsName(e.GetType(), "SkipTestException");

    private static bool IsName(Type? type, string name)
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

    private static bool Has(MemberInfo member, string attribute) =>
        member.GetCustomAttributes(inherit: false).Any(a => IsName(a.GetType(), attribute));

    private static string Name(Type type, MethodInfo method) => $"{type.FullName}.{method.Name}";
}
