/*
 * k210_fpioa_regs.h -- FPIOA (field-programmable IO array)
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/fpioa.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_FPIOA): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT, _WIDTH
 * and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every register in
 * the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of k210_field.h.
 *
 * Enums:
 *   K210_FPIOA_FUNCTION_{JTAG_TCLK, JTAG_TDI, JTAG_TMS, JTAG_TDO, SPI0_D0, SPI0_D1, SPI0_D2,
 *       SPI0_D3, SPI0_D4, SPI0_D5, SPI0_D6, SPI0_D7, SPI0_SS0, SPI0_SS1, SPI0_SS2, SPI0_SS3,
 *       SPI0_ARB, SPI0_SCLK, UARTHS_RX, UARTHS_TX, RESV6, RESV7, CLK_SPI1, CLK_I2C1, GPIOHS0,
 *       GPIOHS1, GPIOHS2, GPIOHS3, GPIOHS4, GPIOHS5, GPIOHS6, GPIOHS7, GPIOHS8, GPIOHS9,
 *       GPIOHS10, GPIOHS11, GPIOHS12, GPIOHS13, GPIOHS14, GPIOHS15, GPIOHS16, GPIOHS17,
 *       GPIOHS18, GPIOHS19, GPIOHS20, GPIOHS21, GPIOHS22, GPIOHS23, GPIOHS24, GPIOHS25,
 *       GPIOHS26, GPIOHS27, GPIOHS28, GPIOHS29, GPIOHS30, GPIOHS31, GPIO0, GPIO1, GPIO2, GPIO3,
 *       GPIO4, GPIO5, GPIO6, GPIO7, UART1_RX, UART1_TX, UART2_RX, UART2_TX, UART3_RX, UART3_TX,
 *       SPI1_D0, SPI1_D1, SPI1_D2, SPI1_D3, SPI1_D4, SPI1_D5, SPI1_D6, SPI1_D7, SPI1_SS0,
 *       SPI1_SS1, SPI1_SS2, SPI1_SS3, SPI1_ARB, SPI1_SCLK, SPI_SLAVE_D0, SPI_SLAVE_SS,
 *       SPI_SLAVE_SCLK, I2S0_MCLK, I2S0_SCLK, I2S0_WS, I2S0_IN_D0, I2S0_IN_D1, I2S0_IN_D2,
 *       I2S0_IN_D3, I2S0_OUT_D0, I2S0_OUT_D1, I2S0_OUT_D2, I2S0_OUT_D3, I2S1_MCLK, I2S1_SCLK,
 *       I2S1_WS, I2S1_IN_D0, I2S1_IN_D1, I2S1_IN_D2, I2S1_IN_D3, I2S1_OUT_D0, I2S1_OUT_D1,
 *       I2S1_OUT_D2, I2S1_OUT_D3, I2S2_MCLK, I2S2_SCLK, I2S2_WS, I2S2_IN_D0, I2S2_IN_D1,
 *       I2S2_IN_D2, I2S2_IN_D3, I2S2_OUT_D0, I2S2_OUT_D1, I2S2_OUT_D2, I2S2_OUT_D3, RESV0,
 *       RESV1, RESV2, RESV3, RESV4, RESV5, I2C0_SCLK, I2C0_SDA, I2C1_SCLK, I2C1_SDA, I2C2_SCLK,
 *       I2C2_SDA, CMOS_XCLK, CMOS_RST, CMOS_PWDN, CMOS_VSYNC, CMOS_HREF, CMOS_PCLK, CMOS_D0,
 *       CMOS_D1, CMOS_D2, CMOS_D3, CMOS_D4, CMOS_D5, CMOS_D6, CMOS_D7, SCCB_SCLK, SCCB_SDA,
 *       UART1_CTS, UART1_DSR, UART1_DCD, UART1_RI, UART1_SIR_IN, UART1_DTR, UART1_RTS,
 *       UART1_OUT2, UART1_OUT1, UART1_SIR_OUT, UART1_BAUD, UART1_RE, UART1_DE, UART1_RS485_EN,
 *       UART2_CTS, UART2_DSR, UART2_DCD, UART2_RI, UART2_SIR_IN, UART2_DTR, UART2_RTS,
 *       UART2_OUT2, UART2_OUT1, UART2_SIR_OUT, UART2_BAUD, UART2_RE, UART2_DE, UART2_RS485_EN,
 *       UART3_CTS, UART3_DSR, UART3_DCD, UART3_RI, UART3_SIR_IN, UART3_DTR, UART3_RTS,
 *       UART3_OUT2, UART3_OUT1, UART3_SIR_OUT, UART3_BAUD, UART3_RE, UART3_DE, UART3_RS485_EN,
 *       TIMER0_TOGGLE1, TIMER0_TOGGLE2, TIMER0_TOGGLE3, TIMER0_TOGGLE4, TIMER1_TOGGLE1,
 *       TIMER1_TOGGLE2, TIMER1_TOGGLE3, TIMER1_TOGGLE4, TIMER2_TOGGLE1, TIMER2_TOGGLE2,
 *       TIMER2_TOGGLE3, TIMER2_TOGGLE4, CLK_SPI2, CLK_I2C2, INTERNAL0, INTERNAL1, INTERNAL2,
 *       INTERNAL3, INTERNAL4, INTERNAL5, INTERNAL6, INTERNAL7, INTERNAL8, INTERNAL9, INTERNAL10,
 *       INTERNAL11, INTERNAL12, INTERNAL13, INTERNAL14, INTERNAL15, INTERNAL16, INTERNAL17,
 *       CONSTANT, INTERNAL18, DEBUG0, DEBUG1, DEBUG2, DEBUG3, DEBUG4, DEBUG5, DEBUG6, DEBUG7,
 *       DEBUG8, DEBUG9, DEBUG10, DEBUG11, DEBUG12, DEBUG13, DEBUG14, DEBUG15, DEBUG16, DEBUG17,
 *       DEBUG18, DEBUG19, DEBUG20, DEBUG21, DEBUG22, DEBUG23, DEBUG24, DEBUG25, DEBUG26,
 *       DEBUG27, DEBUG28, DEBUG29, DEBUG30, DEBUG31}
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_FPIOA_REGS_H_
#define K210_FPIOA_REGS_H_

/*
 * FPIOA (field-programmable IO array). Routes any of 256 functions to any of the 48 pads and sets
 * each pad's electrical configuration. 48 pad registers at 4-byte stride from io0, then tie enable
 * and tie value words. 32-bit registers. [S1 lib/drivers/include/fpioa.h fpioa_t]; [S1
 * lib/bsp/include/platform.h FPIOA_BASE_ADDR]
 */
