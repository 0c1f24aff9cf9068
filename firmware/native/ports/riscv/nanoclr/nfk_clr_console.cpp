// Output of the RV64 nanoCLR. As on the host runner, the app's text (Debug.WriteLine, which Console.WriteLine uses)
// is kept apart from nanoCLR's own messages (stderr through picolibc's stdio), so that a test can compare the app's
// output with exactly what the app printed: it goes to nfk_clr_app_output, which the flavour places (QEMU: the
// virt UART, i.e. QEMU's stdout, since semihosting has a single console). The Debug native and the rest that the
// ports share are ports/common/nanoclr/nfk_clr_console.cpp.

#include <nanoCLR_Runtime.h>

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

int hal_vprintf(const char *format, va_list arg)
{
    return vfprintf(stderr, format, arg);
}

int hal_vfprintf(COM_HANDLE stream, const char *format, va_list arg)
{
    (void)stream;
    return vfprintf(stderr, format, arg);
}
