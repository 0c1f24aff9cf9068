/*
 * k210_dmac_regs.h -- DMAC (Synopsys DesignWare AXI DMA controller, 6 channels)
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/dmac.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_DMAC): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT, _WIDTH
 * and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every register in
 * the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of k210_field.h.
 * Per-channel registers: K210_DMAC_CHANNEL_COUNT channels, offsets relative to
 * K210_DMAC_CH_WINDOW_OFFSET(ch), names K210_DMAC_CH_<REG>_*.
 *
 * Enums:
 *   K210_DMAC_TR_WIDTH_{8, 16, 32, 64, 128, 256}
 *   K210_DMAC_MSIZE_{1, 4, 8, 16, 32, 64, 128, 256}
 *   K210_DMAC_ADDR_INC_{INCREMENT, NOCHANGE}
 *   K210_DMAC_MASTER_{1, 2}
 *   K210_DMAC_TT_FC_{MEM2MEM_DMA, MEM2PRF_DMA, PRF2MEM_DMA, PRF2PRF_DMA, PRF2MEM_PRF,
 *       PRF2PRF_SRCPRF, MEM2PRF_PRF, PRF2PRF_DSTPRF}
 *   K210_DMAC_HS_SEL_{HARDWARE, SOFTWARE}
 *   K210_DMAC_HWHS_POL_{ACTIVE_HIGH, ACTIVE_LOW}
 *   K210_DMAC_MULTBLK_TYPE_{CONTIGUOUS, RELOAD, SHADOW_REGISTER, LINKED_LIST}
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_DMAC_REGS_H_
#define K210_DMAC_REGS_H_

/*
 * DMAC (Synopsys DesignWare AXI DMA controller, 6 channels). System DMA controller. Common
 * registers at the start of the block, then one 0x100-byte register window per channel starting at
 * 0x100. All registers are 64 bits wide. Only the fields named by the Kendryte SDK are described;
 * bits it marks reserved are left out. [S1 lib/drivers/include/dmac.h dmac_t]; [S1
 * lib/bsp/include/platform.h DMAC_BASE_ADDR]
 */
#define K210_DMAC_BASE                                           0x50000000ull
#define K210_DMAC_REG_WIDTH                                      64
/*
 * Reset values: The SDK does not document reset values; 0 is assumed for every register (including
 * id and compver, whose real values are unknown).
 */

/*
 * id (offset 0x00, ro, reset 0x0): Controller ID. Value on the K210 unknown. [S1
 * lib/drivers/include/dmac.h dmac_t]
 */
#define K210_DMAC_ID_OFFSET                                      0x00ull
#define K210_DMAC_ID_RESET                                       0x0ull

/*
 * compver (offset 0x08, ro, reset 0x0): IP component version. Value on the K210 unknown. [S1
 * lib/drivers/include/dmac.h dmac_t]
 */
#define K210_DMAC_COMPVER_OFFSET                                 0x08ull
#define K210_DMAC_COMPVER_RESET                                  0x0ull

/*
 * cfg (offset 0x10, rw, reset 0x0): Global enable. The SDK polls until the whole register reads 0
 * after clearing it. [S1 lib/drivers/include/dmac.h dmac_cfg_t]; [S1 lib/drivers/dmac.c dmac_init]
 */
#define K210_DMAC_CFG_OFFSET                                     0x10ull
#define K210_DMAC_CFG_RESET                                      0x0ull
/* [0] dmac_en (rw, reset 0x0): 1 = controller enabled. */
#define K210_DMAC_CFG_DMAC_EN_SHIFT                              0
#define K210_DMAC_CFG_DMAC_EN_WIDTH                              1
#define K210_DMAC_CFG_DMAC_EN_MASK                               0x1ull
/* [1] int_en (rw, reset 0x0): 1 = interrupt output enabled globally. */
#define K210_DMAC_CFG_INT_EN_SHIFT                               1
#define K210_DMAC_CFG_INT_EN_WIDTH                               1
#define K210_DMAC_CFG_INT_EN_MASK                                0x1ull

/*
 * chen (offset 0x18, rw, reset 0x0): Channel enable, suspend and abort. Bit n of each 6-bit field
 * is channel n (0-based; the SDK names them ch1..ch6). A control bit changes only when its
 * write-enable bit is 1 in the same write. [S1 lib/drivers/include/dmac.h damc_chen_t]; [S1
 * lib/drivers/dmac.c dmac_channel_enable]
 */
#define K210_DMAC_CHEN_OFFSET                                    0x18ull
#define K210_DMAC_CHEN_RESET                                     0x0ull
/*
 * [5:0] ch_en (rw, reset 0x0): 1 = channel enabled; the hardware clears it when the transfer is
 * done.
 */
#define K210_DMAC_CHEN_CH_EN_SHIFT                               0
#define K210_DMAC_CHEN_CH_EN_WIDTH                               6
#define K210_DMAC_CHEN_CH_EN_MASK                                0x3Full
/* [13:8] ch_en_we (wo, reset 0x0): Write enable for the matching ch_en bit. */
#define K210_DMAC_CHEN_CH_EN_WE_SHIFT                            8
#define K210_DMAC_CHEN_CH_EN_WE_WIDTH                            6
#define K210_DMAC_CHEN_CH_EN_WE_MASK                             0x3Full
/* [21:16] ch_susp (rw, reset 0x0): 1 = request channel suspend. */
#define K210_DMAC_CHEN_CH_SUSP_SHIFT                             16
#define K210_DMAC_CHEN_CH_SUSP_WIDTH                             6
#define K210_DMAC_CHEN_CH_SUSP_MASK                              0x3Full
/* [29:24] ch_susp_we (wo, reset 0x0): Write enable for the matching ch_susp bit. */
#define K210_DMAC_CHEN_CH_SUSP_WE_SHIFT                          24
#define K210_DMAC_CHEN_CH_SUSP_WE_WIDTH                          6
#define K210_DMAC_CHEN_CH_SUSP_WE_MASK                           0x3Full
/* [37:32] ch_abort (rw, reset 0x0): 1 = request channel abort. */
#define K210_DMAC_CHEN_CH_ABORT_SHIFT                            32
#define K210_DMAC_CHEN_CH_ABORT_WIDTH                            6
#define K210_DMAC_CHEN_CH_ABORT_MASK                             0x3Full
/* [45:40] ch_abort_we (wo, reset 0x0): Write enable for the matching ch_abort bit. */
#define K210_DMAC_CHEN_CH_ABORT_WE_SHIFT                         40
#define K210_DMAC_CHEN_CH_ABORT_WE_WIDTH                         6
#define K210_DMAC_CHEN_CH_ABORT_WE_MASK                          0x3Full

/*
 * intstatus (offset 0x30, ro, reset 0x0): Summary of interrupt sources: one bit per channel plus
 * the common-register interrupt. [S1 lib/drivers/include/dmac.h dmac_intstatus_t]
 */
#define K210_DMAC_INTSTATUS_OFFSET                               0x30ull
#define K210_DMAC_INTSTATUS_RESET                                0x0ull
/* [5:0] ch_intstat (ro, reset 0x0): Bit n = channel n has an active interrupt. */
#define K210_DMAC_INTSTATUS_CH_INTSTAT_SHIFT                     0
#define K210_DMAC_INTSTATUS_CH_INTSTAT_WIDTH                     6
#define K210_DMAC_INTSTATUS_CH_INTSTAT_MASK                      0x3Full
/*
 * [16] commonreg_intstat (ro, reset 0x0): A common-register (slave interface) interrupt is active.
 */
#define K210_DMAC_INTSTATUS_COMMONREG_INTSTAT_SHIFT              16
#define K210_DMAC_INTSTATUS_COMMONREG_INTSTAT_WIDTH              1
#define K210_DMAC_INTSTATUS_COMMONREG_INTSTAT_MASK               0x1ull

/*
 * com_intclear (offset 0x38, w1c, reset 0x0): Clear common-register interrupts: write 1 to clear
 * the matching com_intstatus bit. [S1 lib/drivers/include/dmac.h dmac_commonreg_intclear_t]; [S1
 * lib/drivers/dmac.c dmac_init]
 */
#define K210_DMAC_COM_INTCLEAR_OFFSET                            0x38ull
#define K210_DMAC_COM_INTCLEAR_RESET                             0x0ull
/*
 * [0] slvif_dec_err (w1c, reset 0x0): Slave interface decode error (access to an unmapped address).
 */
