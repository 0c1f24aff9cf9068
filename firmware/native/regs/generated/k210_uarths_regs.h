/*
 * k210_uarths_regs.h -- UARTHS (high-speed UART, the console and ISP port)
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/uarths.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_UARTHS): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT,
 * _WIDTH and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every
 * register in the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of
 * k210_field.h.
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_UARTHS_REGS_H_
#define K210_UARTHS_REGS_H_

/*
 * UARTHS (high-speed UART, the console and ISP port). SiFive-style UART on the core bus, 8N1 with a
 * programmable divisor; pads IO4 (RX) and IO5 (TX) on every Maix board. 32-bit registers. [S1
 * lib/drivers/include/uarths.h uarths_t]; [S1 lib/bsp/include/platform.h UARTHS_BASE_ADDR]
 */
#define K210_UARTHS_BASE                                         0x38000000ull
#define K210_UARTHS_REG_WIDTH                                    32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * txdata (offset 0x00, rw, reset 0x0): Transmit FIFO: write a byte; read full first. [S1
 * lib/drivers/include/uarths.h uarths_txdata_t]
 */
#define K210_UARTHS_TXDATA_OFFSET                                0x00ull
#define K210_UARTHS_TXDATA_RESET                                 0x0ull
/* [7:0] data (wo, reset 0x0): Byte to send. */
#define K210_UARTHS_TXDATA_DATA_SHIFT                            0
#define K210_UARTHS_TXDATA_DATA_WIDTH                            8
#define K210_UARTHS_TXDATA_DATA_MASK                             0xFFull
/* [31] full (ro, reset 0x0): 1 = FIFO full, the write is dropped. */
#define K210_UARTHS_TXDATA_FULL_SHIFT                            31
#define K210_UARTHS_TXDATA_FULL_WIDTH                            1
#define K210_UARTHS_TXDATA_FULL_MASK                             0x1ull

/*
 * rxdata (offset 0x04, ro, reset 0x0): Receive FIFO: reading pops a byte unless empty is set. [S1
 * lib/drivers/include/uarths.h uarths_rxdata_t]
 */
#define K210_UARTHS_RXDATA_OFFSET                                0x04ull
#define K210_UARTHS_RXDATA_RESET                                 0x0ull
/* [7:0] data (ro, reset 0x0): Received byte. */
#define K210_UARTHS_RXDATA_DATA_SHIFT                            0
#define K210_UARTHS_RXDATA_DATA_WIDTH                            8
#define K210_UARTHS_RXDATA_DATA_MASK                             0xFFull
/* [31] empty (ro, reset 0x0): 1 = nothing received, data is not valid. */
#define K210_UARTHS_RXDATA_EMPTY_SHIFT                           31
#define K210_UARTHS_RXDATA_EMPTY_WIDTH                           1
#define K210_UARTHS_RXDATA_EMPTY_MASK                            0x1ull

/*
 * txctrl (offset 0x08, rw, reset 0x0): Transmit control. [S1 lib/drivers/include/uarths.h
 * uarths_txctrl_t]
 */
#define K210_UARTHS_TXCTRL_OFFSET                                0x08ull
#define K210_UARTHS_TXCTRL_RESET                                 0x0ull
/* [0] txen (rw, reset 0x0): 1 = transmitter enabled. */
#define K210_UARTHS_TXCTRL_TXEN_SHIFT                            0
#define K210_UARTHS_TXCTRL_TXEN_WIDTH                            1
#define K210_UARTHS_TXCTRL_TXEN_MASK                             0x1ull
/* [1] nstop (rw, reset 0x0): 0 = one stop bit, 1 = two. */
#define K210_UARTHS_TXCTRL_NSTOP_SHIFT                           1
#define K210_UARTHS_TXCTRL_NSTOP_WIDTH                           1
#define K210_UARTHS_TXCTRL_NSTOP_MASK                            0x1ull
/* [18:16] txcnt (rw, reset 0x0): Transmit watermark level. */
#define K210_UARTHS_TXCTRL_TXCNT_SHIFT                           16
#define K210_UARTHS_TXCTRL_TXCNT_WIDTH                           3
#define K210_UARTHS_TXCTRL_TXCNT_MASK                            0x7ull

