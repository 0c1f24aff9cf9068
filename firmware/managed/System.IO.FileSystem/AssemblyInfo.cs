using System.Reflection;
using System.Runtime.CompilerServices;

// The native record nanoCLR binds to (nf-interpreter src/System.IO.FileSystem/nf_sys_io_filesystem.cpp) is
// "System.IO.FileSystem" 1.1.0.4, checksum 0x1777E2FE; the assembly version is the one of the package release we mirror.
[assembly: AssemblyNativeVersion("1.1.0.4")]
[assembly: AssemblyTitle("System.IO.FileSystem")]
[assembly: AssemblyVersion("1.1.93.0")]