#define K210_DMAC_COM_INTCLEAR_SLVIF_DEC_ERR_SHIFT               0
#define K210_DMAC_COM_INTCLEAR_SLVIF_DEC_ERR_WIDTH               1
#define K210_DMAC_COM_INTCLEAR_SLVIF_DEC_ERR_MASK                0x1ull
/* [1] slvif_wr2ro_err (w1c, reset 0x0): Write to a read-only register. */
#define K210_DMAC_COM_INTCLEAR_SLVIF_WR2RO_ERR_SHIFT             1
#define K210_DMAC_COM_INTCLEAR_SLVIF_WR2RO_ERR_WIDTH             1
#define K210_DMAC_COM_INTCLEAR_SLVIF_WR2RO_ERR_MASK              0x1ull
/* [2] slvif_rd2wo_err (w1c, reset 0x0): Read of a write-only register. */
#define K210_DMAC_COM_INTCLEAR_SLVIF_RD2WO_ERR_SHIFT             2
#define K210_DMAC_COM_INTCLEAR_SLVIF_RD2WO_ERR_WIDTH             1
#define K210_DMAC_COM_INTCLEAR_SLVIF_RD2WO_ERR_MASK              0x1ull
/* [3] slvif_wronhold_err (w1c, reset 0x0): Write while the register is on hold (channel busy). */
#define K210_DMAC_COM_INTCLEAR_SLVIF_WRONHOLD_ERR_SHIFT          3
#define K210_DMAC_COM_INTCLEAR_SLVIF_WRONHOLD_ERR_WIDTH          1
#define K210_DMAC_COM_INTCLEAR_SLVIF_WRONHOLD_ERR_MASK           0x1ull
/* [8] slvif_undefinedreg_dec_err (w1c, reset 0x0): Access to an undefined register. */
#define K210_DMAC_COM_INTCLEAR_SLVIF_UNDEFINEDREG_DEC_ERR_SHIFT  8
#define K210_DMAC_COM_INTCLEAR_SLVIF_UNDEFINEDREG_DEC_ERR_WIDTH  1
#define K210_DMAC_COM_INTCLEAR_SLVIF_UNDEFINEDREG_DEC_ERR_MASK   0x1ull

/*
 * com_intstatus_en (offset 0x40, rw, reset 0x0): Enable recording of common-register interrupts in
 * com_intstatus. Same bits as com_intclear. [S1 lib/drivers/include/dmac.h
 * dmac_commonreg_intstatus_enable_t]
 */
#define K210_DMAC_COM_INTSTATUS_EN_OFFSET                        0x40ull
#define K210_DMAC_COM_INTSTATUS_EN_RESET                         0x0ull
/*
 * [0] slvif_dec_err (rw, reset 0x0): Slave interface decode error (access to an unmapped address).
 */
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_DEC_ERR_SHIFT           0
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_DEC_ERR_WIDTH           1
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_DEC_ERR_MASK            0x1ull
/* [1] slvif_wr2ro_err (rw, reset 0x0): Write to a read-only register. */
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_WR2RO_ERR_SHIFT         1
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_WR2RO_ERR_WIDTH         1
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_WR2RO_ERR_MASK          0x1ull
/* [2] slvif_rd2wo_err (rw, reset 0x0): Read of a write-only register. */
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_RD2WO_ERR_SHIFT         2
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_RD2WO_ERR_WIDTH         1
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_RD2WO_ERR_MASK          0x1ull
/* [3] slvif_wronhold_err (rw, reset 0x0): Write while the register is on hold (channel busy). */
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_WRONHOLD_ERR_SHIFT      3
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_WRONHOLD_ERR_WIDTH      1
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_WRONHOLD_ERR_MASK       0x1ull
/* [8] slvif_undefinedreg_dec_err (rw, reset 0x0): Access to an undefined register. */
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_UNDEFINEDREG_DEC_ERR_SHIFT 8
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_UNDEFINEDREG_DEC_ERR_WIDTH 1
#define K210_DMAC_COM_INTSTATUS_EN_SLVIF_UNDEFINEDREG_DEC_ERR_MASK 0x1ull

/*
 * com_intsignal_en (offset 0x48, rw, reset 0x0): Enable propagation of common-register interrupts
 * to the interrupt output. Same bits as com_intclear. [S1 lib/drivers/include/dmac.h
 * dmac_commonreg_intsignal_enable_t]
 */
#define K210_DMAC_COM_INTSIGNAL_EN_OFFSET                        0x48ull
#define K210_DMAC_COM_INTSIGNAL_EN_RESET                         0x0ull
/*
 * [0] slvif_dec_err (rw, reset 0x0): Slave interface decode error (access to an unmapped address).
 */
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_DEC_ERR_SHIFT           0
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_DEC_ERR_WIDTH           1
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_DEC_ERR_MASK            0x1ull
/* [1] slvif_wr2ro_err (rw, reset 0x0): Write to a read-only register. */
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_WR2RO_ERR_SHIFT         1
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_WR2RO_ERR_WIDTH         1
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_WR2RO_ERR_MASK          0x1ull
/* [2] slvif_rd2wo_err (rw, reset 0x0): Read of a write-only register. */
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_RD2WO_ERR_SHIFT         2
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_RD2WO_ERR_WIDTH         1
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_RD2WO_ERR_MASK          0x1ull
/* [3] slvif_wronhold_err (rw, reset 0x0): Write while the register is on hold (channel busy). */
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_WRONHOLD_ERR_SHIFT      3
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_WRONHOLD_ERR_WIDTH      1
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_WRONHOLD_ERR_MASK       0x1ull
/* [8] slvif_undefinedreg_dec_err (rw, reset 0x0): Access to an undefined register. */
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_UNDEFINEDREG_DEC_ERR_SHIFT 8
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_UNDEFINEDREG_DEC_ERR_WIDTH 1
#define K210_DMAC_COM_INTSIGNAL_EN_SLVIF_UNDEFINEDREG_DEC_ERR_MASK 0x1ull

/*
 * com_intstatus (offset 0x50, ro, reset 0x0): Common-register interrupt status. Same bits as
 * com_intclear. [S1 lib/drivers/include/dmac.h dmac_commonreg_intstatus_t]
 */
#define K210_DMAC_COM_INTSTATUS_OFFSET                           0x50ull
#define K210_DMAC_COM_INTSTATUS_RESET                            0x0ull
/*
 * [0] slvif_dec_err (ro, reset 0x0): Slave interface decode error (access to an unmapped address).
 */
#define K210_DMAC_COM_INTSTATUS_SLVIF_DEC_ERR_SHIFT              0
#define K210_DMAC_COM_INTSTATUS_SLVIF_DEC_ERR_WIDTH              1
#define K210_DMAC_COM_INTSTATUS_SLVIF_DEC_ERR_MASK               0x1ull
/* [1] slvif_wr2ro_err (ro, reset 0x0): Write to a read-only register. */
#define K210_DMAC_COM_INTSTATUS_SLVIF_WR2RO_ERR_SHIFT            1
#define K210_DMAC_COM_INTSTATUS_SLVIF_WR2RO_ERR_WIDTH            1
#define K210_DMAC_COM_INTSTATUS_SLVIF_WR2RO_ERR_MASK             0x1ull
/* [2] slvif_rd2wo_err (ro, reset 0x0): Read of a write-only register. */
#define K210_DMAC_COM_INTSTATUS_SLVIF_RD2WO_ERR_SHIFT            2
#define K210_DMAC_COM_INTSTATUS_SLVIF_RD2WO_ERR_WIDTH            1
#define K210_DMAC_COM_INTSTATUS_SLVIF_RD2WO_ERR_MASK             0x1ull
/* [3] slvif_wronhold_err (ro, reset 0x0): Write while the register is on hold (channel busy). */
#define K210_DMAC_COM_INTSTATUS_SLVIF_WRONHOLD_ERR_SHIFT         3
#define K210_DMAC_COM_INTSTATUS_SLVIF_WRONHOLD_ERR_WIDTH         1
#define K210_DMAC_COM_INTSTATUS_SLVIF_WRONHOLD_ERR_MASK          0x1ull
/* [8] slvif_undefinedreg_dec_err (ro, reset 0x0): Access to an undefined register. */
#define K210_DMAC_COM_INTSTATUS_SLVIF_UNDEFINEDREG_DEC_ERR_SHIFT 8
#define K210_DMAC_COM_INTSTATUS_SLVIF_UNDEFINEDREG_DEC_ERR_WIDTH 1
#define K210_DMAC_COM_INTSTATUS_SLVIF_UNDEFINEDREG_DEC_ERR_MASK  0x1ull

/*
 * reset (offset 0x58, rw, reset 0x0): Software reset of the controller. [S1
 * lib/drivers/include/dmac.h dmac_reset_t]; [S1 lib/drivers/dmac.c dmac_init]
 */
#define K210_DMAC_RESET_OFFSET                                   0x58ull
#define K210_DMAC_RESET_RESET                                    0x0ull
/*
 * [0] rst (rw, reset 0x0): Write 1 to reset; reads 1 until the reset has completed (the SDK polls
 * it).
 */
#define K210_DMAC_RESET_RST_SHIFT                                0
#define K210_DMAC_RESET_RST_WIDTH                                1
#define K210_DMAC_RESET_RST_MASK                                 0x1ull

/*
 * X-macro table of the dmac registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens RW,
 * RO, WO, W1C.
 */
