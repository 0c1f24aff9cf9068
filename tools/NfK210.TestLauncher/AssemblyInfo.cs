using System.Reflection;

[assembly: AssemblyTitle("NfK210.TestLauncher")]
[assembly: AssemblyVersion("1.0.0.0")]
