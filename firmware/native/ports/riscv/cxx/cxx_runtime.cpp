// The C++ runtime pieces the bare-metal image needs without libstdc++/libsupc++ behaviour we do not want:
// global new/delete on nanoCLR's native heap (platform_malloc), and a trap for a pure virtual call.
#include <new>
#include <stdint.h>
#include <stdlib.h>

extern "C" void *platform_malloc(size_t size);
extern "C" void platform_free(void *pointer);

void *operator new(size_t size)
{
    void *pointer = platform_malloc(size != 0 ? size : 1);
    if (pointer == nullptr)
        abort(); // -fno-exceptions: there is no bad_alloc to throw
    return pointer;
}

void *operator new[](size_t size)
{
    return operator new(size);
}

void operator delete(void *pointer) noexcept
{
    platform_free(pointer);
}

void operator delete[](void *pointer) noexcept
{
    platform_free(pointer);
}

void operator delete(void *pointer, size_t) noexcept
{
    platform_free(pointer);
}

void operator delete[](void *pointer, size_t) noexcept
{
    platform_free(pointer);
}

extern "C" void __cxa_pure_virtual(void)
{
    abort();
}
