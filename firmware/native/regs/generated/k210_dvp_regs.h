/*
 * k210_dvp_regs.h -- DVP (camera interface) and its SCCB master
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/dvp.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_DVP): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT, _WIDTH
 * and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every register in
 * the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of k210_field.h.
 *
 * Enums:
 *   K210_DVP_FORMAT_{RGB, YUV, Y}
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_DVP_REGS_H_
#define K210_DVP_REGS_H_

/*
 * DVP (camera interface) and its SCCB master. Digital video port: takes 8-bit pixels from the
 * sensor and writes an RGB565 display buffer and/or three planar 8-bit R, G, B (AI) buffers; also
 * the sensor's XCLK, reset and power-down lines and an SCCB master. 32-bit registers. [S1
 * lib/drivers/include/dvp.h dvp_t]; [S1 lib/bsp/include/platform.h DVP_BASE_ADDR]
 */
#define K210_DVP_BASE                                            0x50430000ull
#define K210_DVP_REG_WIDTH                                       32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * dvp_cfg (offset 0x00, rw, reset 0x0): Capture configuration: interrupts, outputs, pixel format,
 * line length and line count. [S1 lib/drivers/include/dvp.h dvp_t]; [S1 lib/drivers/include/dvp.h
 * DVP_CFG_*]
 */
#define K210_DVP_DVP_CFG_OFFSET                                  0x00ull
#define K210_DVP_DVP_CFG_RESET                                   0x0ull
/* [0] start_int_enable (rw, reset 0x0): Frame-start interrupt enable. */
#define K210_DVP_DVP_CFG_START_INT_ENABLE_SHIFT                  0
#define K210_DVP_DVP_CFG_START_INT_ENABLE_WIDTH                  1
#define K210_DVP_DVP_CFG_START_INT_ENABLE_MASK                   0x1ull
/* [1] finish_int_enable (rw, reset 0x0): Frame-finish interrupt enable. */
#define K210_DVP_DVP_CFG_FINISH_INT_ENABLE_SHIFT                 1
#define K210_DVP_DVP_CFG_FINISH_INT_ENABLE_WIDTH                 1
#define K210_DVP_DVP_CFG_FINISH_INT_ENABLE_MASK                  0x1ull
/*
 * [2] ai_output_enable (rw, reset 0x0): 1 = write the planar R, G, B buffers (r_addr, g_addr,
 * b_addr).
 */
#define K210_DVP_DVP_CFG_AI_OUTPUT_ENABLE_SHIFT                  2
#define K210_DVP_DVP_CFG_AI_OUTPUT_ENABLE_WIDTH                  1
#define K210_DVP_DVP_CFG_AI_OUTPUT_ENABLE_MASK                   0x1ull
/* [3] display_output_enable (rw, reset 0x0): 1 = write the RGB565 buffer (rgb_addr). */
#define K210_DVP_DVP_CFG_DISPLAY_OUTPUT_ENABLE_SHIFT             3
#define K210_DVP_DVP_CFG_DISPLAY_OUTPUT_ENABLE_WIDTH             1
#define K210_DVP_DVP_CFG_DISPLAY_OUTPUT_ENABLE_MASK              0x1ull
/* [4] auto_enable (rw, reset 0x0): 1 = start every frame automatically. */
#define K210_DVP_DVP_CFG_AUTO_ENABLE_SHIFT                       4
#define K210_DVP_DVP_CFG_AUTO_ENABLE_WIDTH                       1
#define K210_DVP_DVP_CFG_AUTO_ENABLE_MASK                        0x1ull
/*
 * [8] burst_size_4beats (rw, reset 0x0): 1 = 4-beat AXI bursts (then set axi gm_mlen to 4 bytes).
 */
#define K210_DVP_DVP_CFG_BURST_SIZE_4BEATS_SHIFT                 8
#define K210_DVP_DVP_CFG_BURST_SIZE_4BEATS_WIDTH                 1
#define K210_DVP_DVP_CFG_BURST_SIZE_4BEATS_MASK                  0x1ull
/* [10:9] format (rw, reset 0x0): Sensor pixel format. Values: K210_DVP_FORMAT_*. */
#define K210_DVP_DVP_CFG_FORMAT_SHIFT                            9
#define K210_DVP_DVP_CFG_FORMAT_WIDTH                            2
#define K210_DVP_DVP_CFG_FORMAT_MASK                             0x3ull
/*
 * [19:12] href_burst_num (rw, reset 0x0): Bursts per line: width / 8 / (4 when burst_size_4beats,
 * else 1).
 */
