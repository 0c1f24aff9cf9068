// SpiRegisters.g.cs -- SPI0 / SPI1 (DesignWare DW_apb_ssi masters)
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/spi.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// SPI0 / SPI1 (DesignWare DW_apb_ssi masters). Synopsys DesignWare SSI master. SPI0 (the LCD
    /// on Maix boards) and SPI1 (the SD card) share this layout; SPI3 (the boot flash) differs only
    /// in ctrlr0 (spi3.regs.json). 32-bit registers, 32-entry FIFOs. [S1 lib/drivers/include/spi.h
    /// spi_t]; [S1 lib/bsp/include/platform.h SPI0_BASE_ADDR SPI1_BASE_ADDR]
    /// </summary>
    public static class SpiRegisters
    {
        /// <summary>Physical base address of the spi block.</summary>
        public const ulong Base = 0x52000000UL;

        /// <summary>spi1: SPI1, same layout as SPI0.</summary>
        public const ulong Spi1Base = 0x53000000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>ctrlr0 offset (rw): Control 0 (SPI0/SPI1 layout; SPI3 places these fields elsewhere, see spi3.regs.json). Written only while ssienr is 0.</summary>
        public const ulong Ctrlr0Offset = 0x00UL;

        /// <summary>ctrlr0 reset value.</summary>
        public const ulong Ctrlr0Reset = 0x0UL;

        /// <summary>Bit position of ctrlr0.work_mode [7:6] (rw): SPI mode 0-3 (bit 6 = clock phase, bit 7 = polarity).</summary>
        public const int Ctrlr0WorkModeShift = 6;

        /// <summary>Width in bits of ctrlr0.work_mode.</summary>
        public const int Ctrlr0WorkModeWidth = 2;

        /// <summary>Unshifted mask of ctrlr0.work_mode.</summary>
        public const ulong Ctrlr0WorkModeMask = 0x3UL;

        /// <summary>Bit position of ctrlr0.tmod [9:8] (rw): Transfer mode.</summary>
        public const int Ctrlr0TmodShift = 8;

        /// <summary>Width in bits of ctrlr0.tmod.</summary>
        public const int Ctrlr0TmodWidth = 2;

        /// <summary>Unshifted mask of ctrlr0.tmod.</summary>
        public const ulong Ctrlr0TmodMask = 0x3UL;

        /// <summary>Bit position of ctrlr0.dfs [20:16] (rw): Data frame size in bits, minus one (7 = 8-bit frames).</summary>
        public const int Ctrlr0DfsShift = 16;

        /// <summary>Width in bits of ctrlr0.dfs.</summary>
        public const int Ctrlr0DfsWidth = 5;

        /// <summary>Unshifted mask of ctrlr0.dfs.</summary>
        public const ulong Ctrlr0DfsMask = 0x1FUL;

        /// <summary>Bit position of ctrlr0.frf [22:21] (rw): Frame format (lines per frame).</summary>
        public const int Ctrlr0FrfShift = 21;

        /// <summary>Width in bits of ctrlr0.frf.</summary>
        public const int Ctrlr0FrfWidth = 2;

        /// <summary>Unshifted mask of ctrlr0.frf.</summary>
        public const ulong Ctrlr0FrfMask = 0x3UL;

        /// <summary>ctrlr1 offset (rw): Control 1: frames to receive in receive-only and EEPROM modes.</summary>
        public const ulong Ctrlr1Offset = 0x04UL;

        /// <summary>ctrlr1 reset value.</summary>
        public const ulong Ctrlr1Reset = 0x0UL;

        /// <summary>Bit position of ctrlr1.ndf [15:0] (rw): Number of data frames minus one.</summary>
        public const int Ctrlr1NdfShift = 0;

        /// <summary>Width in bits of ctrlr1.ndf.</summary>
        public const int Ctrlr1NdfWidth = 16;

        /// <summary>Unshifted mask of ctrlr1.ndf.</summary>
        public const ulong Ctrlr1NdfMask = 0xFFFFUL;

        /// <summary>ssienr offset (rw): Enable: 0 flushes both FIFOs and allows configuration.</summary>
        public const ulong SsienrOffset = 0x08UL;

        /// <summary>ssienr reset value.</summary>
        public const ulong SsienrReset = 0x0UL;

        /// <summary>Bit position of ssienr.ssi_en [0] (rw): 1 = controller enabled.</summary>
        public const int SsienrSsiEnShift = 0;

        /// <summary>Width in bits of ssienr.ssi_en.</summary>
        public const int SsienrSsiEnWidth = 1;

        /// <summary>Unshifted mask of ssienr.ssi_en.</summary>
        public const ulong SsienrSsiEnMask = 0x1UL;

        /// <summary>mwcr offset (rw): Microwire control (unused).</summary>
        public const ulong MwcrOffset = 0x0CUL;

        /// <summary>mwcr reset value.</summary>
        public const ulong MwcrReset = 0x0UL;

        /// <summary>ser offset (rw): Slave select: bit n drives SSn while a transfer runs (the line drops when the transmit FIFO runs empty).</summary>
        public const ulong SerOffset = 0x10UL;

        /// <summary>ser reset value.</summary>
        public const ulong SerReset = 0x0UL;

        /// <summary>Bit position of ser.ser [3:0] (rw): One bit per slave select line.</summary>
        public const int SerSerShift = 0;

        /// <summary>Width in bits of ser.ser.</summary>
        public const int SerSerWidth = 4;

        /// <summary>Unshifted mask of ser.ser.</summary>
        public const ulong SerSerMask = 0xFUL;

        /// <summary>baudr offset (rw): Baud divider: SCLK = SPI clock / sckdv (even, 2..65534).</summary>
        public const ulong BaudrOffset = 0x14UL;

        /// <summary>baudr reset value.</summary>
        public const ulong BaudrReset = 0x0UL;

        /// <summary>Bit position of baudr.sckdv [15:0] (rw): Divider.</summary>
        public const int BaudrSckdvShift = 0;

        /// <summary>Width in bits of baudr.sckdv.</summary>
        public const int BaudrSckdvWidth = 16;

        /// <summary>Unshifted mask of baudr.sckdv.</summary>
        public const ulong BaudrSckdvMask = 0xFFFFUL;

        /// <summary>txftlr offset (rw): Transmit FIFO threshold.</summary>
        public const ulong TxftlrOffset = 0x18UL;

        /// <summary>txftlr reset value.</summary>
        public const ulong TxftlrReset = 0x0UL;

        /// <summary>rxftlr offset (rw): Receive FIFO threshold.</summary>
        public const ulong RxftlrOffset = 0x1CUL;

        /// <summary>rxftlr reset value.</summary>
        public const ulong RxftlrReset = 0x0UL;

        /// <summary>txflr offset (ro): Entries in the transmit FIFO (depth 32).</summary>
        public const ulong TxflrOffset = 0x20UL;

        /// <summary>txflr reset value.</summary>
        public const ulong TxflrReset = 0x0UL;

        /// <summary>Bit position of txflr.txtfl [5:0] (ro): Entries.</summary>
        public const int TxflrTxtflShift = 0;

        /// <summary>Width in bits of txflr.txtfl.</summary>
        public const int TxflrTxtflWidth = 6;

        /// <summary>Unshifted mask of txflr.txtfl.</summary>
        public const ulong TxflrTxtflMask = 0x3FUL;

        /// <summary>rxflr offset (ro): Entries in the receive FIFO.</summary>
        public const ulong RxflrOffset = 0x24UL;

        /// <summary>rxflr reset value.</summary>
        public const ulong RxflrReset = 0x0UL;

        /// <summary>Bit position of rxflr.rxtfl [5:0] (ro): Entries.</summary>
        public const int RxflrRxtflShift = 0;

        /// <summary>Width in bits of rxflr.rxtfl.</summary>
        public const int RxflrRxtflWidth = 6;

        /// <summary>Unshifted mask of rxflr.rxtfl.</summary>
        public const ulong RxflrRxtflMask = 0x3FUL;

        /// <summary>sr offset (ro): Status; a transmit is over when tfe is 1 and busy is 0.</summary>
        public const ulong SrOffset = 0x28UL;

        /// <summary>sr reset value.</summary>
        public const ulong SrReset = 0x0UL;

        /// <summary>Bit position of sr.busy [0] (ro): 1 = a transfer is in progress.</summary>
        public const int SrBusyShift = 0;

        /// <summary>Width in bits of sr.busy.</summary>
        public const int SrBusyWidth = 1;

        /// <summary>Unshifted mask of sr.busy.</summary>
        public const ulong SrBusyMask = 0x1UL;

        /// <summary>Bit position of sr.tfnf [1] (ro): 1 = transmit FIFO not full.</summary>
        public const int SrTfnfShift = 1;

        /// <summary>Width in bits of sr.tfnf.</summary>
        public const int SrTfnfWidth = 1;

        /// <summary>Unshifted mask of sr.tfnf.</summary>
        public const ulong SrTfnfMask = 0x1UL;

        /// <summary>Bit position of sr.tfe [2] (ro): 1 = transmit FIFO empty.</summary>
        public const int SrTfeShift = 2;

        /// <summary>Width in bits of sr.tfe.</summary>
        public const int SrTfeWidth = 1;

        /// <summary>Unshifted mask of sr.tfe.</summary>
        public const ulong SrTfeMask = 0x1UL;

        /// <summary>Bit position of sr.rfne [3] (ro): 1 = receive FIFO not empty.</summary>
        public const int SrRfneShift = 3;

        /// <summary>Width in bits of sr.rfne.</summary>
        public const int SrRfneWidth = 1;

        /// <summary>Unshifted mask of sr.rfne.</summary>
        public const ulong SrRfneMask = 0x1UL;

        /// <summary>Bit position of sr.rff [4] (ro): 1 = receive FIFO full.</summary>
        public const int SrRffShift = 4;

        /// <summary>Width in bits of sr.rff.</summary>
        public const int SrRffWidth = 1;

        /// <summary>Unshifted mask of sr.rff.</summary>
        public const ulong SrRffMask = 0x1UL;

        /// <summary>Bit position of sr.txe [5] (ro): Transmission error.</summary>
        public const int SrTxeShift = 5;

        /// <summary>Width in bits of sr.txe.</summary>
        public const int SrTxeWidth = 1;

        /// <summary>Unshifted mask of sr.txe.</summary>
        public const ulong SrTxeMask = 0x1UL;

        /// <summary>Bit position of sr.dcol [6] (ro): Data collision.</summary>
        public const int SrDcolShift = 6;

        /// <summary>Width in bits of sr.dcol.</summary>
        public const int SrDcolWidth = 1;

        /// <summary>Unshifted mask of sr.dcol.</summary>
        public const ulong SrDcolMask = 0x1UL;

        /// <summary>imr offset (rw): Interrupt mask (0 = all masked; the driver polls).</summary>
        public const ulong ImrOffset = 0x2CUL;

        /// <summary>imr reset value.</summary>
        public const ulong ImrReset = 0x0UL;

        /// <summary>isr offset (ro): Interrupt status.</summary>
        public const ulong IsrOffset = 0x30UL;

        /// <summary>isr reset value.</summary>
        public const ulong IsrReset = 0x0UL;

        /// <summary>risr offset (ro): Raw interrupt status.</summary>
        public const ulong RisrOffset = 0x34UL;

        /// <summary>risr reset value.</summary>
        public const ulong RisrReset = 0x0UL;

        /// <summary>icr offset (ro): Reading clears all interrupts.</summary>
        public const ulong IcrOffset = 0x48UL;

        /// <summary>icr reset value.</summary>
        public const ulong IcrReset = 0x0UL;

        /// <summary>dmacr offset (rw): DMA control.</summary>
        public const ulong DmacrOffset = 0x4CUL;

        /// <summary>dmacr reset value.</summary>
        public const ulong DmacrReset = 0x0UL;

        /// <summary>Bit position of dmacr.rdmae [0] (rw): Receive DMA enable.</summary>
        public const int DmacrRdmaeShift = 0;

        /// <summary>Width in bits of dmacr.rdmae.</summary>
        public const int DmacrRdmaeWidth = 1;

        /// <summary>Unshifted mask of dmacr.rdmae.</summary>
        public const ulong DmacrRdmaeMask = 0x1UL;

        /// <summary>Bit position of dmacr.tdmae [1] (rw): Transmit DMA enable.</summary>
        public const int DmacrTdmaeShift = 1;

        /// <summary>Width in bits of dmacr.tdmae.</summary>
        public const int DmacrTdmaeWidth = 1;

        /// <summary>Unshifted mask of dmacr.tdmae.</summary>
        public const ulong DmacrTdmaeMask = 0x1UL;

        /// <summary>dmatdlr offset (rw): DMA transmit data level.</summary>
        public const ulong DmatdlrOffset = 0x50UL;

        /// <summary>dmatdlr reset value.</summary>
        public const ulong DmatdlrReset = 0x0UL;

        /// <summary>dmardlr offset (rw): DMA receive data level.</summary>
        public const ulong DmardlrOffset = 0x54UL;

        /// <summary>dmardlr reset value.</summary>
        public const ulong DmardlrReset = 0x0UL;

        /// <summary>idr offset (ro): Identification.</summary>
        public const ulong IdrOffset = 0x58UL;

        /// <summary>idr reset value.</summary>
        public const ulong IdrReset = 0x0UL;

        /// <summary>ssic_version_id offset (ro): DW_apb_ssi component version.</summary>
        public const ulong SsicVersionIdOffset = 0x5CUL;

        /// <summary>ssic_version_id reset value.</summary>
        public const ulong SsicVersionIdReset = 0x0UL;

        /// <summary>dr0 offset (rw): Data register: write pushes a frame into the transmit FIFO, read pops the receive FIFO (dr1..dr35 alias it).</summary>
        public const ulong Dr0Offset = 0x60UL;

        /// <summary>dr0 reset value.</summary>
        public const ulong Dr0Reset = 0x0UL;

        /// <summary>rx_sample_delay offset (rw): Receive sample delay in SPI clocks.</summary>
        public const ulong RxSampleDelayOffset = 0xF0UL;

        /// <summary>rx_sample_delay reset value.</summary>
        public const ulong RxSampleDelayReset = 0x0UL;

        /// <summary>spi_ctrlr0 offset (rw): Enhanced (dual/quad/octal) transfer control: instruction and address phases.</summary>
        public const ulong SpiCtrlr0Offset = 0xF4UL;

        /// <summary>spi_ctrlr0 reset value.</summary>
        public const ulong SpiCtrlr0Reset = 0x0UL;

        /// <summary>Bit position of spi_ctrlr0.trans_type [1:0] (rw): How instruction and address are sent.</summary>
        public const int SpiCtrlr0TransTypeShift = 0;

        /// <summary>Width in bits of spi_ctrlr0.trans_type.</summary>
        public const int SpiCtrlr0TransTypeWidth = 2;

        /// <summary>Unshifted mask of spi_ctrlr0.trans_type.</summary>
        public const ulong SpiCtrlr0TransTypeMask = 0x3UL;

        /// <summary>Bit position of spi_ctrlr0.addr_l [5:2] (rw): Address length in 4-bit units.</summary>
        public const int SpiCtrlr0AddrLShift = 2;

        /// <summary>Width in bits of spi_ctrlr0.addr_l.</summary>
        public const int SpiCtrlr0AddrLWidth = 4;

        /// <summary>Unshifted mask of spi_ctrlr0.addr_l.</summary>
        public const ulong SpiCtrlr0AddrLMask = 0xFUL;

        /// <summary>Bit position of spi_ctrlr0.inst_l [9:8] (rw): Instruction length: 0 none, 1 = 4 bits, 2 = 8 bits, 3 = 16 bits.</summary>
        public const int SpiCtrlr0InstLShift = 8;

        /// <summary>Width in bits of spi_ctrlr0.inst_l.</summary>
        public const int SpiCtrlr0InstLWidth = 2;

        /// <summary>Unshifted mask of spi_ctrlr0.inst_l.</summary>
        public const ulong SpiCtrlr0InstLMask = 0x3UL;

        /// <summary>Bit position of spi_ctrlr0.wait_cycles [15:11] (rw): Dummy cycles between address and data.</summary>
        public const int SpiCtrlr0WaitCyclesShift = 11;

        /// <summary>Width in bits of spi_ctrlr0.wait_cycles.</summary>
        public const int SpiCtrlr0WaitCyclesWidth = 5;

        /// <summary>Unshifted mask of spi_ctrlr0.wait_cycles.</summary>
        public const ulong SpiCtrlr0WaitCyclesMask = 0x1FUL;

        /// <summary>endian offset (rw): Byte order of frames wider than 8 bits (0 = as the SDK's default).</summary>
        public const ulong EndianOffset = 0x118UL;

        /// <summary>endian reset value.</summary>
        public const ulong EndianReset = 0x0UL;

        /// <summary>tmod = trans_recv: full duplex: every frame sent clocks one in.</summary>
        public const ulong TmodTransRecv = 0;

        /// <summary>tmod = trans: transmit only.</summary>
        public const ulong TmodTrans = 1;

        /// <summary>tmod = recv: receive only, ndf + 1 frames.</summary>
        public const ulong TmodRecv = 2;

        /// <summary>tmod = eeprom: send the transmit FIFO, then receive ndf + 1 frames.</summary>
        public const ulong TmodEeprom = 3;

        /// <summary>frame_format = standard: one line each way (MOSI/MISO).</summary>
        public const ulong FrameFormatStandard = 0;

        /// <summary>frame_format = dual: 2 lines.</summary>
        public const ulong FrameFormatDual = 1;

        /// <summary>frame_format = quad: 4 lines.</summary>
        public const ulong FrameFormatQuad = 2;

        /// <summary>frame_format = octal: 8 lines (the LCD's 8080-style bus).</summary>
        public const ulong FrameFormatOctal = 3;

        /// <summary>trans_type = standard: instruction and address on one line.</summary>
        public const ulong TransTypeStandard = 0;

        /// <summary>trans_type = addr_standard: instruction on one line, address in the frame format.</summary>
        public const ulong TransTypeAddrStandard = 1;

        /// <summary>trans_type = as_frame_format: both in the frame format.</summary>
        public const ulong TransTypeAsFrameFormat = 2;
    }
}