#define K210_DMAC_REG_LIST(X)                                    \
    X(ID, 0x00ull, RO, 0x0ull) \
    X(COMPVER, 0x08ull, RO, 0x0ull) \
    X(CFG, 0x10ull, RW, 0x0ull) \
    X(CHEN, 0x18ull, RW, 0x0ull) \
    X(INTSTATUS, 0x30ull, RO, 0x0ull) \
    X(COM_INTCLEAR, 0x38ull, W1C, 0x0ull) \
    X(COM_INTSTATUS_EN, 0x40ull, RW, 0x0ull) \
    X(COM_INTSIGNAL_EN, 0x48ull, RW, 0x0ull) \
    X(COM_INTSTATUS, 0x50ull, RO, 0x0ull) \
    X(RESET, 0x58ull, RW, 0x0ull)

/* ---- per-channel registers ---- */
/*
 * Per-channel registers; channel n starts at base + 0x100 + n * 0x100. Offsets below are relative
 * to the channel start. [S1 lib/drivers/include/dmac.h dmac_channel_t]
 */
#define K210_DMAC_CHANNEL_COUNT                                  6
#define K210_DMAC_CH_BASE_OFFSET                                 0x100ull
#define K210_DMAC_CH_STRIDE                                      0x100ull
/*
 * Offset of channel ch's register window from the block base; add a K210_DMAC_CH_<REG>_OFFSET to
 * it.
 */
#define K210_DMAC_CH_WINDOW_OFFSET(ch)                           (K210_DMAC_CH_BASE_OFFSET + (unsigned long long)(ch) * K210_DMAC_CH_STRIDE)

/*
 * sar (offset 0x00, rw, reset 0x0): Source address of the current block. [S1
 * lib/drivers/include/dmac.h dmac_channel_t]
 */
#define K210_DMAC_CH_SAR_OFFSET                                  0x00ull
#define K210_DMAC_CH_SAR_RESET                                   0x0ull

/*
 * dar (offset 0x08, rw, reset 0x0): Destination address of the current block. [S1
 * lib/drivers/include/dmac.h dmac_channel_t]
 */
#define K210_DMAC_CH_DAR_OFFSET                                  0x08ull
#define K210_DMAC_CH_DAR_RESET                                   0x0ull

/*
 * block_ts (offset 0x10, rw, reset 0x0): Block size. [S1 lib/drivers/include/dmac.h
 * dmac_ch_block_ts_t]; [S1 lib/drivers/dmac.c dmac_set_channel_param]
 */
#define K210_DMAC_CH_BLOCK_TS_OFFSET                             0x10ull
#define K210_DMAC_CH_BLOCK_TS_RESET                              0x0ull
/* [21:0] block_ts (rw, reset 0x0) [count-1]: Elements of src_tr_width per block. */
#define K210_DMAC_CH_BLOCK_TS_BLOCK_TS_SHIFT                     0
#define K210_DMAC_CH_BLOCK_TS_BLOCK_TS_WIDTH                     22
#define K210_DMAC_CH_BLOCK_TS_BLOCK_TS_MASK                      0x3FFFFFull

/*
 * ctl (offset 0x18, rw, reset 0x0): Channel control: masters, address update, element width, burst
 * length, interrupts and linked-list flags. [S1 lib/drivers/include/dmac.h dmac_ch_ctl_t]
 */
#define K210_DMAC_CH_CTL_OFFSET                                  0x18ull
#define K210_DMAC_CH_CTL_RESET                                   0x0ull
/* [0] sms (rw, reset 0x0): Source AXI master. Values: K210_DMAC_MASTER_*. */
#define K210_DMAC_CH_CTL_SMS_SHIFT                               0
#define K210_DMAC_CH_CTL_SMS_WIDTH                               1
#define K210_DMAC_CH_CTL_SMS_MASK                                0x1ull
/* [2] dms (rw, reset 0x0): Destination AXI master. Values: K210_DMAC_MASTER_*. */
#define K210_DMAC_CH_CTL_DMS_SHIFT                               2
#define K210_DMAC_CH_CTL_DMS_WIDTH                               1
#define K210_DMAC_CH_CTL_DMS_MASK                                0x1ull
/* [4] sinc (rw, reset 0x0): Source address update. Values: K210_DMAC_ADDR_INC_*. */
#define K210_DMAC_CH_CTL_SINC_SHIFT                              4
#define K210_DMAC_CH_CTL_SINC_WIDTH                              1
#define K210_DMAC_CH_CTL_SINC_MASK                               0x1ull
/* [6] dinc (rw, reset 0x0): Destination address update. Values: K210_DMAC_ADDR_INC_*. */
#define K210_DMAC_CH_CTL_DINC_SHIFT                              6
#define K210_DMAC_CH_CTL_DINC_WIDTH                              1
#define K210_DMAC_CH_CTL_DINC_MASK                               0x1ull
/* [10:8] src_tr_width (rw, reset 0x0): Source element width. Values: K210_DMAC_TR_WIDTH_*. */
#define K210_DMAC_CH_CTL_SRC_TR_WIDTH_SHIFT                      8
#define K210_DMAC_CH_CTL_SRC_TR_WIDTH_WIDTH                      3
#define K210_DMAC_CH_CTL_SRC_TR_WIDTH_MASK                       0x7ull
/* [13:11] dst_tr_width (rw, reset 0x0): Destination element width. Values: K210_DMAC_TR_WIDTH_*. */
#define K210_DMAC_CH_CTL_DST_TR_WIDTH_SHIFT                      11
#define K210_DMAC_CH_CTL_DST_TR_WIDTH_WIDTH                      3
#define K210_DMAC_CH_CTL_DST_TR_WIDTH_MASK                       0x7ull
/* [17:14] src_msize (rw, reset 0x0): Source burst length. Values: K210_DMAC_MSIZE_*. */
#define K210_DMAC_CH_CTL_SRC_MSIZE_SHIFT                         14
#define K210_DMAC_CH_CTL_SRC_MSIZE_WIDTH                         4
#define K210_DMAC_CH_CTL_SRC_MSIZE_MASK                          0xFull
/* [21:18] dst_msize (rw, reset 0x0): Destination burst length. Values: K210_DMAC_MSIZE_*. */
#define K210_DMAC_CH_CTL_DST_MSIZE_SHIFT                         18
#define K210_DMAC_CH_CTL_DST_MSIZE_WIDTH                         4
#define K210_DMAC_CH_CTL_DST_MSIZE_MASK                          0xFull
/* [30] nonposted_lastwrite_en (rw, reset 0x0): 1 = the last write of a block is non-posted. */
#define K210_DMAC_CH_CTL_NONPOSTED_LASTWRITE_EN_SHIFT            30
#define K210_DMAC_CH_CTL_NONPOSTED_LASTWRITE_EN_WIDTH            1
#define K210_DMAC_CH_CTL_NONPOSTED_LASTWRITE_EN_MASK             0x1ull
/* [38] arlen_en (rw, reset 0x0): 1 = use arlen as the source AXI burst length. */
#define K210_DMAC_CH_CTL_ARLEN_EN_SHIFT                          38
#define K210_DMAC_CH_CTL_ARLEN_EN_WIDTH                          1
#define K210_DMAC_CH_CTL_ARLEN_EN_MASK                           0x1ull
/* [46:39] arlen (rw, reset 0x0): Source AXI burst length. */
#define K210_DMAC_CH_CTL_ARLEN_SHIFT                             39
#define K210_DMAC_CH_CTL_ARLEN_WIDTH                             8
#define K210_DMAC_CH_CTL_ARLEN_MASK                              0xFFull
/* [47] awlen_en (rw, reset 0x0): 1 = use awlen as the destination AXI burst length. */
#define K210_DMAC_CH_CTL_AWLEN_EN_SHIFT                          47
#define K210_DMAC_CH_CTL_AWLEN_EN_WIDTH                          1
#define K210_DMAC_CH_CTL_AWLEN_EN_MASK                           0x1ull
/* [55:48] awlen (rw, reset 0x0): Destination AXI burst length. */
#define K210_DMAC_CH_CTL_AWLEN_SHIFT                             48
#define K210_DMAC_CH_CTL_AWLEN_WIDTH                             8
#define K210_DMAC_CH_CTL_AWLEN_MASK                              0xFFull
/* [56] src_stat_en (rw, reset 0x0): 1 = fetch source status after each block. */
#define K210_DMAC_CH_CTL_SRC_STAT_EN_SHIFT                       56
#define K210_DMAC_CH_CTL_SRC_STAT_EN_WIDTH                       1
#define K210_DMAC_CH_CTL_SRC_STAT_EN_MASK                        0x1ull
/* [57] dst_stat_en (rw, reset 0x0): 1 = fetch destination status after each block. */
#define K210_DMAC_CH_CTL_DST_STAT_EN_SHIFT                       57
#define K210_DMAC_CH_CTL_DST_STAT_EN_WIDTH                       1
#define K210_DMAC_CH_CTL_DST_STAT_EN_MASK                        0x1ull
/* [58] ioc_blktfr (rw, reset 0x0): 1 = raise block_tfr_done at the end of each block. */
#define K210_DMAC_CH_CTL_IOC_BLKTFR_SHIFT                        58
#define K210_DMAC_CH_CTL_IOC_BLKTFR_WIDTH                        1
#define K210_DMAC_CH_CTL_IOC_BLKTFR_MASK                         0x1ull
/*
 * [62] shadowreg_or_lli_last (rw, reset 0x0): 1 = this is the last block of a shadow-register or
 * linked-list transfer.
 */
