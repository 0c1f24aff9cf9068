/*
 * k210_spi_regs.h -- SPI0 / SPI1 (DesignWare DW_apb_ssi masters)
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/spi.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_SPI): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT, _WIDTH
 * and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every register in
 * the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of k210_field.h.
 *
 * Enums:
 *   K210_SPI_TMOD_{TRANS_RECV, TRANS, RECV, EEPROM}
 *   K210_SPI_FRAME_FORMAT_{STANDARD, DUAL, QUAD, OCTAL}
 *   K210_SPI_TRANS_TYPE_{STANDARD, ADDR_STANDARD, AS_FRAME_FORMAT}
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_SPI_REGS_H_
#define K210_SPI_REGS_H_

/*
 * SPI0 / SPI1 (DesignWare DW_apb_ssi masters). Synopsys DesignWare SSI master. SPI0 (the LCD on
 * Maix boards) and SPI1 (the SD card) share this layout; SPI3 (the boot flash) differs only in
 * ctrlr0 (spi3.regs.json). 32-bit registers, 32-entry FIFOs. [S1 lib/drivers/include/spi.h spi_t];
 * [S1 lib/bsp/include/platform.h SPI0_BASE_ADDR SPI1_BASE_ADDR]
 */
#define K210_SPI_BASE                                            0x52000000ull
/* spi1: SPI1, same layout as SPI0. [S1 lib/bsp/include/platform.h SPI1_BASE_ADDR] */
#define K210_SPI_SPI1_BASE                                       0x53000000ull
#define K210_SPI_REG_WIDTH                                       32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * ctrlr0 (offset 0x00, rw, reset 0x0): Control 0 (SPI0/SPI1 layout; SPI3 places these fields
 * elsewhere, see spi3.regs.json). Written only while ssienr is 0. [S1 lib/drivers/include/spi.h
 * spi_t]; [S1 lib/drivers/spi.c spi_init]
 */
#define K210_SPI_CTRLR0_OFFSET                                   0x00ull
#define K210_SPI_CTRLR0_RESET                                    0x0ull
/* [7:6] work_mode (rw, reset 0x0): SPI mode 0-3 (bit 6 = clock phase, bit 7 = polarity). */
#define K210_SPI_CTRLR0_WORK_MODE_SHIFT                          6
#define K210_SPI_CTRLR0_WORK_MODE_WIDTH                          2
#define K210_SPI_CTRLR0_WORK_MODE_MASK                           0x3ull
/* [9:8] tmod (rw, reset 0x0): Transfer mode. Values: K210_SPI_TMOD_*. */
#define K210_SPI_CTRLR0_TMOD_SHIFT                               8
#define K210_SPI_CTRLR0_TMOD_WIDTH                               2
#define K210_SPI_CTRLR0_TMOD_MASK                                0x3ull
/* [20:16] dfs (rw, reset 0x0) [count-1]: Data frame size in bits, minus one (7 = 8-bit frames). */
#define K210_SPI_CTRLR0_DFS_SHIFT                                16
#define K210_SPI_CTRLR0_DFS_WIDTH                                5
#define K210_SPI_CTRLR0_DFS_MASK                                 0x1Full
/* [22:21] frf (rw, reset 0x0): Frame format (lines per frame). Values: K210_SPI_FRAME_FORMAT_*. */
#define K210_SPI_CTRLR0_FRF_SHIFT                                21
#define K210_SPI_CTRLR0_FRF_WIDTH                                2
#define K210_SPI_CTRLR0_FRF_MASK                                 0x3ull

/*
 * ctrlr1 (offset 0x04, rw, reset 0x0): Control 1: frames to receive in receive-only and EEPROM
 * modes. [S1 lib/drivers/include/spi.h spi_t]; [S1 lib/drivers/spi.c spi_receive_data_standard]
 */
#define K210_SPI_CTRLR1_OFFSET                                   0x04ull
#define K210_SPI_CTRLR1_RESET                                    0x0ull
/* [15:0] ndf (rw, reset 0x0) [count-1]: Number of data frames minus one. */
#define K210_SPI_CTRLR1_NDF_SHIFT                                0
#define K210_SPI_CTRLR1_NDF_WIDTH                                16
#define K210_SPI_CTRLR1_NDF_MASK                                 0xFFFFull

