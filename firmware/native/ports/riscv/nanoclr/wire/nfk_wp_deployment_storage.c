/* A memory-backed IBlockStorageDevice (nf-interpreter src/PAL/Include/nanoPAL_BlockStorage.h) holding the
 * DEPLOYMENT region; FlashSectorMap and Deployment_Status report it, AccessMemory erases and writes it. It is
 * marked XIP so CheckMemory and the assembly loader read it in place. */
#include <string.h>

#include <nanoPAL_BlockStorage.h>

#include "nfk_wp_deployment_storage.h"

static BlockRange s_ranges[1];
static BlockRegionInfo s_region;
static DeviceBlockInfo s_info;
static BlockStorageDevice s_device;

static bool in_region(ByteAddress address, unsigned int length)
{
    return address >= s_region.Start &&
           (uint64_t)address + length <= (uint64_t)s_region.Start + (uint64_t)s_region.NumBlocks * s_region.BytesPerBlock;
}

static uint8_t *at(ByteAddress address)
{
    return (uint8_t *)(uintptr_t)address;
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
    if (!in_region(address, length))
    {
        return false;
    }

    memcpy(buffer, at(address), length);
    return true;
}

/* Like NOR flash, a write only clears bits: deploying over an unerased block shows up in CheckMemory. */
static bool write_bytes(void *context, ByteAddress address, unsigned int length, unsigned char *buffer, bool rmw)
{
    (void)context;
    (void)rmw;
    if (!in_region(address, length))
    {
        return false;
    }

    uint8_t *target = at(address);
    for (unsigned int i = 0; i < length; i++)
    {
        target[i] &= buffer[i];
    }

    return true;
}

static bool memset_bytes(void *context, ByteAddress address, unsigned char data, unsigned int length)
{
    (void)context;
    if (!in_region(address, length))
    {
        return false;
    }

    memset(at(address), data, length);
    return true;
}

static bool is_block_erased(void *context, ByteAddress address, unsigned int length)
{
    (void)context;
    if (!in_region(address, length))
    {
        return false;
    }

    const uint8_t *bytes = at(address);
    for (unsigned int i = 0; i < length; i++)
    {
        if (bytes[i] != 0xFF)
        {
            return false;
        }
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

    ByteAddress start = address - ((address - s_region.Start) % s_region.BytesPerBlock);
    memset(at(start), 0xFF, s_region.BytesPerBlock);
    return true;
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

void nfk_wp_deployment_storage_init(uint8_t *base, uint32_t size, uint32_t block_size)
{
    s_ranges[0].RangeType = BlockRange_BLOCKTYPE_DEPLOYMENT;
    s_ranges[0].StartBlock = 0;
    s_ranges[0].EndBlock = size / block_size - 1;
    s_region.Attributes = (BlockRegionAttribute)0;
    s_region.Start = (ByteAddress)(uintptr_t)base;
    s_region.NumBlocks = size / block_size;
    s_region.BytesPerBlock = block_size;
    s_region.NumBlockRanges = 1;
    s_region.BlockRanges = s_ranges;
    s_info.Attribute = MediaAttribute_SupportsXIP;
    s_info.BytesPerSector = 1;
    s_info.NumRegions = 1;
    s_info.Regions = &s_region;

    BlockStorageList_Initialize();
    /* upstream asserts a non-NULL context on every call; ours keeps its state in statics */
    BlockStorageList_AddDevice(&s_device, &s_vtable, &s_info, true);
}
