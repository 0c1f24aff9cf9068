// UarthsRegisters.g.cs -- UARTHS (high-speed UART, the console and ISP port)
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/uarths.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// UARTHS (high-speed UART, the console and ISP port). SiFive-style UART on the core bus, 8N1
    /// with a programmable divisor; pads IO4 (RX) and IO5 (TX) on every Maix board. 32-bit
    /// registers. [S1 lib/drivers/include/uarths.h uarths_t]; [S1 lib/bsp/include/platform.h
    /// UARTHS_BASE_ADDR]
    /// </summary>
    public static class UarthsRegisters
    {
        /// <summary>Physical base address of the uarths block.</summary>
        public const ulong Base = 0x38000000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>txdata offset (rw): Transmit FIFO: write a byte; read full first.</summary>
        public const ulong TxdataOffset = 0x00UL;

        /// <summary>txdata reset value.</summary>
        public const ulong TxdataReset = 0x0UL;

        /// <summary>Bit position of txdata.data [7:0] (wo): Byte to send.</summary>
        public const int TxdataDataShift = 0;

        /// <summary>Width in bits of txdata.data.</summary>
        public const int TxdataDataWidth = 8;

        /// <summary>Unshifted mask of txdata.data.</summary>
        public const ulong TxdataDataMask = 0xFFUL;

        /// <summary>Bit position of txdata.full [31] (ro): 1 = FIFO full, the write is dropped.</summary>
        public const int TxdataFullShift = 31;

        /// <summary>Width in bits of txdata.full.</summary>
        public const int TxdataFullWidth = 1;

        /// <summary>Unshifted mask of txdata.full.</summary>
        public const ulong TxdataFullMask = 0x1UL;

        /// <summary>rxdata offset (ro): Receive FIFO: reading pops a byte unless empty is set.</summary>
        public const ulong RxdataOffset = 0x04UL;

        /// <summary>rxdata reset value.</summary>
        public const ulong RxdataReset = 0x0UL;

        /// <summary>Bit position of rxdata.data [7:0] (ro): Received byte.</summary>
        public const int RxdataDataShift = 0;

        /// <summary>Width in bits of rxdata.data.</summary>
        public const int RxdataDataWidth = 8;

        /// <summary>Unshifted mask of rxdata.data.</summary>
        public const ulong RxdataDataMask = 0xFFUL;

        /// <summary>Bit position of rxdata.empty [31] (ro): 1 = nothing received, data is not valid.</summary>
        public const int RxdataEmptyShift = 31;

        /// <summary>Width in bits of rxdata.empty.</summary>
        public const int RxdataEmptyWidth = 1;

        /// <summary>Unshifted mask of rxdata.empty.</summary>
        public const ulong RxdataEmptyMask = 0x1UL;

        /// <summary>txctrl offset (rw): Transmit control.</summary>
        public const ulong TxctrlOffset = 0x08UL;

        /// <summary>txctrl reset value.</summary>
        public const ulong TxctrlReset = 0x0UL;

        /// <summary>Bit position of txctrl.txen [0] (rw): 1 = transmitter enabled.</summary>
        public const int TxctrlTxenShift = 0;

        /// <summary>Width in bits of txctrl.txen.</summary>
        public const int TxctrlTxenWidth = 1;

        /// <summary>Unshifted mask of txctrl.txen.</summary>
        public const ulong TxctrlTxenMask = 0x1UL;

        /// <summary>Bit position of txctrl.nstop [1] (rw): 0 = one stop bit, 1 = two.</summary>
        public const int TxctrlNstopShift = 1;

        /// <summary>Width in bits of txctrl.nstop.</summary>
        public const int TxctrlNstopWidth = 1;

        /// <summary>Unshifted mask of txctrl.nstop.</summary>
        public const ulong TxctrlNstopMask = 0x1UL;

        /// <summary>Bit position of txctrl.txcnt [18:16] (rw): Transmit watermark level.</summary>
        public const int TxctrlTxcntShift = 16;

        /// <summary>Width in bits of txctrl.txcnt.</summary>
        public const int TxctrlTxcntWidth = 3;

        /// <summary>Unshifted mask of txctrl.txcnt.</summary>
        public const ulong TxctrlTxcntMask = 0x7UL;

        /// <summary>rxctrl offset (rw): Receive control.</summary>
        public const ulong RxctrlOffset = 0x0CUL;

        /// <summary>rxctrl reset value.</summary>
        public const ulong RxctrlReset = 0x0UL;

        /// <summary>Bit position of rxctrl.rxen [0] (rw): 1 = receiver enabled.</summary>
        public const int RxctrlRxenShift = 0;

        /// <summary>Width in bits of rxctrl.rxen.</summary>
        public const int RxctrlRxenWidth = 1;

        /// <summary>Unshifted mask of rxctrl.rxen.</summary>
        public const ulong RxctrlRxenMask = 0x1UL;

        /// <summary>Bit position of rxctrl.rxcnt [18:16] (rw): Receive watermark level.</summary>
        public const int RxctrlRxcntShift = 16;

        /// <summary>Width in bits of rxctrl.rxcnt.</summary>
        public const int RxctrlRxcntWidth = 3;

        /// <summary>Unshifted mask of rxctrl.rxcnt.</summary>
        public const ulong RxctrlRxcntMask = 0x7UL;

        /// <summary>ie offset (rw): Interrupt enables.</summary>
        public const ulong IeOffset = 0x10UL;

        /// <summary>ie reset value.</summary>
        public const ulong IeReset = 0x0UL;

        /// <summary>Bit position of ie.txwm [0] (rw): Transmit watermark interrupt.</summary>
        public const int IeTxwmShift = 0;

        /// <summary>Width in bits of ie.txwm.</summary>
        public const int IeTxwmWidth = 1;

        /// <summary>Unshifted mask of ie.txwm.</summary>
        public const ulong IeTxwmMask = 0x1UL;

        /// <summary>Bit position of ie.rxwm [1] (rw): Receive watermark interrupt.</summary>
        public const int IeRxwmShift = 1;

        /// <summary>Width in bits of ie.rxwm.</summary>
        public const int IeRxwmWidth = 1;

        /// <summary>Unshifted mask of ie.rxwm.</summary>
        public const ulong IeRxwmMask = 0x1UL;

        /// <summary>ip offset (ro): Interrupt pending.</summary>
        public const ulong IpOffset = 0x14UL;

        /// <summary>ip reset value.</summary>
        public const ulong IpReset = 0x0UL;

        /// <summary>Bit position of ip.txwm [0] (ro): Transmit watermark pending.</summary>
        public const int IpTxwmShift = 0;

        /// <summary>Width in bits of ip.txwm.</summary>
        public const int IpTxwmWidth = 1;

        /// <summary>Unshifted mask of ip.txwm.</summary>
        public const ulong IpTxwmMask = 0x1UL;

        /// <summary>Bit position of ip.rxwm [1] (ro): Receive watermark pending.</summary>
        public const int IpRxwmShift = 1;

        /// <summary>Width in bits of ip.rxwm.</summary>
        public const int IpRxwmWidth = 1;

        /// <summary>Unshifted mask of ip.rxwm.</summary>
        public const ulong IpRxwmMask = 0x1UL;

        /// <summary>div offset (rw): Baud divisor: baud = clock / (div + 1); the clock is the CPU clock.</summary>
        public const ulong DivOffset = 0x18UL;

        /// <summary>div reset value.</summary>
        public const ulong DivReset = 0x0UL;

        /// <summary>Bit position of div.div [15:0] (rw): Divisor minus one.</summary>
        public const int DivDivShift = 0;

        /// <summary>Width in bits of div.div.</summary>
        public const int DivDivWidth = 16;

        /// <summary>Unshifted mask of div.div.</summary>
        public const ulong DivDivMask = 0xFFFFUL;
    }
}
