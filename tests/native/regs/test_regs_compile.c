/*
 * test_regs_compile.c -- compile-and-run check of the generated register headers.
 *
 * Includes every generated header together with k210_field.h (so a macro defined twice, or a
 * header that is not C11 clean, fails the build) and checks a few values against spec/kpu.md
 * and the Kendryte SDK. Build:
 *   gcc -std=c11 -Wall -Wextra -Werror -I firmware/native/regs -I firmware/native/regs/generated \
 *       tests/native/regs/test_regs_compile.c -o test_regs_compile && ./test_regs_compile
 */

#include <stdint.h>
#include <stdio.h>

#include "k210_field.h"
#include "k210_dmac_regs.h"
#include "k210_kpu_layer.h"
#include "k210_kpu_regs.h"
#include "k210_memory_map.h"
#include "k210_sysctl_regs.h"
#include "k210_dvp_regs.h"
#include "k210_fpioa_regs.h"
#include "k210_gpiohs_regs.h"
#include "k210_plic_regs.h"
#include "k210_spi3_regs.h"
#include "k210_spi_regs.h"
#include "k210_uarths_regs.h"

/* ---- memory map (spec/kpu.md section 2, SDK platform.h) ---- */
_Static_assert(K210_KPU_BASE == 0x40800000ull, "KPU base");
_Static_assert(K210_DMAC_BASE == 0x50000000ull, "DMAC base");
_Static_assert(K210_SYSCTL_BASE == 0x50440000ull, "SYSCTL base");
/* ---- board blocks (SDK platform.h and the drivers' headers) ---- */
_Static_assert(K210_SPI_BASE == 0x52000000ull && K210_SPI_SPI1_BASE == 0x53000000ull && K210_SPI3_BASE == 0x54000000ull,
               "SPI bases");
_Static_assert(K210_FPIOA_BASE == 0x502B0000ull && K210_GPIOHS_BASE == 0x38001000ull && K210_UARTHS_BASE == 0x38000000ull,
               "IO bases");
_Static_assert(K210_DVP_BASE == 0x50430000ull && K210_PLIC_BASE == 0x0C000000ull, "DVP and PLIC bases");
_Static_assert(K210_SPI_DR0_OFFSET == 0x60 && K210_SPI_SPI_CTRLR0_OFFSET == 0xF4 && K210_SPI_ENDIAN_OFFSET == 0x118,
               "DW SSI offsets");
_Static_assert(K210_SPI_CTRLR0_DFS_SHIFT == 16 && K210_SPI3_CTRLR0_DFS_SHIFT == 0 && K210_SPI3_CTRLR0_TMOD_SHIFT == 10,
               "SPI0/1 and SPI3 ctrlr0 layouts");
_Static_assert(K210_SYSCTL_PLL0_OFFSET == 0x08 && K210_SYSCTL_PERI_RESET_OFFSET == 0x34 &&
                   K210_SYSCTL_POWER_SEL_OFFSET == 0x6C && K210_SYSCTL_CLK_EN_PERI_SPI3_CLK_EN_SHIFT == 9,
               "SYSCTL layout");
_Static_assert(K210_FPIOA_FUNCTION_GPIOHS0 == 24 && K210_FPIOA_FUNCTION_SPI1_SCLK == 83 &&
                   K210_FPIOA_FUNCTION_CMOS_PCLK == 137 && K210_FPIOA_FUNCTION_DEBUG31 == 255,
               "FPIOA function numbers");
_Static_assert(K210_PLIC_IRQ_AI == 25 && K210_PLIC_CLAIM_OFFSET == 0x200004, "PLIC");
_Static_assert(K210_SRAM_BASE == 0x80000000ull && K210_SRAM_SIZE == 6ull * 1024 * 1024, "SRAM");
_Static_assert(K210_SRAM_UNCACHED_BASE == 0x40000000ull, "SRAM alias");
_Static_assert(K210_KPU_RAM_BASE == 0x80600000ull && K210_KPU_RAM_UNCACHED_BASE == 0x40600000ull, "KPU RAM");
_Static_assert(K210_KPU_RAM_LINES * K210_KPU_RAM_LINE_BYTES == K210_KPU_RAM_SIZE, "KPU RAM lines");