#define K210_FPIOA_BASE                                          0x502B0000ull
#define K210_FPIOA_REG_WIDTH                                     32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * io0 (offset 0x00, rw, reset 0x0): Pad IO0 configuration; pad n (0-47) is at 4 * n with the same
 * fields. [S1 lib/drivers/include/fpioa.h fpioa_io_config_t]; [S1 lib/drivers/include/fpioa.h
 * fpioa_t]
 */
#define K210_FPIOA_IO0_OFFSET                                    0x00ull
#define K210_FPIOA_IO0_RESET                                     0x0ull
/*
 * [7:0] ch_sel (rw, reset 0x0): Function routed to this pad (FPIOA_FUNCTION_*). Values:
 * K210_FPIOA_FUNCTION_*.
 */
#define K210_FPIOA_IO0_CH_SEL_SHIFT                              0
#define K210_FPIOA_IO0_CH_SEL_WIDTH                              8
#define K210_FPIOA_IO0_CH_SEL_MASK                               0xFFull
/* [11:8] ds (rw, reset 0x0): Drive strength; the SDK uses 0xf for outputs. */
#define K210_FPIOA_IO0_DS_SHIFT                                  8
#define K210_FPIOA_IO0_DS_WIDTH                                  4
#define K210_FPIOA_IO0_DS_MASK                                   0xFull
/* [12] oe_en (rw, reset 0x0): Static output enable (ANDed with oe_inv). */
#define K210_FPIOA_IO0_OE_EN_SHIFT                               12
#define K210_FPIOA_IO0_OE_EN_WIDTH                               1
#define K210_FPIOA_IO0_OE_EN_MASK                                0x1ull
/*
 * [13] oe_inv (rw, reset 0x0): Invert output enable: the function's own OE drives the pad (SPI
 * data, SCCB).
 */
#define K210_FPIOA_IO0_OE_INV_SHIFT                              13
#define K210_FPIOA_IO0_OE_INV_WIDTH                              1
#define K210_FPIOA_IO0_OE_INV_MASK                               0x1ull
/* [14] do_sel (rw, reset 0x0): Data output select: 0 = DO, 1 = OE. */
#define K210_FPIOA_IO0_DO_SEL_SHIFT                              14
#define K210_FPIOA_IO0_DO_SEL_WIDTH                              1
#define K210_FPIOA_IO0_DO_SEL_MASK                               0x1ull
/* [15] do_inv (rw, reset 0x0): Invert data output. */
#define K210_FPIOA_IO0_DO_INV_SHIFT                              15
#define K210_FPIOA_IO0_DO_INV_WIDTH                              1
#define K210_FPIOA_IO0_DO_INV_MASK                               0x1ull
/* [16] pu (rw, reset 0x0): Pull-up. */
#define K210_FPIOA_IO0_PU_SHIFT                                  16
#define K210_FPIOA_IO0_PU_WIDTH                                  1
#define K210_FPIOA_IO0_PU_MASK                                   0x1ull
/* [17] pd (rw, reset 0x0): Pull-down. */
#define K210_FPIOA_IO0_PD_SHIFT                                  17
#define K210_FPIOA_IO0_PD_WIDTH                                  1
#define K210_FPIOA_IO0_PD_MASK                                   0x1ull
/* [19] sl (rw, reset 0x0): Slew rate control. */
#define K210_FPIOA_IO0_SL_SHIFT                                  19
#define K210_FPIOA_IO0_SL_WIDTH                                  1
#define K210_FPIOA_IO0_SL_MASK                                   0x1ull
/* [20] ie_en (rw, reset 0x0): Static input enable (ANDed with ie_inv). */
#define K210_FPIOA_IO0_IE_EN_SHIFT                               20
#define K210_FPIOA_IO0_IE_EN_WIDTH                               1
#define K210_FPIOA_IO0_IE_EN_MASK                                0x1ull
/* [21] ie_inv (rw, reset 0x0): Invert input enable. */
#define K210_FPIOA_IO0_IE_INV_SHIFT                              21
#define K210_FPIOA_IO0_IE_INV_WIDTH                              1
#define K210_FPIOA_IO0_IE_INV_MASK                               0x1ull
/* [22] di_inv (rw, reset 0x0): Invert data input. */
#define K210_FPIOA_IO0_DI_INV_SHIFT                              22
#define K210_FPIOA_IO0_DI_INV_WIDTH                              1
#define K210_FPIOA_IO0_DI_INV_MASK                               0x1ull
/* [23] st (rw, reset 0x0): Schmitt trigger. */
#define K210_FPIOA_IO0_ST_SHIFT                                  23
#define K210_FPIOA_IO0_ST_WIDTH                                  1
#define K210_FPIOA_IO0_ST_MASK                                   0x1ull
/* [31] pad_di (ro, reset 0x0): Current pad input level. */
#define K210_FPIOA_IO0_PAD_DI_SHIFT                              31
#define K210_FPIOA_IO0_PAD_DI_WIDTH                              1
#define K210_FPIOA_IO0_PAD_DI_MASK                               0x1ull