/*
 * ssienr (offset 0x08, rw, reset 0x0): Enable: 0 flushes both FIFOs and allows configuration. [S1
 * lib/drivers/include/spi.h spi_t]
 */
#define K210_SPI_SSIENR_OFFSET                                   0x08ull
#define K210_SPI_SSIENR_RESET                                    0x0ull
/* [0] ssi_en (rw, reset 0x0): 1 = controller enabled. */
#define K210_SPI_SSIENR_SSI_EN_SHIFT                             0
#define K210_SPI_SSIENR_SSI_EN_WIDTH                             1
#define K210_SPI_SSIENR_SSI_EN_MASK                              0x1ull

/*
 * mwcr (offset 0x0C, rw, reset 0x0): Microwire control (unused). [S1 lib/drivers/include/spi.h
 * spi_t]
 */
#define K210_SPI_MWCR_OFFSET                                     0x0Cull
#define K210_SPI_MWCR_RESET                                      0x0ull

/*
 * ser (offset 0x10, rw, reset 0x0): Slave select: bit n drives SSn while a transfer runs (the line
 * drops when the transmit FIFO runs empty). [S1 lib/drivers/include/spi.h spi_t]; [S1
 * lib/drivers/spi.c spi_send_data_normal]
 */
#define K210_SPI_SER_OFFSET                                      0x10ull
#define K210_SPI_SER_RESET                                       0x0ull
/* [3:0] ser (rw, reset 0x0): One bit per slave select line. */
#define K210_SPI_SER_SER_SHIFT                                   0
#define K210_SPI_SER_SER_WIDTH                                   4
#define K210_SPI_SER_SER_MASK                                    0xFull

/*
 * baudr (offset 0x14, rw, reset 0x0): Baud divider: SCLK = SPI clock / sckdv (even, 2..65534). [S1
 * lib/drivers/include/spi.h spi_t]; [S1 lib/drivers/spi.c spi_set_clk_rate]
 */
#define K210_SPI_BAUDR_OFFSET                                    0x14ull
#define K210_SPI_BAUDR_RESET                                     0x0ull
/* [15:0] sckdv (rw, reset 0x0): Divider. */
#define K210_SPI_BAUDR_SCKDV_SHIFT                               0
#define K210_SPI_BAUDR_SCKDV_WIDTH                               16
#define K210_SPI_BAUDR_SCKDV_MASK                                0xFFFFull

/*
 * txftlr (offset 0x18, rw, reset 0x0): Transmit FIFO threshold. [S1 lib/drivers/include/spi.h
 * spi_t]
 */
#define K210_SPI_TXFTLR_OFFSET                                   0x18ull
#define K210_SPI_TXFTLR_RESET                                    0x0ull

/*
 * rxftlr (offset 0x1C, rw, reset 0x0): Receive FIFO threshold. [S1 lib/drivers/include/spi.h spi_t]
 */
#define K210_SPI_RXFTLR_OFFSET                                   0x1Cull
#define K210_SPI_RXFTLR_RESET                                    0x0ull

/*
 * txflr (offset 0x20, ro, reset 0x0): Entries in the transmit FIFO (depth 32). [S1
 * lib/drivers/include/spi.h spi_t]; [S1 lib/drivers/spi.c spi_send_data_normal]
 */
#define K210_SPI_TXFLR_OFFSET                                    0x20ull
#define K210_SPI_TXFLR_RESET                                     0x0ull
/* [5:0] txtfl (ro, reset 0x0): Entries. */
#define K210_SPI_TXFLR_TXTFL_SHIFT                               0
#define K210_SPI_TXFLR_TXTFL_WIDTH                               6
#define K210_SPI_TXFLR_TXTFL_MASK                                0x3Full

/*
 * rxflr (offset 0x24, ro, reset 0x0): Entries in the receive FIFO. [S1 lib/drivers/include/spi.h
 * spi_t]; [S1 lib/drivers/spi.c spi_receive_data_standard]
 */
#define K210_SPI_RXFLR_OFFSET                                    0x24ull
#define K210_SPI_RXFLR_RESET                                     0x0ull
/* [5:0] rxtfl (ro, reset 0x0): Entries. */
#define K210_SPI_RXFLR_RXTFL_SHIFT                               0
#define K210_SPI_RXFLR_RXTFL_WIDTH                               6
#define K210_SPI_RXFLR_RXTFL_MASK                                0x3Full

