// Runs managed code on the host: loads .pe images (each a single assembly or a deployment image of several, 4-byte
// aligned), checks each against its native table, resolves, and runs the entry point. Failures are reported as
// exit codes (nfk_clr_host.h) with nanoCLR's message on stderr.

#include <nanoCLR_Runtime.h>
#include <nanoCLR_Application.h>
#include <corlib_native.h>

#include <stdio.h>
#include <string.h>

#include "nfk_clr_host.h"

// Set when an exception leaves a managed thread (the .NET rule: the process fails).
static bool uncaught_exception;

static const char *error_name(HRESULT hr) { return CLR_RT_DUMP::GETERRORMESSAGE(hr); }

// Loads one assembly; prints why not and returns the failure.
static HRESULT load_assembly(const CLR_RECORD_ASSEMBLY *header, const char *file, bool verbose)
{
    CLR_RT_Assembly *assembly = nullptr;
    HRESULT hr = CLR_RT_Assembly::CreateInstance(header, assembly);
    if (FAILED(hr))
    {
        fprintf(stderr, "nanoclr-k210: %s: cannot create the assembly (%s)\n", file, error_name(hr));
        return hr;
    }
    const CLR_RT_NativeAssemblyData *natives = GetAssemblyNativeData(assembly->m_szName);
    if (natives != nullptr)
    {
        if (header->nativeMethodsChecksum != natives->m_checkSum)
        {
            // nanoCLR's wording, so that messages match the board's.
            fprintf(stderr, "nanoclr-k210: %s: Invalid native checksum: %s 0x%08X!=0x%08X (the .pe was built for "
                    "other native methods than this runner has)\n", file, assembly->m_szName,
                    (unsigned)header->nativeMethodsChecksum, (unsigned)natives->m_checkSum);
            assembly->DestroyInstance();
            return CLR_E_ASSM_WRONG_CHECKSUM;
        }
        assembly->m_nativeCode = (const CLR_RT_MethodHandler *)natives->m_pNativeMethods;
    }
    else if (header->nativeMethodsChecksum != 0)
    {
        fprintf(stderr, "nanoclr-k210: %s: assembly %s has native methods (checksum 0x%08X) but this runner has no "
                "native table for it\n", file, assembly->m_szName, (unsigned)header->nativeMethodsChecksum);
        assembly->DestroyInstance();
        return CLR_E_ASSM_WRONG_CHECKSUM;
    }
    if (verbose)
        fprintf(stderr, "nanoclr-k210: loaded %s from %s\n", assembly->m_szName, file);
    g_CLR_RT_TypeSystem.Link(assembly);
    return S_OK;
}

