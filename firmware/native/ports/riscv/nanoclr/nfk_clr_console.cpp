// Output of the RV64 nanoCLR. As on the host runner, the app's text (Debug.WriteLine, which Console.WriteLine uses)
// is kept apart from nanoCLR's own messages (stderr through picolibc's stdio), so that a test can compare the app's
// output with exactly what the app printed: it goes to nfk_clr_app_output, which the flavour places (QEMU: the
// virt UART, i.e. QEMU's stdout, since semihosting has a single console).

#include <nanoCLR_Runtime.h>
#include <corlib_native.h>

#include <stdarg.h>
#include <stdio.h>

#include "nfk_clr_riscv.h"

void CLR_Debug::Emit(const char *text, int len)
{
    if (text == nullptr)
        return;
    if (len < 0)
        fputs(text, stderr);
    else
        fwrite(text, 1, (size_t)len, stderr);
}

int CLR_Debug::PrintfV(const char *format, va_list arg)
{
    va_list copy;
    va_copy(copy, arg);
    int n = vfprintf(stderr, format, copy);
    va_end(copy);
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

// Replaces upstream's corlib_native_System_Diagnostics_Debug.cpp (left out of the build): the same native, to the
// app's output with "\n" line endings, as the host runner does.
HRESULT Library_corlib_native_System_Diagnostics_Debug::WriteLineNative___STATIC__VOID__STRING__BOOLEAN(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *text = stack.Arg0().RecoverString();
    bool add_line_feed = stack.Arg1().NumericByRef().u1 != 0;
    if (text != nullptr)
        nfk_clr_app_output(text, hal_strlen_s(text));
    if (add_line_feed)
        nfk_clr_app_output("\n", 1);

    NANOCLR_NOCLEANUP_NOLABEL();
}

int hal_vprintf(const char *format, va_list arg)
{
    return vfprintf(stderr, format, arg);
}

int hal_vfprintf(COM_HANDLE stream, const char *format, va_list arg)
{
    (void)stream;
    return vfprintf(stderr, format, arg);
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
