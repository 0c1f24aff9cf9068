/* Shadows upstream's PAL/Include/nanoPAL.h, which accepts only ARM, ESP32 and the Windows virtual device: the same
 * PAL headers, with the string helpers over the C library. */
#ifndef NANOPAL_H
#define NANOPAL_H

#include <nanoHAL.h>
#include <nanoPAL_BlockStorage.h>
#include <nanoPAL_AsyncProcCalls_decl.h>
#include <nanoPAL_COM.h>
#include <nanoPAL_FileSystem.h>
#include <nanoPAL_Time.h>
#include <nanoPAL_Events.h>

#include <math.h>
#include <string.h>

#define hal_strlen_s(str) strlen(str)
#define hal_strncmp_s(a, b, n) strncmp((a), (b), (n))

/* Copies src into dst (size bytes); 0 when it fits, 1 when truncated or given nothing. */
inline int hal_strcpy_s(char *dst, size_t size, const char *src)
{
    if (dst == NULL || src == NULL || size == 0)
        return 1;
    size_t n = strlen(src);
    int truncated = n >= size;
    if (truncated)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
    return truncated;
}

/* Copies at most count bytes of src into dst (size bytes); 1 when truncated. */
inline int hal_strncpy_s(char *dst, size_t size, const char *src, size_t count)
{
    if (dst == NULL || src == NULL || size == 0)
        return 1;
    size_t n = strnlen(src, count);
    int truncated = n >= size;
    if (truncated)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
    return truncated;
}

#ifndef __isnanf
#define __isnanf(x) isnan((float)(x))
#endif

void HeapLocation(unsigned char *&BaseAddress, unsigned int &SizeInBytes);

#define NATIVE_PROFILE_PAL_HEAP()
#define NATIVE_PROFILE_PAL_CRT()

#endif
