// SDCard: the board's SD slot through the file layer's platform hooks (the SPI card as drive D: on the board, the
// folder NFK210_SD_ROOT on the host). Only slot 0 exists.
#include "nf_sys_io_filesystem.h"

typedef Library_nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard SDCard;

namespace
{

uint32_t Slot(CLR_RT_StackFrame &stack)
{
    return stack.This()[SDCard::FIELD___slotIndex].NumericByRef().u4;
}

} // namespace

HRESULT SDCard::InitNative___VOID(CLR_RT_StackFrame &stack)
{
    return Slot(stack) == 0 ? S_OK : CLR_E_INVALID_PARAMETER;
}

HRESULT SDCard::NativeDispose___VOID(CLR_RT_StackFrame &stack)
{
    (void)stack;
    return S_OK;
}

HRESULT SDCard::MountNative___VOID(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_mount_card(Slot(stack))));
    stack.This()[FIELD___mounted].SetBoolean(true);

    NANOCLR_NOCLEANUP();
}

HRESULT SDCard::UnmountNative___VOID(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    nfk_fl_result_t result = nfk_fl_unmount_card(Slot(stack));
    // a card that is not mounted is unmounted already
    if (result != NFK_FL_NO_VOLUME)
    {
        NANOCLR_CHECK_HRESULT(nfk_fs_hresult(result));
    }
    stack.This()[FIELD___mounted].SetBoolean(false);

    NANOCLR_NOCLEANUP();
}

HRESULT SDCard::PollCardDetectNative___BOOLEAN(CLR_RT_StackFrame &stack)
{
    stack.SetResult_Boolean(nfk_fl_card_present(Slot(stack)));
    return S_OK;
}