/* ---- KPU register block (section 3) ---- */
_Static_assert(K210_KPU_LAYER_ARGUMENT_FIFO_OFFSET == 0x00, "fifo");
_Static_assert(K210_KPU_INTERRUPT_RAW_OFFSET == 0x10, "interrupt_raw");
_Static_assert(K210_KPU_INTERRUPT_CLEAR_OFFSET == 0x20, "interrupt_clear");
_Static_assert(K210_KPU_FIFO_DATA_OUT_OFFSET == 0x30, "fifo_data_out");
_Static_assert(K210_KPU_EIGHT_BIT_MODE_OFFSET == 0x40, "eight_bit_mode");
_Static_assert(K210_KPU_INTERRUPT_RAW_CALC_DONE_INT_SHIFT == 0, "calc_done");
_Static_assert(K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_FULL_INT_SHIFT == 2, "almost_full");
_Static_assert(K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD_SHIFT == 0, "full threshold");
_Static_assert(K210_KPU_FIFO_THRESHOLD_FIFO_EMPTY_THRESHOLD_SHIFT == 4, "empty threshold");
_Static_assert(K210_KPU_EIGHT_BIT_MODE_EIGHT_BIT_MODE_SHIFT == 0, "eight_bit_mode bit");

/* ---- layer argument (section 4) and tables (section 5) ---- */
_Static_assert(K210_KPU_LAYER_WORD_COUNT == 12, "12 words");
_Static_assert(K210_KPU_LAYER_ARG_X_WORD == 9 && K210_KPU_LAYER_ARG_X_SHIFT == 32, "arg_x position");
_Static_assert(K210_KPU_LAYER_ARG_X_WIDTH == 24 && K210_KPU_LAYER_ARG_X_SIGNED == 1, "arg_x type");
_Static_assert(K210_KPU_LAYER_ARG_W_SHIFT == 8 && K210_KPU_LAYER_ARG_W_WIDTH == 24, "arg_w");
_Static_assert(K210_KPU_LAYER_ARG_ADD_WORD == 10 && K210_KPU_LAYER_ARG_ADD_WIDTH == 40, "arg_add");
_Static_assert(K210_KPU_LAYER_ARG_ADD_SIGNED == 1 && K210_KPU_LAYER_SHR_X_SIGNED == 0, "signedness");
_Static_assert(K210_KPU_LAYER_IMAGE_DST_ADDR_WORD == 1 && K210_KPU_LAYER_IMAGE_DST_ADDR_SHIFT == 32, "dst");
_Static_assert(K210_KPU_LAYER_POOL_TYPE_SHIFT == 4 && K210_KPU_LAYER_POOL_TYPE_WIDTH == 4, "pool_type");
_Static_assert(K210_KPU_LAYER_BWSX_BASE_ADDR_MASK == 0xFFFFFFFFull, "bwsx_base_addr");
_Static_assert(K210_KPU_LAYER_DMA_TOTAL_BYTE_WORD == 11 && K210_KPU_LAYER_DMA_TOTAL_BYTE_SHIFT == 32, "dma");
_Static_assert(K210_KPU_BN_NORM_MUL_WIDTH == 24 && K210_KPU_BN_NORM_MUL_SIGNED == 1, "norm_mul");
_Static_assert(K210_KPU_BN_NORM_ADD_SHIFT == 24 && K210_KPU_BN_NORM_ADD_WIDTH == 32, "norm_add");
_Static_assert(K210_KPU_BN_NORM_SHIFT_SHIFT == 56 && K210_KPU_BN_NORM_SHIFT_SIGNED == 0, "norm_shift");
_Static_assert(K210_KPU_ACT_X_START_SHIFT == 24 && K210_KPU_ACT_X_START_WIDTH == 36, "x_start");
_Static_assert(K210_KPU_ACT_Y_MUL_SIGNED == 1 && K210_KPU_ACT_SHIFT_NUMBER_WIDTH == 8, "act");
_Static_assert(K210_KPU_ACT_SEGMENT_COUNT == 16 && K210_KPU_ACT_TABLE_BYTES == 144, "act table");
_Static_assert(K210_KPU_ACT_TABLE_BYTES == (K210_KPU_ACT_SEGMENT_COUNT + 2) * 8, "act table bytes");

