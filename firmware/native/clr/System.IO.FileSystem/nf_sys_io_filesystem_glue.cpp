// What the System.IO.FileSystem natives share: file-layer results as nanoCLR exceptions, path arguments.
#include "nf_sys_io_filesystem.h"

HRESULT nfk_fs_hresult(nfk_fl_result_t result)
{
    switch (result)
    {
        case NFK_FL_OK:
            return S_OK;
        case NFK_FL_NOT_FOUND:
            return CLR_E_FILE_NOT_FOUND;
        case NFK_FL_PATH_NOT_FOUND:
        case NFK_FL_NOT_DIRECTORY:
            return CLR_E_DIRECTORY_NOT_FOUND;
        case NFK_FL_EXISTS:
            return CLR_E_PATH_ALREADY_EXISTS;
        case NFK_FL_NOT_EMPTY:
            return CLR_E_DIRECTORY_NOT_EMPTY;
        case NFK_FL_IS_DIRECTORY:
        case NFK_FL_ACCESS_DENIED:
            return CLR_E_UNAUTHORIZED_ACCESS;
        case NFK_FL_NO_VOLUME:
            return CLR_E_VOLUME_NOT_FOUND;
        case NFK_FL_PATH_TOO_LONG:
            return CLR_E_PATH_TOO_LONG;
        case NFK_FL_BAD_PATH:
        case NFK_FL_BAD_ARGUMENT:
            return CLR_E_INVALID_PARAMETER;
        case NFK_FL_TOO_MANY_OPEN:
            return CLR_E_TOO_MANY_OPEN_HANDLES;
        case NFK_FL_UNSUPPORTED:
            return CLR_E_NOT_SUPPORTED;
        case NFK_FL_CROSS_DRIVE:
        case NFK_FL_NO_SPACE:
        case NFK_FL_IO_ERROR:
            break;
    }
    return CLR_E_FILE_IO;
}

HRESULT nfk_fs_path_argument(CLR_RT_HeapBlock &argument, const char *&path)
{
    CLR_RT_HeapBlock_String *text = argument.DereferenceString();
    if (text == NULL)
    {
        return CLR_E_ARGUMENT_NULL;
    }
    path = text->StringText();
    return S_OK;
}