/*
 * tie_en0 (offset 0xC0, rw, reset 0x0): Tie enable of functions 0-31 (word k at 0xc0 + 4k covers
 * functions 32k..32k+31): a tied function's input is tie_val instead of a pad. [S1
 * lib/drivers/include/fpioa.h fpioa_tie_t]; [S1 lib/drivers/fpioa.c fpioa_set_tie_enable]
 */
#define K210_FPIOA_TIE_EN0_OFFSET                                0xC0ull
#define K210_FPIOA_TIE_EN0_RESET                                 0x0ull

/*
 * tie_val0 (offset 0xE0, rw, reset 0x0): Tie value of functions 0-31 (word k at 0xe0 + 4k). [S1
 * lib/drivers/include/fpioa.h fpioa_tie_t]
 */
#define K210_FPIOA_TIE_VAL0_OFFSET                               0xE0ull
#define K210_FPIOA_TIE_VAL0_RESET                                0x0ull

/*
 * X-macro table of the fpioa registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens
 * RW, RO, WO, W1C.
 */
#define K210_FPIOA_REG_LIST(X)                                   \
    X(IO0, 0x00ull, RW, 0x0ull) \
    X(TIE_EN0, 0xC0ull, RW, 0x0ull) \
    X(TIE_VAL0, 0xE0ull, RW, 0x0ull)