/* ---- DMAC (SDK dmac.h) ---- */
_Static_assert(K210_DMAC_CHANNEL_COUNT == 6, "6 channels");
_Static_assert(K210_DMAC_CH_BASE_OFFSET == 0x100 && K210_DMAC_CH_STRIDE == 0x100, "channel window");
_Static_assert(K210_DMAC_CH_WINDOW_OFFSET(2) + K210_DMAC_CH_CTL_OFFSET == 0x318, "channel 2 ctl");
_Static_assert(K210_DMAC_CHEN_OFFSET == 0x18 && K210_DMAC_RESET_OFFSET == 0x58, "common regs");
_Static_assert(K210_DMAC_CHEN_CH_EN_WE_SHIFT == 8, "chen write enable");
_Static_assert(K210_DMAC_CH_CTL_SRC_TR_WIDTH_SHIFT == 8 && K210_DMAC_CH_CTL_DST_MSIZE_SHIFT == 18, "ctl");
_Static_assert(K210_DMAC_CH_CTL_SHADOWREG_OR_LLI_VALID_SHIFT == 63, "ctl valid");
_Static_assert(K210_DMAC_CH_CFG_TT_FC_SHIFT == 32 && K210_DMAC_CH_CFG_DST_PER_SHIFT == 44, "cfg");
_Static_assert(K210_DMAC_CH_INTSTATUS_OFFSET == 0x88 && K210_DMAC_CH_INTCLEAR_OFFSET == 0x98, "ch int");
_Static_assert(K210_DMAC_CH_INTSTATUS_DMA_TFR_DONE_SHIFT == 1, "dma_tfr_done");
_Static_assert(K210_DMAC_TR_WIDTH_64 == 3 && K210_DMAC_MSIZE_8 == 2, "enums");
_Static_assert(K210_DMAC_TT_FC_PRF2MEM_DMA == 2 && K210_DMAC_ADDR_INC_NOCHANGE == 1, "enums");

/* ---- SYSCTL (SDK sysctl.h) ---- */
_Static_assert(K210_SYSCTL_REG_WIDTH == 32, "32-bit sysctl");
_Static_assert(K210_SYSCTL_DMA_SEL0_OFFSET == 0x64 && K210_SYSCTL_DMA_SEL1_OFFSET == 0x68, "dma_sel");
_Static_assert(K210_SYSCTL_DMA_SEL0_DMA_SEL3_SHIFT == 18 && K210_SYSCTL_DMA_SEL0_DMA_SEL3_WIDTH == 6, "sel3");
_Static_assert(K210_SYSCTL_DMA_SEL1_DMA_SEL5_SHIFT == 0, "sel5");
_Static_assert(K210_SYSCTL_DMA_SELECT_AI_RX_REQ == 22, "AI rx request");
_Static_assert(K210_SYSCTL_CLK_EN_PERI_AI_CLK_EN_SHIFT == 2, "ai clock");

/* Counts the registers of an X-macro list. */
#define COUNT_REG(name, offset, access, reset) +1

static int failures;

#define CHECK(cond)                                                      \
    do {                                                                 \
        if (!(cond)) {                                                   \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,       \
                    __LINE__, #cond);                                    \
            failures++;                                                  \
        }                                                                \
    } while (0)

