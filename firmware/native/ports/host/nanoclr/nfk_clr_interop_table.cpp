// The native assemblies of the host runner: what mscorlib needs from nanoCLR, and nanoFramework.Hardware.K210.
// nanoCLR finds a record by assembly name when the assembly loads and checks its checksum (spec §1.3).

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
