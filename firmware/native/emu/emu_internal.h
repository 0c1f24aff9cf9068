/* Shared between the emulator's block models; not for drivers or tests. */
#ifndef EMU_INTERNAL_H
#define EMU_INTERNAL_H

#include "emu_kpu_threads.h"
#include "emu_soc.h"

#define EMU_DMAC_CHANNELS 6
#define EMU_DMAC_CH_WORDS 32 /* 0x100 bytes of 64-bit registers per channel */

typedef struct emu_kpu {
    uint64_t args[12];
    unsigned arg_count;
    uint64_t interrupt_raw;
    uint64_t interrupt_mask;
    uint64_t fifo_threshold;
    uint64_t fifo_ctrl;
    uint64_t eight_bit_mode;
    /* output stream of the last layer with send_data_out */
    uint8_t *stream;
    size_t stream_len, stream_pos, stream_cap;
    /* working buffers, grown on demand */
    uint8_t *in_chw, *out_chw, *scratch;
    size_t in_cap, out_cap, scratch_cap;
    nn_kpu_profile_t profile;
    uint64_t layers, macs;
    emu_threads_t threads; /* per layer: one thread or all (emu_kpu_threads.h) */
    char fault[200];
    bool faulted;
} emu_kpu_t;

typedef struct emu_dmac {
    uint64_t cfg, chen, reset;
    uint64_t ch[EMU_DMAC_CHANNELS][EMU_DMAC_CH_WORDS];
    uint64_t remaining[EMU_DMAC_CHANNELS]; /* elements still to move */
    uint64_t done[EMU_DMAC_CHANNELS];      /* elements moved */
} emu_dmac_t;

struct emu_soc {
    k210_bus_t bus;
    uint8_t *sram;
    uint8_t *kpu_ram;
    emu_kpu_t kpu;
    emu_dmac_t dmac;
    uint32_t dma_sel0, dma_sel1;
};

/* Memory view of [addr, addr + len) or NULL. */
void *emu_soc_window(emu_soc_t *soc, uint64_t addr, size_t len);

uint64_t emu_kpu_read(emu_soc_t *soc, uint64_t offset);
void emu_kpu_write(emu_soc_t *soc, uint64_t offset, uint64_t value);
void emu_kpu_reset(emu_kpu_t *kpu);
void emu_kpu_free(emu_kpu_t *kpu);
/* Bytes of the output stream not yet read through fifo_data_out. */
size_t emu_kpu_stream_available(const emu_soc_t *soc);

uint64_t emu_dmac_read(emu_soc_t *soc, uint64_t offset);
void emu_dmac_write(emu_soc_t *soc, uint64_t offset, uint64_t value);
void emu_dmac_reset(emu_dmac_t *dmac);
/* Moves data of enabled channels whose source is ready. */
void emu_dmac_service(emu_soc_t *soc);

/* Peripheral request routed to DMA handshake interface `channel` (SYSCTL dma_sel). */
uint32_t emu_sysctl_dma_select(const emu_soc_t *soc, unsigned channel);

#endif