/*
 * sr (offset 0x28, ro, reset 0x0): Status; a transmit is over when tfe is 1 and busy is 0. [S1
 * lib/drivers/include/spi.h spi_t]; [S1 lib/drivers/spi.c spi_send_data_normal]
 */
#define K210_SPI_SR_OFFSET                                       0x28ull
#define K210_SPI_SR_RESET                                        0x0ull
/* [0] busy (ro, reset 0x0): 1 = a transfer is in progress. */
#define K210_SPI_SR_BUSY_SHIFT                                   0
#define K210_SPI_SR_BUSY_WIDTH                                   1
#define K210_SPI_SR_BUSY_MASK                                    0x1ull
/* [1] tfnf (ro, reset 0x0): 1 = transmit FIFO not full. */
#define K210_SPI_SR_TFNF_SHIFT                                   1
#define K210_SPI_SR_TFNF_WIDTH                                   1
#define K210_SPI_SR_TFNF_MASK                                    0x1ull
/* [2] tfe (ro, reset 0x0): 1 = transmit FIFO empty. */
#define K210_SPI_SR_TFE_SHIFT                                    2
#define K210_SPI_SR_TFE_WIDTH                                    1
#define K210_SPI_SR_TFE_MASK                                     0x1ull
/* [3] rfne (ro, reset 0x0): 1 = receive FIFO not empty. */
#define K210_SPI_SR_RFNE_SHIFT                                   3
#define K210_SPI_SR_RFNE_WIDTH                                   1
#define K210_SPI_SR_RFNE_MASK                                    0x1ull
/* [4] rff (ro, reset 0x0): 1 = receive FIFO full. */
#define K210_SPI_SR_RFF_SHIFT                                    4
#define K210_SPI_SR_RFF_WIDTH                                    1
#define K210_SPI_SR_RFF_MASK                                     0x1ull
/* [5] txe (ro, reset 0x0): Transmission error. */
#define K210_SPI_SR_TXE_SHIFT                                    5
#define K210_SPI_SR_TXE_WIDTH                                    1
#define K210_SPI_SR_TXE_MASK                                     0x1ull
/* [6] dcol (ro, reset 0x0): Data collision. */
#define K210_SPI_SR_DCOL_SHIFT                                   6
#define K210_SPI_SR_DCOL_WIDTH                                   1
#define K210_SPI_SR_DCOL_MASK                                    0x1ull

/*
 * imr (offset 0x2C, rw, reset 0x0): Interrupt mask (0 = all masked; the driver polls). [S1
 * lib/drivers/include/spi.h spi_t]
 */
#define K210_SPI_IMR_OFFSET                                      0x2Cull
#define K210_SPI_IMR_RESET                                       0x0ull

/* isr (offset 0x30, ro, reset 0x0): Interrupt status. [S1 lib/drivers/include/spi.h spi_t] */
#define K210_SPI_ISR_OFFSET                                      0x30ull
#define K210_SPI_ISR_RESET                                       0x0ull

/* risr (offset 0x34, ro, reset 0x0): Raw interrupt status. [S1 lib/drivers/include/spi.h spi_t] */
#define K210_SPI_RISR_OFFSET                                     0x34ull
#define K210_SPI_RISR_RESET                                      0x0ull

/*
 * icr (offset 0x48, ro, reset 0x0): Reading clears all interrupts. [S1 lib/drivers/include/spi.h
 * spi_t]
 */
#define K210_SPI_ICR_OFFSET                                      0x48ull
#define K210_SPI_ICR_RESET                                       0x0ull

/* dmacr (offset 0x4C, rw, reset 0x0): DMA control. [S1 lib/drivers/include/spi.h spi_t] */
#define K210_SPI_DMACR_OFFSET                                    0x4Cull
#define K210_SPI_DMACR_RESET                                     0x0ull
/* [0] rdmae (rw, reset 0x0): Receive DMA enable. */
#define K210_SPI_DMACR_RDMAE_SHIFT                               0
#define K210_SPI_DMACR_RDMAE_WIDTH                               1
#define K210_SPI_DMACR_RDMAE_MASK                                0x1ull
/* [1] tdmae (rw, reset 0x0): Transmit DMA enable. */
#define K210_SPI_DMACR_TDMAE_SHIFT                               1
#define K210_SPI_DMACR_TDMAE_WIDTH                               1
#define K210_SPI_DMACR_TDMAE_MASK                                0x1ull

