/* nanoCLR's native heap on the RV64 image: picolibc's malloc (over __heap_start..__heap_end). A C file of its own
 * because nanoCLR's headers poison the names malloc and free for code that includes them. */
#include <stdlib.h>

void *platform_malloc(size_t size);
void platform_free(void *pointer);

void *platform_malloc(size_t size)
{
    return malloc(size);
}

void platform_free(void *pointer)
{
    free(pointer);
}