#define K210_DMAC_CH_CTL_SHADOWREG_OR_LLI_LAST_SHIFT             62
#define K210_DMAC_CH_CTL_SHADOWREG_OR_LLI_LAST_WIDTH             1
#define K210_DMAC_CH_CTL_SHADOWREG_OR_LLI_LAST_MASK              0x1ull
/*
 * [63] shadowreg_or_lli_valid (rw, reset 0x0): 1 = the shadow registers / linked-list item are
 * valid.
 */
#define K210_DMAC_CH_CTL_SHADOWREG_OR_LLI_VALID_SHIFT            63
#define K210_DMAC_CH_CTL_SHADOWREG_OR_LLI_VALID_WIDTH            1
#define K210_DMAC_CH_CTL_SHADOWREG_OR_LLI_VALID_MASK             0x1ull

/*
 * cfg (offset 0x20, rw, reset 0x0): Channel configuration: multi-block mode, flow control,
 * handshakes, priority. The SDK writes it before block_ts, sar and dar. [S1
 * lib/drivers/include/dmac.h dmac_ch_cfg_t]; [S1 lib/drivers/dmac.c dmac_set_channel_param]
 */
#define K210_DMAC_CH_CFG_OFFSET                                  0x20ull
#define K210_DMAC_CH_CFG_RESET                                   0x0ull
/*
 * [1:0] src_multblk_type (rw, reset 0x0): Source multi-block type. Values:
 * K210_DMAC_MULTBLK_TYPE_*.
 */
#define K210_DMAC_CH_CFG_SRC_MULTBLK_TYPE_SHIFT                  0
#define K210_DMAC_CH_CFG_SRC_MULTBLK_TYPE_WIDTH                  2
#define K210_DMAC_CH_CFG_SRC_MULTBLK_TYPE_MASK                   0x3ull
/*
 * [3:2] dst_multblk_type (rw, reset 0x0): Destination multi-block type. Values:
 * K210_DMAC_MULTBLK_TYPE_*.
 */
#define K210_DMAC_CH_CFG_DST_MULTBLK_TYPE_SHIFT                  2
#define K210_DMAC_CH_CFG_DST_MULTBLK_TYPE_WIDTH                  2
#define K210_DMAC_CH_CFG_DST_MULTBLK_TYPE_MASK                   0x3ull
/* [34:32] tt_fc (rw, reset 0x0): Transfer type and flow controller. Values: K210_DMAC_TT_FC_*. */
#define K210_DMAC_CH_CFG_TT_FC_SHIFT                             32
#define K210_DMAC_CH_CFG_TT_FC_WIDTH                             3
#define K210_DMAC_CH_CFG_TT_FC_MASK                              0x7ull
/* [35] hs_sel_src (rw, reset 0x0): Source handshake kind. Values: K210_DMAC_HS_SEL_*. */
#define K210_DMAC_CH_CFG_HS_SEL_SRC_SHIFT                        35
#define K210_DMAC_CH_CFG_HS_SEL_SRC_WIDTH                        1
#define K210_DMAC_CH_CFG_HS_SEL_SRC_MASK                         0x1ull
/* [36] hs_sel_dst (rw, reset 0x0): Destination handshake kind. Values: K210_DMAC_HS_SEL_*. */
#define K210_DMAC_CH_CFG_HS_SEL_DST_SHIFT                        36
#define K210_DMAC_CH_CFG_HS_SEL_DST_WIDTH                        1
#define K210_DMAC_CH_CFG_HS_SEL_DST_MASK                         0x1ull
/*
 * [37] src_hwhs_pol (rw, reset 0x0): Source hardware handshake polarity. Values:
 * K210_DMAC_HWHS_POL_*.
 */
#define K210_DMAC_CH_CFG_SRC_HWHS_POL_SHIFT                      37
#define K210_DMAC_CH_CFG_SRC_HWHS_POL_WIDTH                      1
#define K210_DMAC_CH_CFG_SRC_HWHS_POL_MASK                       0x1ull
/*
 * [38] dst_hwhs_pol (rw, reset 0x0): Destination hardware handshake polarity. Values:
 * K210_DMAC_HWHS_POL_*.
 */
#define K210_DMAC_CH_CFG_DST_HWHS_POL_SHIFT                      38
#define K210_DMAC_CH_CFG_DST_HWHS_POL_WIDTH                      1
#define K210_DMAC_CH_CFG_DST_HWHS_POL_MASK                       0x1ull
/*
 * [42:39] src_per (rw, reset 0x0): Hardware handshake interface of the source. The SDK uses the
 * channel number; sysctl dma_sel then routes a peripheral request to that interface.
 */
#define K210_DMAC_CH_CFG_SRC_PER_SHIFT                           39
#define K210_DMAC_CH_CFG_SRC_PER_WIDTH                           4
#define K210_DMAC_CH_CFG_SRC_PER_MASK                            0xFull
/*
 * [47:44] dst_per (rw, reset 0x0): Hardware handshake interface of the destination (see src_per).
 */
#define K210_DMAC_CH_CFG_DST_PER_SHIFT                           44
#define K210_DMAC_CH_CFG_DST_PER_WIDTH                           4
#define K210_DMAC_CH_CFG_DST_PER_MASK                            0xFull
/* [51:49] ch_prior (rw, reset 0x0): Channel priority, 7 highest. */
#define K210_DMAC_CH_CFG_CH_PRIOR_SHIFT                          49
#define K210_DMAC_CH_CFG_CH_PRIOR_WIDTH                          3
#define K210_DMAC_CH_CFG_CH_PRIOR_MASK                           0x7ull
/* [52] lock_ch (rw, reset 0x0): 1 = lock the channel for the duration given by lock_ch_l. */
#define K210_DMAC_CH_CFG_LOCK_CH_SHIFT                           52
#define K210_DMAC_CH_CFG_LOCK_CH_WIDTH                           1
#define K210_DMAC_CH_CFG_LOCK_CH_MASK                            0x1ull
/*
 * [54:53] lock_ch_l (rw, reset 0x0): Channel lock level (0 = whole transfer, 1 = block, 2 =
 * transaction).
 */
#define K210_DMAC_CH_CFG_LOCK_CH_L_SHIFT                         53
#define K210_DMAC_CH_CFG_LOCK_CH_L_WIDTH                         2
#define K210_DMAC_CH_CFG_LOCK_CH_L_MASK                          0x3ull
/* [58:55] src_osr_lmt (rw, reset 0x0) [count-1]: Source outstanding request limit. */
#define K210_DMAC_CH_CFG_SRC_OSR_LMT_SHIFT                       55
#define K210_DMAC_CH_CFG_SRC_OSR_LMT_WIDTH                       4
#define K210_DMAC_CH_CFG_SRC_OSR_LMT_MASK                        0xFull
/* [62:59] dst_osr_lmt (rw, reset 0x0) [count-1]: Destination outstanding request limit. */
#define K210_DMAC_CH_CFG_DST_OSR_LMT_SHIFT                       59
#define K210_DMAC_CH_CFG_DST_OSR_LMT_WIDTH                       4
#define K210_DMAC_CH_CFG_DST_OSR_LMT_MASK                        0xFull

/*
 * llp (offset 0x28, rw, reset 0x0): Linked-list pointer. [S1 lib/drivers/include/dmac.h
 * dmac_ch_llp_t]
 */
#define K210_DMAC_CH_LLP_OFFSET                                  0x28ull
#define K210_DMAC_CH_LLP_RESET                                   0x0ull
/*
 * [0] lms (rw, reset 0x0): AXI master used to fetch linked-list items. Values: K210_DMAC_MASTER_*.
 */
#define K210_DMAC_CH_LLP_LMS_SHIFT                               0
#define K210_DMAC_CH_LLP_LMS_WIDTH                               1
#define K210_DMAC_CH_LLP_LMS_MASK                                0x1ull
/*
 * [63:6] loc (rw, reset 0x0): Address of the next linked-list item, in 64-byte units (address >>
 * 6).
 */
#define K210_DMAC_CH_LLP_LOC_SHIFT                               6
#define K210_DMAC_CH_LLP_LOC_WIDTH                               58
#define K210_DMAC_CH_LLP_LOC_MASK                                0x3FFFFFFFFFFFFFFull