/*
 * dmatdlr (offset 0x50, rw, reset 0x0): DMA transmit data level. [S1 lib/drivers/include/spi.h
 * spi_t]
 */
#define K210_SPI_DMATDLR_OFFSET                                  0x50ull
#define K210_SPI_DMATDLR_RESET                                   0x0ull

/*
 * dmardlr (offset 0x54, rw, reset 0x0): DMA receive data level. [S1 lib/drivers/include/spi.h
 * spi_t]
 */
#define K210_SPI_DMARDLR_OFFSET                                  0x54ull
#define K210_SPI_DMARDLR_RESET                                   0x0ull

/* idr (offset 0x58, ro, reset 0x0): Identification. [S1 lib/drivers/include/spi.h spi_t] */
#define K210_SPI_IDR_OFFSET                                      0x58ull
#define K210_SPI_IDR_RESET                                       0x0ull

/*
 * ssic_version_id (offset 0x5C, ro, reset 0x0): DW_apb_ssi component version. [S1
 * lib/drivers/include/spi.h spi_t]
 */
#define K210_SPI_SSIC_VERSION_ID_OFFSET                          0x5Cull
#define K210_SPI_SSIC_VERSION_ID_RESET                           0x0ull

/*
 * dr0 (offset 0x60, rw, reset 0x0): Data register: write pushes a frame into the transmit FIFO,
 * read pops the receive FIFO (dr1..dr35 alias it). [S1 lib/drivers/include/spi.h spi_t]
 */
#define K210_SPI_DR0_OFFSET                                      0x60ull
#define K210_SPI_DR0_RESET                                       0x0ull

/*
 * rx_sample_delay (offset 0xF0, rw, reset 0x0): Receive sample delay in SPI clocks. [S1
 * lib/drivers/include/spi.h spi_t]
 */
#define K210_SPI_RX_SAMPLE_DELAY_OFFSET                          0xF0ull
#define K210_SPI_RX_SAMPLE_DELAY_RESET                           0x0ull

/*
 * spi_ctrlr0 (offset 0xF4, rw, reset 0x0): Enhanced (dual/quad/octal) transfer control: instruction
 * and address phases. [S1 lib/drivers/include/spi.h spi_t]; [S1 lib/drivers/spi.c
 * spi_init_non_standard]
 */
#define K210_SPI_SPI_CTRLR0_OFFSET                               0xF4ull
#define K210_SPI_SPI_CTRLR0_RESET                                0x0ull
/*
 * [1:0] trans_type (rw, reset 0x0): How instruction and address are sent. Values:
 * K210_SPI_TRANS_TYPE_*.
 */
#define K210_SPI_SPI_CTRLR0_TRANS_TYPE_SHIFT                     0
#define K210_SPI_SPI_CTRLR0_TRANS_TYPE_WIDTH                     2
#define K210_SPI_SPI_CTRLR0_TRANS_TYPE_MASK                      0x3ull
/* [5:2] addr_l (rw, reset 0x0): Address length in 4-bit units. */
#define K210_SPI_SPI_CTRLR0_ADDR_L_SHIFT                         2
#define K210_SPI_SPI_CTRLR0_ADDR_L_WIDTH                         4
#define K210_SPI_SPI_CTRLR0_ADDR_L_MASK                          0xFull
/* [9:8] inst_l (rw, reset 0x0): Instruction length: 0 none, 1 = 4 bits, 2 = 8 bits, 3 = 16 bits. */
#define K210_SPI_SPI_CTRLR0_INST_L_SHIFT                         8
#define K210_SPI_SPI_CTRLR0_INST_L_WIDTH                         2
#define K210_SPI_SPI_CTRLR0_INST_L_MASK                          0x3ull
/* [15:11] wait_cycles (rw, reset 0x0): Dummy cycles between address and data. */
#define K210_SPI_SPI_CTRLR0_WAIT_CYCLES_SHIFT                    11
#define K210_SPI_SPI_CTRLR0_WAIT_CYCLES_WIDTH                    5
#define K210_SPI_SPI_CTRLR0_WAIT_CYCLES_MASK                     0x1Full

