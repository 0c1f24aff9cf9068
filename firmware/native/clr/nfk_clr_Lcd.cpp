// nanoCLR natives of nanoFramework.Hardware.K210.Lcd: the port's display (ST7789 on the board; on the host a frame
// buffer written as BMP files, as the .NET host does).
#include "nfk_clr_glue.h"

using namespace nfk_glue;

typedef Library_nanoFramework_Hardware_K210_nanoFramework_Hardware_K210_Lcd Lcd;

static Error lcd_error;

HRESULT Lcd::NativeInit___STATIC__I4__SZARRAY_I4(CLR_RT_StackFrame &stack)
{
    size_t count;
    int32_t *size = elements<int32_t>(stack.Arg0(), count);
    int32_t width = 0, height = 0;
    int status = nfk_clr_lcd_init(&width, &height, &lcd_error);
    if (size != nullptr && count >= 2)
    {
        size[0] = width;
        size[1] = height;
    }
    stack.SetResult_I4(status);
    return S_OK;
}

HRESULT Lcd::NativeDisplay___STATIC__I4__SZARRAY_U1__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    Bytes pixels = bytes(stack.Arg0());
    stack.SetResult_I4(
        nfk_clr_lcd_display(pixels.data, pixels.size, i4(stack, 1), i4(stack, 2), i4(stack, 3), &lcd_error));
    return S_OK;
}

HRESULT Lcd::NativeClear___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    stack.SetResult_I4(nfk_clr_lcd_clear(i4(stack, 0), &lcd_error));
    return S_OK;
}

HRESULT Lcd::NativeSetOutput___STATIC__I4__STRING(CLR_RT_StackFrame &stack)
{
    stack.SetResult_I4(nfk_clr_lcd_set_output(text(stack, 0), &lcd_error));
    return S_OK;
}

HRESULT Lcd::NativeLastError___STATIC__STRING(CLR_RT_StackFrame &stack)
{
    return stack.SetResult_String(lcd_error.message);
}
