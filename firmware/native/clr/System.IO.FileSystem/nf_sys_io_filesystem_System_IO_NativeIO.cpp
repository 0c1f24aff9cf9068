// NativeIO: whole-path operations ("D:\dir\name"); the file layer finds the drive from the root name.
#include "nf_sys_io_filesystem.h"

typedef Library_nf_sys_io_filesystem_System_IO_NativeIO NativeIO;

HRESULT NativeIO::Delete___STATIC__VOID__STRING__BOOLEAN(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *path;
    bool recursive = stack.Arg1().NumericByRef().u1 != 0;
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg0(), path));
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_delete(path, recursive)));

    NANOCLR_NOCLEANUP();
}

HRESULT NativeIO::Move___STATIC__BOOLEAN__STRING__STRING(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *from;
    const char *to;
    nfk_fl_result_t result;
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg0(), from));
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg1(), to));
    result = nfk_fl_rename(from, to);
    if (result == NFK_FL_CROSS_DRIVE)
    {
        // the managed side copies between drives
        stack.SetResult_Boolean(false);
        NANOCLR_SET_AND_LEAVE(S_OK);
    }
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(result));
    stack.SetResult_Boolean(true);

    NANOCLR_NOCLEANUP();
}

HRESULT NativeIO::CreateDirectory___STATIC__VOID__STRING(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *path;
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg0(), path));
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_mkdir(path)));

    NANOCLR_NOCLEANUP();
}

HRESULT NativeIO::GetAttributes___STATIC__U4__STRING(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *path;
    nfk_fl_info_t info;
    nfk_fl_result_t result;
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg0(), path));
    result = nfk_fl_stat(path, &info);
    if (result == NFK_FL_NOT_FOUND || result == NFK_FL_PATH_NOT_FOUND || result == NFK_FL_NOT_DIRECTORY)
    {
        // nothing there: the managed code asks this way whether a path exists
        stack.SetResult_U4(NFK_FS_EMPTY_ATTRIBUTE);
        NANOCLR_SET_AND_LEAVE(S_OK);
    }
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(result));
    stack.SetResult_U4(info.attributes);

    NANOCLR_NOCLEANUP();
}

HRESULT NativeIO::SetAttributes___STATIC__VOID__STRING__U4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *path;
    uint32_t attributes = stack.Arg1().NumericByRef().u4;
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg0(), path));
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_set_attributes(path, attributes & NFK_FS_ATTRIBUTE_SET_MASK)));

    NANOCLR_NOCLEANUP();
}

HRESULT NativeIO::Format___STATIC__VOID__STRING__STRING__U4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *root;
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg0(), root));
    if (nfk_fl_find_drive(root[0] == '\\' ? root + 1 : root) == NULL)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_VOLUME_NOT_FOUND);
    }
    // none of our drives formats (the FAT layer writes files, not new volumes; host folders): NotSupportedException
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);

    NANOCLR_NOCLEANUP();
}