/*
 * status (offset 0x30, ro, reset 0x0): Channel status. [S1 lib/drivers/include/dmac.h
 * dmac_ch_status_t]
 */
#define K210_DMAC_CH_STATUS_OFFSET                               0x30ull
#define K210_DMAC_CH_STATUS_RESET                                0x0ull
/* [21:0] cmpltd_blk_size (ro, reset 0x0): Elements transferred so far in the current block. */
#define K210_DMAC_CH_STATUS_CMPLTD_BLK_SIZE_SHIFT                0
#define K210_DMAC_CH_STATUS_CMPLTD_BLK_SIZE_WIDTH                22
#define K210_DMAC_CH_STATUS_CMPLTD_BLK_SIZE_MASK                 0x3FFFFFull

/*
 * swhssrc (offset 0x38, rw, reset 0x0): Software handshake, source side. Each request bit changes
 * only when its _we bit is 1 in the same write. [S1 lib/drivers/include/dmac.h dmac_ch_swhssrc_t]
 */
#define K210_DMAC_CH_SWHSSRC_OFFSET                              0x38ull
#define K210_DMAC_CH_SWHSSRC_RESET                               0x0ull
/* [0] swhs_req_src (rw, reset 0x0): Burst transaction request. */
#define K210_DMAC_CH_SWHSSRC_SWHS_REQ_SRC_SHIFT                  0
#define K210_DMAC_CH_SWHSSRC_SWHS_REQ_SRC_WIDTH                  1
#define K210_DMAC_CH_SWHSSRC_SWHS_REQ_SRC_MASK                   0x1ull
/* [1] swhs_req_src_we (wo, reset 0x0): Write enable for swhs_req_src. */
#define K210_DMAC_CH_SWHSSRC_SWHS_REQ_SRC_WE_SHIFT               1
#define K210_DMAC_CH_SWHSSRC_SWHS_REQ_SRC_WE_WIDTH               1
#define K210_DMAC_CH_SWHSSRC_SWHS_REQ_SRC_WE_MASK                0x1ull
/* [2] swhs_sglreq_src (rw, reset 0x0): Single transaction request. */
#define K210_DMAC_CH_SWHSSRC_SWHS_SGLREQ_SRC_SHIFT               2
#define K210_DMAC_CH_SWHSSRC_SWHS_SGLREQ_SRC_WIDTH               1
#define K210_DMAC_CH_SWHSSRC_SWHS_SGLREQ_SRC_MASK                0x1ull
/* [3] swhs_sglreq_src_we (wo, reset 0x0): Write enable for swhs_sglreq_src. */
#define K210_DMAC_CH_SWHSSRC_SWHS_SGLREQ_SRC_WE_SHIFT            3
#define K210_DMAC_CH_SWHSSRC_SWHS_SGLREQ_SRC_WE_WIDTH            1
#define K210_DMAC_CH_SWHSSRC_SWHS_SGLREQ_SRC_WE_MASK             0x1ull
/* [4] swhs_lst_src (rw, reset 0x0): Last transaction request. */
#define K210_DMAC_CH_SWHSSRC_SWHS_LST_SRC_SHIFT                  4
#define K210_DMAC_CH_SWHSSRC_SWHS_LST_SRC_WIDTH                  1
#define K210_DMAC_CH_SWHSSRC_SWHS_LST_SRC_MASK                   0x1ull
/* [5] swhs_lst_src_we (wo, reset 0x0): Write enable for swhs_lst_src. */
#define K210_DMAC_CH_SWHSSRC_SWHS_LST_SRC_WE_SHIFT               5
#define K210_DMAC_CH_SWHSSRC_SWHS_LST_SRC_WE_WIDTH               1
#define K210_DMAC_CH_SWHSSRC_SWHS_LST_SRC_WE_MASK                0x1ull

/*
 * swhsdst (offset 0x40, rw, reset 0x0): Software handshake, destination side. Each request bit
 * changes only when its _we bit is 1 in the same write. [S1 lib/drivers/include/dmac.h
 * dmac_ch_swhsdst_t]
 */
#define K210_DMAC_CH_SWHSDST_OFFSET                              0x40ull
#define K210_DMAC_CH_SWHSDST_RESET                               0x0ull
/* [0] swhs_req_dst (rw, reset 0x0): Burst transaction request. */
#define K210_DMAC_CH_SWHSDST_SWHS_REQ_DST_SHIFT                  0
#define K210_DMAC_CH_SWHSDST_SWHS_REQ_DST_WIDTH                  1
#define K210_DMAC_CH_SWHSDST_SWHS_REQ_DST_MASK                   0x1ull
/* [1] swhs_req_dst_we (wo, reset 0x0): Write enable for swhs_req_dst. */
#define K210_DMAC_CH_SWHSDST_SWHS_REQ_DST_WE_SHIFT               1
#define K210_DMAC_CH_SWHSDST_SWHS_REQ_DST_WE_WIDTH               1
#define K210_DMAC_CH_SWHSDST_SWHS_REQ_DST_WE_MASK                0x1ull
/* [2] swhs_sglreq_dst (rw, reset 0x0): Single transaction request. */
#define K210_DMAC_CH_SWHSDST_SWHS_SGLREQ_DST_SHIFT               2
#define K210_DMAC_CH_SWHSDST_SWHS_SGLREQ_DST_WIDTH               1
#define K210_DMAC_CH_SWHSDST_SWHS_SGLREQ_DST_MASK                0x1ull
/* [3] swhs_sglreq_dst_we (wo, reset 0x0): Write enable for swhs_sglreq_dst. */
#define K210_DMAC_CH_SWHSDST_SWHS_SGLREQ_DST_WE_SHIFT            3
#define K210_DMAC_CH_SWHSDST_SWHS_SGLREQ_DST_WE_WIDTH            1
#define K210_DMAC_CH_SWHSDST_SWHS_SGLREQ_DST_WE_MASK             0x1ull
/* [4] swhs_lst_dst (rw, reset 0x0): Last transaction request. */
#define K210_DMAC_CH_SWHSDST_SWHS_LST_DST_SHIFT                  4
#define K210_DMAC_CH_SWHSDST_SWHS_LST_DST_WIDTH                  1
#define K210_DMAC_CH_SWHSDST_SWHS_LST_DST_MASK                   0x1ull
/* [5] swhs_lst_dst_we (wo, reset 0x0): Write enable for swhs_lst_dst. */
#define K210_DMAC_CH_SWHSDST_SWHS_LST_DST_WE_SHIFT               5
#define K210_DMAC_CH_SWHSDST_SWHS_LST_DST_WE_WIDTH               1
#define K210_DMAC_CH_SWHSDST_SWHS_LST_DST_WE_MASK                0x1ull

/*
 * blk_tfr_resumereq (offset 0x48, wo, reset 0x0): Block transfer resume request (the SDK struct
 * member is named blk_tfr). [S1 lib/drivers/include/dmac.h dmac_ch_blk_tfr_resumereq_t]
 */
#define K210_DMAC_CH_BLK_TFR_RESUMEREQ_OFFSET                    0x48ull
#define K210_DMAC_CH_BLK_TFR_RESUMEREQ_RESET                     0x0ull
/* [0] blk_tfr_resumereq (wo, reset 0x0): Write 1 to resume a transfer stalled between blocks. */
#define K210_DMAC_CH_BLK_TFR_RESUMEREQ_BLK_TFR_RESUMEREQ_SHIFT   0
#define K210_DMAC_CH_BLK_TFR_RESUMEREQ_BLK_TFR_RESUMEREQ_WIDTH   1
#define K210_DMAC_CH_BLK_TFR_RESUMEREQ_BLK_TFR_RESUMEREQ_MASK    0x1ull

/*
 * axi_id (offset 0x50, rw, reset 0x0): AXI ID suffixes; fields not described by the SDK. [S1
 * lib/drivers/include/dmac.h dmac_channel_t]
 */
#define K210_DMAC_CH_AXI_ID_OFFSET                               0x50ull
#define K210_DMAC_CH_AXI_ID_RESET                                0x0ull

/*
 * axi_qos (offset 0x58, rw, reset 0x0): AXI QoS values; fields not described by the SDK. [S1
 * lib/drivers/include/dmac.h dmac_channel_t]
 */
#define K210_DMAC_CH_AXI_QOS_OFFSET                              0x58ull
#define K210_DMAC_CH_AXI_QOS_RESET                               0x0ull

/*
 * intstatus_en (offset 0x80, rw, reset 0x0): Enable recording of channel events in intstatus. The
 * SDK writes 0x2 (dma_tfr_done only). [S1 lib/drivers/include/dmac.h dmac_ch_intstatus_enable_t];
 * [S1 lib/drivers/dmac.c dmac_enable_channel_interrupt]
 */
