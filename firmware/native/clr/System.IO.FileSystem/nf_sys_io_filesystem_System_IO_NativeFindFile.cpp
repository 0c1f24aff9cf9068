// NativeFindFile: the attributes and size of one path, as a new System.IO.NativeFileInfo, or null.
#include "nf_sys_io_filesystem.h"

typedef Library_nf_sys_io_filesystem_System_IO_NativeFindFile NativeFindFile;
typedef Library_nf_sys_io_filesystem_System_IO_NativeFileInfo NativeFileInfo;

HRESULT NativeFindFile::GetFileInfo___STATIC__SystemIONativeFileInfo__STRING(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *path;
    nfk_fl_info_t info;
    nfk_fl_result_t result;
    CLR_RT_TypeDef_Index fileInfoType;
    CLR_RT_HeapBlock *fileInfo;
    CLR_RT_HeapBlock &top = stack.PushValueAndClear();

    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg0(), path));
    result = nfk_fl_stat(path, &info);
    if (result == NFK_FL_NOT_FOUND || result == NFK_FL_PATH_NOT_FOUND || result == NFK_FL_NOT_DIRECTORY)
    {
        top.SetObjectReference(NULL);
        NANOCLR_SET_AND_LEAVE(S_OK);
    }
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(result));

    if (!g_CLR_RT_TypeSystem.FindTypeDef("NativeFileInfo", "System.IO", fileInfoType))
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
    }
    NANOCLR_CHECK_HRESULT(g_CLR_RT_ExecutionEngine.NewObjectFromIndex(top, fileInfoType));
    fileInfo = top.Dereference();
    fileInfo[NativeFileInfo::FIELD__Attributes].SetInteger((CLR_UINT32)info.attributes);
    fileInfo[NativeFileInfo::FIELD__Size].SetInteger((CLR_INT64)info.size);
    fileInfo[NativeFileInfo::FIELD__FileName].SetObjectReference(NULL);

    NANOCLR_NOCLEANUP();
}
