// NativeFileStream: one open file of the file layer, kept in a binary blob in the managed object's _fs field.
// I/O is synchronous (the layer's drives answer at once), so the timeout argument is not used.
#include "nf_sys_io_filesystem.h"

#include <string.h>

typedef Library_nf_sys_io_filesystem_System_IO_NativeFileStream NativeFileStream;

HRESULT NativeFileStream::GetFile(CLR_RT_StackFrame &stack, nfk_fl_file_t *&file)
{
    CLR_RT_HeapBlock *self = stack.This();
    if (self == NULL)
    {
        return CLR_E_NULL_REFERENCE;
    }
    CLR_RT_HeapBlock_BinaryBlob *blob = self[FIELD___fs].DereferenceBinaryBlob();
    if (blob == NULL || blob->DataType() != DATATYPE_BINARY_BLOB_HEAD)
    {
        return CLR_E_OBJECT_DISPOSED;
    }
    file = (nfk_fl_file_t *)blob->GetData();
    return file->open ? S_OK : CLR_E_OBJECT_DISPOSED;
}

HRESULT NativeFileStream::_ctor___VOID__STRING__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const char *path;
    CLR_RT_HeapBlock *self = stack.This();
    NANOCLR_CHECK_HRESULT(nfk_fs_path_argument(stack.Arg1(), path));
    if (stack.Arg2().NumericByRef().s4 < 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }

    // no relocation handler: the blob holds plain data (the drive's handle lives outside the managed heap)
    NANOCLR_CHECK_HRESULT(
        CLR_RT_HeapBlock_BinaryBlob::CreateInstance(self[FIELD___fs], sizeof(nfk_fl_file_t), NULL, NULL, 0));
    {
        nfk_fl_file_t *file = (nfk_fl_file_t *)self[FIELD___fs].DereferenceBinaryBlob()->GetData();
        nfk_fl_result_t result = nfk_fl_open(path, file);
        if (result != NFK_FL_OK)
        {
            self[FIELD___fs].SetObjectReference(NULL);
            NANOCLR_SET_AND_LEAVE(nfk_fs_hresult(result));
        }
    }

    NANOCLR_NOCLEANUP();
}

HRESULT NativeFileStream::ReadWrite(CLR_RT_StackFrame &stack, bool isRead)
{
    NANOCLR_HEADER();

    nfk_fl_file_t *file;
    CLR_RT_HeapBlock_Array *buffer = stack.Arg1().DereferenceArray();
    int32_t offset = stack.Arg2().NumericByRef().s4;
    int32_t count = stack.Arg3().NumericByRef().s4;
    size_t done = 0;

    FAULT_ON_NULL_ARG(buffer);
    NANOCLR_CHECK_HRESULT(GetFile(stack, file));
    if (offset < 0 || count < 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_OUT_OF_RANGE);
    }
    if ((int64_t)buffer->m_numOfElements - offset < count)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }

    {
        uint8_t *data = buffer->GetFirstElement() + offset;
        while (done < (size_t)count)
        {
            size_t step = 0;
            nfk_fl_result_t result = isRead ? nfk_fl_read(file, data + done, (size_t)count - done, &step)
                                            : nfk_fl_write(file, data + done, (size_t)count - done, &step);
            done += step;
            if (result != NFK_FL_OK)
            {
                NANOCLR_SET_AND_LEAVE(nfk_fs_hresult(result));
            }
            if (step == 0)
            {
                break; // end of file (read) or a full drive (write: the managed side compares the count)
            }
        }
    }
    stack.SetResult_I4((int32_t)done);

    NANOCLR_NOCLEANUP();
}

HRESULT NativeFileStream::Read___I4__SZARRAY_U1__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    return ReadWrite(stack, true);
}

HRESULT NativeFileStream::Write___I4__SZARRAY_U1__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    return ReadWrite(stack, false);
}

HRESULT NativeFileStream::Seek___I8__I8__U4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    nfk_fl_file_t *file;
    int64_t offset = stack.Arg1().NumericByRef().s8;
    uint32_t origin = stack.Arg2().NumericByRef().u4;
    int64_t position = 0;

    NANOCLR_CHECK_HRESULT(GetFile(stack, file));
    if (origin > NFK_FL_SEEK_END)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_seek(file, offset, (int)origin, &position)));
    stack.SetResult_I8(position);

    NANOCLR_NOCLEANUP();
}

HRESULT NativeFileStream::Flush___VOID(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    nfk_fl_file_t *file;
    NANOCLR_CHECK_HRESULT(GetFile(stack, file));
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_flush(file)));

    NANOCLR_NOCLEANUP();
}

HRESULT NativeFileStream::GetLength___I8(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    nfk_fl_file_t *file;
    int64_t length = 0;
    NANOCLR_CHECK_HRESULT(GetFile(stack, file));
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_length(file, &length)));
    stack.SetResult_I8(length);

    NANOCLR_NOCLEANUP();
}

HRESULT NativeFileStream::SetLength___VOID__I8(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    nfk_fl_file_t *file;
    int64_t length = stack.Arg1().NumericByRef().s8;
    NANOCLR_CHECK_HRESULT(GetFile(stack, file));
    if (length < 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_OUT_OF_RANGE);
    }
    NANOCLR_CHECK_HRESULT(nfk_fs_hresult(nfk_fl_set_length(file, length)));

    NANOCLR_NOCLEANUP();
}

HRESULT NativeFileStream::GetStreamProperties___VOID__BYREF_BOOLEAN__BYREF_BOOLEAN__BYREF_BOOLEAN(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    nfk_fl_file_t *file;
    CLR_RT_HeapBlock *canRead = stack.Arg1().Dereference();
    CLR_RT_HeapBlock *canWrite = stack.Arg2().Dereference();
    CLR_RT_HeapBlock *canSeek = stack.Arg3().Dereference();

    NANOCLR_CHECK_HRESULT(GetFile(stack, file));
    FAULT_ON_NULL(canRead);
    FAULT_ON_NULL(canWrite);
    FAULT_ON_NULL(canSeek);
    // every drive of the layer reads and seeks; writing depends on the file and the drive
    canRead->SetBoolean(true);
    canWrite->SetBoolean(file->writable);
    canSeek->SetBoolean(true);

    NANOCLR_NOCLEANUP();
}

HRESULT NativeFileStream::Close___VOID(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    nfk_fl_file_t *file;
    CLR_RT_HeapBlock *self = stack.This();
    FAULT_ON_NULL(self);
    hr = GetFile(stack, file);
    if (FAILED(hr))
    {
        // closing a closed stream is fine
        hr = hr == CLR_E_OBJECT_DISPOSED ? S_OK : hr;
        NANOCLR_LEAVE();
    }
    hr = nfk_fs_hresult(nfk_fl_close(file));
    self[FIELD___fs].SetObjectReference(NULL);

    NANOCLR_NOCLEANUP();
}
