// Reading a deployment image (assemblies at 4-byte boundaries, as a board's DEPLOYMENT region holds them) from
// storage that is not memory-mapped (the K210's SPI flash): header first, to learn each assembly's size, then the
// rest, into one native-heap buffer that nanoCLR then uses in place.

#include <nanoCLR_Runtime.h>

#include <stdio.h>

#include "nfk_clr_riscv.h"

extern "C" uint8_t *nfk_clr_read_deployment(nfk_clr_read_fn read, void *context, uint32_t offset, size_t max_bytes,
                                            size_t *size)
{
    uint8_t *image = nullptr;
    size_t used = 0;
    *size = 0;
    while (used + sizeof(CLR_RECORD_ASSEMBLY) <= max_bytes)
    {
        CLR_RECORD_ASSEMBLY header;
        if (!read(context, offset + (uint32_t)used, &header, sizeof header))
        {
            fprintf(stderr, "nanoclr: cannot read the deployment storage at offset 0x%08x\n",
                    (unsigned)(offset + used));
            break;
        }
        if (!header.GoodHeader())
            break; // erased flash or zeros: the end of the deployment
        size_t total = header.TotalSize();
        if (total > max_bytes - used)
        {
            fprintf(stderr, "nanoclr: the assembly at deployment offset %u claims %u bytes, the region has %u left\n",
                    (unsigned)used, (unsigned)total, (unsigned)(max_bytes - used));
            break;
        }
        uint8_t *grown = (uint8_t *)platform_malloc(used + total);
        if (grown == nullptr)
        {
            fprintf(stderr, "nanoclr: %u bytes of deployment do not fit in the native heap\n",
                    (unsigned)(used + total));
            break;
        }
        if (image != nullptr)
        {
            memcpy(grown, image, *size);
            platform_free(image);
        }
        memset(grown + *size, 0, used - *size); // the padding to the 4-byte boundary
        image = grown;
        if (!read(context, offset + (uint32_t)used, image + used, total))
        {
            fprintf(stderr, "nanoclr: cannot read the deployment storage at offset 0x%08x\n",
                    (unsigned)(offset + used));
            break;
        }
        used += total;
        *size = used;
        used = (used + 3u) & ~(size_t)3u;
    }
    if (*size == 0 && image != nullptr)
    {
        platform_free(image);
        image = nullptr;
    }
    if (image == nullptr)
        fprintf(stderr, "nanoclr: no assembly in the deployment storage at offset 0x%08x\n", (unsigned)offset);
    return image;
}