// Loads every assembly of one image (a single .pe or a deployment image).
static HRESULT load_image(const nfk_clr_image &image, bool verbose)
{
    const uint8_t *at = image.bytes;
    const uint8_t *end = image.bytes + image.size;
    int loaded = 0;
    if (image.size < sizeof(CLR_RECORD_ASSEMBLY))
    {
        fprintf(stderr, "nanoclr-k210: %s: not a nanoFramework .pe file (%zu bytes, less than an assembly header)\n",
                image.name, image.size);
        return CLR_E_FAIL;
    }
    while ((size_t)(end - at) >= sizeof(CLR_RECORD_ASSEMBLY))
    {
        const CLR_RECORD_ASSEMBLY *header = reinterpret_cast<const CLR_RECORD_ASSEMBLY *>(at);
        if (!header->GoodHeader())
        {
            // Trailing padding of a deployment image is erased flash or zeros: stop there once something loaded.
            if (loaded > 0)
                break;
            fprintf(stderr, "nanoclr-k210: %s: not a nanoFramework .pe file (no NFMRK2 assembly header at offset "
                    "%zu)\n", image.name, (size_t)(at - image.bytes));
            return CLR_E_FAIL;
        }
        size_t total = header->TotalSize();
        if (total > (size_t)(end - at))
        {
            fprintf(stderr, "nanoclr-k210: %s: assembly at offset %zu claims %zu bytes, the file has %zu left\n",
                    image.name, (size_t)(at - image.bytes), total, (size_t)(end - at));
            return CLR_E_FAIL;
        }
        if (!header->GoodAssembly())
        {
            fprintf(stderr, "nanoclr-k210: %s: the assembly at offset %zu fails its CRC check (corrupt .pe)\n",
                    image.name, (size_t)(at - image.bytes));
            return CLR_E_FAIL;
        }
        HRESULT hr = load_assembly(header, image.name, verbose);
        if (FAILED(hr))
            return hr;
        loaded++;
        at += (total + 3u) & ~(size_t)3u;
    }
    if (loaded == 0)
    {
        fprintf(stderr, "nanoclr-k210: %s: no assembly in %zu bytes\n", image.name, image.size);
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
        strcpy(type_name, "(unknown exception type)");
    const char *message = Library_corlib_native_System_Exception::GetMessage(exception);
    fprintf(stderr, "Unhandled exception. %s: %s\n", type_name,
            message != nullptr ? message : "(no message)");

    CLR_UINT32 depth = 0;
    Library_corlib_native_System_Exception::StackTrace *frames =
        Library_corlib_native_System_Exception::GetStackTrace(exception, depth);
    for (CLR_UINT32 i = 0; frames != nullptr && i < depth; i++)
    {
        char method[256];
        cursor = method;
        left = sizeof method;
        if (FAILED(g_CLR_RT_TypeSystem.BuildMethodName(frames[i].m_md, cursor, left)))
            strcpy(method, "(unknown method)");
        fprintf(stderr, "   at %s [IL 0x%04X]\n", method, (unsigned)frames[i].m_IP);
    }
}

void nfk_clr_on_uncaught_exception(void *thread)
{
    CLR_RT_Thread *th = static_cast<CLR_RT_Thread *>(thread);
    CLR_RT_HeapBlock *exception = th->m_currentException.Dereference();
    if (exception != nullptr)
        print_exception(exception);
    else
        fputs("Unhandled exception (no exception object)\n", stderr);
    uncaught_exception = true;
    ClrExit(); // as on .NET: an exception leaving any thread ends the program
}

int nfk_clr_run(const nfk_clr_image *images, size_t count, bool verbose)
{
    nanoHAL_Initialize();
    CLR_RT_Assembly::InitString();
    CLR_RT_Memory::Reset();

    HRESULT hr = CLR_RT_ExecutionEngine::CreateInstance();
    if (SUCCEEDED(hr))
        hr = g_CLR_RT_ExecutionEngine.StartHardware();
    if (FAILED(hr))
    {
        fprintf(stderr, "nanoclr-k210: cannot start nanoCLR (%s)\n", error_name(hr));
        return NFK_CLR_EXIT_LOAD;
    }

    // Loading and resolving print a size report per assembly, and the names of what cannot be found: keep that
    // for failures.
    nfk_clr_hold_diagnostics(!verbose);
    for (size_t i = 0; i < count; i++)
    {
        if (FAILED(load_image(images[i], verbose)))
        {
            nfk_clr_release_diagnostics();
            return NFK_CLR_EXIT_LOAD;
        }
    }

    hr = g_CLR_RT_TypeSystem.ResolveAll();
    if (SUCCEEDED(hr))
        hr = g_CLR_RT_TypeSystem.PrepareForExecution();
    if (FAILED(hr))
        nfk_clr_release_diagnostics();
    else
        nfk_clr_hold_diagnostics(false);
    if (FAILED(hr))
    {
        fprintf(stderr, "nanoclr-k210: cannot resolve the assemblies (%s): a referenced assembly or member is "
                "missing\n", error_name(hr));
        return NFK_CLR_EXIT_LOAD;
    }

    if (NANOCLR_INDEX_IS_INVALID(g_CLR_RT_TypeSystem.m_entryPoint))
    {
        fputs("nanoclr-k210: no entry point: none of the loaded assemblies has a static Main\n", stderr);
        return NFK_CLR_EXIT_LOAD;
    }

    hr = g_CLR_RT_ExecutionEngine.Execute(nullptr, 50);
    fflush(stdout);
    if (uncaught_exception)
        return NFK_CLR_EXIT_EXCEPTION;
    if (FAILED(hr))
    {
        fprintf(stderr, "nanoclr-k210: execution failed (%s)\n", error_name(hr));
        return NFK_CLR_EXIT_EXCEPTION;
    }
    return NFK_CLR_EXIT_OK;
}
