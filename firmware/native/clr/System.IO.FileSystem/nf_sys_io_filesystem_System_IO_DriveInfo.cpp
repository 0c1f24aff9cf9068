// DriveInfo: the file layer's mounted drives with a root name ("D:"). The host's drive-less passthrough ("\tmp\x")
// is not a volume and is not listed.
#include "nf_sys_io_filesystem.h"

#include <string.h>

typedef Library_nf_sys_io_filesystem_System_IO_DriveInfo DriveInfo;

namespace
{

// "D:", "D:\" or "\D:" as a root name ("D:"); NULL when the argument is null.
const nfk_fl_drive_t *FindByName(CLR_RT_HeapBlock &name)
{
    CLR_RT_HeapBlock_String *text = name.DereferenceString();
    if (text == NULL)
    {
        return NULL;
    }
    const char *root = text->StringText();
    if (root[0] == '\\' || root[0] == '/')
    {
        root++;
    }
    char rootName[NFK_FL_MAX_ROOT];
    size_t length = 0;
    while (root[length] != '\0' && root[length] != '\\' && root[length] != '/' && length + 1 < sizeof(rootName))
    {
        rootName[length] = root[length];
        length++;
    }
    rootName[length] = '\0';
    return length > 0 ? nfk_fl_find_drive(rootName) : NULL;
}

bool Listed(const nfk_fl_drive_t *drive)
{
    return drive->root[0] != '\0';
}

} // namespace

HRESULT DriveInfo::UpdateVolumeInfo(CLR_RT_HeapBlock *driveInfo, const nfk_fl_drive_t *drive)
{
    NANOCLR_HEADER();

    int64_t totalSize = 0;
    int64_t freeSize = 0;
    NANOCLR_CHECK_HRESULT(CLR_RT_HeapBlock_String::CreateInstance(driveInfo[FIELD___name], drive->root));
    driveInfo[FIELD___driveType].SetInteger(
        (CLR_INT32)(drive->removable ? NFK_FS_DRIVE_TYPE_REMOVABLE : NFK_FS_DRIVE_TYPE_FIXED));
    if (nfk_fl_drive_size(drive, &totalSize, &freeSize) != NFK_FL_OK)
    {
        totalSize = 0;
    }
    driveInfo[FIELD___totalSize].SetInteger((CLR_INT64)totalSize);
    driveInfo[FIELD___volumeIndex].SetInteger((CLR_UINT32)drive->volume_index);

    NANOCLR_NOCLEANUP();
}

HRESULT DriveInfo::Refresh___VOID(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    CLR_RT_HeapBlock *self = stack.This();
    const nfk_fl_drive_t *drive = FindByName(self[FIELD___name]);
    if (drive == NULL)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_VOLUME_NOT_FOUND);
    }
    NANOCLR_CHECK_HRESULT(UpdateVolumeInfo(self, drive));

    NANOCLR_NOCLEANUP();
}

HRESULT DriveInfo::DriveInfoNative___VOID__STRING(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const nfk_fl_drive_t *drive = FindByName(stack.Arg1());
    if (drive == NULL)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_VOLUME_NOT_FOUND);
    }
    NANOCLR_CHECK_HRESULT(UpdateVolumeInfo(stack.This(), drive));

    NANOCLR_NOCLEANUP();
}

HRESULT DriveInfo::_ctor___VOID__U4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const nfk_fl_drive_t *drive = nfk_fl_find_volume(stack.Arg1().NumericByRef().u4);
    if (drive == NULL)
    {
        // nanoFramework answers an unknown volume index so
        NANOCLR_SET_AND_LEAVE(CLR_E_FILE_IO);
    }
    NANOCLR_CHECK_HRESULT(UpdateVolumeInfo(stack.This(), drive));

    NANOCLR_NOCLEANUP();
}

HRESULT DriveInfo::GetFileSystems___STATIC__SZARRAY_STRING(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    // the distinct file systems of the mounted drives, in mount order
    const char *names[NFK_FL_MAX_DRIVES];
    uint32_t count = 0;
    CLR_RT_HeapBlock &top = stack.PushValueAndClear();
    for (size_t i = 0; i < nfk_fl_drive_count(); i++)
    {
        const char *name = nfk_fl_drive_at(i)->ops->file_system;
        bool seen = false;
        for (uint32_t k = 0; k < count; k++)
        {
            seen = seen || strcmp(names[k], name) == 0;
        }
        if (!seen)
        {
            names[count++] = name;
        }
    }
    NANOCLR_CHECK_HRESULT(CLR_RT_HeapBlock_Array::CreateInstance(top, count, g_CLR_RT_WellKnownTypes.m_String));
    for (uint32_t k = 0; k < count; k++)
    {
        CLR_RT_HeapBlock *element = (CLR_RT_HeapBlock *)top.DereferenceArray()->GetElement(k);
        NANOCLR_CHECK_HRESULT(CLR_RT_HeapBlock_String::CreateInstance(*element, names[k]));
    }

    NANOCLR_NOCLEANUP();
}

HRESULT DriveInfo::MountRemovableVolumes___STATIC__VOID(CLR_RT_StackFrame &stack)
{
    (void)stack;
    // the SD slot: a card that is present and not mounted yet gets mounted; no card is not an error
    if (nfk_fl_card_present(0))
    {
        nfk_fl_mount_card(0);
    }
    return S_OK;
}

HRESULT DriveInfo::GetDrivesNative___STATIC__SZARRAY_SystemIODriveInfo(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    CLR_RT_TypeDef_Index driveInfoType;
    uint32_t count = 0;
    uint32_t filled = 0;
    CLR_RT_HeapBlock &top = stack.PushValueAndClear();

    for (size_t i = 0; i < nfk_fl_drive_count(); i++)
    {
        count += Listed(nfk_fl_drive_at(i)) ? 1u : 0u;
    }
    if (!g_CLR_RT_TypeSystem.FindTypeDef("DriveInfo", "System.IO", driveInfoType))
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
    }
    NANOCLR_CHECK_HRESULT(CLR_RT_HeapBlock_Array::CreateInstance(top, count, driveInfoType));
    for (size_t i = 0; i < nfk_fl_drive_count() && filled < count; i++)
    {
        const nfk_fl_drive_t *drive = nfk_fl_drive_at(i);
        if (!Listed(drive))
        {
            continue;
        }
        // looked up again each time: a new object may move the array
        CLR_RT_HeapBlock *element = (CLR_RT_HeapBlock *)top.DereferenceArray()->GetElement(filled++);
        NANOCLR_CHECK_HRESULT(g_CLR_RT_ExecutionEngine.NewObjectFromIndex(*element, driveInfoType));
        NANOCLR_CHECK_HRESULT(UpdateVolumeInfo(element->Dereference(), drive));
    }

    NANOCLR_NOCLEANUP();
}