#define K210_DVP_DVP_CFG_HREF_BURST_NUM_SHIFT                    12
#define K210_DVP_DVP_CFG_HREF_BURST_NUM_WIDTH                    8
#define K210_DVP_DVP_CFG_HREF_BURST_NUM_MASK                     0xFFull
/* [29:20] line_num (rw, reset 0x0): Lines per frame. */
#define K210_DVP_DVP_CFG_LINE_NUM_SHIFT                          20
#define K210_DVP_DVP_CFG_LINE_NUM_WIDTH                          10
#define K210_DVP_DVP_CFG_LINE_NUM_MASK                           0x3FFull

/*
 * r_addr (offset 0x04, rw, reset 0x0): Bus address of the planar R (AI) buffer; the SDK requires a
 * non-cached address. [S1 lib/drivers/include/dvp.h dvp_t]; [S1 lib/drivers/dvp.c dvp_set_ai_addr]
 */
#define K210_DVP_R_ADDR_OFFSET                                   0x04ull
#define K210_DVP_R_ADDR_RESET                                    0x0ull

/*
 * g_addr (offset 0x08, rw, reset 0x0): Bus address of the planar G buffer. [S1
 * lib/drivers/include/dvp.h dvp_t]
 */
#define K210_DVP_G_ADDR_OFFSET                                   0x08ull
#define K210_DVP_G_ADDR_RESET                                    0x0ull

/*
 * b_addr (offset 0x0C, rw, reset 0x0): Bus address of the planar B buffer. [S1
 * lib/drivers/include/dvp.h dvp_t]
 */
#define K210_DVP_B_ADDR_OFFSET                                   0x0Cull
#define K210_DVP_B_ADDR_RESET                                    0x0ull

/*
 * cmos_cfg (offset 0x10, rw, reset 0x0): Sensor clock and control lines. [S1
 * lib/drivers/include/dvp.h DVP_CMOS_*]
 */
#define K210_DVP_CMOS_CFG_OFFSET                                 0x10ull
#define K210_DVP_CMOS_CFG_RESET                                  0x0ull
/* [7:0] clk_div (rw, reset 0x0): XCLK = APB1 / ((clk_div + 1) * 2). */
#define K210_DVP_CMOS_CFG_CLK_DIV_SHIFT                          0
#define K210_DVP_CMOS_CFG_CLK_DIV_WIDTH                          8
#define K210_DVP_CMOS_CFG_CLK_DIV_MASK                           0xFFull
/* [8] clk_enable (rw, reset 0x0): 1 = XCLK running. */
#define K210_DVP_CMOS_CFG_CLK_ENABLE_SHIFT                       8
#define K210_DVP_CMOS_CFG_CLK_ENABLE_WIDTH                       1
#define K210_DVP_CMOS_CFG_CLK_ENABLE_MASK                        0x1ull
/*
 * [16] reset (rw, reset 0x0): Sensor RESET line level (0 = reset asserted on the SDK's OV2640
 * boards).
 */
#define K210_DVP_CMOS_CFG_RESET_SHIFT                            16
#define K210_DVP_CMOS_CFG_RESET_WIDTH                            1
#define K210_DVP_CMOS_CFG_RESET_MASK                             0x1ull
/* [24] power_down (rw, reset 0x0): Sensor PWDN line level (1 = powered down). */
#define K210_DVP_CMOS_CFG_POWER_DOWN_SHIFT                       24
#define K210_DVP_CMOS_CFG_POWER_DOWN_WIDTH                       1
#define K210_DVP_CMOS_CFG_POWER_DOWN_MASK                        0x1ull

/*
 * sccb_cfg (offset 0x14, rw, reset 0x0): SCCB (camera I2C) configuration and read data. [S1
 * lib/drivers/include/dvp.h DVP_SCCB_*]
 */
