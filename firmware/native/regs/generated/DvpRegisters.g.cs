// DvpRegisters.g.cs -- DVP (camera interface) and its SCCB master
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/dvp.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// DVP (camera interface) and its SCCB master. Digital video port: takes 8-bit pixels from the
    /// sensor and writes an RGB565 display buffer and/or three planar 8-bit R, G, B (AI) buffers;
    /// also the sensor's XCLK, reset and power-down lines and an SCCB master. 32-bit registers. [S1
    /// lib/drivers/include/dvp.h dvp_t]; [S1 lib/bsp/include/platform.h DVP_BASE_ADDR]
    /// </summary>
    public static class DvpRegisters
    {
        /// <summary>Physical base address of the dvp block.</summary>
        public const ulong Base = 0x50430000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>dvp_cfg offset (rw): Capture configuration: interrupts, outputs, pixel format, line length and line count.</summary>
        public const ulong DvpCfgOffset = 0x00UL;

        /// <summary>dvp_cfg reset value.</summary>
        public const ulong DvpCfgReset = 0x0UL;

        /// <summary>Bit position of dvp_cfg.start_int_enable [0] (rw): Frame-start interrupt enable.</summary>
        public const int DvpCfgStartIntEnableShift = 0;

        /// <summary>Width in bits of dvp_cfg.start_int_enable.</summary>
        public const int DvpCfgStartIntEnableWidth = 1;

        /// <summary>Unshifted mask of dvp_cfg.start_int_enable.</summary>
        public const ulong DvpCfgStartIntEnableMask = 0x1UL;

        /// <summary>Bit position of dvp_cfg.finish_int_enable [1] (rw): Frame-finish interrupt enable.</summary>
        public const int DvpCfgFinishIntEnableShift = 1;

        /// <summary>Width in bits of dvp_cfg.finish_int_enable.</summary>
        public const int DvpCfgFinishIntEnableWidth = 1;

        /// <summary>Unshifted mask of dvp_cfg.finish_int_enable.</summary>
        public const ulong DvpCfgFinishIntEnableMask = 0x1UL;

        /// <summary>Bit position of dvp_cfg.ai_output_enable [2] (rw): 1 = write the planar R, G, B buffers (r_addr, g_addr, b_addr).</summary>
        public const int DvpCfgAiOutputEnableShift = 2;

        /// <summary>Width in bits of dvp_cfg.ai_output_enable.</summary>
        public const int DvpCfgAiOutputEnableWidth = 1;

        /// <summary>Unshifted mask of dvp_cfg.ai_output_enable.</summary>
        public const ulong DvpCfgAiOutputEnableMask = 0x1UL;

        /// <summary>Bit position of dvp_cfg.display_output_enable [3] (rw): 1 = write the RGB565 buffer (rgb_addr).</summary>
        public const int DvpCfgDisplayOutputEnableShift = 3;

        /// <summary>Width in bits of dvp_cfg.display_output_enable.</summary>
        public const int DvpCfgDisplayOutputEnableWidth = 1;

        /// <summary>Unshifted mask of dvp_cfg.display_output_enable.</summary>
        public const ulong DvpCfgDisplayOutputEnableMask = 0x1UL;

        /// <summary>Bit position of dvp_cfg.auto_enable [4] (rw): 1 = start every frame automatically.</summary>
        public const int DvpCfgAutoEnableShift = 4;

        /// <summary>Width in bits of dvp_cfg.auto_enable.</summary>
        public const int DvpCfgAutoEnableWidth = 1;

        /// <summary>Unshifted mask of dvp_cfg.auto_enable.</summary>
        public const ulong DvpCfgAutoEnableMask = 0x1UL;

        /// <summary>Bit position of dvp_cfg.burst_size_4beats [8] (rw): 1 = 4-beat AXI bursts (then set axi gm_mlen to 4 bytes).</summary>
        public const int DvpCfgBurstSize4beatsShift = 8;

        /// <summary>Width in bits of dvp_cfg.burst_size_4beats.</summary>
        public const int DvpCfgBurstSize4beatsWidth = 1;

        /// <summary>Unshifted mask of dvp_cfg.burst_size_4beats.</summary>
        public const ulong DvpCfgBurstSize4beatsMask = 0x1UL;

        /// <summary>Bit position of dvp_cfg.format [10:9] (rw): Sensor pixel format.</summary>
        public const int DvpCfgFormatShift = 9;

        /// <summary>Width in bits of dvp_cfg.format.</summary>
        public const int DvpCfgFormatWidth = 2;

        /// <summary>Unshifted mask of dvp_cfg.format.</summary>
        public const ulong DvpCfgFormatMask = 0x3UL;

        /// <summary>Bit position of dvp_cfg.href_burst_num [19:12] (rw): Bursts per line: width / 8 / (4 when burst_size_4beats, else 1).</summary>
        public const int DvpCfgHrefBurstNumShift = 12;

        /// <summary>Width in bits of dvp_cfg.href_burst_num.</summary>
        public const int DvpCfgHrefBurstNumWidth = 8;

        /// <summary>Unshifted mask of dvp_cfg.href_burst_num.</summary>
        public const ulong DvpCfgHrefBurstNumMask = 0xFFUL;

        /// <summary>Bit position of dvp_cfg.line_num [29:20] (rw): Lines per frame.</summary>
        public const int DvpCfgLineNumShift = 20;

        /// <summary>Width in bits of dvp_cfg.line_num.</summary>
        public const int DvpCfgLineNumWidth = 10;

        /// <summary>Unshifted mask of dvp_cfg.line_num.</summary>
        public const ulong DvpCfgLineNumMask = 0x3FFUL;

        /// <summary>r_addr offset (rw): Bus address of the planar R (AI) buffer; the SDK requires a non-cached address.</summary>
        public const ulong RAddrOffset = 0x04UL;

        /// <summary>r_addr reset value.</summary>
        public const ulong RAddrReset = 0x0UL;

        /// <summary>g_addr offset (rw): Bus address of the planar G buffer.</summary>
        public const ulong GAddrOffset = 0x08UL;

        /// <summary>g_addr reset value.</summary>
        public const ulong GAddrReset = 0x0UL;

        /// <summary>b_addr offset (rw): Bus address of the planar B buffer.</summary>
        public const ulong BAddrOffset = 0x0CUL;

        /// <summary>b_addr reset value.</summary>
        public const ulong BAddrReset = 0x0UL;

        /// <summary>cmos_cfg offset (rw): Sensor clock and control lines.</summary>
        public const ulong CmosCfgOffset = 0x10UL;

        /// <summary>cmos_cfg reset value.</summary>
        public const ulong CmosCfgReset = 0x0UL;

        /// <summary>Bit position of cmos_cfg.clk_div [7:0] (rw): XCLK = APB1 / ((clk_div + 1) * 2).</summary>
        public const int CmosCfgClkDivShift = 0;

        /// <summary>Width in bits of cmos_cfg.clk_div.</summary>
        public const int CmosCfgClkDivWidth = 8;

        /// <summary>Unshifted mask of cmos_cfg.clk_div.</summary>
        public const ulong CmosCfgClkDivMask = 0xFFUL;

        /// <summary>Bit position of cmos_cfg.clk_enable [8] (rw): 1 = XCLK running.</summary>
        public const int CmosCfgClkEnableShift = 8;

        /// <summary>Width in bits of cmos_cfg.clk_enable.</summary>
        public const int CmosCfgClkEnableWidth = 1;

        /// <summary>Unshifted mask of cmos_cfg.clk_enable.</summary>
        public const ulong CmosCfgClkEnableMask = 0x1UL;

        /// <summary>Bit position of cmos_cfg.reset [16] (rw): Sensor RESET line level (0 = reset asserted on the SDK's OV2640 boards).</summary>
        public const int CmosCfgResetShift = 16;

        /// <summary>Width in bits of cmos_cfg.reset.</summary>
        public const int CmosCfgResetWidth = 1;

        /// <summary>Unshifted mask of cmos_cfg.reset.</summary>
        public const ulong CmosCfgResetMask = 0x1UL;

        /// <summary>Bit position of cmos_cfg.power_down [24] (rw): Sensor PWDN line level (1 = powered down).</summary>
        public const int CmosCfgPowerDownShift = 24;

        /// <summary>Width in bits of cmos_cfg.power_down.</summary>
        public const int CmosCfgPowerDownWidth = 1;

        /// <summary>Unshifted mask of cmos_cfg.power_down.</summary>
        public const ulong CmosCfgPowerDownMask = 0x1UL;

        /// <summary>sccb_cfg offset (rw): SCCB (camera I2C) configuration and read data.</summary>
        public const ulong SccbCfgOffset = 0x14UL;

        /// <summary>sccb_cfg reset value.</summary>
        public const ulong SccbCfgReset = 0x0UL;

        /// <summary>Bit position of sccb_cfg.byte_num [1:0] (rw): Bytes in the next transaction: 1 = 2, 2 = 3, 3 = 4.</summary>
        public const int SccbCfgByteNumShift = 0;

        /// <summary>Width in bits of sccb_cfg.byte_num.</summary>
        public const int SccbCfgByteNumWidth = 2;

        /// <summary>Unshifted mask of sccb_cfg.byte_num.</summary>
        public const ulong SccbCfgByteNumMask = 0x3UL;

        /// <summary>Bit position of sccb_cfg.scl_lcnt [15:8] (rw): SCL low time in APB1 clocks.</summary>
        public const int SccbCfgSclLcntShift = 8;

        /// <summary>Width in bits of sccb_cfg.scl_lcnt.</summary>
        public const int SccbCfgSclLcntWidth = 8;

        /// <summary>Unshifted mask of sccb_cfg.scl_lcnt.</summary>
        public const ulong SccbCfgSclLcntMask = 0xFFUL;

        /// <summary>Bit position of sccb_cfg.scl_hcnt [23:16] (rw): SCL high time in APB1 clocks.</summary>
        public const int SccbCfgSclHcntShift = 16;

        /// <summary>Width in bits of sccb_cfg.scl_hcnt.</summary>
        public const int SccbCfgSclHcntWidth = 8;

        /// <summary>Unshifted mask of sccb_cfg.scl_hcnt.</summary>
        public const ulong SccbCfgSclHcntMask = 0xFFUL;

        /// <summary>Bit position of sccb_cfg.rdata_byte [31:24] (ro): Byte read by the last read transaction.</summary>
        public const int SccbCfgRdataByteShift = 24;

        /// <summary>Width in bits of sccb_cfg.rdata_byte.</summary>
        public const int SccbCfgRdataByteWidth = 8;

        /// <summary>Unshifted mask of sccb_cfg.rdata_byte.</summary>
        public const ulong SccbCfgRdataByteMask = 0xFFUL;

        /// <summary>sccb_ctl offset (rw): SCCB transaction: device address (bit 0 = 1 also marks a write-phase with data), register address, data bytes.</summary>
        public const ulong SccbCtlOffset = 0x18UL;

        /// <summary>sccb_ctl reset value.</summary>
        public const ulong SccbCtlReset = 0x0UL;

        /// <summary>Bit position of sccb_ctl.device_address [7:0] (rw): 8-bit device address; the SDK ORs in write_data_enable (bit 0).</summary>
        public const int SccbCtlDeviceAddressShift = 0;

        /// <summary>Width in bits of sccb_ctl.device_address.</summary>
        public const int SccbCtlDeviceAddressWidth = 8;

        /// <summary>Unshifted mask of sccb_ctl.device_address.</summary>
        public const ulong SccbCtlDeviceAddressMask = 0xFFUL;

        /// <summary>Bit position of sccb_ctl.reg_address [15:8] (rw): Register address (high byte for 16-bit registers).</summary>
        public const int SccbCtlRegAddressShift = 8;

        /// <summary>Width in bits of sccb_ctl.reg_address.</summary>
        public const int SccbCtlRegAddressWidth = 8;

        /// <summary>Unshifted mask of sccb_ctl.reg_address.</summary>
        public const ulong SccbCtlRegAddressMask = 0xFFUL;

        /// <summary>Bit position of sccb_ctl.wdata_byte0 [23:16] (rw): Data byte (or register low byte for 16-bit registers).</summary>
        public const int SccbCtlWdataByte0Shift = 16;

        /// <summary>Width in bits of sccb_ctl.wdata_byte0.</summary>
        public const int SccbCtlWdataByte0Width = 8;

        /// <summary>Unshifted mask of sccb_ctl.wdata_byte0.</summary>
        public const ulong SccbCtlWdataByte0Mask = 0xFFUL;

        /// <summary>Bit position of sccb_ctl.wdata_byte1 [31:24] (rw): Second data byte (16-bit registers).</summary>
        public const int SccbCtlWdataByte1Shift = 24;

        /// <summary>Width in bits of sccb_ctl.wdata_byte1.</summary>
        public const int SccbCtlWdataByte1Width = 8;

        /// <summary>Unshifted mask of sccb_ctl.wdata_byte1.</summary>
        public const ulong SccbCtlWdataByte1Mask = 0xFFUL;

        /// <summary>axi offset (rw): AXI master burst length.</summary>
        public const ulong AxiOffset = 0x1CUL;

        /// <summary>axi reset value.</summary>
        public const ulong AxiReset = 0x0UL;

        /// <summary>Bit position of axi.gm_mlen [7:0] (rw): 0 = 1 byte, 3 = 4 bytes per beat group.</summary>
        public const int AxiGmMlenShift = 0;

        /// <summary>Width in bits of axi.gm_mlen.</summary>
        public const int AxiGmMlenWidth = 8;

        /// <summary>Unshifted mask of axi.gm_mlen.</summary>
        public const ulong AxiGmMlenMask = 0xFFUL;

        /// <summary>sts offset (rw): Status and control: each flag has a write-enable bit beside it; writing flag + WE sets or clears it (frame flags: write 1 to clear).</summary>
        public const ulong StsOffset = 0x20UL;

        /// <summary>sts reset value.</summary>
        public const ulong StsReset = 0x0UL;

        /// <summary>Bit position of sts.frame_start [0] (rw): A frame started.</summary>
        public const int StsFrameStartShift = 0;

        /// <summary>Width in bits of sts.frame_start.</summary>
        public const int StsFrameStartWidth = 1;

        /// <summary>Unshifted mask of sts.frame_start.</summary>
        public const ulong StsFrameStartMask = 0x1UL;

        /// <summary>Bit position of sts.frame_start_we [1] (rw): Write enable of frame_start.</summary>
        public const int StsFrameStartWeShift = 1;

        /// <summary>Width in bits of sts.frame_start_we.</summary>
        public const int StsFrameStartWeWidth = 1;

        /// <summary>Unshifted mask of sts.frame_start_we.</summary>
        public const ulong StsFrameStartWeMask = 0x1UL;

        /// <summary>Bit position of sts.frame_finish [8] (rw): The frame is in memory.</summary>
        public const int StsFrameFinishShift = 8;

        /// <summary>Width in bits of sts.frame_finish.</summary>
        public const int StsFrameFinishWidth = 1;

        /// <summary>Unshifted mask of sts.frame_finish.</summary>
        public const ulong StsFrameFinishMask = 0x1UL;

        /// <summary>Bit position of sts.frame_finish_we [9] (rw): Write enable of frame_finish.</summary>
        public const int StsFrameFinishWeShift = 9;

        /// <summary>Width in bits of sts.frame_finish_we.</summary>
        public const int StsFrameFinishWeWidth = 1;

        /// <summary>Unshifted mask of sts.frame_finish_we.</summary>
        public const ulong StsFrameFinishWeMask = 0x1UL;

        /// <summary>Bit position of sts.dvp_en [16] (rw): Capture of the current frame enabled.</summary>
        public const int StsDvpEnShift = 16;

        /// <summary>Width in bits of sts.dvp_en.</summary>
        public const int StsDvpEnWidth = 1;

        /// <summary>Unshifted mask of sts.dvp_en.</summary>
        public const ulong StsDvpEnMask = 0x1UL;

        /// <summary>Bit position of sts.dvp_en_we [17] (rw): Write enable of dvp_en.</summary>
        public const int StsDvpEnWeShift = 17;

        /// <summary>Width in bits of sts.dvp_en_we.</summary>
        public const int StsDvpEnWeWidth = 1;

        /// <summary>Unshifted mask of sts.dvp_en_we.</summary>
        public const ulong StsDvpEnWeMask = 0x1UL;

        /// <summary>Bit position of sts.sccb_en [24] (rw): Writing 1 starts an SCCB transaction; reads 1 while it runs.</summary>
        public const int StsSccbEnShift = 24;

        /// <summary>Width in bits of sts.sccb_en.</summary>
        public const int StsSccbEnWidth = 1;

        /// <summary>Unshifted mask of sts.sccb_en.</summary>
        public const ulong StsSccbEnMask = 0x1UL;

        /// <summary>Bit position of sts.sccb_en_we [25] (rw): Write enable of sccb_en.</summary>
        public const int StsSccbEnWeShift = 25;

        /// <summary>Width in bits of sts.sccb_en_we.</summary>
        public const int StsSccbEnWeWidth = 1;

        /// <summary>Unshifted mask of sts.sccb_en_we.</summary>
        public const ulong StsSccbEnWeMask = 0x1UL;

        /// <summary>reverse offset (rw): Reserved.</summary>
        public const ulong ReverseOffset = 0x24UL;

        /// <summary>reverse reset value.</summary>
        public const ulong ReverseReset = 0x0UL;

        /// <summary>rgb_addr offset (rw): Bus address of the RGB565 display buffer.</summary>
        public const ulong RgbAddrOffset = 0x28UL;

        /// <summary>rgb_addr reset value.</summary>
        public const ulong RgbAddrReset = 0x0UL;

        /// <summary>format = rgb: RGB565.</summary>
        public const ulong FormatRgb = 0;

        /// <summary>format = yuv: YUV422.</summary>
        public const ulong FormatYuv = 1;

        /// <summary>format = y: luminance only.</summary>
        public const ulong FormatY = 3;
    }
}
