// nanoCLR natives of nanoFramework.Hardware.K210.Sensor: the port's camera (OV2640 over DVP on the board; on the
// host image files from a file or folder, as the .NET host does).
#include "nfk_clr_glue.h"

using namespace nfk_glue;

typedef Library_nanoFramework_Hardware_K210_nanoFramework_Hardware_K210_Sensor Sensor;

static Error sensor_error;

HRESULT Sensor::NativeReset___STATIC__I4(CLR_RT_StackFrame &stack)
{
    stack.SetResult_I4(nfk_clr_sensor_reset(&sensor_error));
    return S_OK;
}

HRESULT Sensor::NativeSnapshot___STATIC__I4__SZARRAY_U1__SZARRAY_U1__I4__I4__I4__I4__I4__I4__I4(
    CLR_RT_StackFrame &stack)
{
    Bytes pixels = bytes(stack.Arg0());
    Bytes ai = bytes(stack.Arg1());
    stack.SetResult_I4(nfk_clr_sensor_snapshot(pixels.data, pixels.size, ai.data, ai.size, i4(stack, 2), i4(stack, 3),
                                               i4(stack, 4), i4(stack, 5), i4(stack, 6), i4(stack, 7), i4(stack, 8),
                                               &sensor_error));
    return S_OK;
}

HRESULT Sensor::NativeSetSource___STATIC__I4__STRING(CLR_RT_StackFrame &stack)
{
    stack.SetResult_I4(nfk_clr_sensor_set_source(text(stack, 0), &sensor_error));
    return S_OK;
}

HRESULT Sensor::NativeLastError___STATIC__STRING(CLR_RT_StackFrame &stack)
{
    return stack.SetResult_String(sensor_error.message);
}