#define K210_DVP_SCCB_CFG_OFFSET                                 0x14ull
#define K210_DVP_SCCB_CFG_RESET                                  0x0ull
/* [1:0] byte_num (rw, reset 0x0): Bytes in the next transaction: 1 = 2, 2 = 3, 3 = 4. */
#define K210_DVP_SCCB_CFG_BYTE_NUM_SHIFT                         0
#define K210_DVP_SCCB_CFG_BYTE_NUM_WIDTH                         2
#define K210_DVP_SCCB_CFG_BYTE_NUM_MASK                          0x3ull
/* [15:8] scl_lcnt (rw, reset 0x0): SCL low time in APB1 clocks. */
#define K210_DVP_SCCB_CFG_SCL_LCNT_SHIFT                         8
#define K210_DVP_SCCB_CFG_SCL_LCNT_WIDTH                         8
#define K210_DVP_SCCB_CFG_SCL_LCNT_MASK                          0xFFull
/* [23:16] scl_hcnt (rw, reset 0x0): SCL high time in APB1 clocks. */
#define K210_DVP_SCCB_CFG_SCL_HCNT_SHIFT                         16
#define K210_DVP_SCCB_CFG_SCL_HCNT_WIDTH                         8
#define K210_DVP_SCCB_CFG_SCL_HCNT_MASK                          0xFFull
/* [31:24] rdata_byte (ro, reset 0x0): Byte read by the last read transaction. */
#define K210_DVP_SCCB_CFG_RDATA_BYTE_SHIFT                       24
#define K210_DVP_SCCB_CFG_RDATA_BYTE_WIDTH                       8
#define K210_DVP_SCCB_CFG_RDATA_BYTE_MASK                        0xFFull

/*
 * sccb_ctl (offset 0x18, rw, reset 0x0): SCCB transaction: device address (bit 0 = 1 also marks a
 * write-phase with data), register address, data bytes. [S1 lib/drivers/include/dvp.h DVP_SCCB_*];
 * [S1 lib/drivers/dvp.c dvp_sccb_send_data]
 */
#define K210_DVP_SCCB_CTL_OFFSET                                 0x18ull
#define K210_DVP_SCCB_CTL_RESET                                  0x0ull
/*
 * [7:0] device_address (rw, reset 0x0): 8-bit device address; the SDK ORs in write_data_enable (bit
 * 0).
 */
#define K210_DVP_SCCB_CTL_DEVICE_ADDRESS_SHIFT                   0
#define K210_DVP_SCCB_CTL_DEVICE_ADDRESS_WIDTH                   8
#define K210_DVP_SCCB_CTL_DEVICE_ADDRESS_MASK                    0xFFull
/* [15:8] reg_address (rw, reset 0x0): Register address (high byte for 16-bit registers). */
#define K210_DVP_SCCB_CTL_REG_ADDRESS_SHIFT                      8
#define K210_DVP_SCCB_CTL_REG_ADDRESS_WIDTH                      8
#define K210_DVP_SCCB_CTL_REG_ADDRESS_MASK                       0xFFull
/* [23:16] wdata_byte0 (rw, reset 0x0): Data byte (or register low byte for 16-bit registers). */
#define K210_DVP_SCCB_CTL_WDATA_BYTE0_SHIFT                      16
#define K210_DVP_SCCB_CTL_WDATA_BYTE0_WIDTH                      8
#define K210_DVP_SCCB_CTL_WDATA_BYTE0_MASK                       0xFFull
/* [31:24] wdata_byte1 (rw, reset 0x0): Second data byte (16-bit registers). */
#define K210_DVP_SCCB_CTL_WDATA_BYTE1_SHIFT                      24
#define K210_DVP_SCCB_CTL_WDATA_BYTE1_WIDTH                      8
#define K210_DVP_SCCB_CTL_WDATA_BYTE1_MASK                       0xFFull

/*
 * axi (offset 0x1C, rw, reset 0x0): AXI master burst length. [S1 lib/drivers/include/dvp.h
 * DVP_AXI_*]
 */
#define K210_DVP_AXI_OFFSET                                      0x1Cull
#define K210_DVP_AXI_RESET                                       0x0ull
/* [7:0] gm_mlen (rw, reset 0x0): 0 = 1 byte, 3 = 4 bytes per beat group. */
#define K210_DVP_AXI_GM_MLEN_SHIFT                               0
#define K210_DVP_AXI_GM_MLEN_WIDTH                               8
#define K210_DVP_AXI_GM_MLEN_MASK                                0xFFull

/*
 * sts (offset 0x20, rw, reset 0x0): Status and control: each flag has a write-enable bit beside it;
 * writing flag + WE sets or clears it (frame flags: write 1 to clear). [S1
 * lib/drivers/include/dvp.h DVP_STS_*]; [S1 lib/drivers/dvp.c dvp_get_image]
 */
