/* DMAC model (DesignWare AXI DMAC as wired in the K210), only the single-block
 * transfers the drivers use: memory to memory, and peripheral to memory with a
 * hardware handshake routed through SYSCTL dma_sel (the KPU output FIFO). */
#include <string.h>

#include "emu_internal.h"
#include "emu_log.h"
#include "k210_dmac_regs.h"
#include "k210_field.h"
#include "k210_kpu_regs.h"
#include "k210_sysctl_regs.h"

#define CH_WORD(reg) (K210_DMAC_CH_##reg##_OFFSET / 8)
#define INT_BLOCK_DONE (K210_DMAC_CH_INTSTATUS_BLOCK_TFR_DONE_MASK << K210_DMAC_CH_INTSTATUS_BLOCK_TFR_DONE_SHIFT)
#define INT_DMA_DONE (K210_DMAC_CH_INTSTATUS_DMA_TFR_DONE_MASK << K210_DMAC_CH_INTSTATUS_DMA_TFR_DONE_SHIFT)

void emu_dmac_reset(emu_dmac_t *dmac)
{
    memset(dmac, 0, sizeof *dmac);
}

static bool source_is_peripheral(uint64_t cfg)
{
    uint64_t tt_fc = K210_FIELD_GET(cfg, K210_DMAC_CH_CFG_TT_FC);
    return tt_fc == K210_DMAC_TT_FC_PRF2MEM_DMA || tt_fc == K210_DMAC_TT_FC_PRF2PRF_DMA ||
           tt_fc == K210_DMAC_TT_FC_PRF2MEM_PRF || tt_fc == K210_DMAC_TT_FC_PRF2PRF_SRCPRF ||
           tt_fc == K210_DMAC_TT_FC_PRF2PRF_DSTPRF;
}

/* True when the peripheral behind the channel's source handshake has data. */
static bool source_ready(emu_soc_t *soc, unsigned ch)
{
    uint64_t cfg = soc->dmac.ch[ch][CH_WORD(CFG)];
    if (!source_is_peripheral(cfg))
        return true;
    unsigned iface = (unsigned)K210_FIELD_GET(cfg, K210_DMAC_CH_CFG_SRC_PER);
    uint32_t request = emu_sysctl_dma_select(soc, iface);
    if (request == K210_SYSCTL_DMA_SELECT_AI_RX_REQ)
        return emu_kpu_stream_available(soc) > 0;
    emu_warn_once("dmac-request", "DMA channel %u waits for peripheral request %u, which is not modelled", ch,
                  (unsigned)request);
    return false;
}

static bool is_kpu_fifo(uint64_t addr)
{
    return addr == K210_KPU_BASE + K210_KPU_FIFO_DATA_OUT_OFFSET;
}

static bool move_element(emu_soc_t *soc, unsigned ch, uint64_t index)
{
    uint64_t *r = soc->dmac.ch[ch];
    uint64_t ctl = r[CH_WORD(CTL)];
    unsigned width = 1u << K210_FIELD_GET(ctl, K210_DMAC_CH_CTL_SRC_TR_WIDTH);
    unsigned dst_width = 1u << K210_FIELD_GET(ctl, K210_DMAC_CH_CTL_DST_TR_WIDTH);
    bool src_fixed = K210_FIELD_GET(ctl, K210_DMAC_CH_CTL_SINC) != 0;
    bool dst_fixed = K210_FIELD_GET(ctl, K210_DMAC_CH_CTL_DINC) != 0;
    uint64_t src = r[CH_WORD(SAR)] + (src_fixed ? 0 : index * width);
    uint64_t dst = r[CH_WORD(DAR)] + (dst_fixed ? 0 : index * width);
    uint8_t bytes[8];

    if (width != dst_width || width > 8) {
        emu_warn_once("dmac-width", "DMA channel %u: source width %u and destination width %u bytes are not "
                      "modelled (only equal widths up to 8)", ch, width, dst_width);
        return false;
    }
    if (is_kpu_fifo(src)) {
        uint64_t v = emu_kpu_read(soc, K210_KPU_FIFO_DATA_OUT_OFFSET);
        for (unsigned i = 0; i < 8; i++)
            bytes[i] = (uint8_t)(v >> (8 * i));
    } else {
        const uint8_t *s = emu_soc_window(soc, src, width);
        if (s == NULL) {
            emu_error("DMA channel %u: source 0x%llx is not memory", ch, (unsigned long long)src);
            return false;
        }
        memcpy(bytes, s, width);
    }
    uint8_t *d = emu_soc_window(soc, dst, width);
    if (d == NULL) {
        emu_error("DMA channel %u: destination 0x%llx is not memory", ch, (unsigned long long)dst);
        return false;
    }
    memcpy(d, bytes, width);
    return true;
}

