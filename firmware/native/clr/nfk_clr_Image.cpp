// nanoCLR natives of nanoFramework.Hardware.K210.Image: the nfk_image_* functions on the managed arrays in place
// (the calls are synchronous, so the GC cannot move the arrays meanwhile).
#include "nfk_clr_glue.h"

#include "nfk210_image.h"

using namespace nfk_glue;

typedef Library_nanoFramework_Hardware_K210_nanoFramework_Hardware_K210_Image Image;

HRESULT Image::NativeProbe___STATIC__I4__SZARRAY_U1__SZARRAY_I4(CLR_RT_StackFrame &stack)
{
    Bytes file = bytes(stack.Arg0());
    size_t count;
    int32_t *info = elements<int32_t>(stack.Arg1(), count);
    int32_t width = 0, height = 0, format = 0;
    int status = nfk_image_probe(file.data, file.size, &width, &height, &format);
    if (info != nullptr && count >= 3)
    {
        info[0] = width;
        info[1] = height;
        info[2] = format;
    }
    stack.SetResult_I4(status);
    return S_OK;
}

HRESULT Image::NativeDecode___STATIC__I4__SZARRAY_U1__SZARRAY_U1__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    Bytes file = bytes(stack.Arg0());
    Bytes pixels = bytes(stack.Arg1());
    stack.SetResult_I4(nfk_image_decode(file.data, file.size, pixels.data, pixels.size, i4(stack, 2), i4(stack, 3),
                                        i4(stack, 4)));
    return S_OK;
}

HRESULT Image::NativeBmpSize___STATIC__I4__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    size_t size = 0;
    int status = nfk_image_bmp_size(i4(stack, 0), i4(stack, 1), i4(stack, 2), &size);
    if (status == 0 && size > INT32_MAX)
        status = 1; // NN_ERR_ARGUMENT: .NET's checked cast would throw for such a size
    stack.SetResult_I4(status == 0 ? (int32_t)size : -status);
    return S_OK;
}

HRESULT Image::NativeBmpEncode___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    Bytes pixels = bytes(stack.Arg0());
    Bytes file = bytes(stack.ArgN(4));
    stack.SetResult_I4(nfk_image_bmp_encode(pixels.data, pixels.size, i4(stack, 1), i4(stack, 2), i4(stack, 3),
                                            file.data, file.size));
    return S_OK;
}

HRESULT Image::NativePixToAi___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    Bytes pixels = bytes(stack.Arg0());
    Bytes ai = bytes(stack.ArgN(4));
    stack.SetResult_I4(nfk_image_pix_to_ai(pixels.data, pixels.size, i4(stack, 1), i4(stack, 2), i4(stack, 3),
                                           ai.data, ai.size));
    return S_OK;
}

HRESULT Image::NativeResize___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    Bytes src = bytes(stack.Arg0());
    Bytes dst = bytes(stack.ArgN(4));
    stack.SetResult_I4(nfk_image_resize(src.data, src.size, i4(stack, 1), i4(stack, 2), i4(stack, 3), dst.data,
                                        dst.size, i4(stack, 5), i4(stack, 6)));
    return S_OK;
}

HRESULT Image::NativeCrop___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__I4__I4__I4__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    Bytes src = bytes(stack.Arg0());
    Bytes dst = bytes(stack.ArgN(8));
    stack.SetResult_I4(nfk_image_crop(src.data, src.size, i4(stack, 1), i4(stack, 2), i4(stack, 3), i4(stack, 4),
                                      i4(stack, 5), i4(stack, 6), i4(stack, 7), dst.data, dst.size));
    return S_OK;
}

HRESULT Image::NativeConvert___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4(CLR_RT_StackFrame &stack)
{
    Bytes src = bytes(stack.Arg0());
    Bytes dst = bytes(stack.ArgN(4));
    stack.SetResult_I4(nfk_image_convert(src.data, src.size, i4(stack, 1), i4(stack, 2), i4(stack, 3), dst.data,
                                         dst.size, i4(stack, 5)));
    return S_OK;
}

HRESULT Image::NativeGetPixel___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    Bytes pixels = bytes(stack.Arg0());
    int32_t rgb = 0;
    int status = nfk_image_get_pixel(pixels.data, pixels.size, i4(stack, 1), i4(stack, 2), i4(stack, 3),
                                     i4(stack, 4), i4(stack, 5), &rgb);
    stack.SetResult_I4(status == 0 ? rgb : -status);
    return S_OK;
}

HRESULT Image::NativeSetPixel___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    Bytes pixels = bytes(stack.Arg0());
    stack.SetResult_I4(nfk_image_set_pixel(pixels.data, pixels.size, i4(stack, 1), i4(stack, 2), i4(stack, 3),
                                           i4(stack, 4), i4(stack, 5), i4(stack, 6)));
    return S_OK;
}

HRESULT Image::NativeDrawRectangle___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__I4__I4__I4__I4__I4__BOOLEAN(
    CLR_RT_StackFrame &stack)
{
    Bytes pixels = bytes(stack.Arg0());
    stack.SetResult_I4(nfk_image_draw_rectangle(pixels.data, pixels.size, i4(stack, 1), i4(stack, 2), i4(stack, 3),
                                                i4(stack, 4), i4(stack, 5), i4(stack, 6), i4(stack, 7), i4(stack, 8),
                                                i4(stack, 9), boolean(stack, 10) ? 1 : 0));
    return S_OK;
}

HRESULT Image::NativeDrawString___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__I4__STRING__I4__I4(CLR_RT_StackFrame &stack)
{
    Bytes pixels = bytes(stack.Arg0());
    const char *utf8 = text(stack, 6); // nanoCLR strings are UTF-8 already
    stack.SetResult_I4(nfk_image_draw_string(pixels.data, pixels.size, i4(stack, 1), i4(stack, 2), i4(stack, 3),
                                             i4(stack, 4), i4(stack, 5), utf8, utf8 != nullptr ? hal_strlen_s(utf8) : 0,
                                             i4(stack, 7), i4(stack, 8)));
    return S_OK;
}

HRESULT Image::NativeLastError___STATIC__STRING(CLR_RT_StackFrame &stack)
{
    return stack.SetResult_String(nfk_image_last_error());
}