/* enum function: Function numbers (ch_sel). [S1 lib/drivers/include/fpioa.h fpioa_function_t] */
#define K210_FPIOA_FUNCTION_JTAG_TCLK                            0    /* JTAG Test Clock */
#define K210_FPIOA_FUNCTION_JTAG_TDI                             1    /* JTAG Test Data In */
#define K210_FPIOA_FUNCTION_JTAG_TMS                             2    /* JTAG Test Mode Select */
#define K210_FPIOA_FUNCTION_JTAG_TDO                             3    /* JTAG Test Data Out */
#define K210_FPIOA_FUNCTION_SPI0_D0                              4    /* SPI0 Data 0 */
#define K210_FPIOA_FUNCTION_SPI0_D1                              5    /* SPI0 Data 1 */
#define K210_FPIOA_FUNCTION_SPI0_D2                              6    /* SPI0 Data 2 */
#define K210_FPIOA_FUNCTION_SPI0_D3                              7    /* SPI0 Data 3 */
#define K210_FPIOA_FUNCTION_SPI0_D4                              8    /* SPI0 Data 4 */
#define K210_FPIOA_FUNCTION_SPI0_D5                              9    /* SPI0 Data 5 */
#define K210_FPIOA_FUNCTION_SPI0_D6                              10   /* SPI0 Data 6 */
#define K210_FPIOA_FUNCTION_SPI0_D7                              11   /* SPI0 Data 7 */
#define K210_FPIOA_FUNCTION_SPI0_SS0                             12   /* SPI0 Chip Select 0 */
#define K210_FPIOA_FUNCTION_SPI0_SS1                             13   /* SPI0 Chip Select 1 */
#define K210_FPIOA_FUNCTION_SPI0_SS2                             14   /* SPI0 Chip Select 2 */
#define K210_FPIOA_FUNCTION_SPI0_SS3                             15   /* SPI0 Chip Select 3 */
#define K210_FPIOA_FUNCTION_SPI0_ARB                             16   /* SPI0 Arbitration */
#define K210_FPIOA_FUNCTION_SPI0_SCLK                            17   /* SPI0 Serial Clock */
#define K210_FPIOA_FUNCTION_UARTHS_RX                            18   /* UART High speed Receiver */
#define K210_FPIOA_FUNCTION_UARTHS_TX                            19   /* UART High speed Transmitter */
#define K210_FPIOA_FUNCTION_RESV6                                20   /* Reserved function */
#define K210_FPIOA_FUNCTION_RESV7                                21   /* Reserved function */
#define K210_FPIOA_FUNCTION_CLK_SPI1                             22   /* Clock SPI1 */
#define K210_FPIOA_FUNCTION_CLK_I2C1                             23   /* Clock I2C1 */
#define K210_FPIOA_FUNCTION_GPIOHS0                              24   /* GPIO High speed 0 */
#define K210_FPIOA_FUNCTION_GPIOHS1                              25   /* GPIO High speed 1 */
#define K210_FPIOA_FUNCTION_GPIOHS2                              26   /* GPIO High speed 2 */
#define K210_FPIOA_FUNCTION_GPIOHS3                              27   /* GPIO High speed 3 */
#define K210_FPIOA_FUNCTION_GPIOHS4                              28   /* GPIO High speed 4 */
#define K210_FPIOA_FUNCTION_GPIOHS5                              29   /* GPIO High speed 5 */
#define K210_FPIOA_FUNCTION_GPIOHS6                              30   /* GPIO High speed 6 */
#define K210_FPIOA_FUNCTION_GPIOHS7                              31   /* GPIO High speed 7 */
#define K210_FPIOA_FUNCTION_GPIOHS8                              32   /* GPIO High speed 8 */
#define K210_FPIOA_FUNCTION_GPIOHS9                              33   /* GPIO High speed 9 */
#define K210_FPIOA_FUNCTION_GPIOHS10                             34   /* GPIO High speed 10 */
#define K210_FPIOA_FUNCTION_GPIOHS11                             35   /* GPIO High speed 11 */
#define K210_FPIOA_FUNCTION_GPIOHS12                             36   /* GPIO High speed 12 */
#define K210_FPIOA_FUNCTION_GPIOHS13                             37   /* GPIO High speed 13 */
#define K210_FPIOA_FUNCTION_GPIOHS14                             38   /* GPIO High speed 14 */
#define K210_FPIOA_FUNCTION_GPIOHS15                             39   /* GPIO High speed 15 */
#define K210_FPIOA_FUNCTION_GPIOHS16                             40   /* GPIO High speed 16 */
#define K210_FPIOA_FUNCTION_GPIOHS17                             41   /* GPIO High speed 17 */
#define K210_FPIOA_FUNCTION_GPIOHS18                             42   /* GPIO High speed 18 */
#define K210_FPIOA_FUNCTION_GPIOHS19                             43   /* GPIO High speed 19 */
#define K210_FPIOA_FUNCTION_GPIOHS20                             44   /* GPIO High speed 20 */
#define K210_FPIOA_FUNCTION_GPIOHS21                             45   /* GPIO High speed 21 */
#define K210_FPIOA_FUNCTION_GPIOHS22                             46   /* GPIO High speed 22 */
#define K210_FPIOA_FUNCTION_GPIOHS23                             47   /* GPIO High speed 23 */
#define K210_FPIOA_FUNCTION_GPIOHS24                             48   /* GPIO High speed 24 */
#define K210_FPIOA_FUNCTION_GPIOHS25                             49   /* GPIO High speed 25 */
#define K210_FPIOA_FUNCTION_GPIOHS26                             50   /* GPIO High speed 26 */
#define K210_FPIOA_FUNCTION_GPIOHS27                             51   /* GPIO High speed 27 */
#define K210_FPIOA_FUNCTION_GPIOHS28                             52   /* GPIO High speed 28 */
#define K210_FPIOA_FUNCTION_GPIOHS29                             53   /* GPIO High speed 29 */
#define K210_FPIOA_FUNCTION_GPIOHS30                             54   /* GPIO High speed 30 */
#define K210_FPIOA_FUNCTION_GPIOHS31                             55   /* GPIO High speed 31 */
#define K210_FPIOA_FUNCTION_GPIO0                                56   /* GPIO pin 0 */
#define K210_FPIOA_FUNCTION_GPIO1                                57   /* GPIO pin 1 */
#define K210_FPIOA_FUNCTION_GPIO2                                58   /* GPIO pin 2 */
#define K210_FPIOA_FUNCTION_GPIO3                                59   /* GPIO pin 3 */
#define K210_FPIOA_FUNCTION_GPIO4                                60   /* GPIO pin 4 */
#define K210_FPIOA_FUNCTION_GPIO5                                61   /* GPIO pin 5 */
#define K210_FPIOA_FUNCTION_GPIO6                                62   /* GPIO pin 6 */
#define K210_FPIOA_FUNCTION_GPIO7                                63   /* GPIO pin 7 */
#define K210_FPIOA_FUNCTION_UART1_RX                             64   /* UART1 Receiver */
#define K210_FPIOA_FUNCTION_UART1_TX                             65   /* UART1 Transmitter */
#define K210_FPIOA_FUNCTION_UART2_RX                             66   /* UART2 Receiver */
#define K210_FPIOA_FUNCTION_UART2_TX                             67   /* UART2 Transmitter */
#define K210_FPIOA_FUNCTION_UART3_RX                             68   /* UART3 Receiver */
#define K210_FPIOA_FUNCTION_UART3_TX                             69   /* UART3 Transmitter */
#define K210_FPIOA_FUNCTION_SPI1_D0                              70   /* SPI1 Data 0 */
#define K210_FPIOA_FUNCTION_SPI1_D1                              71   /* SPI1 Data 1 */
#define K210_FPIOA_FUNCTION_SPI1_D2                              72   /* SPI1 Data 2 */
#define K210_FPIOA_FUNCTION_SPI1_D3                              73   /* SPI1 Data 3 */
#define K210_FPIOA_FUNCTION_SPI1_D4                              74   /* SPI1 Data 4 */
#define K210_FPIOA_FUNCTION_SPI1_D5                              75   /* SPI1 Data 5 */
#define K210_FPIOA_FUNCTION_SPI1_D6                              76   /* SPI1 Data 6 */
#define K210_FPIOA_FUNCTION_SPI1_D7                              77   /* SPI1 Data 7 */
#define K210_FPIOA_FUNCTION_SPI1_SS0                             78   /* SPI1 Chip Select 0 */
#define K210_FPIOA_FUNCTION_SPI1_SS1                             79   /* SPI1 Chip Select 1 */
#define K210_FPIOA_FUNCTION_SPI1_SS2                             80   /* SPI1 Chip Select 2 */
#define K210_FPIOA_FUNCTION_SPI1_SS3                             81   /* SPI1 Chip Select 3 */
#define K210_FPIOA_FUNCTION_SPI1_ARB                             82   /* SPI1 Arbitration */
#define K210_FPIOA_FUNCTION_SPI1_SCLK                            83   /* SPI1 Serial Clock */
#define K210_FPIOA_FUNCTION_SPI_SLAVE_D0                         84   /* SPI Slave Data 0 */
#define K210_FPIOA_FUNCTION_SPI_SLAVE_SS                         85   /* SPI Slave Select */
#define K210_FPIOA_FUNCTION_SPI_SLAVE_SCLK                       86   /* SPI Slave Serial Clock */
#define K210_FPIOA_FUNCTION_I2S0_MCLK                            87   /* I2S0 Master Clock */
#define K210_FPIOA_FUNCTION_I2S0_SCLK                            88   /* I2S0 Serial Clock(BCLK) */
#define K210_FPIOA_FUNCTION_I2S0_WS                              89   /* I2S0 Word Select(LRCLK) */
#define K210_FPIOA_FUNCTION_I2S0_IN_D0                           90   /* I2S0 Serial Data Input 0 */
#define K210_FPIOA_FUNCTION_I2S0_IN_D1                           91   /* I2S0 Serial Data Input 1 */
#define K210_FPIOA_FUNCTION_I2S0_IN_D2                           92   /* I2S0 Serial Data Input 2 */
#define K210_FPIOA_FUNCTION_I2S0_IN_D3                           93   /* I2S0 Serial Data Input 3 */
#define K210_FPIOA_FUNCTION_I2S0_OUT_D0                          94   /* I2S0 Serial Data Output 0 */
#define K210_FPIOA_FUNCTION_I2S0_OUT_D1                          95   /* I2S0 Serial Data Output 1 */
#define K210_FPIOA_FUNCTION_I2S0_OUT_D2                          96   /* I2S0 Serial Data Output 2 */
#define K210_FPIOA_FUNCTION_I2S0_OUT_D3                          97   /* I2S0 Serial Data Output 3 */
#define K210_FPIOA_FUNCTION_I2S1_MCLK                            98   /* I2S1 Master Clock */
#define K210_FPIOA_FUNCTION_I2S1_SCLK                            99   /* I2S1 Serial Clock(BCLK) */
#define K210_FPIOA_FUNCTION_I2S1_WS                              100  /* I2S1 Word Select(LRCLK) */
#define K210_FPIOA_FUNCTION_I2S1_IN_D0                           101  /* I2S1 Serial Data Input 0 */
#define K210_FPIOA_FUNCTION_I2S1_IN_D1                           102  /* I2S1 Serial Data Input 1 */
#define K210_FPIOA_FUNCTION_I2S1_IN_D2                           103  /* I2S1 Serial Data Input 2 */
#define K210_FPIOA_FUNCTION_I2S1_IN_D3                           104  /* I2S1 Serial Data Input 3 */
#define K210_FPIOA_FUNCTION_I2S1_OUT_D0                          105  /* I2S1 Serial Data Output 0 */
#define K210_FPIOA_FUNCTION_I2S1_OUT_D1                          106  /* I2S1 Serial Data Output 1 */
#define K210_FPIOA_FUNCTION_I2S1_OUT_D2                          107  /* I2S1 Serial Data Output 2 */
#define K210_FPIOA_FUNCTION_I2S1_OUT_D3                          108  /* I2S1 Serial Data Output 3 */
#define K210_FPIOA_FUNCTION_I2S2_MCLK                            109  /* I2S2 Master Clock */
#define K210_FPIOA_FUNCTION_I2S2_SCLK                            110  /* I2S2 Serial Clock(BCLK) */
#define K210_FPIOA_FUNCTION_I2S2_WS                              111  /* I2S2 Word Select(LRCLK) */
#define K210_FPIOA_FUNCTION_I2S2_IN_D0                           112  /* I2S2 Serial Data Input 0 */
#define K210_FPIOA_FUNCTION_I2S2_IN_D1                           113  /* I2S2 Serial Data Input 1 */
#define K210_FPIOA_FUNCTION_I2S2_IN_D2                           114  /* I2S2 Serial Data Input 2 */
#define K210_FPIOA_FUNCTION_I2S2_IN_D3                           115  /* I2S2 Serial Data Input 3 */
#define K210_FPIOA_FUNCTION_I2S2_OUT_D0                          116  /* I2S2 Serial Data Output 0 */
#define K210_FPIOA_FUNCTION_I2S2_OUT_D1                          117  /* I2S2 Serial Data Output 1 */
#define K210_FPIOA_FUNCTION_I2S2_OUT_D2                          118  /* I2S2 Serial Data Output 2 */
#define K210_FPIOA_FUNCTION_I2S2_OUT_D3                          119  /* I2S2 Serial Data Output 3 */
#define K210_FPIOA_FUNCTION_RESV0                                120  /* Reserved function */
#define K210_FPIOA_FUNCTION_RESV1                                121  /* Reserved function */
#define K210_FPIOA_FUNCTION_RESV2                                122  /* Reserved function */
#define K210_FPIOA_FUNCTION_RESV3                                123  /* Reserved function */
#define K210_FPIOA_FUNCTION_RESV4                                124  /* Reserved function */
#define K210_FPIOA_FUNCTION_RESV5                                125  /* Reserved function */
#define K210_FPIOA_FUNCTION_I2C0_SCLK                            126  /* I2C0 Serial Clock */
#define K210_FPIOA_FUNCTION_I2C0_SDA                             127  /* I2C0 Serial Data */
#define K210_FPIOA_FUNCTION_I2C1_SCLK                            128  /* I2C1 Serial Clock */
#define K210_FPIOA_FUNCTION_I2C1_SDA                             129  /* I2C1 Serial Data */
#define K210_FPIOA_FUNCTION_I2C2_SCLK                            130  /* I2C2 Serial Clock */
#define K210_FPIOA_FUNCTION_I2C2_SDA                             131  /* I2C2 Serial Data */
#define K210_FPIOA_FUNCTION_CMOS_XCLK                            132  /* DVP System Clock */
#define K210_FPIOA_FUNCTION_CMOS_RST                             133  /* DVP System Reset */
#define K210_FPIOA_FUNCTION_CMOS_PWDN                            134  /* DVP Power Down Mode */
#define K210_FPIOA_FUNCTION_CMOS_VSYNC                           135  /* DVP Vertical Sync */
#define K210_FPIOA_FUNCTION_CMOS_HREF                            136  /* DVP Horizontal Reference output */
#define K210_FPIOA_FUNCTION_CMOS_PCLK                            137  /* Pixel Clock */
#define K210_FPIOA_FUNCTION_CMOS_D0                              138  /* Data Bit 0 */
#define K210_FPIOA_FUNCTION_CMOS_D1                              139  /* Data Bit 1 */
#define K210_FPIOA_FUNCTION_CMOS_D2                              140  /* Data Bit 2 */
#define K210_FPIOA_FUNCTION_CMOS_D3                              141  /* Data Bit 3 */
#define K210_FPIOA_FUNCTION_CMOS_D4                              142  /* Data Bit 4 */
#define K210_FPIOA_FUNCTION_CMOS_D5                              143  /* Data Bit 5 */
#define K210_FPIOA_FUNCTION_CMOS_D6                              144  /* Data Bit 6 */
#define K210_FPIOA_FUNCTION_CMOS_D7                              145  /* Data Bit 7 */
#define K210_FPIOA_FUNCTION_SCCB_SCLK                            146  /* SCCB Serial Clock */
#define K210_FPIOA_FUNCTION_SCCB_SDA                             147  /* SCCB Serial Data */
#define K210_FPIOA_FUNCTION_UART1_CTS                            148  /* UART1 Clear To Send */
#define K210_FPIOA_FUNCTION_UART1_DSR                            149  /* UART1 Data Set Ready */
#define K210_FPIOA_FUNCTION_UART1_DCD                            150  /* UART1 Data Carrier Detect */
#define K210_FPIOA_FUNCTION_UART1_RI                             151  /* UART1 Ring Indicator */
#define K210_FPIOA_FUNCTION_UART1_SIR_IN                         152  /* UART1 Serial Infrared Input */
#define K210_FPIOA_FUNCTION_UART1_DTR                            153  /* UART1 Data Terminal Ready */
#define K210_FPIOA_FUNCTION_UART1_RTS                            154  /* UART1 Request To Send */
#define K210_FPIOA_FUNCTION_UART1_OUT2                           155  /* UART1 User-designated Output 2 */
#define K210_FPIOA_FUNCTION_UART1_OUT1                           156  /* UART1 User-designated Output 1 */
#define K210_FPIOA_FUNCTION_UART1_SIR_OUT                        157  /* UART1 Serial Infrared Output */
#define K210_FPIOA_FUNCTION_UART1_BAUD                           158  /* UART1 Transmit Clock Output */
#define K210_FPIOA_FUNCTION_UART1_RE                             159  /* UART1 Receiver Output Enable */
#define K210_FPIOA_FUNCTION_UART1_DE                             160  /* UART1 Driver Output Enable */
#define K210_FPIOA_FUNCTION_UART1_RS485_EN                       161  /* UART1 RS485 Enable */
#define K210_FPIOA_FUNCTION_UART2_CTS                            162  /* UART2 Clear To Send */
#define K210_FPIOA_FUNCTION_UART2_DSR                            163  /* UART2 Data Set Ready */
#define K210_FPIOA_FUNCTION_UART2_DCD                            164  /* UART2 Data Carrier Detect */
#define K210_FPIOA_FUNCTION_UART2_RI                             165  /* UART2 Ring Indicator */
#define K210_FPIOA_FUNCTION_UART2_SIR_IN                         166  /* UART2 Serial Infrared Input */
#define K210_FPIOA_FUNCTION_UART2_DTR                            167  /* UART2 Data Terminal Ready */
#define K210_FPIOA_FUNCTION_UART2_RTS                            168  /* UART2 Request To Send */
#define K210_FPIOA_FUNCTION_UART2_OUT2                           169  /* UART2 User-designated Output 2 */
#define K210_FPIOA_FUNCTION_UART2_OUT1                           170  /* UART2 User-designated Output 1 */
#define K210_FPIOA_FUNCTION_UART2_SIR_OUT                        171  /* UART2 Serial Infrared Output */
#define K210_FPIOA_FUNCTION_UART2_BAUD                           172  /* UART2 Transmit Clock Output */
#define K210_FPIOA_FUNCTION_UART2_RE                             173  /* UART2 Receiver Output Enable */
#define K210_FPIOA_FUNCTION_UART2_DE                             174  /* UART2 Driver Output Enable */
#define K210_FPIOA_FUNCTION_UART2_RS485_EN                       175  /* UART2 RS485 Enable */
#define K210_FPIOA_FUNCTION_UART3_CTS                            176  /* UART3 Clear To Send */
#define K210_FPIOA_FUNCTION_UART3_DSR                            177  /* UART3 Data Set Ready */
#define K210_FPIOA_FUNCTION_UART3_DCD                            178  /* UART3 Data Carrier Detect */
#define K210_FPIOA_FUNCTION_UART3_RI                             179  /* UART3 Ring Indicator */
#define K210_FPIOA_FUNCTION_UART3_SIR_IN                         180  /* UART3 Serial Infrared Input */
#define K210_FPIOA_FUNCTION_UART3_DTR                            181  /* UART3 Data Terminal Ready */
#define K210_FPIOA_FUNCTION_UART3_RTS                            182  /* UART3 Request To Send */
#define K210_FPIOA_FUNCTION_UART3_OUT2                           183  /* UART3 User-designated Output 2 */
#define K210_FPIOA_FUNCTION_UART3_OUT1                           184  /* UART3 User-designated Output 1 */
#define K210_FPIOA_FUNCTION_UART3_SIR_OUT                        185  /* UART3 Serial Infrared Output */
#define K210_FPIOA_FUNCTION_UART3_BAUD                           186  /* UART3 Transmit Clock Output */
#define K210_FPIOA_FUNCTION_UART3_RE                             187  /* UART3 Receiver Output Enable */
#define K210_FPIOA_FUNCTION_UART3_DE                             188  /* UART3 Driver Output Enable */
#define K210_FPIOA_FUNCTION_UART3_RS485_EN                       189  /* UART3 RS485 Enable */
#define K210_FPIOA_FUNCTION_TIMER0_TOGGLE1                       190  /* TIMER0 Toggle Output 1 */
#define K210_FPIOA_FUNCTION_TIMER0_TOGGLE2                       191  /* TIMER0 Toggle Output 2 */
#define K210_FPIOA_FUNCTION_TIMER0_TOGGLE3                       192  /* TIMER0 Toggle Output 3 */
#define K210_FPIOA_FUNCTION_TIMER0_TOGGLE4                       193  /* TIMER0 Toggle Output 4 */
#define K210_FPIOA_FUNCTION_TIMER1_TOGGLE1                       194  /* TIMER1 Toggle Output 1 */
#define K210_FPIOA_FUNCTION_TIMER1_TOGGLE2                       195  /* TIMER1 Toggle Output 2 */
#define K210_FPIOA_FUNCTION_TIMER1_TOGGLE3                       196  /* TIMER1 Toggle Output 3 */
#define K210_FPIOA_FUNCTION_TIMER1_TOGGLE4                       197  /* TIMER1 Toggle Output 4 */
#define K210_FPIOA_FUNCTION_TIMER2_TOGGLE1                       198  /* TIMER2 Toggle Output 1 */
#define K210_FPIOA_FUNCTION_TIMER2_TOGGLE2                       199  /* TIMER2 Toggle Output 2 */
#define K210_FPIOA_FUNCTION_TIMER2_TOGGLE3                       200  /* TIMER2 Toggle Output 3 */
#define K210_FPIOA_FUNCTION_TIMER2_TOGGLE4                       201  /* TIMER2 Toggle Output 4 */
#define K210_FPIOA_FUNCTION_CLK_SPI2                             202  /* Clock SPI2 */
#define K210_FPIOA_FUNCTION_CLK_I2C2                             203  /* Clock I2C2 */
#define K210_FPIOA_FUNCTION_INTERNAL0                            204  /* Internal function signal 0 */
#define K210_FPIOA_FUNCTION_INTERNAL1                            205  /* Internal function signal 1 */
#define K210_FPIOA_FUNCTION_INTERNAL2                            206  /* Internal function signal 2 */
#define K210_FPIOA_FUNCTION_INTERNAL3                            207  /* Internal function signal 3 */
#define K210_FPIOA_FUNCTION_INTERNAL4                            208  /* Internal function signal 4 */
#define K210_FPIOA_FUNCTION_INTERNAL5                            209  /* Internal function signal 5 */
#define K210_FPIOA_FUNCTION_INTERNAL6                            210  /* Internal function signal 6 */
#define K210_FPIOA_FUNCTION_INTERNAL7                            211  /* Internal function signal 7 */
#define K210_FPIOA_FUNCTION_INTERNAL8                            212  /* Internal function signal 8 */
#define K210_FPIOA_FUNCTION_INTERNAL9                            213  /* Internal function signal 9 */
#define K210_FPIOA_FUNCTION_INTERNAL10                           214  /* Internal function signal 10 */
#define K210_FPIOA_FUNCTION_INTERNAL11                           215  /* Internal function signal 11 */
#define K210_FPIOA_FUNCTION_INTERNAL12                           216  /* Internal function signal 12 */
#define K210_FPIOA_FUNCTION_INTERNAL13                           217  /* Internal function signal 13 */
#define K210_FPIOA_FUNCTION_INTERNAL14                           218  /* Internal function signal 14 */
#define K210_FPIOA_FUNCTION_INTERNAL15                           219  /* Internal function signal 15 */
#define K210_FPIOA_FUNCTION_INTERNAL16                           220  /* Internal function signal 16 */
#define K210_FPIOA_FUNCTION_INTERNAL17                           221  /* Internal function signal 17 */
#define K210_FPIOA_FUNCTION_CONSTANT                             222  /* Constant function */
#define K210_FPIOA_FUNCTION_INTERNAL18                           223  /* Internal function signal 18 */
#define K210_FPIOA_FUNCTION_DEBUG0                               224  /* Debug function 0 */
#define K210_FPIOA_FUNCTION_DEBUG1                               225  /* Debug function 1 */
#define K210_FPIOA_FUNCTION_DEBUG2                               226  /* Debug function 2 */
#define K210_FPIOA_FUNCTION_DEBUG3                               227  /* Debug function 3 */
#define K210_FPIOA_FUNCTION_DEBUG4                               228  /* Debug function 4 */
#define K210_FPIOA_FUNCTION_DEBUG5                               229  /* Debug function 5 */
#define K210_FPIOA_FUNCTION_DEBUG6                               230  /* Debug function 6 */
#define K210_FPIOA_FUNCTION_DEBUG7                               231  /* Debug function 7 */
#define K210_FPIOA_FUNCTION_DEBUG8                               232  /* Debug function 8 */
#define K210_FPIOA_FUNCTION_DEBUG9                               233  /* Debug function 9 */
#define K210_FPIOA_FUNCTION_DEBUG10                              234  /* Debug function 10 */
#define K210_FPIOA_FUNCTION_DEBUG11                              235  /* Debug function 11 */
#define K210_FPIOA_FUNCTION_DEBUG12                              236  /* Debug function 12 */
#define K210_FPIOA_FUNCTION_DEBUG13                              237  /* Debug function 13 */
#define K210_FPIOA_FUNCTION_DEBUG14                              238  /* Debug function 14 */
#define K210_FPIOA_FUNCTION_DEBUG15                              239  /* Debug function 15 */
#define K210_FPIOA_FUNCTION_DEBUG16                              240  /* Debug function 16 */
#define K210_FPIOA_FUNCTION_DEBUG17                              241  /* Debug function 17 */
#define K210_FPIOA_FUNCTION_DEBUG18                              242  /* Debug function 18 */
#define K210_FPIOA_FUNCTION_DEBUG19                              243  /* Debug function 19 */
#define K210_FPIOA_FUNCTION_DEBUG20                              244  /* Debug function 20 */
#define K210_FPIOA_FUNCTION_DEBUG21                              245  /* Debug function 21 */
#define K210_FPIOA_FUNCTION_DEBUG22                              246  /* Debug function 22 */
#define K210_FPIOA_FUNCTION_DEBUG23                              247  /* Debug function 23 */
#define K210_FPIOA_FUNCTION_DEBUG24                              248  /* Debug function 24 */
#define K210_FPIOA_FUNCTION_DEBUG25                              249  /* Debug function 25 */
#define K210_FPIOA_FUNCTION_DEBUG26                              250  /* Debug function 26 */
#define K210_FPIOA_FUNCTION_DEBUG27                              251  /* Debug function 27 */
#define K210_FPIOA_FUNCTION_DEBUG28                              252  /* Debug function 28 */
#define K210_FPIOA_FUNCTION_DEBUG29                              253  /* Debug function 29 */
#define K210_FPIOA_FUNCTION_DEBUG30                              254  /* Debug function 30 */
#define K210_FPIOA_FUNCTION_DEBUG31                              255  /* Debug function 31 */

#endif /* K210_FPIOA_REGS_H_ */
