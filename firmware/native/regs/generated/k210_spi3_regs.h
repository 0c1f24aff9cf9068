/*
 * k210_spi3_regs.h -- SPI3 ctrlr0 (the one register SPI3 lays out differently)
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/spi3.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_SPI3): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT, _WIDTH
 * and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every register in
 * the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of k210_field.h.
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_SPI3_REGS_H_
#define K210_SPI3_REGS_H_

/*
 * SPI3 ctrlr0 (the one register SPI3 lays out differently). SPI3 is the same DW SSI as SPI0/SPI1
 * (every other register: spi.regs.json, at this base) but its ctrlr0 puts the frame size at bits
 * 4:0, the mode at 9:8, the transfer mode at 11:10 and the frame format at 23:22. The W25Q boot
 * flash sits on its dedicated pins. [S1 lib/bsp/include/platform.h SPI3_BASE_ADDR]; [S1
 * lib/drivers/spi.c spi_init]; [S1 lib/drivers/spi.c spi_set_tmod]
 */
#define K210_SPI3_BASE                                           0x54000000ull
#define K210_SPI3_REG_WIDTH                                      32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * ctrlr0 (offset 0x00, rw, reset 0x0): Control 0, SPI3 layout. Written only while ssienr is 0. [S1
 * lib/drivers/spi.c spi_init]; [S1 lib/drivers/spi.c spi_set_tmod]
 */
#define K210_SPI3_CTRLR0_OFFSET                                  0x00ull
#define K210_SPI3_CTRLR0_RESET                                   0x0ull
/* [4:0] dfs (rw, reset 0x0) [count-1]: Data frame size in bits, minus one. */
#define K210_SPI3_CTRLR0_DFS_SHIFT                               0
#define K210_SPI3_CTRLR0_DFS_WIDTH                               5
#define K210_SPI3_CTRLR0_DFS_MASK                                0x1Full
/* [9:8] work_mode (rw, reset 0x0): SPI mode 0-3. */
#define K210_SPI3_CTRLR0_WORK_MODE_SHIFT                         8
#define K210_SPI3_CTRLR0_WORK_MODE_WIDTH                         2
#define K210_SPI3_CTRLR0_WORK_MODE_MASK                          0x3ull
/* [11:10] tmod (rw, reset 0x0): Transfer mode (values as spi.regs.json tmod). */
#define K210_SPI3_CTRLR0_TMOD_SHIFT                              10
#define K210_SPI3_CTRLR0_TMOD_WIDTH                              2
#define K210_SPI3_CTRLR0_TMOD_MASK                               0x3ull
/* [23:22] frf (rw, reset 0x0): Frame format (values as spi.regs.json frame_format). */
#define K210_SPI3_CTRLR0_FRF_SHIFT                               22
#define K210_SPI3_CTRLR0_FRF_WIDTH                               2
#define K210_SPI3_CTRLR0_FRF_MASK                                0x3ull

/*
 * X-macro table of the spi3 registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens RW,
 * RO, WO, W1C.
 */
#define K210_SPI3_REG_LIST(X)                                    \
    X(CTRLR0, 0x00ull, RW, 0x0ull)

#endif /* K210_SPI3_REGS_H_ */
