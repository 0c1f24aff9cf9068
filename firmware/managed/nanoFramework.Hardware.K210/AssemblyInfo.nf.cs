using System.Reflection;

// The native method table (firmware/native/clr) is generated from the built assembly and carries this version;
// bump it together with the table whenever the assembly's method list changes (nanoCLR checks a checksum of it).
[assembly: AssemblyNativeVersion("1.0.0.1")]
[assembly: AssemblyTitle("nanoFramework.Hardware.K210")]
[assembly: AssemblyVersion("1.0.0.0")]
