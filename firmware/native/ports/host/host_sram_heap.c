#include "host_sram_heap.h"

#include <string.h>

#define MAX_BLOCKS 64
#define ALIGN 256u

typedef struct block { size_t offset, bytes; } block_t;

static uint8_t *heap_base;
static size_t heap_size;
static block_t blocks[MAX_BLOCKS]; /* sorted by offset */
static int block_count;

void host_heap_init(uint8_t *base, size_t size)
{
    heap_base = base;
    heap_size = size;
    block_count = 0;
}

static size_t round_up(size_t v) { return (v + ALIGN - 1) / ALIGN * ALIGN; }

static size_t gap_after(int i, size_t *start)
{
    *start = i < 0 ? 0 : blocks[i].offset + blocks[i].bytes;
    size_t end = i + 1 < block_count ? blocks[i + 1].offset : heap_size;
    return end - *start;
}

void *host_heap_alloc(size_t bytes)
{
    if (heap_base == NULL || bytes == 0 || block_count == MAX_BLOCKS || bytes > heap_size)
        return NULL;
    size_t need = round_up(bytes);
    for (int i = -1; i < block_count; i++) {
        size_t start;
        if (gap_after(i, &start) >= need) {
            memmove(&blocks[i + 2], &blocks[i + 1], (size_t)(block_count - i - 1) * sizeof(block_t));
            blocks[i + 1] = (block_t){ start, need };
            block_count++;
            return heap_base + start;
        }
    }
    return NULL;
}

void host_heap_free(void *p)
{
    for (int i = 0; i < block_count; i++) {
        if (heap_base + blocks[i].offset == p) {
            memmove(&blocks[i], &blocks[i + 1], (size_t)(block_count - i - 1) * sizeof(block_t));
            block_count--;
            return;
        }
    }
}

size_t host_heap_largest_free(void)
{
    size_t best = 0;
    if (block_count == MAX_BLOCKS)
        return 0;
    for (int i = -1; i < block_count; i++) {
        size_t start, gap = gap_after(i, &start);
        if (gap > best)
            best = gap;
    }
    return best / ALIGN * ALIGN;
}

size_t host_heap_total(void) { return heap_size; }
