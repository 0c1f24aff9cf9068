// nanoCLR natives of nanoFramework.Hardware.K210.Kpu: memory figures and raw SPI flash reads.
#include "nfk_clr_glue.h"

#include "nfk210_image.h"

using namespace nfk_glue;

typedef Library_nanoFramework_Hardware_K210_nanoFramework_Hardware_K210_Kpu Kpu;

static Error flash_error;

// [model memory largest free, model memory total, managed heap free] (the host reports its emulated SRAM heap).
HRESULT Kpu::NativeMemoryInfo___STATIC__VOID__SZARRAY_I8(CLR_RT_StackFrame &stack)
{
    size_t count;
    int64_t *info = elements<int64_t>(stack.Arg0(), count);
    if (info != nullptr && count >= 3)
    {
        size_t largest_free = 0, total = 0;
        if (nfk_memory_info(&largest_free, &total) == 0)
        {
            info[0] = (int64_t)largest_free;
            info[1] = (int64_t)total;
        }
        info[2] = (int64_t)g_CLR_RT_GarbageCollector.m_freeBytes;
    }
    return S_OK;
}

HRESULT Kpu::NativeReadFlash___STATIC__I4__U4__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    Bytes buffer = bytes(stack.Arg1());
    flash_error.clear();
    stack.SetResult_I4(nfk_clr_flash_read(u4(stack, 0), buffer.data, buffer.size, &flash_error));
    return S_OK;
}

HRESULT Kpu::NativeFlashError___STATIC__STRING(CLR_RT_StackFrame &stack)
{
    return stack.SetResult_String(flash_error.set() ? flash_error.message : "unknown error");
}
