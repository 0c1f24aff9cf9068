// The console pieces every nanoCLR port shares. The app's text (Debug.WriteLine, which Console.WriteLine uses) goes
// to nfk_clr_app_output, which each port places apart from nanoCLR's own messages (stderr), so that a test can
// compare the app's output with exactly what the app printed. Where nanoCLR's messages go (held back or not) is the
// port's CLR_Debug::Emit and PrintfV.

#include <nanoCLR_Runtime.h>
#include <corlib_native.h>

#include <stdarg.h>
#include <stdio.h>

#include "nfk_clr_common.h"

int CLR_Debug::Printf(const char *format, ...)
{
    va_list arg;
    va_start(arg, format);
    int n = CLR_Debug::PrintfV(format, arg);
    va_end(arg);
    return n;
}

// Replaces upstream's corlib_native_System_Diagnostics_Debug.cpp (left out of the build): the same native, to the
// app's output with "\n" line endings on every port.
HRESULT Library_corlib_native_System_Diagnostics_Debug::WriteLineNative___STATIC__VOID__STRING__BOOLEAN(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *text = stack.Arg0().RecoverString();
    bool add_line_feed = stack.Arg1().NumericByRef().u1 != 0;
    if (text != nullptr)
        nfk_clr_app_output(text, hal_strlen_s(text)); // strlen is poisoned on embedded targets
    if (add_line_feed)
        nfk_clr_app_output("\n", 1);

    NANOCLR_NOCLEANUP_NOLABEL();
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