/*
 * rxctrl (offset 0x0C, rw, reset 0x0): Receive control. [S1 lib/drivers/include/uarths.h
 * uarths_rxctrl_t]
 */
#define K210_UARTHS_RXCTRL_OFFSET                                0x0Cull
#define K210_UARTHS_RXCTRL_RESET                                 0x0ull
/* [0] rxen (rw, reset 0x0): 1 = receiver enabled. */
#define K210_UARTHS_RXCTRL_RXEN_SHIFT                            0
#define K210_UARTHS_RXCTRL_RXEN_WIDTH                            1
#define K210_UARTHS_RXCTRL_RXEN_MASK                             0x1ull
/* [18:16] rxcnt (rw, reset 0x0): Receive watermark level. */
#define K210_UARTHS_RXCTRL_RXCNT_SHIFT                           16
#define K210_UARTHS_RXCTRL_RXCNT_WIDTH                           3
#define K210_UARTHS_RXCTRL_RXCNT_MASK                            0x7ull

/*
 * ie (offset 0x10, rw, reset 0x0): Interrupt enables. [S1 lib/drivers/include/uarths.h uarths_ie_t]
 */
#define K210_UARTHS_IE_OFFSET                                    0x10ull
#define K210_UARTHS_IE_RESET                                     0x0ull
/* [0] txwm (rw, reset 0x0): Transmit watermark interrupt. */
#define K210_UARTHS_IE_TXWM_SHIFT                                0
#define K210_UARTHS_IE_TXWM_WIDTH                                1
#define K210_UARTHS_IE_TXWM_MASK                                 0x1ull
/* [1] rxwm (rw, reset 0x0): Receive watermark interrupt. */
#define K210_UARTHS_IE_RXWM_SHIFT                                1
#define K210_UARTHS_IE_RXWM_WIDTH                                1
#define K210_UARTHS_IE_RXWM_MASK                                 0x1ull

/*
 * ip (offset 0x14, ro, reset 0x0): Interrupt pending. [S1 lib/drivers/include/uarths.h uarths_ip_t]
 */
#define K210_UARTHS_IP_OFFSET                                    0x14ull
#define K210_UARTHS_IP_RESET                                     0x0ull
/* [0] txwm (ro, reset 0x0): Transmit watermark pending. */
#define K210_UARTHS_IP_TXWM_SHIFT                                0
#define K210_UARTHS_IP_TXWM_WIDTH                                1
#define K210_UARTHS_IP_TXWM_MASK                                 0x1ull
/* [1] rxwm (ro, reset 0x0): Receive watermark pending. */
#define K210_UARTHS_IP_RXWM_SHIFT                                1
#define K210_UARTHS_IP_RXWM_WIDTH                                1
#define K210_UARTHS_IP_RXWM_MASK                                 0x1ull

/*
 * div (offset 0x18, rw, reset 0x0): Baud divisor: baud = clock / (div + 1); the clock is the CPU
 * clock. [S1 lib/drivers/include/uarths.h uarths_div_t]; [S1 lib/drivers/uarths.c uarths_init]
 */
#define K210_UARTHS_DIV_OFFSET                                   0x18ull
#define K210_UARTHS_DIV_RESET                                    0x0ull
/* [15:0] div (rw, reset 0x0) [count-1]: Divisor minus one. */
#define K210_UARTHS_DIV_DIV_SHIFT                                0
#define K210_UARTHS_DIV_DIV_WIDTH                                16
#define K210_UARTHS_DIV_DIV_MASK                                 0xFFFFull

/*
 * X-macro table of the uarths registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens
 * RW, RO, WO, W1C.
 */
#define K210_UARTHS_REG_LIST(X)                                  \
    X(TXDATA, 0x00ull, RW, 0x0ull) \
    X(RXDATA, 0x04ull, RO, 0x0ull) \
    X(TXCTRL, 0x08ull, RW, 0x0ull) \
    X(RXCTRL, 0x0Cull, RW, 0x0ull) \
    X(IE, 0x10ull, RW, 0x0ull) \
    X(IP, 0x14ull, RO, 0x0ull) \
    X(DIV, 0x18ull, RW, 0x0ull)

#endif /* K210_UARTHS_REGS_H_ */
