// Runs managed code on the RV64 boards: takes the deployment image (the .pe files of an app and its references,
// concatenated at 4-byte boundaries, as a board's DEPLOYMENT region holds them), checks every assembly against its
// native table, resolves, and runs the entry point. The outcome is an nfk_clr_exit status, with the reason on stderr.

#include <nanoCLR_Runtime.h>
#include <nanoCLR_Application.h>
#include <corlib_native.h>

#include <stdio.h>

#include "nfk_clr_riscv.h"

static bool exception_left_a_thread;

static const char *describe(HRESULT hr)
{
    return CLR_RT_DUMP::GETERRORMESSAGE(hr);
}

// Creates and links one assembly whose header and CRC are good.
static HRESULT link_assembly(const CLR_RECORD_ASSEMBLY *header, const char *name, bool verbose)
{
    CLR_RT_Assembly *assembly = nullptr;
    HRESULT hr = CLR_RT_Assembly::CreateInstance(header, assembly);
    if (FAILED(hr))
    {
        fprintf(stderr, "nanoclr: %s: cannot create the assembly (%s)\n", name, describe(hr));
        return hr;
    }
    const CLR_RT_NativeAssemblyData *natives = GetAssemblyNativeData(assembly->m_szName);
    uint32_t expected = natives != nullptr ? natives->m_checkSum : 0;
    if (header->nativeMethodsChecksum != expected)
    {
        fprintf(
            stderr,
            "nanoclr: %s: Invalid native checksum: %s 0x%08X!=0x%08X (the .pe was built for other native methods "
            "than this image has)\n",
            name,
            assembly->m_szName,
            (unsigned)header->nativeMethodsChecksum,
            (unsigned)expected);
        assembly->DestroyInstance();
        return CLR_E_ASSM_WRONG_CHECKSUM;
    }
    if (natives != nullptr)
        assembly->m_nativeCode = (const CLR_RT_MethodHandler *)natives->m_pNativeMethods;
    if (verbose)
        fprintf(stderr, "nanoclr: loaded %s (%u bytes)\n", assembly->m_szName, (unsigned)header->TotalSize());
    g_CLR_RT_TypeSystem.Link(assembly);
    return S_OK;
}

static HRESULT link_image(const uint8_t *image, size_t size, const char *name, bool verbose)
{
    size_t offset = 0;
    int linked = 0;
    while (size - offset >= sizeof(CLR_RECORD_ASSEMBLY))
    {
        const CLR_RECORD_ASSEMBLY *header = reinterpret_cast<const CLR_RECORD_ASSEMBLY *>(image + offset);
        if (!header->GoodHeader())
        {
            if (linked > 0)
                break; // padding after the last assembly (erased flash or zeros)
            fprintf(stderr, "nanoclr: %s: not a nanoFramework .pe file (no assembly header at offset %u)\n", name,
                    (unsigned)offset);
            return CLR_E_FAIL;
        }
        size_t total = header->TotalSize();
        if (total > size - offset)
        {
            fprintf(stderr, "nanoclr: %s: the assembly at offset %u claims %u bytes, %u are left\n", name,
                    (unsigned)offset, (unsigned)total, (unsigned)(size - offset));
            return CLR_E_FAIL;
        }
        if (!header->GoodAssembly())
        {
            fprintf(stderr, "nanoclr: %s: the assembly at offset %u fails its CRC check (corrupt .pe)\n", name,
                    (unsigned)offset);
            return CLR_E_FAIL;
        }
        HRESULT hr = link_assembly(header, name, verbose);
        if (FAILED(hr))
            return hr;
        linked++;
        offset += (total + 3u) & ~(size_t)3u;
    }
    if (linked == 0)
    {
        fprintf(stderr, "nanoclr: %s: no assembly in %u bytes\n", name, (unsigned)size);
        return CLR_E_FAIL;
    }
    return S_OK;
}

static void print_exception(CLR_RT_HeapBlock *exception)
{
    char type_name[256];
    char *cursor = type_name;
    size_t left = sizeof type_name;
    if (FAILED(g_CLR_RT_TypeSystem.BuildTypeName(exception->ObjectCls(), cursor, left)))
        hal_strcpy_s(type_name, sizeof type_name, "(unknown exception type)");
    const char *message = Library_corlib_native_System_Exception::GetMessage(exception);
    fprintf(stderr, "Unhandled exception. %s: %s\n", type_name, message != nullptr ? message : "(no message)");

    CLR_UINT32 depth = 0;
    Library_corlib_native_System_Exception::StackTrace *frames =
        Library_corlib_native_System_Exception::GetStackTrace(exception, depth);
    for (CLR_UINT32 i = 0; frames != nullptr && i < depth; i++)
    {
        char method[256];
        cursor = method;
        left = sizeof method;
        if (FAILED(g_CLR_RT_TypeSystem.BuildMethodName(frames[i].m_md, cursor, left)))
            hal_strcpy_s(method, sizeof method, "(unknown method)");
        fprintf(stderr, "   at %s [IL 0x%04X]\n", method, (unsigned)frames[i].m_IP);
    }
}

void nfk_clr_on_uncaught_exception(void *thread)
{
    CLR_RT_HeapBlock *exception = static_cast<CLR_RT_Thread *>(thread)->m_currentException.Dereference();
    if (exception != nullptr)
        print_exception(exception);
    else
        fputs("Unhandled exception (no exception object)\n", stderr);
    exception_left_a_thread = true;
    ClrExit(); // as on .NET: an exception leaving any thread ends the program
}

extern "C" int nfk_clr_run(const uint8_t *image, size_t size, const char *name, bool verbose)
{
    // nanoCLR's per-assembly table dump only when asked: the console is slow on the board.
    s_CLR_RT_fTrace_AssemblyOverhead = verbose ? c_CLR_RT_Trace_Info : c_CLR_RT_Trace_None;
    nanoHAL_Initialize();
    CLR_RT_Assembly::InitString();
    CLR_RT_Memory::Reset();

    HRESULT hr = CLR_RT_ExecutionEngine::CreateInstance();
    if (SUCCEEDED(hr))
        hr = g_CLR_RT_ExecutionEngine.StartHardware();
    if (FAILED(hr))
    {
        fprintf(stderr, "nanoclr: cannot start nanoCLR (%s)\n", describe(hr));
        return NFK_CLR_EXIT_LOAD;
    }
    if (FAILED(link_image(image, size, name, verbose)))
        return NFK_CLR_EXIT_LOAD;

    hr = g_CLR_RT_TypeSystem.ResolveAll();
    if (SUCCEEDED(hr))
        hr = g_CLR_RT_TypeSystem.PrepareForExecution();
    if (FAILED(hr))
    {
        fprintf(stderr, "nanoclr: cannot resolve the assemblies (%s): a referenced assembly or member is missing\n",
                describe(hr));
        return NFK_CLR_EXIT_LOAD;
    }
    if (NANOCLR_INDEX_IS_INVALID(g_CLR_RT_TypeSystem.m_entryPoint))
    {
        fputs("nanoclr: no entry point: none of the loaded assemblies has a static Main\n", stderr);
        return NFK_CLR_EXIT_LOAD;
    }

    hr = g_CLR_RT_ExecutionEngine.Execute(nullptr, 50);
    fflush(stdout);
    if (exception_left_a_thread)
        return NFK_CLR_EXIT_EXCEPTION;
    if (FAILED(hr))
    {
        fprintf(stderr, "nanoclr: execution failed (%s)\n", describe(hr));
        return NFK_CLR_EXIT_EXCEPTION;
    }
    return NFK_CLR_EXIT_OK;
}