#define K210_DVP_STS_OFFSET                                      0x20ull
#define K210_DVP_STS_RESET                                       0x0ull
/* [0] frame_start (rw, reset 0x0): A frame started. */
#define K210_DVP_STS_FRAME_START_SHIFT                           0
#define K210_DVP_STS_FRAME_START_WIDTH                           1
#define K210_DVP_STS_FRAME_START_MASK                            0x1ull
/* [1] frame_start_we (rw, reset 0x0): Write enable of frame_start. */
#define K210_DVP_STS_FRAME_START_WE_SHIFT                        1
#define K210_DVP_STS_FRAME_START_WE_WIDTH                        1
#define K210_DVP_STS_FRAME_START_WE_MASK                         0x1ull
/* [8] frame_finish (rw, reset 0x0): The frame is in memory. */
#define K210_DVP_STS_FRAME_FINISH_SHIFT                          8
#define K210_DVP_STS_FRAME_FINISH_WIDTH                          1
#define K210_DVP_STS_FRAME_FINISH_MASK                           0x1ull
/* [9] frame_finish_we (rw, reset 0x0): Write enable of frame_finish. */
#define K210_DVP_STS_FRAME_FINISH_WE_SHIFT                       9
#define K210_DVP_STS_FRAME_FINISH_WE_WIDTH                       1
#define K210_DVP_STS_FRAME_FINISH_WE_MASK                        0x1ull
/* [16] dvp_en (rw, reset 0x0): Capture of the current frame enabled. */
#define K210_DVP_STS_DVP_EN_SHIFT                                16
#define K210_DVP_STS_DVP_EN_WIDTH                                1
#define K210_DVP_STS_DVP_EN_MASK                                 0x1ull
/* [17] dvp_en_we (rw, reset 0x0): Write enable of dvp_en. */
#define K210_DVP_STS_DVP_EN_WE_SHIFT                             17
#define K210_DVP_STS_DVP_EN_WE_WIDTH                             1
#define K210_DVP_STS_DVP_EN_WE_MASK                              0x1ull
/* [24] sccb_en (rw, reset 0x0): Writing 1 starts an SCCB transaction; reads 1 while it runs. */
#define K210_DVP_STS_SCCB_EN_SHIFT                               24
#define K210_DVP_STS_SCCB_EN_WIDTH                               1
#define K210_DVP_STS_SCCB_EN_MASK                                0x1ull
/* [25] sccb_en_we (rw, reset 0x0): Write enable of sccb_en. */
#define K210_DVP_STS_SCCB_EN_WE_SHIFT                            25
#define K210_DVP_STS_SCCB_EN_WE_WIDTH                            1
#define K210_DVP_STS_SCCB_EN_WE_MASK                             0x1ull

/* reverse (offset 0x24, rw, reset 0x0): Reserved. [S1 lib/drivers/include/dvp.h dvp_t] */
#define K210_DVP_REVERSE_OFFSET                                  0x24ull
#define K210_DVP_REVERSE_RESET                                   0x0ull

/*
 * rgb_addr (offset 0x28, rw, reset 0x0): Bus address of the RGB565 display buffer. [S1
 * lib/drivers/include/dvp.h dvp_t]; [S1 lib/drivers/dvp.c dvp_set_display_addr]
 */
#define K210_DVP_RGB_ADDR_OFFSET                                 0x28ull
#define K210_DVP_RGB_ADDR_RESET                                  0x0ull

/*
 * X-macro table of the dvp registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens RW,
 * RO, WO, W1C.
 */
#define K210_DVP_REG_LIST(X)                                     \
    X(DVP_CFG, 0x00ull, RW, 0x0ull) \
    X(R_ADDR, 0x04ull, RW, 0x0ull) \
    X(G_ADDR, 0x08ull, RW, 0x0ull) \
    X(B_ADDR, 0x0Cull, RW, 0x0ull) \
    X(CMOS_CFG, 0x10ull, RW, 0x0ull) \
    X(SCCB_CFG, 0x14ull, RW, 0x0ull) \
    X(SCCB_CTL, 0x18ull, RW, 0x0ull) \
    X(AXI, 0x1Cull, RW, 0x0ull) \
    X(STS, 0x20ull, RW, 0x0ull) \
    X(REVERSE, 0x24ull, RW, 0x0ull) \
    X(RGB_ADDR, 0x28ull, RW, 0x0ull)

/*
 * enum format: Sensor pixel format (dvp_cfg.format). [S1 lib/drivers/include/dvp.h
 * DVP_CFG_RGB_FORMAT]
 */
#define K210_DVP_FORMAT_RGB                                      0    /* RGB565 */
#define K210_DVP_FORMAT_YUV                                      1    /* YUV422 */
#define K210_DVP_FORMAT_Y                                        3    /* luminance only */

#endif /* K210_DVP_REGS_H_ */
