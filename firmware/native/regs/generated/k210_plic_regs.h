/*
 * k210_plic_regs.h -- PLIC (platform-level interrupt controller), hart 0 machine mode
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/plic.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_PLIC): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT, _WIDTH
 * and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every register in
 * the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of k210_field.h.
 *
 * Enums:
 *   K210_PLIC_IRQ_{SPI0, SPI1, SPI3, DVP, AI, DMA5, UARTHS}
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_PLIC_REGS_H_
#define K210_PLIC_REGS_H_

/*
 * PLIC (platform-level interrupt controller), hart 0 machine mode. Routes the 65 peripheral
 * interrupt lines to the harts' external interrupt. Only the registers of hart 0 in machine mode
 * (target 0) are described; the firmware's other hart is parked. 32-bit registers. [S1
 * lib/drivers/include/plic.h plic_t]; [S1 lib/bsp/include/platform.h PLIC_BASE_ADDR]
 */
#define K210_PLIC_BASE                                           0x0C000000ull
#define K210_PLIC_REG_WIDTH                                      32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * priority (offset 0x00, rw, reset 0x0): Priority of source 0 (reserved); source n's priority (0 =
 * never, 1-7) is at 4 * n. [S1 lib/drivers/include/plic.h plic_t]; [S1 lib/drivers/plic.c
 * plic_set_priority]
 */
#define K210_PLIC_PRIORITY_OFFSET                                0x00ull
#define K210_PLIC_PRIORITY_RESET                                 0x0ull

/*
 * pending (offset 0x1000, ro, reset 0x0): Pending bits of sources 0-31; word k at 0x1000 + 4k. [S1
 * lib/drivers/include/plic.h plic_t]
 */
#define K210_PLIC_PENDING_OFFSET                                 0x1000ull
#define K210_PLIC_PENDING_RESET                                  0x0ull

/*
 * enable (offset 0x2000, rw, reset 0x0): Hart 0 machine-mode enables of sources 0-31; word k at
 * 0x2000 + 4k. [S1 lib/drivers/include/plic.h plic_t]; [S1 lib/drivers/plic.c plic_irq_enable]
 */
#define K210_PLIC_ENABLE_OFFSET                                  0x2000ull
#define K210_PLIC_ENABLE_RESET                                   0x0ull

/*
 * threshold (offset 0x200000, rw, reset 0x0): Hart 0 priority threshold: sources at or below it are
 * not delivered. [S1 lib/drivers/include/plic.h plic_t]; [S1 lib/drivers/plic.c plic_init]
 */
#define K210_PLIC_THRESHOLD_OFFSET                               0x200000ull
#define K210_PLIC_THRESHOLD_RESET                                0x0ull

/*
 * claim (offset 0x200004, rw, reset 0x0): Hart 0 claim (read: the highest pending source, now in
 * service) and complete (write the source back). [S1 lib/drivers/include/plic.h plic_t]; [S1
 * lib/drivers/plic.c plic_irq_claim]
 */
#define K210_PLIC_CLAIM_OFFSET                                   0x200004ull
#define K210_PLIC_CLAIM_RESET                                    0x0ull

/*
 * X-macro table of the plic registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens RW,
 * RO, WO, W1C.
 */
#define K210_PLIC_REG_LIST(X)                                    \
    X(PRIORITY, 0x00ull, RW, 0x0ull) \
    X(PENDING, 0x1000ull, RO, 0x0ull) \
    X(ENABLE, 0x2000ull, RW, 0x0ull) \
    X(THRESHOLD, 0x200000ull, RW, 0x0ull) \
    X(CLAIM, 0x200004ull, RW, 0x0ull)

/*
 * enum irq: Interrupt source numbers the firmware uses. [S1 lib/drivers/include/plic.h plic_irq_t]
 */
#define K210_PLIC_IRQ_SPI0                                       1    /* SPI0 */
#define K210_PLIC_IRQ_SPI1                                       2    /* SPI1 */
#define K210_PLIC_IRQ_SPI3                                       4    /* SPI3 */
#define K210_PLIC_IRQ_DVP                                        24   /* DVP frame start / finish */
#define K210_PLIC_IRQ_AI                                         25   /* KPU (AI accelerator) */
#define K210_PLIC_IRQ_DMA5                                       32   /* DMAC channel 5 (the KPU output channel) */
#define K210_PLIC_IRQ_UARTHS                                     33   /* UARTHS */

#endif /* K210_PLIC_REGS_H_ */
