// The native assemblies every nanoCLR port links: what mscorlib needs from nanoCLR, nanoFramework.Runtime.Native
// and, when the flavour links the glue (firmware/native/clr), nanoFramework.Hardware.K210 and, with a file layer,
// System.IO.FileSystem (firmware/native/clr/System.IO.FileSystem). One table, so that a .pe that loads on the host
// runner loads on the boards. nanoCLR finds a record by assembly name when the assembly loads and checks its
// checksum (spec §1.3).

#include <nanoCLR_Runtime.h>

extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_mscorlib;
extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_nanoFramework_Runtime_Native;
#if defined(NFK_CLR_WITH_K210)
extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_nanoFramework_Hardware_K210;
#endif
#if defined(NFK_CLR_WITH_FILESYSTEM)
extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_System_IO_FileSystem;
#endif

const CLR_RT_NativeAssemblyData *g_CLR_InteropAssembliesNativeData[] = {
    &g_CLR_AssemblyNative_mscorlib,
    &g_CLR_AssemblyNative_nanoFramework_Runtime_Native,
#if defined(NFK_CLR_WITH_K210)
    &g_CLR_AssemblyNative_nanoFramework_Hardware_K210,
#endif
#if defined(NFK_CLR_WITH_FILESYSTEM)
    &g_CLR_AssemblyNative_System_IO_FileSystem,
#endif
    nullptr,
};

const uint16_t g_CLR_InteropAssembliesCount = ARRAYSIZE(g_CLR_InteropAssembliesNativeData) - 1;
