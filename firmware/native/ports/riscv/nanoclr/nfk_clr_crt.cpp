// The bounded string helpers nanoPAL.h declares for embedded targets (it poisons strcpy/strlen/strncmp for code
// that includes it, so these live in a file that does not). Each copy always terminates the destination.

#include <stddef.h>
#include <string.h>

int hal_strcpy_s(char *strDst, size_t sizeInBytes, const char *strSrc);
int hal_strncpy_s(char *strDst, size_t sizeInBytes, const char *strSrc, size_t count);
size_t hal_strlen_s(const char *str);
int hal_strncmp_s(const char *str1, const char *str2, size_t num);
int hal_stricmp(const char *str1, const char *str2);

// 0 on success, 1 when the source did not fit (the destination then holds what fitted).
int hal_strcpy_s(char *strDst, size_t sizeInBytes, const char *strSrc)
{
    if (strDst == nullptr || strSrc == nullptr || sizeInBytes == 0)
        return 1;
    size_t length = strlen(strSrc);
    size_t copied = length < sizeInBytes ? length : sizeInBytes - 1;
    memcpy(strDst, strSrc, copied);
    strDst[copied] = '\0';
    return copied == length ? 0 : 1;
}

int hal_strncpy_s(char *strDst, size_t sizeInBytes, const char *strSrc, size_t count)
{
    if (strDst == nullptr || strSrc == nullptr || sizeInBytes == 0)
        return 1;
    size_t length = strnlen(strSrc, count);
    size_t copied = length < sizeInBytes ? length : sizeInBytes - 1;
    memcpy(strDst, strSrc, copied);
    strDst[copied] = '\0';
    return copied == length ? 0 : 1;
}

size_t hal_strlen_s(const char *str)
{
    return str != nullptr ? strlen(str) : 0;
}

int hal_strncmp_s(const char *str1, const char *str2, size_t num)
{
    return strncmp(str1, str2, num);
}

// Case-insensitive comparison in the C locale (ASCII letters only), as strcasecmp.
int hal_stricmp(const char *str1, const char *str2)
{
    for (;; str1++, str2++)
    {
        int a = (unsigned char)*str1, b = (unsigned char)*str2;
        if (a >= 'A' && a <= 'Z')
            a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z')
            b += 'a' - 'A';
        if (a != b || a == 0)
            return a - b;
    }
}