#define K210_DMAC_CH_INTSTATUS_EN_OFFSET                         0x80ull
#define K210_DMAC_CH_INTSTATUS_EN_RESET                          0x0ull
/* [0] block_tfr_done (rw, reset 0x0): Block transfer done. */
#define K210_DMAC_CH_INTSTATUS_EN_BLOCK_TFR_DONE_SHIFT           0
#define K210_DMAC_CH_INTSTATUS_EN_BLOCK_TFR_DONE_WIDTH           1
#define K210_DMAC_CH_INTSTATUS_EN_BLOCK_TFR_DONE_MASK            0x1ull
/* [1] dma_tfr_done (rw, reset 0x0): Whole DMA transfer done (the SDK's completion test). */
#define K210_DMAC_CH_INTSTATUS_EN_DMA_TFR_DONE_SHIFT             1
#define K210_DMAC_CH_INTSTATUS_EN_DMA_TFR_DONE_WIDTH             1
#define K210_DMAC_CH_INTSTATUS_EN_DMA_TFR_DONE_MASK              0x1ull
/* [3] src_transcomp (rw, reset 0x0): Source transaction complete. */
#define K210_DMAC_CH_INTSTATUS_EN_SRC_TRANSCOMP_SHIFT            3
#define K210_DMAC_CH_INTSTATUS_EN_SRC_TRANSCOMP_WIDTH            1
#define K210_DMAC_CH_INTSTATUS_EN_SRC_TRANSCOMP_MASK             0x1ull
/* [4] dst_transcomp (rw, reset 0x0): Destination transaction complete. */
#define K210_DMAC_CH_INTSTATUS_EN_DST_TRANSCOMP_SHIFT            4
#define K210_DMAC_CH_INTSTATUS_EN_DST_TRANSCOMP_WIDTH            1
#define K210_DMAC_CH_INTSTATUS_EN_DST_TRANSCOMP_MASK             0x1ull
/* [5] src_dec_err (rw, reset 0x0): Source decode error. */
#define K210_DMAC_CH_INTSTATUS_EN_SRC_DEC_ERR_SHIFT              5
#define K210_DMAC_CH_INTSTATUS_EN_SRC_DEC_ERR_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_EN_SRC_DEC_ERR_MASK               0x1ull
/* [6] dst_dec_err (rw, reset 0x0): Destination decode error. */
#define K210_DMAC_CH_INTSTATUS_EN_DST_DEC_ERR_SHIFT              6
#define K210_DMAC_CH_INTSTATUS_EN_DST_DEC_ERR_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_EN_DST_DEC_ERR_MASK               0x1ull
/* [7] src_slv_err (rw, reset 0x0): Source slave error. */
#define K210_DMAC_CH_INTSTATUS_EN_SRC_SLV_ERR_SHIFT              7
#define K210_DMAC_CH_INTSTATUS_EN_SRC_SLV_ERR_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_EN_SRC_SLV_ERR_MASK               0x1ull
/* [8] dst_slv_err (rw, reset 0x0): Destination slave error. */
#define K210_DMAC_CH_INTSTATUS_EN_DST_SLV_ERR_SHIFT              8
#define K210_DMAC_CH_INTSTATUS_EN_DST_SLV_ERR_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_EN_DST_SLV_ERR_MASK               0x1ull
/* [9] lli_rd_dec_err (rw, reset 0x0): Linked-list item read decode error. */
#define K210_DMAC_CH_INTSTATUS_EN_LLI_RD_DEC_ERR_SHIFT           9
#define K210_DMAC_CH_INTSTATUS_EN_LLI_RD_DEC_ERR_WIDTH           1
#define K210_DMAC_CH_INTSTATUS_EN_LLI_RD_DEC_ERR_MASK            0x1ull
/* [10] lli_wr_dec_err (rw, reset 0x0): Linked-list item write decode error. */
#define K210_DMAC_CH_INTSTATUS_EN_LLI_WR_DEC_ERR_SHIFT           10
#define K210_DMAC_CH_INTSTATUS_EN_LLI_WR_DEC_ERR_WIDTH           1
#define K210_DMAC_CH_INTSTATUS_EN_LLI_WR_DEC_ERR_MASK            0x1ull
/* [11] lli_rd_slv_err (rw, reset 0x0): Linked-list item read slave error. */
#define K210_DMAC_CH_INTSTATUS_EN_LLI_RD_SLV_ERR_SHIFT           11
#define K210_DMAC_CH_INTSTATUS_EN_LLI_RD_SLV_ERR_WIDTH           1
#define K210_DMAC_CH_INTSTATUS_EN_LLI_RD_SLV_ERR_MASK            0x1ull
/* [12] lli_wr_slv_err (rw, reset 0x0): Linked-list item write slave error. */
#define K210_DMAC_CH_INTSTATUS_EN_LLI_WR_SLV_ERR_SHIFT           12
#define K210_DMAC_CH_INTSTATUS_EN_LLI_WR_SLV_ERR_WIDTH           1
#define K210_DMAC_CH_INTSTATUS_EN_LLI_WR_SLV_ERR_MASK            0x1ull

/*
 * intstatus (offset 0x88, ro, reset 0x0): Channel event status (enabled events only). Bit layout
 * taken from intstatus_en; the SDK tests bit 1 (dma_tfr_done). [S1 lib/drivers/dmac.c
 * dmac_is_done]; [S1 lib/drivers/include/dmac.h dmac_ch_intstatus_enable_t]
 */
#define K210_DMAC_CH_INTSTATUS_OFFSET                            0x88ull
#define K210_DMAC_CH_INTSTATUS_RESET                             0x0ull
/* [0] block_tfr_done (ro, reset 0x0): Block transfer done. */
#define K210_DMAC_CH_INTSTATUS_BLOCK_TFR_DONE_SHIFT              0
#define K210_DMAC_CH_INTSTATUS_BLOCK_TFR_DONE_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_BLOCK_TFR_DONE_MASK               0x1ull
/* [1] dma_tfr_done (ro, reset 0x0): Whole DMA transfer done (the SDK's completion test). */
#define K210_DMAC_CH_INTSTATUS_DMA_TFR_DONE_SHIFT                1
#define K210_DMAC_CH_INTSTATUS_DMA_TFR_DONE_WIDTH                1
#define K210_DMAC_CH_INTSTATUS_DMA_TFR_DONE_MASK                 0x1ull
/* [3] src_transcomp (ro, reset 0x0): Source transaction complete. */
#define K210_DMAC_CH_INTSTATUS_SRC_TRANSCOMP_SHIFT               3
#define K210_DMAC_CH_INTSTATUS_SRC_TRANSCOMP_WIDTH               1
#define K210_DMAC_CH_INTSTATUS_SRC_TRANSCOMP_MASK                0x1ull
/* [4] dst_transcomp (ro, reset 0x0): Destination transaction complete. */
#define K210_DMAC_CH_INTSTATUS_DST_TRANSCOMP_SHIFT               4
#define K210_DMAC_CH_INTSTATUS_DST_TRANSCOMP_WIDTH               1
#define K210_DMAC_CH_INTSTATUS_DST_TRANSCOMP_MASK                0x1ull
/* [5] src_dec_err (ro, reset 0x0): Source decode error. */
#define K210_DMAC_CH_INTSTATUS_SRC_DEC_ERR_SHIFT                 5
#define K210_DMAC_CH_INTSTATUS_SRC_DEC_ERR_WIDTH                 1
#define K210_DMAC_CH_INTSTATUS_SRC_DEC_ERR_MASK                  0x1ull
/* [6] dst_dec_err (ro, reset 0x0): Destination decode error. */
#define K210_DMAC_CH_INTSTATUS_DST_DEC_ERR_SHIFT                 6
#define K210_DMAC_CH_INTSTATUS_DST_DEC_ERR_WIDTH                 1
#define K210_DMAC_CH_INTSTATUS_DST_DEC_ERR_MASK                  0x1ull
/* [7] src_slv_err (ro, reset 0x0): Source slave error. */
#define K210_DMAC_CH_INTSTATUS_SRC_SLV_ERR_SHIFT                 7
#define K210_DMAC_CH_INTSTATUS_SRC_SLV_ERR_WIDTH                 1
#define K210_DMAC_CH_INTSTATUS_SRC_SLV_ERR_MASK                  0x1ull
/* [8] dst_slv_err (ro, reset 0x0): Destination slave error. */
#define K210_DMAC_CH_INTSTATUS_DST_SLV_ERR_SHIFT                 8
#define K210_DMAC_CH_INTSTATUS_DST_SLV_ERR_WIDTH                 1
#define K210_DMAC_CH_INTSTATUS_DST_SLV_ERR_MASK                  0x1ull
/* [9] lli_rd_dec_err (ro, reset 0x0): Linked-list item read decode error. */
#define K210_DMAC_CH_INTSTATUS_LLI_RD_DEC_ERR_SHIFT              9
#define K210_DMAC_CH_INTSTATUS_LLI_RD_DEC_ERR_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_LLI_RD_DEC_ERR_MASK               0x1ull
/* [10] lli_wr_dec_err (ro, reset 0x0): Linked-list item write decode error. */
#define K210_DMAC_CH_INTSTATUS_LLI_WR_DEC_ERR_SHIFT              10
#define K210_DMAC_CH_INTSTATUS_LLI_WR_DEC_ERR_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_LLI_WR_DEC_ERR_MASK               0x1ull
/* [11] lli_rd_slv_err (ro, reset 0x0): Linked-list item read slave error. */
#define K210_DMAC_CH_INTSTATUS_LLI_RD_SLV_ERR_SHIFT              11
#define K210_DMAC_CH_INTSTATUS_LLI_RD_SLV_ERR_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_LLI_RD_SLV_ERR_MASK               0x1ull
/* [12] lli_wr_slv_err (ro, reset 0x0): Linked-list item write slave error. */
#define K210_DMAC_CH_INTSTATUS_LLI_WR_SLV_ERR_SHIFT              12
#define K210_DMAC_CH_INTSTATUS_LLI_WR_SLV_ERR_WIDTH              1
#define K210_DMAC_CH_INTSTATUS_LLI_WR_SLV_ERR_MASK               0x1ull