void emu_dmac_service(emu_soc_t *soc)
{
    emu_dmac_t *dmac = &soc->dmac;
    if (!K210_FIELD_GET(dmac->cfg, K210_DMAC_CFG_DMAC_EN))
        return;
    for (unsigned ch = 0; ch < EMU_DMAC_CHANNELS; ch++) {
        if (!(dmac->chen & (UINT64_C(1) << ch)))
            continue;
        while (dmac->remaining[ch] > 0 && source_ready(soc, ch)) {
            if (!move_element(soc, ch, dmac->done[ch])) {
                dmac->remaining[ch] = 0; /* a bus error ends the transfer without a done interrupt */
                dmac->chen &= ~(UINT64_C(1) << ch);
                return;
            }
            dmac->done[ch]++;
            dmac->remaining[ch]--;
        }
        if (dmac->remaining[ch] == 0) {
            dmac->chen &= ~(UINT64_C(1) << ch);
            dmac->ch[ch][CH_WORD(INTSTATUS)] |= INT_BLOCK_DONE | INT_DMA_DONE;
        }
    }
}

static void write_chen(emu_soc_t *soc, uint64_t value)
{
    emu_dmac_t *dmac = &soc->dmac;
    for (unsigned ch = 0; ch < EMU_DMAC_CHANNELS; ch++) {
        uint64_t en = UINT64_C(1) << ch, we = UINT64_C(1) << (ch + 8);
        if (!(value & we))
            continue;
        if ((value & en) && !(dmac->chen & en)) {
            dmac->chen |= en;
            dmac->remaining[ch] = K210_FIELD_GET(dmac->ch[ch][CH_WORD(BLOCK_TS)], K210_DMAC_CH_BLOCK_TS_BLOCK_TS) + 1;
            dmac->done[ch] = 0;
            uint64_t cfg = dmac->ch[ch][CH_WORD(CFG)];
            uint64_t multi = K210_FIELD_GET(cfg, K210_DMAC_CH_CFG_SRC_MULTBLK_TYPE) |
                             K210_FIELD_GET(cfg, K210_DMAC_CH_CFG_DST_MULTBLK_TYPE);
            if (multi != 0)
                emu_warn_once("dmac-multiblock", "DMA channel %u: multi-block transfers are not modelled; "
                              "running one block", ch);
        } else if (!(value & en)) {
            dmac->chen &= ~en;
        }
    }
    emu_dmac_service(soc);
}

uint64_t emu_dmac_read(emu_soc_t *soc, uint64_t offset)
{
    emu_dmac_t *dmac = &soc->dmac;
    if (offset >= K210_DMAC_CH_BASE_OFFSET) {
        uint64_t rel = offset - K210_DMAC_CH_BASE_OFFSET;
        unsigned ch = (unsigned)(rel / K210_DMAC_CH_STRIDE);
        if (ch < EMU_DMAC_CHANNELS)
            return dmac->ch[ch][(rel % K210_DMAC_CH_STRIDE) / 8];
        return 0;
    }
    switch (offset) {
    case K210_DMAC_CFG_OFFSET: return dmac->cfg;
    case K210_DMAC_CHEN_OFFSET: return dmac->chen;
    case K210_DMAC_RESET_OFFSET: return 0; /* reset completes at once */
    default: return 0;
    }
}

void emu_dmac_write(emu_soc_t *soc, uint64_t offset, uint64_t value)
{
    emu_dmac_t *dmac = &soc->dmac;
    if (offset >= K210_DMAC_CH_BASE_OFFSET) {
        uint64_t rel = offset - K210_DMAC_CH_BASE_OFFSET;
        unsigned ch = (unsigned)(rel / K210_DMAC_CH_STRIDE);
        unsigned word = (unsigned)((rel % K210_DMAC_CH_STRIDE) / 8);
        if (ch >= EMU_DMAC_CHANNELS)
            return;
        if (word == CH_WORD(INTCLEAR))
            dmac->ch[ch][CH_WORD(INTSTATUS)] &= ~value;
        else if (word != CH_WORD(INTSTATUS) && word != CH_WORD(STATUS))
            dmac->ch[ch][word] = value;
        return;
    }
    switch (offset) {
    case K210_DMAC_CFG_OFFSET: dmac->cfg = value; emu_dmac_service(soc); break;
    case K210_DMAC_CHEN_OFFSET: write_chen(soc, value); break;
    case K210_DMAC_RESET_OFFSET:
        if (value & 1)
            emu_dmac_reset(dmac);
        break;
    default:
        emu_warn_once("dmac-common", "write to DMAC common register 0x%llx is not modelled",
                      (unsigned long long)offset);
        break;
    }
}
