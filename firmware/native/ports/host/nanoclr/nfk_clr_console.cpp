// Output of the host runner. The app's text (Debug.WriteLine, and Console.WriteLine, which mscorlib routes through
// it) goes to stdout; nanoCLR's own messages (load errors, diagnostics) go to stderr, so a test can compare stdout
// with what the app prints and nothing else. While the runner loads, nanoCLR's reports are held back and shown only
// when loading fails or with --verbose.

#include <string>

#include <nanoCLR_Runtime.h>
#include <corlib_native.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "nfk_clr_host.h"

static bool holding;
static std::string held;

void nfk_clr_hold_diagnostics(bool hold)
{
    holding = hold;
    held.clear();
}

void nfk_clr_release_diagnostics()
{
    fputs(held.c_str(), stderr);
    held.clear();
    holding = false;
}

void CLR_Debug::Emit(const char *text, int len)
{
    if (text == nullptr)
        return;
    size_t n = len < 0 ? strlen(text) : (size_t)len;
    if (holding)
        held.append(text, n);
    else
        fwrite(text, 1, n, stderr);
}

int CLR_Debug::PrintfV(const char *format, va_list arg)
{
    char line[1024];
    int n = vsnprintf(line, sizeof line, format, arg);
    CLR_Debug::Emit(line, -1);
    return n;
}

int CLR_Debug::Printf(const char *format, ...)
{
    va_list arg;
    va_start(arg, format);
    int n = CLR_Debug::PrintfV(format, arg);
    va_end(arg);
    return n;
}

// Replaces upstream's corlib_native_System_Diagnostics_Debug.cpp (left out of the build): the same native, but to
// stdout with the host's line ending.
HRESULT Library_corlib_native_System_Diagnostics_Debug::WriteLineNative___STATIC__VOID__STRING__BOOLEAN(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *text = stack.Arg0().RecoverString();
    bool add_line_feed = stack.Arg1().NumericByRef().u1 != 0;
    if (text != nullptr)
        fputs(text, stdout);
    if (add_line_feed)
        fputc('\n', stdout);
    fflush(stdout);

    NANOCLR_NOCLEANUP_NOLABEL();
}

int hal_vprintf(const char *format, va_list arg) { return vfprintf(stderr, format, arg); }

int hal_vfprintf(void *stream, const char *format, va_list arg)
{
    return vfprintf(stream != nullptr ? static_cast<FILE *>(stream) : stderr, format, arg);
}

int hal_vsnprintf(char *buffer, size_t len, const char *format, va_list arg)
{
    return vsnprintf(buffer, len, format, arg);
}

int hal_snprintf(char *buffer, size_t len, const char *format, ...)
{
    va_list arg;
    va_start(arg, format);
    int n = vsnprintf(buffer, len, format, arg);
    va_end(arg);
    return n;
}

void HAL_Windows_Debug_Print(const char *text)
{
    if (text != nullptr)
        fputs(text, stderr);
}
