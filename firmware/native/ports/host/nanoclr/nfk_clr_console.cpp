// Output of the host runner. The app's text (Debug.WriteLine, and Console.WriteLine, which mscorlib routes through
// it) goes to stdout; nanoCLR's own messages (load errors, diagnostics) go to stderr, so a test can compare stdout
// with what the app prints and nothing else. While the runner loads, nanoCLR's reports are held back and shown only
// when loading fails or with --verbose. The Debug native and the rest that the ports share are
// ports/common/nanoclr/nfk_clr_console.cpp.

#include <string>

#include <nanoCLR_Runtime.h>

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

// The app's text (ports/common/nanoclr/nfk_clr_console.cpp's Debug native) to stdout, at once.
void nfk_clr_app_output(const char *text, size_t length)
{
    fwrite(text, 1, length, stdout);
    fflush(stdout);
}

int hal_vprintf(const char *format, va_list arg) { return vfprintf(stderr, format, arg); }

int hal_vfprintf(void *stream, const char *format, va_list arg)
{
    return vfprintf(stream != nullptr ? static_cast<FILE *>(stream) : stderr, format, arg);
}

void HAL_Windows_Debug_Print(const char *text)
{
    if (text != nullptr)
        fputs(text, stderr);
}
