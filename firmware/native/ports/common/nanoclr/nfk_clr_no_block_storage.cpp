// No deployment block storage: the assemblies come to the runner as one image in memory (nfk_clr_run), so
// upstream's ClrStartup (linked, unused) finds none. A file of its own, so that an image linking upstream's block
// storage (the wire protocol's deployment region) does not pull these from the port's archive.

#include <nanoCLR_Runtime.h>
#include <nanoPAL_BlockStorage.h>

bool BlockStorageStream_Initialize(BlockStorageStream *stream, uint32_t blockUsage)
{
    (void)stream;
    (void)blockUsage;
    return false;
}

bool BlockStorageStream_Read(BlockStorageStream *stream, unsigned char **buffer, unsigned int length)
{
    (void)stream;
    (void)buffer;
    (void)length;
    return false;
}

bool BlockStorageStream_Seek(BlockStorageStream *stream, unsigned int offset, SeekOrigin origin)
{
    (void)stream;
    (void)offset;
    (void)origin;
    return false;
}