/*
 * endian (offset 0x118, rw, reset 0x0): Byte order of frames wider than 8 bits (0 = as the SDK's
 * default). [S1 lib/drivers/include/spi.h spi_t]; [S1 lib/drivers/spi.c spi_init]
 */
#define K210_SPI_ENDIAN_OFFSET                                   0x118ull
#define K210_SPI_ENDIAN_RESET                                    0x0ull

/*
 * X-macro table of the spi registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens RW,
 * RO, WO, W1C.
 */
#define K210_SPI_REG_LIST(X)                                     \
    X(CTRLR0, 0x00ull, RW, 0x0ull) \
    X(CTRLR1, 0x04ull, RW, 0x0ull) \
    X(SSIENR, 0x08ull, RW, 0x0ull) \
    X(MWCR, 0x0Cull, RW, 0x0ull) \
    X(SER, 0x10ull, RW, 0x0ull) \
    X(BAUDR, 0x14ull, RW, 0x0ull) \
    X(TXFTLR, 0x18ull, RW, 0x0ull) \
    X(RXFTLR, 0x1Cull, RW, 0x0ull) \
    X(TXFLR, 0x20ull, RO, 0x0ull) \
    X(RXFLR, 0x24ull, RO, 0x0ull) \
    X(SR, 0x28ull, RO, 0x0ull) \
    X(IMR, 0x2Cull, RW, 0x0ull) \
    X(ISR, 0x30ull, RO, 0x0ull) \
    X(RISR, 0x34ull, RO, 0x0ull) \
    X(ICR, 0x48ull, RO, 0x0ull) \
    X(DMACR, 0x4Cull, RW, 0x0ull) \
    X(DMATDLR, 0x50ull, RW, 0x0ull) \
    X(DMARDLR, 0x54ull, RW, 0x0ull) \
    X(IDR, 0x58ull, RO, 0x0ull) \
    X(SSIC_VERSION_ID, 0x5Cull, RO, 0x0ull) \
    X(DR0, 0x60ull, RW, 0x0ull) \
    X(RX_SAMPLE_DELAY, 0xF0ull, RW, 0x0ull) \
    X(SPI_CTRLR0, 0xF4ull, RW, 0x0ull) \
    X(ENDIAN, 0x118ull, RW, 0x0ull)

/* enum tmod: Transfer mode. [S1 lib/drivers/include/spi.h spi_transfer_mode_t] */
#define K210_SPI_TMOD_TRANS_RECV                                 0    /* full duplex: every frame sent clocks one in */
#define K210_SPI_TMOD_TRANS                                      1    /* transmit only */
#define K210_SPI_TMOD_RECV                                       2    /* receive only, ndf + 1 frames */
#define K210_SPI_TMOD_EEPROM                                     3    /* send the transmit FIFO, then receive ndf + 1 frames */

/* enum frame_format: Data lines per frame. [S1 lib/drivers/include/spi.h spi_frame_format_t] */
#define K210_SPI_FRAME_FORMAT_STANDARD                           0    /* one line each way (MOSI/MISO) */
#define K210_SPI_FRAME_FORMAT_DUAL                               1    /* 2 lines */
#define K210_SPI_FRAME_FORMAT_QUAD                               2    /* 4 lines */
#define K210_SPI_FRAME_FORMAT_OCTAL                              3    /* 8 lines (the LCD's 8080-style bus) */

/*
 * enum trans_type: Instruction/address transfer in enhanced modes. [S1 lib/drivers/include/spi.h
 * spi_instruction_address_trans_mode_t]
 */
#define K210_SPI_TRANS_TYPE_STANDARD                             0    /* instruction and address on one line */
#define K210_SPI_TRANS_TYPE_ADDR_STANDARD                        1    /* instruction on one line, address in the frame format */
#define K210_SPI_TRANS_TYPE_AS_FRAME_FORMAT                      2    /* both in the frame format */

#endif /* K210_SPI_REGS_H_ */
