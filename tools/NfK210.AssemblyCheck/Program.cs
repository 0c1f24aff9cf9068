using NfK210.AssemblyCheck;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: nfk210-assembly-check ASSEMBLY.dll [ASSEMBLY.dll ...] (they may reference each other and mscorlib)");
    return 2;
}

int failures = 0;
string[] names;
try
{
    names = args.Select(DeviceAssemblyChecker.AssemblyName).ToArray();
}
catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException)
{
    Console.Error.WriteLine($"cannot read: {e.Message}");
    return 2;
}

foreach (string path in args)
{
    IReadOnlyList<string> problems;
    try
    {
        problems = DeviceAssemblyChecker.Check(path, names);
    }
    catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException)
    {
        Console.Error.WriteLine($"{path}: cannot read: {e.Message}");
        return 2;
    }

    foreach (string problem in problems)
    {
        Console.WriteLine($"{Path.GetFileName(path)}: {problem}");
    }

    Console.WriteLine($"{Path.GetFileName(path)}: {(problems.Count == 0 ? "ok for nanoCLR" : $"{problems.Count} problem(s)")}");
    failures += problems.Count;
}

return failures == 0 ? 0 : 1;
