/* The flat API (api/nfk210_api.c, what the K210 natives call) on the chip itself. On the PC and under QEMU its
 * models run on the emulated SoC (api/nfk210_host.c, ports/host/host_sram_heap.c); here the same calls reach the
 * real KPU through the seam (K210_MMIO_DIRECT), models live in picolibc's heap (SRAM below the stacks, which the
 * KPU's DMA reaches through the uncached alias), and model files come from the file layer (the SD card, D:), read
 * straight into the block that becomes the model's arena, so loading needs no second copy of the file.
 *
 * The emulator hooks the API calls around a run answer as the silicon does: there is no fault to report (a hung
 * layer is a KPU timeout) and the chip's behaviour is not a profile to choose. */
#include <malloc.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host_sram_heap.h"
#include "kmodel_format.h"
#include "kmodel_v3.h"
#include "kmodel_v4.h"
#include "kmodel_v5.h"
#include "kpu_nn_backend.h"
#include "nfk210_api.h"
#include "nfk210_board_api.h"
#include "nfk210_host.h"
#include "nfk210_model_file.h"
#include "nfk_clr_riscv.h"
#include "nfk_file_layer.h"
#include "nn_v3_runtime.h"
#include "nn_v4_runtime.h"
#include "nn_v5_runtime.h"

#define MODEL_ALIGN 256u /* host_heap_alloc's promise: 256-byte aligned blocks */

struct emu_soc {
    char unused; /* the flat API only passes the pointer to the hooks below */
};

static struct emu_soc chip;
static k210_kpu_config_t kpu_config;
static bool kpu_config_set;
static kpu_nn_backend_t kpu_backend;
static nn_backend_t backend;
static bool backend_ready;

void nfk210_board_set_kpu_config(const k210_kpu_config_t *config)
{
    kpu_config = *config;
    kpu_config_set = true;
    backend_ready = false;
}

void nfk_host_lock(void) {}   /* one interpreter thread, runs to completion: nothing to exclude */
void nfk_host_unlock(void) {}

emu_soc_t *nfk_host_soc(void)
{
    return &chip;
}

nn_backend_t nfk_host_backend(void)
{
    if (!backend_ready) {
        if (!kpu_config_set)
            kpu_config = k210_kpu_default_config(); /* polling, when main.c routed no interrupt */
        backend = kpu_nn_backend_init(&kpu_backend, &kpu_config);
        backend_ready = true;
    }
    return backend;
}

void emu_soc_set_profile(emu_soc_t *soc, nn_kpu_profile_t profile)
{
    (void)soc;
    (void)profile;
}

const char *emu_soc_fault(const emu_soc_t *soc)
{
    (void)soc;
    return NULL;
}

void emu_soc_clear_fault(emu_soc_t *soc)
{
    (void)soc;
}

/* --- models in picolibc's heap --- */

void host_heap_init(uint8_t *base, size_t size)
{
    (void)base;
    (void)size;
}

/* A block nfk_model_load_file filled with the file and grew to the model's arena: the next allocation of at most
 * its size (the load's arena) takes it, so the runtime finds the file where it already is. */
static void *file_arena;
static size_t file_arena_bytes;

void *host_heap_alloc(size_t bytes)
{
    if (file_arena != NULL && bytes <= file_arena_bytes) {
        void *p = file_arena;
        file_arena = NULL;
        return p;
    }
    return memalign(MODEL_ALIGN, bytes > 0 ? bytes : 1u);
}

void host_heap_free(void *p)
{
    free(p);
}

/* The largest block an allocation gets now: found by trying (the heap has no such query), to 4 KiB. */
size_t host_heap_largest_free(void)
{
    if (file_arena != NULL)
        return file_arena_bytes; /* the load about to take it asks whether its arena fits */
    size_t low = 0, high = nfk_clr_native_heap_bytes();
    while (high - low > 4096u) {
        size_t middle = low + (high - low) / 2u;
        void *p = memalign(MODEL_ALIGN, middle);
        if (p != NULL) {
            free(p);
            low = middle;
        } else {
            high = middle;
        }
    }
    return low;
}

size_t host_heap_total(void)
{
    return nfk_clr_native_heap_bytes();
}

/* --- model files from the file layer --- */

/* The arena the model in bytes needs (file + main buffer + input + alignment), or 0 when it does not parse (the load
 * then reports why). */
static size_t arena_bytes_of(const uint8_t *bytes, size_t size)
{
    nn_error_t err;
    kmodel_format_t format;
    if (kmodel_identify(bytes, size, &format, &err) != NN_OK)
        return 0;
    if (format == KMODEL_FORMAT_V5) {
        kmodel_v5_t parsed;
        return kmodel_v5_parse(bytes, size, &parsed, &err) == NN_OK ? nn_v5_memory_needs(&parsed).arena_bytes : 0;
    }
    if (format == KMODEL_FORMAT_V4) {
        kmodel_v4_t parsed;
        return kmodel_v4_parse(bytes, size, &parsed, &err) == NN_OK ? nn_v4_memory_needs(&parsed).arena_bytes : 0;
    }
    kmodel_v3_t parsed;
    return kmodel_v3_parse(bytes, size, &parsed, &err) == NN_OK ? nn_v3_memory_needs(&parsed).arena_bytes : 0;
}

NFK_API int nfk_model_load_file(const char *path, int profile, nfk_model **out_model)
{
    int checked = nfk_model_file_check_arguments(path, out_model);
    if (checked != NN_OK)
        return checked;
    nfk_fl_file_t file;
    nfk_fl_result_t r = nfk_fl_open(path, &file);
    if (r != NFK_FL_OK)
        return nfk_model_file_unreadable(path, nfk_fl_result_text(r));
    int64_t length = 0;
    r = nfk_fl_length(&file, &length);
    if (r != NFK_FL_OK || length <= 0) {
        nfk_fl_close(&file);
        return nfk_model_file_unreadable(path, r != NFK_FL_OK ? nfk_fl_result_text(r) : "the file is empty");
    }
    uint8_t *bytes = malloc((size_t)length); /* not memalign: its trailing split would keep realloc from growing */
    if (bytes == NULL) {
        nfk_fl_close(&file);
        nn_error_t err;
        nn_fail(&err, NN_ERR_OUT_OF_MEMORY, "'%s' has %ld bytes, more than the heap has free", path, (long)length);
        return nfk_model_fail_from(&err);
    }
    size_t got = 0;
    r = nfk_fl_read(&file, bytes, (size_t)length, &got);
    nfk_fl_close(&file);
    if (r != NFK_FL_OK || got != (size_t)length) {
        free(bytes);
        return nfk_model_file_unreadable(path, r != NFK_FL_OK ? nfk_fl_result_text(r) : "it ended early");
    }
    /* Grow the block to the arena: picolibc grows the heap's last block in place (a fresh large block usually is),
     * else moves it. The runtime then moves the file up to the block's first 256-byte boundary (the arena's
     * alignment slack), within the block. */
    size_t arena = arena_bytes_of(bytes, (size_t)length);
    uint8_t *grown = arena > (size_t)length ? realloc(bytes, arena) : NULL;
    bool offered = grown != NULL;
    if (offered) {
        bytes = grown;
        file_arena = grown;
        file_arena_bytes = arena;
    }
    int status = nfk_model_load(bytes, (size_t)length, profile, out_model);
    if (!offered || file_arena != NULL)
        free(bytes); /* the load copied from it, or failed before it allocated the arena */
    file_arena = NULL; /* taken blocks belong to the model (or were freed with it when the load failed later) */
    return status;
}
