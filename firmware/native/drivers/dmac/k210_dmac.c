#include "k210_dmac.h"

#include "k210_dmac_regs.h"
#include "k210_field.h"
#include "k210_mmio.h"

static uint64_t ch_offset(unsigned channel, uint64_t reg)
{
    return K210_DMAC_CH_BASE_OFFSET + (uint64_t)channel * K210_DMAC_CH_STRIDE + reg;
}

void k210_dmac_init(uint64_t base)
{
    k210_mmio_write64(base, K210_DMAC_RESET_OFFSET, K210_FIELD_PUT(K210_DMAC_RESET_RST, 1));
    k210_mmio_write64(base, K210_DMAC_CFG_OFFSET,
                      K210_FIELD_PUT(K210_DMAC_CFG_DMAC_EN, 1) | K210_FIELD_PUT(K210_DMAC_CFG_INT_EN, 1));
}

void k210_dmac_start(uint64_t base, unsigned channel, const k210_dmac_transfer_t *t)
{
    uint64_t ctl = K210_FIELD_PUT(K210_DMAC_CH_CTL_SINC, t->src_fixed ? 1 : 0) |
                   K210_FIELD_PUT(K210_DMAC_CH_CTL_DINC, t->dst_fixed ? 1 : 0) |
                   K210_FIELD_PUT(K210_DMAC_CH_CTL_SRC_TR_WIDTH, t->width_log2) |
                   K210_FIELD_PUT(K210_DMAC_CH_CTL_DST_TR_WIDTH, t->width_log2) |
                   K210_FIELD_PUT(K210_DMAC_CH_CTL_SRC_MSIZE, t->burst_log2_msize) |
                   K210_FIELD_PUT(K210_DMAC_CH_CTL_DST_MSIZE, t->burst_log2_msize);
    uint64_t cfg = K210_FIELD_PUT(K210_DMAC_CH_CFG_TT_FC,
                                  t->src_is_peripheral ? K210_DMAC_TT_FC_PRF2MEM_DMA : K210_DMAC_TT_FC_MEM2MEM_DMA) |
                   K210_FIELD_PUT(K210_DMAC_CH_CFG_HS_SEL_SRC, 0) | /* hardware handshake */
                   K210_FIELD_PUT(K210_DMAC_CH_CFG_SRC_PER, channel) |
                   K210_FIELD_PUT(K210_DMAC_CH_CFG_DST_PER, channel);

    k210_mmio_write64(base, ch_offset(channel, K210_DMAC_CH_INTCLEAR_OFFSET), UINT64_MAX);
    k210_mmio_write64(base, ch_offset(channel, K210_DMAC_CH_SAR_OFFSET), t->src);
    k210_mmio_write64(base, ch_offset(channel, K210_DMAC_CH_DAR_OFFSET), t->dst);
    k210_mmio_write64(base, ch_offset(channel, K210_DMAC_CH_BLOCK_TS_OFFSET), t->elements - 1);
    k210_mmio_write64(base, ch_offset(channel, K210_DMAC_CH_CTL_OFFSET), ctl);
    k210_mmio_write64(base, ch_offset(channel, K210_DMAC_CH_CFG_OFFSET), cfg);
    k210_mmio_write64(base, ch_offset(channel, K210_DMAC_CH_INTSTATUS_EN_OFFSET),
                      K210_FIELD_PUT(K210_DMAC_CH_INTSTATUS_DMA_TFR_DONE, 1));
    k210_mmio_write64(base, K210_DMAC_CHEN_OFFSET, (UINT64_C(1) << channel) | (UINT64_C(1) << (channel + 8)));
}

bool k210_dmac_wait_done(uint64_t base, unsigned channel, uint32_t max_polls)
{
    uint64_t done = K210_FIELD_PUT(K210_DMAC_CH_INTSTATUS_DMA_TFR_DONE, 1);
    for (uint32_t i = 0; i < max_polls; i++) {
        if (k210_mmio_read64(base, ch_offset(channel, K210_DMAC_CH_INTSTATUS_OFFSET)) & done) {
            k210_mmio_write64(base, ch_offset(channel, K210_DMAC_CH_INTCLEAR_OFFSET), UINT64_MAX);
            return true;
        }
    }
    return false;
}