/*
 * intsignal_en (offset 0x90, rw, reset 0x0): Enable propagation of channel events to the interrupt
 * output. Bit layout taken from intstatus_en. [S1 lib/drivers/include/dmac.h dmac_channel_t]; [S1
 * lib/drivers/include/dmac.h dmac_ch_intstatus_enable_t]
 */
#define K210_DMAC_CH_INTSIGNAL_EN_OFFSET                         0x90ull
#define K210_DMAC_CH_INTSIGNAL_EN_RESET                          0x0ull
/* [0] block_tfr_done (rw, reset 0x0): Block transfer done. */
#define K210_DMAC_CH_INTSIGNAL_EN_BLOCK_TFR_DONE_SHIFT           0
#define K210_DMAC_CH_INTSIGNAL_EN_BLOCK_TFR_DONE_WIDTH           1
#define K210_DMAC_CH_INTSIGNAL_EN_BLOCK_TFR_DONE_MASK            0x1ull
/* [1] dma_tfr_done (rw, reset 0x0): Whole DMA transfer done (the SDK's completion test). */
#define K210_DMAC_CH_INTSIGNAL_EN_DMA_TFR_DONE_SHIFT             1
#define K210_DMAC_CH_INTSIGNAL_EN_DMA_TFR_DONE_WIDTH             1
#define K210_DMAC_CH_INTSIGNAL_EN_DMA_TFR_DONE_MASK              0x1ull
/* [3] src_transcomp (rw, reset 0x0): Source transaction complete. */
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_TRANSCOMP_SHIFT            3
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_TRANSCOMP_WIDTH            1
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_TRANSCOMP_MASK             0x1ull
/* [4] dst_transcomp (rw, reset 0x0): Destination transaction complete. */
#define K210_DMAC_CH_INTSIGNAL_EN_DST_TRANSCOMP_SHIFT            4
#define K210_DMAC_CH_INTSIGNAL_EN_DST_TRANSCOMP_WIDTH            1
#define K210_DMAC_CH_INTSIGNAL_EN_DST_TRANSCOMP_MASK             0x1ull
/* [5] src_dec_err (rw, reset 0x0): Source decode error. */
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_DEC_ERR_SHIFT              5
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_DEC_ERR_WIDTH              1
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_DEC_ERR_MASK               0x1ull
/* [6] dst_dec_err (rw, reset 0x0): Destination decode error. */
#define K210_DMAC_CH_INTSIGNAL_EN_DST_DEC_ERR_SHIFT              6
#define K210_DMAC_CH_INTSIGNAL_EN_DST_DEC_ERR_WIDTH              1
#define K210_DMAC_CH_INTSIGNAL_EN_DST_DEC_ERR_MASK               0x1ull
/* [7] src_slv_err (rw, reset 0x0): Source slave error. */
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_SLV_ERR_SHIFT              7
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_SLV_ERR_WIDTH              1
#define K210_DMAC_CH_INTSIGNAL_EN_SRC_SLV_ERR_MASK               0x1ull
/* [8] dst_slv_err (rw, reset 0x0): Destination slave error. */
#define K210_DMAC_CH_INTSIGNAL_EN_DST_SLV_ERR_SHIFT              8
#define K210_DMAC_CH_INTSIGNAL_EN_DST_SLV_ERR_WIDTH              1
#define K210_DMAC_CH_INTSIGNAL_EN_DST_SLV_ERR_MASK               0x1ull
/* [9] lli_rd_dec_err (rw, reset 0x0): Linked-list item read decode error. */
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_RD_DEC_ERR_SHIFT           9
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_RD_DEC_ERR_WIDTH           1
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_RD_DEC_ERR_MASK            0x1ull
/* [10] lli_wr_dec_err (rw, reset 0x0): Linked-list item write decode error. */
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_WR_DEC_ERR_SHIFT           10
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_WR_DEC_ERR_WIDTH           1
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_WR_DEC_ERR_MASK            0x1ull
/* [11] lli_rd_slv_err (rw, reset 0x0): Linked-list item read slave error. */
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_RD_SLV_ERR_SHIFT           11
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_RD_SLV_ERR_WIDTH           1
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_RD_SLV_ERR_MASK            0x1ull
/* [12] lli_wr_slv_err (rw, reset 0x0): Linked-list item write slave error. */
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_WR_SLV_ERR_SHIFT           12
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_WR_SLV_ERR_WIDTH           1
#define K210_DMAC_CH_INTSIGNAL_EN_LLI_WR_SLV_ERR_MASK            0x1ull

/*
 * intclear (offset 0x98, w1c, reset 0x0): Write 1 to clear the matching intstatus bit. The SDK
 * writes 0xffffffff. Bit layout taken from intstatus_en (the SDK names bits 0 and 1). [S1
 * lib/drivers/include/dmac.h dmac_ch_intclear_t]; [S1 lib/drivers/dmac.c
 * dmac_channel_interrupt_clear]
 */
#define K210_DMAC_CH_INTCLEAR_OFFSET                             0x98ull
#define K210_DMAC_CH_INTCLEAR_RESET                              0x0ull
/* [0] block_tfr_done (w1c, reset 0x0): Block transfer done. */
#define K210_DMAC_CH_INTCLEAR_BLOCK_TFR_DONE_SHIFT               0
#define K210_DMAC_CH_INTCLEAR_BLOCK_TFR_DONE_WIDTH               1
#define K210_DMAC_CH_INTCLEAR_BLOCK_TFR_DONE_MASK                0x1ull
/* [1] dma_tfr_done (w1c, reset 0x0): Whole DMA transfer done (the SDK's completion test). */
#define K210_DMAC_CH_INTCLEAR_DMA_TFR_DONE_SHIFT                 1
#define K210_DMAC_CH_INTCLEAR_DMA_TFR_DONE_WIDTH                 1
#define K210_DMAC_CH_INTCLEAR_DMA_TFR_DONE_MASK                  0x1ull
/* [3] src_transcomp (w1c, reset 0x0): Source transaction complete. */
#define K210_DMAC_CH_INTCLEAR_SRC_TRANSCOMP_SHIFT                3
#define K210_DMAC_CH_INTCLEAR_SRC_TRANSCOMP_WIDTH                1
#define K210_DMAC_CH_INTCLEAR_SRC_TRANSCOMP_MASK                 0x1ull
/* [4] dst_transcomp (w1c, reset 0x0): Destination transaction complete. */
#define K210_DMAC_CH_INTCLEAR_DST_TRANSCOMP_SHIFT                4
#define K210_DMAC_CH_INTCLEAR_DST_TRANSCOMP_WIDTH                1
#define K210_DMAC_CH_INTCLEAR_DST_TRANSCOMP_MASK                 0x1ull
/* [5] src_dec_err (w1c, reset 0x0): Source decode error. */
#define K210_DMAC_CH_INTCLEAR_SRC_DEC_ERR_SHIFT                  5
#define K210_DMAC_CH_INTCLEAR_SRC_DEC_ERR_WIDTH                  1
#define K210_DMAC_CH_INTCLEAR_SRC_DEC_ERR_MASK                   0x1ull
/* [6] dst_dec_err (w1c, reset 0x0): Destination decode error. */
#define K210_DMAC_CH_INTCLEAR_DST_DEC_ERR_SHIFT                  6
#define K210_DMAC_CH_INTCLEAR_DST_DEC_ERR_WIDTH                  1
#define K210_DMAC_CH_INTCLEAR_DST_DEC_ERR_MASK                   0x1ull
/* [7] src_slv_err (w1c, reset 0x0): Source slave error. */
#define K210_DMAC_CH_INTCLEAR_SRC_SLV_ERR_SHIFT                  7
#define K210_DMAC_CH_INTCLEAR_SRC_SLV_ERR_WIDTH                  1
#define K210_DMAC_CH_INTCLEAR_SRC_SLV_ERR_MASK                   0x1ull
/* [8] dst_slv_err (w1c, reset 0x0): Destination slave error. */
#define K210_DMAC_CH_INTCLEAR_DST_SLV_ERR_SHIFT                  8
#define K210_DMAC_CH_INTCLEAR_DST_SLV_ERR_WIDTH                  1
#define K210_DMAC_CH_INTCLEAR_DST_SLV_ERR_MASK                   0x1ull
/* [9] lli_rd_dec_err (w1c, reset 0x0): Linked-list item read decode error. */
#define K210_DMAC_CH_INTCLEAR_LLI_RD_DEC_ERR_SHIFT               9
#define K210_DMAC_CH_INTCLEAR_LLI_RD_DEC_ERR_WIDTH               1
#define K210_DMAC_CH_INTCLEAR_LLI_RD_DEC_ERR_MASK                0x1ull
/* [10] lli_wr_dec_err (w1c, reset 0x0): Linked-list item write decode error. */
#define K210_DMAC_CH_INTCLEAR_LLI_WR_DEC_ERR_SHIFT               10
#define K210_DMAC_CH_INTCLEAR_LLI_WR_DEC_ERR_WIDTH               1
#define K210_DMAC_CH_INTCLEAR_LLI_WR_DEC_ERR_MASK                0x1ull
/* [11] lli_rd_slv_err (w1c, reset 0x0): Linked-list item read slave error. */
#define K210_DMAC_CH_INTCLEAR_LLI_RD_SLV_ERR_SHIFT               11
#define K210_DMAC_CH_INTCLEAR_LLI_RD_SLV_ERR_WIDTH               1
#define K210_DMAC_CH_INTCLEAR_LLI_RD_SLV_ERR_MASK                0x1ull
/* [12] lli_wr_slv_err (w1c, reset 0x0): Linked-list item write slave error. */
#define K210_DMAC_CH_INTCLEAR_LLI_WR_SLV_ERR_SHIFT               12
#define K210_DMAC_CH_INTCLEAR_LLI_WR_SLV_ERR_WIDTH               1
#define K210_DMAC_CH_INTCLEAR_LLI_WR_SLV_ERR_MASK                0x1ull

