// nanoCLR natives of nanoFramework.Hardware.K210.Storage: whole-file reads and writes through the port's files
// (SD card or flash file system on the board, the PC's files on the host).
#include "nfk_clr_glue.h"

using namespace nfk_glue;

typedef Library_nanoFramework_Hardware_K210_nanoFramework_Hardware_K210_Storage Storage;

static Error storage_error;

HRESULT Storage::NativeFileSize___STATIC__I4__STRING(CLR_RT_StackFrame &stack)
{
    stack.SetResult_I4(nfk_clr_file_size(text(stack, 0), &storage_error));
    return S_OK;
}

HRESULT Storage::NativeReadFile___STATIC__I4__STRING__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    Bytes buffer = bytes(stack.Arg1());
    stack.SetResult_I4(nfk_clr_file_read(text(stack, 0), buffer.data, buffer.size, &storage_error));
    return S_OK;
}

HRESULT Storage::NativeWriteFile___STATIC__I4__STRING__SZARRAY_U1(CLR_RT_StackFrame &stack)
{
    Bytes data = bytes(stack.Arg1());
    stack.SetResult_I4(nfk_clr_file_write(text(stack, 0), data.data, data.size, &storage_error));
    return S_OK;
}

HRESULT Storage::NativeLastError___STATIC__STRING(CLR_RT_StackFrame &stack)
{
    return stack.SetResult_String(storage_error.set() ? storage_error.message : "unknown error");
}
