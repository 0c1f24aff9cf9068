// Shared helpers of the nanoCLR natives (nfk_clr_glue.h).
#include "nfk_clr_glue.h"

#include <stdarg.h>
#include <stdio.h>

int nfk_glue::Error::fail(int code, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    status = code;
    return code;
}