/*
 * X-macro table of the per-channel registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the
 * tokens RW, RO, WO, W1C.
 */
#define K210_DMAC_CH_REG_LIST(X)                                 \
    X(SAR, 0x00ull, RW, 0x0ull) \
    X(DAR, 0x08ull, RW, 0x0ull) \
    X(BLOCK_TS, 0x10ull, RW, 0x0ull) \
    X(CTL, 0x18ull, RW, 0x0ull) \
    X(CFG, 0x20ull, RW, 0x0ull) \
    X(LLP, 0x28ull, RW, 0x0ull) \
    X(STATUS, 0x30ull, RO, 0x0ull) \
    X(SWHSSRC, 0x38ull, RW, 0x0ull) \
    X(SWHSDST, 0x40ull, RW, 0x0ull) \
    X(BLK_TFR_RESUMEREQ, 0x48ull, WO, 0x0ull) \
    X(AXI_ID, 0x50ull, RW, 0x0ull) \
    X(AXI_QOS, 0x58ull, RW, 0x0ull) \
    X(INTSTATUS_EN, 0x80ull, RW, 0x0ull) \
    X(INTSTATUS, 0x88ull, RO, 0x0ull) \
    X(INTSIGNAL_EN, 0x90ull, RW, 0x0ull) \
    X(INTCLEAR, 0x98ull, W1C, 0x0ull)

/*
 * enum tr_width: Transfer element width (ctl.src_tr_width, ctl.dst_tr_width). [S1
 * lib/drivers/include/dmac.h dmac_transfer_width_t]
 */
#define K210_DMAC_TR_WIDTH_8                                     0    /* 8-bit elements */
#define K210_DMAC_TR_WIDTH_16                                    1    /* 16-bit elements */
#define K210_DMAC_TR_WIDTH_32                                    2    /* 32-bit elements */
#define K210_DMAC_TR_WIDTH_64                                    3    /* 64-bit elements */
#define K210_DMAC_TR_WIDTH_128                                   4    /* 128-bit elements */
#define K210_DMAC_TR_WIDTH_256                                   5    /* 256-bit elements */

/*
 * enum msize: Burst transaction length in elements (ctl.src_msize, ctl.dst_msize). [S1
 * lib/drivers/include/dmac.h dmac_burst_trans_length_t]
 */
#define K210_DMAC_MSIZE_1                                        0    /* 1 element per burst */
#define K210_DMAC_MSIZE_4                                        1    /* 4 elements per burst */
#define K210_DMAC_MSIZE_8                                        2    /* 8 elements per burst */
#define K210_DMAC_MSIZE_16                                       3    /* 16 elements per burst */
#define K210_DMAC_MSIZE_32                                       4    /* 32 elements per burst */
#define K210_DMAC_MSIZE_64                                       5    /* 64 elements per burst */
#define K210_DMAC_MSIZE_128                                      6    /* 128 elements per burst */
#define K210_DMAC_MSIZE_256                                      7    /* 256 elements per burst */

/*
 * enum addr_inc: Address update after each element (ctl.sinc, ctl.dinc). [S1
 * lib/drivers/include/dmac.h dmac_address_increment_t]
 */
#define K210_DMAC_ADDR_INC_INCREMENT                             0    /* address advances by the element size */
#define K210_DMAC_ADDR_INC_NOCHANGE                              1    /* address stays fixed (peripheral FIFO) */

/*
 * enum master: AXI master interface used for the source or destination (ctl.sms, ctl.dms). [S1
 * lib/drivers/include/dmac.h dmac_master_number_t]
 */
#define K210_DMAC_MASTER_1                                       0    /* AXI master 1 */
#define K210_DMAC_MASTER_2                                       1    /* AXI master 2 */

/*
 * enum tt_fc: Transfer type and flow controller (cfg.tt_fc). [S1 lib/drivers/include/dmac.h
 * dmac_transfer_flow_t]
 */
#define K210_DMAC_TT_FC_MEM2MEM_DMA                              0    /* memory to memory, DMAC controls the flow */
#define K210_DMAC_TT_FC_MEM2PRF_DMA                              1    /* memory to peripheral, DMAC controls the flow */
#define K210_DMAC_TT_FC_PRF2MEM_DMA                              2    /* peripheral to memory, DMAC controls the flow */
#define K210_DMAC_TT_FC_PRF2PRF_DMA                              3    /* peripheral to peripheral, DMAC controls the flow */
#define K210_DMAC_TT_FC_PRF2MEM_PRF                              4    /* peripheral to memory, source peripheral controls the flow */
#define K210_DMAC_TT_FC_PRF2PRF_SRCPRF                           5    /* peripheral to peripheral, source peripheral controls the flow */
#define K210_DMAC_TT_FC_MEM2PRF_PRF                              6    /* memory to peripheral, destination peripheral controls the flow */
#define K210_DMAC_TT_FC_PRF2PRF_DSTPRF                           7    /* peripheral to peripheral, destination peripheral controls the flow */

/*
 * enum hs_sel: Handshake kind (cfg.hs_sel_src, cfg.hs_sel_dst). The SDK uses software handshake for
 * memory and hardware handshake for peripherals. [S1 lib/drivers/include/dmac.h
 * dmac_sw_hw_hs_select_t]; [S1 lib/drivers/dmac.c dmac_set_channel_param]
 */
#define K210_DMAC_HS_SEL_HARDWARE                                0    /* hardware handshake (peripheral request line) */
#define K210_DMAC_HS_SEL_SOFTWARE                                1    /* software handshake */

/*
 * enum hwhs_pol: Hardware handshake polarity (cfg.src_hwhs_pol, cfg.dst_hwhs_pol). [S1
 * lib/drivers/include/dmac.h dmac_polarity_level_t]
 */
#define K210_DMAC_HWHS_POL_ACTIVE_HIGH                           0    /* request active high */
#define K210_DMAC_HWHS_POL_ACTIVE_LOW                            1    /* request active low */

/*
 * enum multblk_type: Multi-block transfer type (cfg.src_multblk_type, cfg.dst_multblk_type). [S1
 * lib/drivers/include/dmac.h dmac_multiblk_transfer_type_t]
 */
#define K210_DMAC_MULTBLK_TYPE_CONTIGUOUS                        0    /* contiguous blocks */
#define K210_DMAC_MULTBLK_TYPE_RELOAD                            1    /* address reloaded for each block */
#define K210_DMAC_MULTBLK_TYPE_SHADOW_REGISTER                   2    /* shadow-register based */
#define K210_DMAC_MULTBLK_TYPE_LINKED_LIST                       3    /* linked-list based */

#endif /* K210_DMAC_REGS_H_ */
