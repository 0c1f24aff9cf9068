/*
 * k210_gpiohs_regs.h -- GPIOHS (high-speed GPIO, 32 lines)
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/gpiohs.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_GPIOHS): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT,
 * _WIDTH and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every
 * register in the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of
 * k210_field.h.
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_GPIOHS_REGS_H_
#define K210_GPIOHS_REGS_H_

/*
 * GPIOHS (high-speed GPIO, 32 lines). SiFive-style GPIO on the core's TileLink bus: every register
 * holds one bit per line. A line reaches a pad only through the FPIOA (function GPIOHS0 + n).
 * 32-bit registers. [S1 lib/drivers/include/gpiohs.h]; [S1 lib/bsp/include/platform.h
 * GPIOHS_BASE_ADDR]
 */
#define K210_GPIOHS_BASE                                         0x38001000ull
#define K210_GPIOHS_REG_WIDTH                                    32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * input_val (offset 0x00, ro, reset 0x0): Pin levels, bit n = GPIOHS n. One bit per GPIOHS line
 * (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_INPUT_VAL_OFFSET                             0x00ull
#define K210_GPIOHS_INPUT_VAL_RESET                              0x0ull

/*
 * input_en (offset 0x04, rw, reset 0x0): 1 = input enabled. One bit per GPIOHS line (0-31). [S1
 * lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_INPUT_EN_OFFSET                              0x04ull
#define K210_GPIOHS_INPUT_EN_RESET                               0x0ull

/*
 * output_en (offset 0x08, rw, reset 0x0): 1 = output driver enabled. One bit per GPIOHS line
 * (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_OUTPUT_EN_OFFSET                             0x08ull
#define K210_GPIOHS_OUTPUT_EN_RESET                              0x0ull

/*
 * output_val (offset 0x0C, rw, reset 0x0): Output levels. One bit per GPIOHS line (0-31). [S1
 * lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_OUTPUT_VAL_OFFSET                            0x0Cull
#define K210_GPIOHS_OUTPUT_VAL_RESET                             0x0ull

/*
 * pullup_en (offset 0x10, rw, reset 0x0): Pull-ups (unused on the K210: the FPIOA pad sets pulls).
 * One bit per GPIOHS line (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1
 * lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_PULLUP_EN_OFFSET                             0x10ull
#define K210_GPIOHS_PULLUP_EN_RESET                              0x0ull

/*
 * drive (offset 0x14, rw, reset 0x0): Drive strength. One bit per GPIOHS line (0-31). [S1
 * lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_DRIVE_OFFSET                                 0x14ull
#define K210_GPIOHS_DRIVE_RESET                                  0x0ull

/*
 * rise_ie (offset 0x18, rw, reset 0x0): Rising-edge interrupt enable. One bit per GPIOHS line
 * (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_RISE_IE_OFFSET                               0x18ull
#define K210_GPIOHS_RISE_IE_RESET                                0x0ull

/*
 * rise_ip (offset 0x1C, w1c, reset 0x0): Rising-edge interrupt pending (write 1 to clear). One bit
 * per GPIOHS line (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_RISE_IP_OFFSET                               0x1Cull
#define K210_GPIOHS_RISE_IP_RESET                                0x0ull

/*
 * fall_ie (offset 0x20, rw, reset 0x0): Falling-edge interrupt enable. One bit per GPIOHS line
 * (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_FALL_IE_OFFSET                               0x20ull
#define K210_GPIOHS_FALL_IE_RESET                                0x0ull

/*
 * fall_ip (offset 0x24, w1c, reset 0x0): Falling-edge interrupt pending (write 1 to clear). One bit
 * per GPIOHS line (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_FALL_IP_OFFSET                               0x24ull
#define K210_GPIOHS_FALL_IP_RESET                                0x0ull

/*
 * high_ie (offset 0x28, rw, reset 0x0): High-level interrupt enable. One bit per GPIOHS line
 * (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_HIGH_IE_OFFSET                               0x28ull
#define K210_GPIOHS_HIGH_IE_RESET                                0x0ull

/*
 * high_ip (offset 0x2C, w1c, reset 0x0): High-level interrupt pending. One bit per GPIOHS line
 * (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_HIGH_IP_OFFSET                               0x2Cull
#define K210_GPIOHS_HIGH_IP_RESET                                0x0ull

/*
 * low_ie (offset 0x30, rw, reset 0x0): Low-level interrupt enable. One bit per GPIOHS line (0-31).
 * [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_LOW_IE_OFFSET                                0x30ull
#define K210_GPIOHS_LOW_IE_RESET                                 0x0ull

/*
 * low_ip (offset 0x34, w1c, reset 0x0): Low-level interrupt pending. One bit per GPIOHS line
 * (0-31). [S1 lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_LOW_IP_OFFSET                                0x34ull
#define K210_GPIOHS_LOW_IP_RESET                                 0x0ull

/*
 * iof_en (offset 0x38, rw, reset 0x0): IO function enable. One bit per GPIOHS line (0-31). [S1
 * lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_IOF_EN_OFFSET                                0x38ull
#define K210_GPIOHS_IOF_EN_RESET                                 0x0ull

/*
 * iof_sel (offset 0x3C, rw, reset 0x0): IO function select. One bit per GPIOHS line (0-31). [S1
 * lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_IOF_SEL_OFFSET                               0x3Cull
#define K210_GPIOHS_IOF_SEL_RESET                                0x0ull

/*
 * output_xor (offset 0x40, rw, reset 0x0): Output inversion. One bit per GPIOHS line (0-31). [S1
 * lib/drivers/include/gpiohs.h gpiohs_t]; [S1 lib/drivers/gpiohs.c]
 */
#define K210_GPIOHS_OUTPUT_XOR_OFFSET                            0x40ull
#define K210_GPIOHS_OUTPUT_XOR_RESET                             0x0ull

/*
 * X-macro table of the gpiohs registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens
 * RW, RO, WO, W1C.
 */
#define K210_GPIOHS_REG_LIST(X)                                  \
    X(INPUT_VAL, 0x00ull, RO, 0x0ull) \
    X(INPUT_EN, 0x04ull, RW, 0x0ull) \
    X(OUTPUT_EN, 0x08ull, RW, 0x0ull) \
    X(OUTPUT_VAL, 0x0Cull, RW, 0x0ull) \
    X(PULLUP_EN, 0x10ull, RW, 0x0ull) \
    X(DRIVE, 0x14ull, RW, 0x0ull) \
    X(RISE_IE, 0x18ull, RW, 0x0ull) \
    X(RISE_IP, 0x1Cull, W1C, 0x0ull) \
    X(FALL_IE, 0x20ull, RW, 0x0ull) \
    X(FALL_IP, 0x24ull, W1C, 0x0ull) \
    X(HIGH_IE, 0x28ull, RW, 0x0ull) \
    X(HIGH_IP, 0x2Cull, W1C, 0x0ull) \
    X(LOW_IE, 0x30ull, RW, 0x0ull) \
    X(LOW_IP, 0x34ull, W1C, 0x0ull) \
    X(IOF_EN, 0x38ull, RW, 0x0ull) \
    X(IOF_SEL, 0x3Cull, RW, 0x0ull) \
    X(OUTPUT_XOR, 0x40ull, RW, 0x0ull)

#endif /* K210_GPIOHS_REGS_H_ */
