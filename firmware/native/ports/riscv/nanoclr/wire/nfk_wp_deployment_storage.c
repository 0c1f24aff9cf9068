/* The IBlockStorageDevice (nf-interpreter src/PAL/Include/nanoPAL_BlockStorage.h) holding the DEPLOYMENT region;
 * FlashSectorMap and Deployment_Status report it, AccessMemory erases, writes and checks it. The bytes live on a
 * NOR-like medium: memory on qemu-virt (XIP, read in place), the SPI flash on the K210. */
#include <string.h>

#include <nanoPAL_BlockStorage.h>

#include "nfk_wp_deployment_storage.h"

static BlockRange s_ranges[1];
static BlockRegionInfo s_region;
static DeviceBlockInfo s_info;
static BlockStorageDevice s_device;
static nfk_wp_medium_t s_medium;

/* Chunk for the medium-backed Memset and IsBlockErased: on the stack, so a page of the flash at a time. */
#define CHUNK 256u

static bool in_region(ByteAddress address, unsigned int length)
{
    return address >= s_region.Start &&
           (uint64_t)address + length <= (uint64_t)s_region.Start + (uint64_t)s_region.NumBlocks * s_region.BytesPerBlock;
}

static bool initialize(void *context)
{
    (void)context;
    return true;
}

static DeviceBlockInfo *get_device_info(void *context)
{
    (void)context;
    return &s_info;
}

static bool read_bytes(void *context, ByteAddress address, unsigned int length, unsigned char *buffer)
{
    (void)context;
    return in_region(address, length) && s_medium.read(s_medium.context, address, buffer, length);
}

/* Like NOR flash, a write only clears bits: deploying over an unerased block shows up in CheckMemory. */
static bool write_bytes(void *context, ByteAddress address, unsigned int length, unsigned char *buffer, bool rmw)
{
    (void)context;
    (void)rmw;
    return in_region(address, length) && s_medium.program(s_medium.context, address, buffer, length);
}

static bool memset_bytes(void *context, ByteAddress address, unsigned char data, unsigned int length)
{
    (void)context;
    if (!in_region(address, length))
    {
        return false;
    }

    uint8_t chunk[CHUNK];
    memset(chunk, data, sizeof chunk);
    while (length > 0)
    {
        unsigned int n = length < CHUNK ? length : CHUNK;
        if (!s_medium.program(s_medium.context, address, chunk, n))
        {
            return false;
        }

        address += n;
        length -= n;
    }

    return true;
}

static bool is_block_erased(void *context, ByteAddress address, unsigned int length)
{
    (void)context;
    if (!in_region(address, length))
    {
        return false;
    }

    uint8_t chunk[CHUNK];
    while (length > 0)
    {
        unsigned int n = length < CHUNK ? length : CHUNK;
        if (!s_medium.read(s_medium.context, address, chunk, n))
        {
            return false;
        }

        for (unsigned int i = 0; i < n; i++)
        {
            if (chunk[i] != 0xFF)
            {
                return false;
            }
        }

        address += n;
        length -= n;
    }

    return true;
}

static bool erase_block(void *context, ByteAddress address)
{
    (void)context;
    if (!in_region(address, 1))
    {
        return false;
    }

    return s_medium.erase_block(s_medium.context, address - ((address - s_region.Start) % s_region.BytesPerBlock));
}

static void set_power_state(void *context, unsigned int state)
{
    (void)context;
    (void)state;
}

static IBlockStorageDevice s_vtable = {
    .InitializeDevice = initialize,
    .UninitializeDevice = initialize,
    .GetDeviceInfo = get_device_info,
    .Read = read_bytes,
    .Write = write_bytes,
    .Memset = memset_bytes,
    .IsBlockErased = is_block_erased,
    .EraseBlock = erase_block,
    .SetPowerState = set_power_state,
    .GetMemoryMappedAddress = NULL,
};

static void register_region(uint32_t start, uint32_t size, uint32_t block_size, const nfk_wp_medium_t *medium,
                            MediaAttribute attribute)
{
    s_medium = *medium;
    s_ranges[0].RangeType = BlockRange_BLOCKTYPE_DEPLOYMENT;
    s_ranges[0].StartBlock = 0;
    s_ranges[0].EndBlock = size / block_size - 1;
    s_region.Attributes = (BlockRegionAttribute)0;
    s_region.Start = start;
    s_region.NumBlocks = size / block_size;
    s_region.BytesPerBlock = block_size;
    s_region.NumBlockRanges = 1;
    s_region.BlockRanges = s_ranges;
    s_info.Attribute = attribute;
    s_info.BytesPerSector = 1;
    s_info.NumRegions = 1;
    s_info.Regions = &s_region;

    BlockStorageList_Initialize();
    /* upstream asserts a non-NULL context on every call; ours keeps its state in statics */
    BlockStorageList_AddDevice(&s_device, &s_vtable, &s_info, true);
}

/* ---- memory as the medium (qemu-virt) ---- */

static uint8_t *at(uint32_t address)
{
    return (uint8_t *)(uintptr_t)address;
}

static bool memory_read(void *context, uint32_t address, uint8_t *out, uint32_t length)
{
    (void)context;
    memcpy(out, at(address), length);
    return true;
}

static bool memory_program(void *context, uint32_t address, const uint8_t *data, uint32_t length)
{
    (void)context;
    uint8_t *target = at(address);
    for (uint32_t i = 0; i < length; i++)
    {
        target[i] &= data[i];
    }

    return true;
}

static bool memory_erase_block(void *context, uint32_t block_address)
{
    (void)context;
    memset(at(block_address), 0xFF, s_region.BytesPerBlock);
    return true;
}

void nfk_wp_deployment_storage_init(uint8_t *base, uint32_t size, uint32_t block_size)
{
    static const nfk_wp_medium_t memory = { memory_read, memory_program, memory_erase_block, NULL };
    register_region((uint32_t)(uintptr_t)base, size, block_size, &memory, MediaAttribute_SupportsXIP);
}

void nfk_wp_deployment_storage_init_medium(uint32_t start, uint32_t size, uint32_t block_size,
                                           const nfk_wp_medium_t *medium)
{
    register_region(start, size, block_size, medium, (MediaAttribute)0);
}