static void test_regs_sext(void)
{
    CHECK(k210_sext(0xFFFFFFu, 24) == -1);
    CHECK(k210_sext(0x800000u, 24) == -8388608);
    CHECK(k210_sext(0x7FFFFFu, 24) == 8388607);
    CHECK(k210_sext(0xFFFFFFFFFF000000ull, 24) == 0); /* bits above are ignored */
    CHECK(k210_sext(0x8000000000ull, 40) == -549755813888ll);
    CHECK(k210_sext(UINT64_C(1) << 63, 64) == INT64_MIN);
    CHECK(k210_sext(UINT64_MAX, 64) == -1);
    CHECK(k210_sext(1u, 1) == -1);
    CHECK(k210_sext(0u, 0) == 0);
}

static void test_regs_field_helpers(void)
{
    uint64_t v = 0;
    v = K210_FIELD_SET(v, K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD, 10);
    v = K210_FIELD_SET(v, K210_KPU_FIFO_THRESHOLD_FIFO_EMPTY_THRESHOLD, 1);
    CHECK(v == 0x1Aull); /* the SDK's value, spec/kpu.md section 3 */
    CHECK(K210_FIELD_GET(v, K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD) == 10);
    v = K210_FIELD_SET(v, K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD, 0x1F); /* truncated to 4 bits */
    CHECK(v == 0x1Full);
    CHECK(K210_FIELD_PUT(K210_KPU_LAYER_ARGUMENT_FIFO_DATA, UINT64_MAX) == UINT64_MAX);
    CHECK(K210_FIELD_PUT(K210_DMAC_CH_CTL_SHADOWREG_OR_LLI_VALID, 1) == (UINT64_C(1) << 63));
    CHECK(K210_FIELD_PUT(K210_DMAC_CH_CTL_SRC_TR_WIDTH, K210_DMAC_TR_WIDTH_64) == 0x300ull);
    CHECK(K210_FIELD_PUT(K210_SYSCTL_DMA_SEL0_DMA_SEL1, K210_SYSCTL_DMA_SELECT_AI_RX_REQ) == (22ull << 6));

    uint64_t words[K210_KPU_LAYER_WORD_COUNT] = {0};
    K210_LAYER_SET(words, K210_KPU_LAYER_ARG_X, (uint64_t)-5);
    K210_LAYER_SET(words, K210_KPU_LAYER_SHR_W, 3);
    CHECK(k210_sext(K210_LAYER_GET(words, K210_KPU_LAYER_ARG_X), K210_KPU_LAYER_ARG_X_WIDTH) == -5);
    CHECK(K210_LAYER_GET(words, K210_KPU_LAYER_ARG_W) == 0);
    CHECK(K210_LAYER_GET(words, K210_KPU_LAYER_SHR_W) == 3);
    CHECK(words[9] == ((0xFFFFFBull << 32) | 3u)); /* nothing outside the two fields */
    K210_LAYER_SET(words, K210_KPU_LAYER_ARG_ADD, (uint64_t)INT64_C(-1));
    CHECK(words[10] == 0xFFFFFFFFFFull);
    CHECK(k210_sext(K210_LAYER_GET(words, K210_KPU_LAYER_ARG_ADD), K210_KPU_LAYER_ARG_ADD_WIDTH) == -1);
}

static void test_regs_register_lists(void)
{
    CHECK((0 K210_KPU_REG_LIST(COUNT_REG)) == 9);
    CHECK((0 K210_DMAC_CH_REG_LIST(COUNT_REG)) == 16);
    CHECK((0 K210_SYSCTL_REG_LIST(COUNT_REG)) == 22);
    CHECK((0 K210_SPI_REG_LIST(COUNT_REG)) == 24);
    CHECK((0 K210_DVP_REG_LIST(COUNT_REG)) == 11);
}

int main(void)
{
    test_regs_sext();
    test_regs_field_helpers();
    test_regs_register_lists();
    if (failures != 0) {
        fprintf(stderr, "test_regs_compile: %d check(s) failed\n", failures);
        return 1;
    }
    printf("test_regs_compile: all checks passed\n");
    return 0;
}
