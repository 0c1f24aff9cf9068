// The runner every port shares: starts nanoCLR, checks each assembly of an image against its native table and
// links it, resolves, and runs the entry point. Where the image comes from (host files, a board's deployment region)
// and how messages are held stay in the ports; failures are reported on stderr, starting with the port's name.

#include <nanoCLR_Runtime.h>
#include <nanoCLR_Application.h>
#include <corlib_native.h>

#include <stdio.h>

#include "nfk_clr_common.h"

// Set when an exception leaves a managed thread (the .NET rule: the program fails).
static bool exception_left_a_thread;

static const char *describe(HRESULT hr)
{
    return CLR_RT_DUMP::GETERRORMESSAGE(hr);
}

static const char *program()
{
    return nfk_clr_runner_port_words.program;
}

bool nfk_clr_start_engine()
{
    nanoHAL_Initialize();
    CLR_RT_Assembly::InitString();
    CLR_RT_Memory::Reset();

    HRESULT hr = CLR_RT_ExecutionEngine::CreateInstance();
    if (SUCCEEDED(hr))
        hr = g_CLR_RT_ExecutionEngine.StartHardware();
    if (FAILED(hr))
        fprintf(stderr, "%s: cannot start nanoCLR (%s)\n", program(), describe(hr));
    return SUCCEEDED(hr);
}

// Creates and links one assembly whose header and CRC are good.
static bool link_assembly(const CLR_RECORD_ASSEMBLY *header, const char *name, bool verbose)
{
    CLR_RT_Assembly *assembly = nullptr;
    HRESULT hr = CLR_RT_Assembly::CreateInstance(header, assembly);
    if (FAILED(hr))
    {
        fprintf(stderr, "%s: %s: cannot create the assembly (%s)\n", program(), name, describe(hr));
        return false;
    }
    const CLR_RT_NativeAssemblyData *natives = GetAssemblyNativeData(assembly->m_szName);
    if (natives == nullptr && header->nativeMethodsChecksum != 0 && nfk_clr_runner_port_words.explain_missing_table)
    {
        fprintf(stderr, "%s: %s: assembly %s has native methods (checksum 0x%08X) but this %s has no native table "
                "for it\n", program(), name, assembly->m_szName, (unsigned)header->nativeMethodsChecksum,
                nfk_clr_runner_port_words.natives_holder);
        assembly->DestroyInstance();
        return false;
    }
    uint32_t expected = natives != nullptr ? natives->m_checkSum : 0;
    if (header->nativeMethodsChecksum != expected)
    {
        // nanoCLR's wording, so that messages match the board's.
        fprintf(stderr, "%s: %s: Invalid native checksum: %s 0x%08X!=0x%08X (the .pe was built for other native "
                "methods than this %s has)\n", program(), name, assembly->m_szName,
                (unsigned)header->nativeMethodsChecksum, (unsigned)expected, nfk_clr_runner_port_words.natives_holder);
        assembly->DestroyInstance();
        return false;
    }
    if (natives != nullptr)
        assembly->m_nativeCode = (const CLR_RT_MethodHandler *)natives->m_pNativeMethods;
    if (verbose)
        fprintf(stderr, "%s: loaded %s from %s (%u bytes)\n", program(), assembly->m_szName, name,
                (unsigned)header->TotalSize());
    g_CLR_RT_TypeSystem.Link(assembly);
    return true;
}

bool nfk_clr_link_image(const uint8_t *image, size_t size, const char *name, bool verbose)
{
    size_t offset = 0;
    int linked = 0;
    // offset < size: the 4-byte rounding after the last assembly may step past the end.
    while (offset < size && size - offset >= sizeof(CLR_RECORD_ASSEMBLY))
    {
        const CLR_RECORD_ASSEMBLY *header = reinterpret_cast<const CLR_RECORD_ASSEMBLY *>(image + offset);
        if (!header->GoodHeader())
        {
            if (linked > 0)
                break; // padding after the last assembly (erased flash or zeros)
            fprintf(stderr, "%s: %s: not a nanoFramework .pe file (no NFMRK2 assembly header at offset %u)\n",
                    program(), name, (unsigned)offset);
            return false;
        }
        size_t total = header->TotalSize();
        if (total > size - offset)
        {
            fprintf(stderr, "%s: %s: the assembly at offset %u claims %u bytes, %u are left\n", program(), name,
                    (unsigned)offset, (unsigned)total, (unsigned)(size - offset));
            return false;
        }
        if (!header->GoodAssembly())
        {
            fprintf(stderr, "%s: %s: the assembly at offset %u fails its CRC check (corrupt .pe)\n", program(), name,
                    (unsigned)offset);
            return false;
        }
        if (!link_assembly(header, name, verbose))
            return false;
        linked++;
        offset += (total + 3u) & ~(size_t)3u;
    }
    if (linked == 0)
    {
        fprintf(stderr, "%s: %s: no assembly in %u bytes\n", program(), name, (unsigned)size);
        return false;
    }
    return true;
}

static void print_exception(CLR_RT_HeapBlock *exception)
{
    char type_name[256];
    char *cursor = type_name;
    size_t left = sizeof type_name;
    if (FAILED(g_CLR_RT_TypeSystem.BuildTypeName(exception->ObjectCls(), cursor, left)))
        snprintf(type_name, sizeof type_name, "%s", "(unknown exception type)");
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
            snprintf(method, sizeof method, "%s", "(unknown method)");
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

int nfk_clr_resolve_and_execute()
{
    HRESULT hr = g_CLR_RT_TypeSystem.ResolveAll();
    if (SUCCEEDED(hr))
        hr = g_CLR_RT_TypeSystem.PrepareForExecution();
    if (FAILED(hr))
    {
        nfk_clr_release_diagnostics();
        fprintf(stderr, "%s: cannot resolve the assemblies (%s): a referenced assembly or member is missing\n",
                program(), describe(hr));
        return NFK_CLR_EXIT_LOAD;
    }
    nfk_clr_hold_diagnostics(false);

    if (NANOCLR_INDEX_IS_INVALID(g_CLR_RT_TypeSystem.m_entryPoint))
    {
        fprintf(stderr, "%s: no entry point: none of the loaded assemblies has a static Main\n", program());
        return NFK_CLR_EXIT_LOAD;
    }

    hr = g_CLR_RT_ExecutionEngine.Execute(nullptr, 50);
    fflush(stdout);
    if (exception_left_a_thread)
        return NFK_CLR_EXIT_EXCEPTION;
    if (FAILED(hr))
    {
        fprintf(stderr, "%s: execution failed (%s)\n", program(), describe(hr));
        return NFK_CLR_EXIT_EXCEPTION;
    }
    return NFK_CLR_EXIT_OK;
}
