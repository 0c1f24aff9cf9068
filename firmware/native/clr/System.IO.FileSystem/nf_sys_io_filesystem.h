// nanoCLR natives of System.IO.FileSystem (firmware/managed/System.IO.FileSystem) over our file layer
// (firmware/native/fs/nfk_file_layer.h). The assembly's method list, and so the lookup table in
// nf_sys_io_filesystem.cpp and its checksum 0x1777E2FE, is nanoFramework's: the classes and function names follow
// MetadataProcessor's naming (spec/nanoframework.md §1.2), so apps built against nanoFramework's package bind here.
#ifndef NF_SYS_IO_FILESYSTEM_H
#define NF_SYS_IO_FILESYSTEM_H

#include <nanoCLR_Interop.h>
#include <nanoCLR_Runtime.h>

#include "nfk_file_layer.h"

// NativeIO.EmptyAttribute: GetAttributes' answer for a path that names nothing
#define NFK_FS_EMPTY_ATTRIBUTE 0xFFFFFFFFu

// the attributes SetAttributes may change (ReadOnly, Hidden, System, Directory, Archive)
#define NFK_FS_ATTRIBUTE_SET_MASK 0x37u

// DriveType values
#define NFK_FS_DRIVE_TYPE_REMOVABLE 2
#define NFK_FS_DRIVE_TYPE_FIXED 3

struct Library_nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard
{
    static const int FIELD___mounted = 1;
    static const int FIELD___slotIndex = 7;

    NANOCLR_NATIVE_DECLARE(InitNative___VOID);
    NANOCLR_NATIVE_DECLARE(NativeDispose___VOID);
    NANOCLR_NATIVE_DECLARE(MountNative___VOID);
    NANOCLR_NATIVE_DECLARE(UnmountNative___VOID);
    NANOCLR_NATIVE_DECLARE(PollCardDetectNative___BOOLEAN);
};

struct Library_nf_sys_io_filesystem_System_IO_DriveInfo
{
    static const int FIELD___driveType = 1;
    static const int FIELD___name = 2;
    static const int FIELD___totalSize = 3;
    static const int FIELD___volumeIndex = 4;

    NANOCLR_NATIVE_DECLARE(Refresh___VOID);
    NANOCLR_NATIVE_DECLARE(DriveInfoNative___VOID__STRING);
    NANOCLR_NATIVE_DECLARE(_ctor___VOID__U4);
    NANOCLR_NATIVE_DECLARE(GetFileSystems___STATIC__SZARRAY_STRING);
    NANOCLR_NATIVE_DECLARE(MountRemovableVolumes___STATIC__VOID);
    NANOCLR_NATIVE_DECLARE(GetDrivesNative___STATIC__SZARRAY_SystemIODriveInfo);

    // fills a DriveInfo object's fields from a mounted drive
    static HRESULT UpdateVolumeInfo(CLR_RT_HeapBlock *driveInfo, const nfk_fl_drive_t *drive);
};

struct Library_nf_sys_io_filesystem_System_IO_Directory
{
    NANOCLR_NATIVE_DECLARE(NativeGetChildren___STATIC__SZARRAY_STRING__STRING__BOOLEAN);
};

struct Library_nf_sys_io_filesystem_System_IO_NativeFileInfo
{
    static const int FIELD__Attributes = 1;
    static const int FIELD__Size = 2;
    static const int FIELD__FileName = 3;
};

struct Library_nf_sys_io_filesystem_System_IO_NativeFileStream
{
    static const int FIELD___fs = 1;

    NANOCLR_NATIVE_DECLARE(_ctor___VOID__STRING__I4);
    NANOCLR_NATIVE_DECLARE(Read___I4__SZARRAY_U1__I4__I4__I4);
    NANOCLR_NATIVE_DECLARE(Write___I4__SZARRAY_U1__I4__I4__I4);
    NANOCLR_NATIVE_DECLARE(Seek___I8__I8__U4);
    NANOCLR_NATIVE_DECLARE(Flush___VOID);
    NANOCLR_NATIVE_DECLARE(GetLength___I8);
    NANOCLR_NATIVE_DECLARE(SetLength___VOID__I8);
    NANOCLR_NATIVE_DECLARE(GetStreamProperties___VOID__BYREF_BOOLEAN__BYREF_BOOLEAN__BYREF_BOOLEAN);
    NANOCLR_NATIVE_DECLARE(Close___VOID);

    // the open file in this._fs, or CLR_E_OBJECT_DISPOSED
    static HRESULT GetFile(CLR_RT_StackFrame &stack, nfk_fl_file_t *&file);
    static HRESULT ReadWrite(CLR_RT_StackFrame &stack, bool isRead);
};

struct Library_nf_sys_io_filesystem_System_IO_NativeFindFile
{
    NANOCLR_NATIVE_DECLARE(GetFileInfo___STATIC__SystemIONativeFileInfo__STRING);
};

struct Library_nf_sys_io_filesystem_System_IO_NativeIO
{
    NANOCLR_NATIVE_DECLARE(Delete___STATIC__VOID__STRING__BOOLEAN);
    NANOCLR_NATIVE_DECLARE(Move___STATIC__BOOLEAN__STRING__STRING);
    NANOCLR_NATIVE_DECLARE(CreateDirectory___STATIC__VOID__STRING);
    NANOCLR_NATIVE_DECLARE(GetAttributes___STATIC__U4__STRING);
    NANOCLR_NATIVE_DECLARE(SetAttributes___STATIC__VOID__STRING__U4);
    NANOCLR_NATIVE_DECLARE(Format___STATIC__VOID__STRING__STRING__U4);
};

// The exception nanoCLR raises for a file-layer result: the IO error codes of nanoCLR (nf_errors_exceptions.h),
// which upstream's natives use for the same conditions.
HRESULT nfk_fs_hresult(nfk_fl_result_t result);

// A string argument that must not be null (CLR_E_ARGUMENT_NULL).
HRESULT nfk_fs_path_argument(CLR_RT_HeapBlock &argument, const char *&path);

extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_System_IO_FileSystem;

#endif
