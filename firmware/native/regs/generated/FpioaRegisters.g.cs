// FpioaRegisters.g.cs -- FPIOA (field-programmable IO array)
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/fpioa.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// FPIOA (field-programmable IO array). Routes any of 256 functions to any of the 48 pads and
    /// sets each pad's electrical configuration. 48 pad registers at 4-byte stride from io0, then
    /// tie enable and tie value words. 32-bit registers. [S1 lib/drivers/include/fpioa.h fpioa_t];
    /// [S1 lib/bsp/include/platform.h FPIOA_BASE_ADDR]
    /// </summary>
    public static class FpioaRegisters
    {
        /// <summary>Physical base address of the fpioa block.</summary>
        public const ulong Base = 0x502B0000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>io0 offset (rw): Pad IO0 configuration; pad n (0-47) is at 4 * n with the same fields.</summary>
        public const ulong Io0Offset = 0x00UL;

        /// <summary>io0 reset value.</summary>
        public const ulong Io0Reset = 0x0UL;

        /// <summary>Bit position of io0.ch_sel [7:0] (rw): Function routed to this pad (FPIOA_FUNCTION_*).</summary>
        public const int Io0ChSelShift = 0;

        /// <summary>Width in bits of io0.ch_sel.</summary>
        public const int Io0ChSelWidth = 8;

        /// <summary>Unshifted mask of io0.ch_sel.</summary>
        public const ulong Io0ChSelMask = 0xFFUL;

        /// <summary>Bit position of io0.ds [11:8] (rw): Drive strength; the SDK uses 0xf for outputs.</summary>
        public const int Io0DsShift = 8;

        /// <summary>Width in bits of io0.ds.</summary>
        public const int Io0DsWidth = 4;

        /// <summary>Unshifted mask of io0.ds.</summary>
        public const ulong Io0DsMask = 0xFUL;

        /// <summary>Bit position of io0.oe_en [12] (rw): Static output enable (ANDed with oe_inv).</summary>
        public const int Io0OeEnShift = 12;

        /// <summary>Width in bits of io0.oe_en.</summary>
        public const int Io0OeEnWidth = 1;

        /// <summary>Unshifted mask of io0.oe_en.</summary>
        public const ulong Io0OeEnMask = 0x1UL;

        /// <summary>Bit position of io0.oe_inv [13] (rw): Invert output enable: the function's own OE drives the pad (SPI data, SCCB).</summary>
        public const int Io0OeInvShift = 13;

        /// <summary>Width in bits of io0.oe_inv.</summary>
        public const int Io0OeInvWidth = 1;

        /// <summary>Unshifted mask of io0.oe_inv.</summary>
        public const ulong Io0OeInvMask = 0x1UL;

        /// <summary>Bit position of io0.do_sel [14] (rw): Data output select: 0 = DO, 1 = OE.</summary>
        public const int Io0DoSelShift = 14;

        /// <summary>Width in bits of io0.do_sel.</summary>
        public const int Io0DoSelWidth = 1;

        /// <summary>Unshifted mask of io0.do_sel.</summary>
        public const ulong Io0DoSelMask = 0x1UL;

        /// <summary>Bit position of io0.do_inv [15] (rw): Invert data output.</summary>
        public const int Io0DoInvShift = 15;

        /// <summary>Width in bits of io0.do_inv.</summary>
        public const int Io0DoInvWidth = 1;

        /// <summary>Unshifted mask of io0.do_inv.</summary>
        public const ulong Io0DoInvMask = 0x1UL;

        /// <summary>Bit position of io0.pu [16] (rw): Pull-up.</summary>
        public const int Io0PuShift = 16;

        /// <summary>Width in bits of io0.pu.</summary>
        public const int Io0PuWidth = 1;

        /// <summary>Unshifted mask of io0.pu.</summary>
        public const ulong Io0PuMask = 0x1UL;

        /// <summary>Bit position of io0.pd [17] (rw): Pull-down.</summary>
        public const int Io0PdShift = 17;

        /// <summary>Width in bits of io0.pd.</summary>
        public const int Io0PdWidth = 1;

        /// <summary>Unshifted mask of io0.pd.</summary>
        public const ulong Io0PdMask = 0x1UL;

        /// <summary>Bit position of io0.sl [19] (rw): Slew rate control.</summary>
        public const int Io0SlShift = 19;

        /// <summary>Width in bits of io0.sl.</summary>
        public const int Io0SlWidth = 1;

        /// <summary>Unshifted mask of io0.sl.</summary>
        public const ulong Io0SlMask = 0x1UL;

        /// <summary>Bit position of io0.ie_en [20] (rw): Static input enable (ANDed with ie_inv).</summary>
        public const int Io0IeEnShift = 20;

        /// <summary>Width in bits of io0.ie_en.</summary>
        public const int Io0IeEnWidth = 1;

        /// <summary>Unshifted mask of io0.ie_en.</summary>
        public const ulong Io0IeEnMask = 0x1UL;

        /// <summary>Bit position of io0.ie_inv [21] (rw): Invert input enable.</summary>
        public const int Io0IeInvShift = 21;

        /// <summary>Width in bits of io0.ie_inv.</summary>
        public const int Io0IeInvWidth = 1;

        /// <summary>Unshifted mask of io0.ie_inv.</summary>
        public const ulong Io0IeInvMask = 0x1UL;

        /// <summary>Bit position of io0.di_inv [22] (rw): Invert data input.</summary>
        public const int Io0DiInvShift = 22;

        /// <summary>Width in bits of io0.di_inv.</summary>
        public const int Io0DiInvWidth = 1;

        /// <summary>Unshifted mask of io0.di_inv.</summary>
        public const ulong Io0DiInvMask = 0x1UL;

        /// <summary>Bit position of io0.st [23] (rw): Schmitt trigger.</summary>
        public const int Io0StShift = 23;

        /// <summary>Width in bits of io0.st.</summary>
        public const int Io0StWidth = 1;

        /// <summary>Unshifted mask of io0.st.</summary>
        public const ulong Io0StMask = 0x1UL;

        /// <summary>Bit position of io0.pad_di [31] (ro): Current pad input level.</summary>
        public const int Io0PadDiShift = 31;

        /// <summary>Width in bits of io0.pad_di.</summary>
        public const int Io0PadDiWidth = 1;

        /// <summary>Unshifted mask of io0.pad_di.</summary>
        public const ulong Io0PadDiMask = 0x1UL;

        /// <summary>tie_en0 offset (rw): Tie enable of functions 0-31 (word k at 0xc0 + 4k covers functions 32k..32k+31): a tied function's input is tie_val instead of a pad.</summary>
        public const ulong TieEn0Offset = 0xC0UL;

        /// <summary>tie_en0 reset value.</summary>
        public const ulong TieEn0Reset = 0x0UL;

        /// <summary>tie_val0 offset (rw): Tie value of functions 0-31 (word k at 0xe0 + 4k).</summary>
        public const ulong TieVal0Offset = 0xE0UL;

        /// <summary>tie_val0 reset value.</summary>
        public const ulong TieVal0Reset = 0x0UL;

        /// <summary>function = jtag_tclk: JTAG Test Clock.</summary>
        public const ulong FunctionJtagTclk = 0;

        /// <summary>function = jtag_tdi: JTAG Test Data In.</summary>
        public const ulong FunctionJtagTdi = 1;

        /// <summary>function = jtag_tms: JTAG Test Mode Select.</summary>
        public const ulong FunctionJtagTms = 2;

        /// <summary>function = jtag_tdo: JTAG Test Data Out.</summary>
        public const ulong FunctionJtagTdo = 3;

        /// <summary>function = spi0_d0: SPI0 Data 0.</summary>
        public const ulong FunctionSpi0D0 = 4;

        /// <summary>function = spi0_d1: SPI0 Data 1.</summary>
        public const ulong FunctionSpi0D1 = 5;

        /// <summary>function = spi0_d2: SPI0 Data 2.</summary>
        public const ulong FunctionSpi0D2 = 6;

        /// <summary>function = spi0_d3: SPI0 Data 3.</summary>
        public const ulong FunctionSpi0D3 = 7;

        /// <summary>function = spi0_d4: SPI0 Data 4.</summary>
        public const ulong FunctionSpi0D4 = 8;

        /// <summary>function = spi0_d5: SPI0 Data 5.</summary>
        public const ulong FunctionSpi0D5 = 9;

        /// <summary>function = spi0_d6: SPI0 Data 6.</summary>
        public const ulong FunctionSpi0D6 = 10;

        /// <summary>function = spi0_d7: SPI0 Data 7.</summary>
        public const ulong FunctionSpi0D7 = 11;

        /// <summary>function = spi0_ss0: SPI0 Chip Select 0.</summary>
        public const ulong FunctionSpi0Ss0 = 12;

        /// <summary>function = spi0_ss1: SPI0 Chip Select 1.</summary>
        public const ulong FunctionSpi0Ss1 = 13;

        /// <summary>function = spi0_ss2: SPI0 Chip Select 2.</summary>
        public const ulong FunctionSpi0Ss2 = 14;

        /// <summary>function = spi0_ss3: SPI0 Chip Select 3.</summary>
        public const ulong FunctionSpi0Ss3 = 15;

        /// <summary>function = spi0_arb: SPI0 Arbitration.</summary>
        public const ulong FunctionSpi0Arb = 16;

        /// <summary>function = spi0_sclk: SPI0 Serial Clock.</summary>
        public const ulong FunctionSpi0Sclk = 17;

        /// <summary>function = uarths_rx: UART High speed Receiver.</summary>
        public const ulong FunctionUarthsRx = 18;

        /// <summary>function = uarths_tx: UART High speed Transmitter.</summary>
        public const ulong FunctionUarthsTx = 19;

        /// <summary>function = resv6: Reserved function.</summary>
        public const ulong FunctionResv6 = 20;

        /// <summary>function = resv7: Reserved function.</summary>
        public const ulong FunctionResv7 = 21;

        /// <summary>function = clk_spi1: Clock SPI1.</summary>
        public const ulong FunctionClkSpi1 = 22;

        /// <summary>function = clk_i2c1: Clock I2C1.</summary>
        public const ulong FunctionClkI2c1 = 23;

        /// <summary>function = gpiohs0: GPIO High speed 0.</summary>
        public const ulong FunctionGpiohs0 = 24;

        /// <summary>function = gpiohs1: GPIO High speed 1.</summary>
        public const ulong FunctionGpiohs1 = 25;

        /// <summary>function = gpiohs2: GPIO High speed 2.</summary>
        public const ulong FunctionGpiohs2 = 26;

        /// <summary>function = gpiohs3: GPIO High speed 3.</summary>
        public const ulong FunctionGpiohs3 = 27;

        /// <summary>function = gpiohs4: GPIO High speed 4.</summary>
        public const ulong FunctionGpiohs4 = 28;

        /// <summary>function = gpiohs5: GPIO High speed 5.</summary>
        public const ulong FunctionGpiohs5 = 29;

        /// <summary>function = gpiohs6: GPIO High speed 6.</summary>
        public const ulong FunctionGpiohs6 = 30;

        /// <summary>function = gpiohs7: GPIO High speed 7.</summary>
        public const ulong FunctionGpiohs7 = 31;

        /// <summary>function = gpiohs8: GPIO High speed 8.</summary>
        public const ulong FunctionGpiohs8 = 32;

        /// <summary>function = gpiohs9: GPIO High speed 9.</summary>
        public const ulong FunctionGpiohs9 = 33;

        /// <summary>function = gpiohs10: GPIO High speed 10.</summary>
        public const ulong FunctionGpiohs10 = 34;

        /// <summary>function = gpiohs11: GPIO High speed 11.</summary>
        public const ulong FunctionGpiohs11 = 35;

        /// <summary>function = gpiohs12: GPIO High speed 12.</summary>
        public const ulong FunctionGpiohs12 = 36;

        /// <summary>function = gpiohs13: GPIO High speed 13.</summary>
        public const ulong FunctionGpiohs13 = 37;

        /// <summary>function = gpiohs14: GPIO High speed 14.</summary>
        public const ulong FunctionGpiohs14 = 38;

        /// <summary>function = gpiohs15: GPIO High speed 15.</summary>
        public const ulong FunctionGpiohs15 = 39;

        /// <summary>function = gpiohs16: GPIO High speed 16.</summary>
        public const ulong FunctionGpiohs16 = 40;

        /// <summary>function = gpiohs17: GPIO High speed 17.</summary>
        public const ulong FunctionGpiohs17 = 41;

        /// <summary>function = gpiohs18: GPIO High speed 18.</summary>
        public const ulong FunctionGpiohs18 = 42;

        /// <summary>function = gpiohs19: GPIO High speed 19.</summary>
        public const ulong FunctionGpiohs19 = 43;

        /// <summary>function = gpiohs20: GPIO High speed 20.</summary>
        public const ulong FunctionGpiohs20 = 44;

        /// <summary>function = gpiohs21: GPIO High speed 21.</summary>
        public const ulong FunctionGpiohs21 = 45;

        /// <summary>function = gpiohs22: GPIO High speed 22.</summary>
        public const ulong FunctionGpiohs22 = 46;

        /// <summary>function = gpiohs23: GPIO High speed 23.</summary>
        public const ulong FunctionGpiohs23 = 47;

        /// <summary>function = gpiohs24: GPIO High speed 24.</summary>
        public const ulong FunctionGpiohs24 = 48;

        /// <summary>function = gpiohs25: GPIO High speed 25.</summary>
        public const ulong FunctionGpiohs25 = 49;

        /// <summary>function = gpiohs26: GPIO High speed 26.</summary>
        public const ulong FunctionGpiohs26 = 50;

        /// <summary>function = gpiohs27: GPIO High speed 27.</summary>
        public const ulong FunctionGpiohs27 = 51;

        /// <summary>function = gpiohs28: GPIO High speed 28.</summary>
        public const ulong FunctionGpiohs28 = 52;

        /// <summary>function = gpiohs29: GPIO High speed 29.</summary>
        public const ulong FunctionGpiohs29 = 53;

        /// <summary>function = gpiohs30: GPIO High speed 30.</summary>
        public const ulong FunctionGpiohs30 = 54;

        /// <summary>function = gpiohs31: GPIO High speed 31.</summary>
        public const ulong FunctionGpiohs31 = 55;

        /// <summary>function = gpio0: GPIO pin 0.</summary>
        public const ulong FunctionGpio0 = 56;

        /// <summary>function = gpio1: GPIO pin 1.</summary>
        public const ulong FunctionGpio1 = 57;

        /// <summary>function = gpio2: GPIO pin 2.</summary>
        public const ulong FunctionGpio2 = 58;

        /// <summary>function = gpio3: GPIO pin 3.</summary>
        public const ulong FunctionGpio3 = 59;

        /// <summary>function = gpio4: GPIO pin 4.</summary>
        public const ulong FunctionGpio4 = 60;

        /// <summary>function = gpio5: GPIO pin 5.</summary>
        public const ulong FunctionGpio5 = 61;

        /// <summary>function = gpio6: GPIO pin 6.</summary>
        public const ulong FunctionGpio6 = 62;

        /// <summary>function = gpio7: GPIO pin 7.</summary>
        public const ulong FunctionGpio7 = 63;

        /// <summary>function = uart1_rx: UART1 Receiver.</summary>
        public const ulong FunctionUart1Rx = 64;

        /// <summary>function = uart1_tx: UART1 Transmitter.</summary>
        public const ulong FunctionUart1Tx = 65;

        /// <summary>function = uart2_rx: UART2 Receiver.</summary>
        public const ulong FunctionUart2Rx = 66;

        /// <summary>function = uart2_tx: UART2 Transmitter.</summary>
        public const ulong FunctionUart2Tx = 67;

        /// <summary>function = uart3_rx: UART3 Receiver.</summary>
        public const ulong FunctionUart3Rx = 68;

        /// <summary>function = uart3_tx: UART3 Transmitter.</summary>
        public const ulong FunctionUart3Tx = 69;

        /// <summary>function = spi1_d0: SPI1 Data 0.</summary>
        public const ulong FunctionSpi1D0 = 70;

        /// <summary>function = spi1_d1: SPI1 Data 1.</summary>
        public const ulong FunctionSpi1D1 = 71;

        /// <summary>function = spi1_d2: SPI1 Data 2.</summary>
        public const ulong FunctionSpi1D2 = 72;

        /// <summary>function = spi1_d3: SPI1 Data 3.</summary>
        public const ulong FunctionSpi1D3 = 73;

        /// <summary>function = spi1_d4: SPI1 Data 4.</summary>
        public const ulong FunctionSpi1D4 = 74;

        /// <summary>function = spi1_d5: SPI1 Data 5.</summary>
        public const ulong FunctionSpi1D5 = 75;

        /// <summary>function = spi1_d6: SPI1 Data 6.</summary>
        public const ulong FunctionSpi1D6 = 76;

        /// <summary>function = spi1_d7: SPI1 Data 7.</summary>
        public const ulong FunctionSpi1D7 = 77;

        /// <summary>function = spi1_ss0: SPI1 Chip Select 0.</summary>
        public const ulong FunctionSpi1Ss0 = 78;

        /// <summary>function = spi1_ss1: SPI1 Chip Select 1.</summary>
        public const ulong FunctionSpi1Ss1 = 79;

        /// <summary>function = spi1_ss2: SPI1 Chip Select 2.</summary>
        public const ulong FunctionSpi1Ss2 = 80;

        /// <summary>function = spi1_ss3: SPI1 Chip Select 3.</summary>
        public const ulong FunctionSpi1Ss3 = 81;

        /// <summary>function = spi1_arb: SPI1 Arbitration.</summary>
        public const ulong FunctionSpi1Arb = 82;

        /// <summary>function = spi1_sclk: SPI1 Serial Clock.</summary>
        public const ulong FunctionSpi1Sclk = 83;

        /// <summary>function = spi_slave_d0: SPI Slave Data 0.</summary>
        public const ulong FunctionSpiSlaveD0 = 84;

        /// <summary>function = spi_slave_ss: SPI Slave Select.</summary>
        public const ulong FunctionSpiSlaveSs = 85;

        /// <summary>function = spi_slave_sclk: SPI Slave Serial Clock.</summary>
        public const ulong FunctionSpiSlaveSclk = 86;

        /// <summary>function = i2s0_mclk: I2S0 Master Clock.</summary>
        public const ulong FunctionI2s0Mclk = 87;

        /// <summary>function = i2s0_sclk: I2S0 Serial Clock(BCLK).</summary>
        public const ulong FunctionI2s0Sclk = 88;

        /// <summary>function = i2s0_ws: I2S0 Word Select(LRCLK).</summary>
        public const ulong FunctionI2s0Ws = 89;

        /// <summary>function = i2s0_in_d0: I2S0 Serial Data Input 0.</summary>
        public const ulong FunctionI2s0InD0 = 90;

        /// <summary>function = i2s0_in_d1: I2S0 Serial Data Input 1.</summary>
        public const ulong FunctionI2s0InD1 = 91;

        /// <summary>function = i2s0_in_d2: I2S0 Serial Data Input 2.</summary>
        public const ulong FunctionI2s0InD2 = 92;

        /// <summary>function = i2s0_in_d3: I2S0 Serial Data Input 3.</summary>
        public const ulong FunctionI2s0InD3 = 93;

        /// <summary>function = i2s0_out_d0: I2S0 Serial Data Output 0.</summary>
        public const ulong FunctionI2s0OutD0 = 94;

        /// <summary>function = i2s0_out_d1: I2S0 Serial Data Output 1.</summary>
        public const ulong FunctionI2s0OutD1 = 95;

        /// <summary>function = i2s0_out_d2: I2S0 Serial Data Output 2.</summary>
        public const ulong FunctionI2s0OutD2 = 96;

        /// <summary>function = i2s0_out_d3: I2S0 Serial Data Output 3.</summary>
        public const ulong FunctionI2s0OutD3 = 97;

        /// <summary>function = i2s1_mclk: I2S1 Master Clock.</summary>
        public const ulong FunctionI2s1Mclk = 98;

        /// <summary>function = i2s1_sclk: I2S1 Serial Clock(BCLK).</summary>
        public const ulong FunctionI2s1Sclk = 99;

        /// <summary>function = i2s1_ws: I2S1 Word Select(LRCLK).</summary>
        public const ulong FunctionI2s1Ws = 100;

        /// <summary>function = i2s1_in_d0: I2S1 Serial Data Input 0.</summary>
        public const ulong FunctionI2s1InD0 = 101;

        /// <summary>function = i2s1_in_d1: I2S1 Serial Data Input 1.</summary>
        public const ulong FunctionI2s1InD1 = 102;

        /// <summary>function = i2s1_in_d2: I2S1 Serial Data Input 2.</summary>
        public const ulong FunctionI2s1InD2 = 103;

        /// <summary>function = i2s1_in_d3: I2S1 Serial Data Input 3.</summary>
        public const ulong FunctionI2s1InD3 = 104;

        /// <summary>function = i2s1_out_d0: I2S1 Serial Data Output 0.</summary>
        public const ulong FunctionI2s1OutD0 = 105;

        /// <summary>function = i2s1_out_d1: I2S1 Serial Data Output 1.</summary>
        public const ulong FunctionI2s1OutD1 = 106;

        /// <summary>function = i2s1_out_d2: I2S1 Serial Data Output 2.</summary>
        public const ulong FunctionI2s1OutD2 = 107;

        /// <summary>function = i2s1_out_d3: I2S1 Serial Data Output 3.</summary>
        public const ulong FunctionI2s1OutD3 = 108;

        /// <summary>function = i2s2_mclk: I2S2 Master Clock.</summary>
        public const ulong FunctionI2s2Mclk = 109;

        /// <summary>function = i2s2_sclk: I2S2 Serial Clock(BCLK).</summary>
        public const ulong FunctionI2s2Sclk = 110;

        /// <summary>function = i2s2_ws: I2S2 Word Select(LRCLK).</summary>
        public const ulong FunctionI2s2Ws = 111;

        /// <summary>function = i2s2_in_d0: I2S2 Serial Data Input 0.</summary>
        public const ulong FunctionI2s2InD0 = 112;

        /// <summary>function = i2s2_in_d1: I2S2 Serial Data Input 1.</summary>
        public const ulong FunctionI2s2InD1 = 113;

        /// <summary>function = i2s2_in_d2: I2S2 Serial Data Input 2.</summary>
        public const ulong FunctionI2s2InD2 = 114;

        /// <summary>function = i2s2_in_d3: I2S2 Serial Data Input 3.</summary>
        public const ulong FunctionI2s2InD3 = 115;

        /// <summary>function = i2s2_out_d0: I2S2 Serial Data Output 0.</summary>
        public const ulong FunctionI2s2OutD0 = 116;

        /// <summary>function = i2s2_out_d1: I2S2 Serial Data Output 1.</summary>
        public const ulong FunctionI2s2OutD1 = 117;

        /// <summary>function = i2s2_out_d2: I2S2 Serial Data Output 2.</summary>
        public const ulong FunctionI2s2OutD2 = 118;

        /// <summary>function = i2s2_out_d3: I2S2 Serial Data Output 3.</summary>
        public const ulong FunctionI2s2OutD3 = 119;

        /// <summary>function = resv0: Reserved function.</summary>
        public const ulong FunctionResv0 = 120;

        /// <summary>function = resv1: Reserved function.</summary>
        public const ulong FunctionResv1 = 121;

        /// <summary>function = resv2: Reserved function.</summary>
        public const ulong FunctionResv2 = 122;

        /// <summary>function = resv3: Reserved function.</summary>
        public const ulong FunctionResv3 = 123;

        /// <summary>function = resv4: Reserved function.</summary>
        public const ulong FunctionResv4 = 124;

        /// <summary>function = resv5: Reserved function.</summary>
        public const ulong FunctionResv5 = 125;

        /// <summary>function = i2c0_sclk: I2C0 Serial Clock.</summary>
        public const ulong FunctionI2c0Sclk = 126;

        /// <summary>function = i2c0_sda: I2C0 Serial Data.</summary>
        public const ulong FunctionI2c0Sda = 127;

        /// <summary>function = i2c1_sclk: I2C1 Serial Clock.</summary>
        public const ulong FunctionI2c1Sclk = 128;

        /// <summary>function = i2c1_sda: I2C1 Serial Data.</summary>
        public const ulong FunctionI2c1Sda = 129;

        /// <summary>function = i2c2_sclk: I2C2 Serial Clock.</summary>
        public const ulong FunctionI2c2Sclk = 130;

        /// <summary>function = i2c2_sda: I2C2 Serial Data.</summary>
        public const ulong FunctionI2c2Sda = 131;

        /// <summary>function = cmos_xclk: DVP System Clock.</summary>
        public const ulong FunctionCmosXclk = 132;

        /// <summary>function = cmos_rst: DVP System Reset.</summary>
        public const ulong FunctionCmosRst = 133;

        /// <summary>function = cmos_pwdn: DVP Power Down Mode.</summary>
        public const ulong FunctionCmosPwdn = 134;

        /// <summary>function = cmos_vsync: DVP Vertical Sync.</summary>
        public const ulong FunctionCmosVsync = 135;

        /// <summary>function = cmos_href: DVP Horizontal Reference output.</summary>
        public const ulong FunctionCmosHref = 136;

        /// <summary>function = cmos_pclk: Pixel Clock.</summary>
        public const ulong FunctionCmosPclk = 137;

        /// <summary>function = cmos_d0: Data Bit 0.</summary>
        public const ulong FunctionCmosD0 = 138;

        /// <summary>function = cmos_d1: Data Bit 1.</summary>
        public const ulong FunctionCmosD1 = 139;

        /// <summary>function = cmos_d2: Data Bit 2.</summary>
        public const ulong FunctionCmosD2 = 140;

        /// <summary>function = cmos_d3: Data Bit 3.</summary>
        public const ulong FunctionCmosD3 = 141;

        /// <summary>function = cmos_d4: Data Bit 4.</summary>
        public const ulong FunctionCmosD4 = 142;

        /// <summary>function = cmos_d5: Data Bit 5.</summary>
        public const ulong FunctionCmosD5 = 143;

        /// <summary>function = cmos_d6: Data Bit 6.</summary>
        public const ulong FunctionCmosD6 = 144;

        /// <summary>function = cmos_d7: Data Bit 7.</summary>
        public const ulong FunctionCmosD7 = 145;

        /// <summary>function = sccb_sclk: SCCB Serial Clock.</summary>
        public const ulong FunctionSccbSclk = 146;

        /// <summary>function = sccb_sda: SCCB Serial Data.</summary>
        public const ulong FunctionSccbSda = 147;

        /// <summary>function = uart1_cts: UART1 Clear To Send.</summary>
        public const ulong FunctionUart1Cts = 148;

        /// <summary>function = uart1_dsr: UART1 Data Set Ready.</summary>
        public const ulong FunctionUart1Dsr = 149;

        /// <summary>function = uart1_dcd: UART1 Data Carrier Detect.</summary>
        public const ulong FunctionUart1Dcd = 150;

        /// <summary>function = uart1_ri: UART1 Ring Indicator.</summary>
        public const ulong FunctionUart1Ri = 151;

        /// <summary>function = uart1_sir_in: UART1 Serial Infrared Input.</summary>
        public const ulong FunctionUart1SirIn = 152;

        /// <summary>function = uart1_dtr: UART1 Data Terminal Ready.</summary>
        public const ulong FunctionUart1Dtr = 153;

        /// <summary>function = uart1_rts: UART1 Request To Send.</summary>
        public const ulong FunctionUart1Rts = 154;

        /// <summary>function = uart1_out2: UART1 User-designated Output 2.</summary>
        public const ulong FunctionUart1Out2 = 155;

        /// <summary>function = uart1_out1: UART1 User-designated Output 1.</summary>
        public const ulong FunctionUart1Out1 = 156;

        /// <summary>function = uart1_sir_out: UART1 Serial Infrared Output.</summary>
        public const ulong FunctionUart1SirOut = 157;

        /// <summary>function = uart1_baud: UART1 Transmit Clock Output.</summary>
        public const ulong FunctionUart1Baud = 158;

        /// <summary>function = uart1_re: UART1 Receiver Output Enable.</summary>
        public const ulong FunctionUart1Re = 159;

        /// <summary>function = uart1_de: UART1 Driver Output Enable.</summary>
        public const ulong FunctionUart1De = 160;

        /// <summary>function = uart1_rs485_en: UART1 RS485 Enable.</summary>
        public const ulong FunctionUart1Rs485En = 161;

        /// <summary>function = uart2_cts: UART2 Clear To Send.</summary>
        public const ulong FunctionUart2Cts = 162;

        /// <summary>function = uart2_dsr: UART2 Data Set Ready.</summary>
        public const ulong FunctionUart2Dsr = 163;

        /// <summary>function = uart2_dcd: UART2 Data Carrier Detect.</summary>
        public const ulong FunctionUart2Dcd = 164;

        /// <summary>function = uart2_ri: UART2 Ring Indicator.</summary>
        public const ulong FunctionUart2Ri = 165;

        /// <summary>function = uart2_sir_in: UART2 Serial Infrared Input.</summary>
        public const ulong FunctionUart2SirIn = 166;

        /// <summary>function = uart2_dtr: UART2 Data Terminal Ready.</summary>
        public const ulong FunctionUart2Dtr = 167;

        /// <summary>function = uart2_rts: UART2 Request To Send.</summary>
        public const ulong FunctionUart2Rts = 168;

        /// <summary>function = uart2_out2: UART2 User-designated Output 2.</summary>
        public const ulong FunctionUart2Out2 = 169;

        /// <summary>function = uart2_out1: UART2 User-designated Output 1.</summary>
        public const ulong FunctionUart2Out1 = 170;

        /// <summary>function = uart2_sir_out: UART2 Serial Infrared Output.</summary>
        public const ulong FunctionUart2SirOut = 171;

        /// <summary>function = uart2_baud: UART2 Transmit Clock Output.</summary>
        public const ulong FunctionUart2Baud = 172;

        /// <summary>function = uart2_re: UART2 Receiver Output Enable.</summary>
        public const ulong FunctionUart2Re = 173;

        /// <summary>function = uart2_de: UART2 Driver Output Enable.</summary>
        public const ulong FunctionUart2De = 174;

        /// <summary>function = uart2_rs485_en: UART2 RS485 Enable.</summary>
        public const ulong FunctionUart2Rs485En = 175;

        /// <summary>function = uart3_cts: UART3 Clear To Send.</summary>
        public const ulong FunctionUart3Cts = 176;

        /// <summary>function = uart3_dsr: UART3 Data Set Ready.</summary>
        public const ulong FunctionUart3Dsr = 177;

        /// <summary>function = uart3_dcd: UART3 Data Carrier Detect.</summary>
        public const ulong FunctionUart3Dcd = 178;

        /// <summary>function = uart3_ri: UART3 Ring Indicator.</summary>
        public const ulong FunctionUart3Ri = 179;

        /// <summary>function = uart3_sir_in: UART3 Serial Infrared Input.</summary>
        public const ulong FunctionUart3SirIn = 180;

        /// <summary>function = uart3_dtr: UART3 Data Terminal Ready.</summary>
        public const ulong FunctionUart3Dtr = 181;

        /// <summary>function = uart3_rts: UART3 Request To Send.</summary>
        public const ulong FunctionUart3Rts = 182;

        /// <summary>function = uart3_out2: UART3 User-designated Output 2.</summary>
        public const ulong FunctionUart3Out2 = 183;

        /// <summary>function = uart3_out1: UART3 User-designated Output 1.</summary>
        public const ulong FunctionUart3Out1 = 184;

        /// <summary>function = uart3_sir_out: UART3 Serial Infrared Output.</summary>
        public const ulong FunctionUart3SirOut = 185;

        /// <summary>function = uart3_baud: UART3 Transmit Clock Output.</summary>
        public const ulong FunctionUart3Baud = 186;

        /// <summary>function = uart3_re: UART3 Receiver Output Enable.</summary>
        public const ulong FunctionUart3Re = 187;

        /// <summary>function = uart3_de: UART3 Driver Output Enable.</summary>
        public const ulong FunctionUart3De = 188;

        /// <summary>function = uart3_rs485_en: UART3 RS485 Enable.</summary>
        public const ulong FunctionUart3Rs485En = 189;

        /// <summary>function = timer0_toggle1: TIMER0 Toggle Output 1.</summary>
        public const ulong FunctionTimer0Toggle1 = 190;

        /// <summary>function = timer0_toggle2: TIMER0 Toggle Output 2.</summary>
        public const ulong FunctionTimer0Toggle2 = 191;

        /// <summary>function = timer0_toggle3: TIMER0 Toggle Output 3.</summary>
        public const ulong FunctionTimer0Toggle3 = 192;

        /// <summary>function = timer0_toggle4: TIMER0 Toggle Output 4.</summary>
        public const ulong FunctionTimer0Toggle4 = 193;

        /// <summary>function = timer1_toggle1: TIMER1 Toggle Output 1.</summary>
        public const ulong FunctionTimer1Toggle1 = 194;

        /// <summary>function = timer1_toggle2: TIMER1 Toggle Output 2.</summary>
        public const ulong FunctionTimer1Toggle2 = 195;

        /// <summary>function = timer1_toggle3: TIMER1 Toggle Output 3.</summary>
        public const ulong FunctionTimer1Toggle3 = 196;

        /// <summary>function = timer1_toggle4: TIMER1 Toggle Output 4.</summary>
        public const ulong FunctionTimer1Toggle4 = 197;

        /// <summary>function = timer2_toggle1: TIMER2 Toggle Output 1.</summary>
        public const ulong FunctionTimer2Toggle1 = 198;

        /// <summary>function = timer2_toggle2: TIMER2 Toggle Output 2.</summary>
        public const ulong FunctionTimer2Toggle2 = 199;

        /// <summary>function = timer2_toggle3: TIMER2 Toggle Output 3.</summary>
        public const ulong FunctionTimer2Toggle3 = 200;

        /// <summary>function = timer2_toggle4: TIMER2 Toggle Output 4.</summary>
        public const ulong FunctionTimer2Toggle4 = 201;

        /// <summary>function = clk_spi2: Clock SPI2.</summary>
        public const ulong FunctionClkSpi2 = 202;

        /// <summary>function = clk_i2c2: Clock I2C2.</summary>
        public const ulong FunctionClkI2c2 = 203;

        /// <summary>function = internal0: Internal function signal 0.</summary>
        public const ulong FunctionInternal0 = 204;

        /// <summary>function = internal1: Internal function signal 1.</summary>
        public const ulong FunctionInternal1 = 205;

        /// <summary>function = internal2: Internal function signal 2.</summary>
        public const ulong FunctionInternal2 = 206;

        /// <summary>function = internal3: Internal function signal 3.</summary>
        public const ulong FunctionInternal3 = 207;

        /// <summary>function = internal4: Internal function signal 4.</summary>
        public const ulong FunctionInternal4 = 208;

        /// <summary>function = internal5: Internal function signal 5.</summary>
        public const ulong FunctionInternal5 = 209;

        /// <summary>function = internal6: Internal function signal 6.</summary>
        public const ulong FunctionInternal6 = 210;

        /// <summary>function = internal7: Internal function signal 7.</summary>
        public const ulong FunctionInternal7 = 211;

        /// <summary>function = internal8: Internal function signal 8.</summary>
        public const ulong FunctionInternal8 = 212;

        /// <summary>function = internal9: Internal function signal 9.</summary>
        public const ulong FunctionInternal9 = 213;

        /// <summary>function = internal10: Internal function signal 10.</summary>
        public const ulong FunctionInternal10 = 214;

        /// <summary>function = internal11: Internal function signal 11.</summary>
        public const ulong FunctionInternal11 = 215;

        /// <summary>function = internal12: Internal function signal 12.</summary>
        public const ulong FunctionInternal12 = 216;

        /// <summary>function = internal13: Internal function signal 13.</summary>
        public const ulong FunctionInternal13 = 217;

        /// <summary>function = internal14: Internal function signal 14.</summary>
        public const ulong FunctionInternal14 = 218;

        /// <summary>function = internal15: Internal function signal 15.</summary>
        public const ulong FunctionInternal15 = 219;

        /// <summary>function = internal16: Internal function signal 16.</summary>
        public const ulong FunctionInternal16 = 220;

        /// <summary>function = internal17: Internal function signal 17.</summary>
        public const ulong FunctionInternal17 = 221;

        /// <summary>function = constant: Constant function.</summary>
        public const ulong FunctionConstant = 222;

        /// <summary>function = internal18: Internal function signal 18.</summary>
        public const ulong FunctionInternal18 = 223;

        /// <summary>function = debug0: Debug function 0.</summary>
        public const ulong FunctionDebug0 = 224;

        /// <summary>function = debug1: Debug function 1.</summary>
        public const ulong FunctionDebug1 = 225;

        /// <summary>function = debug2: Debug function 2.</summary>
        public const ulong FunctionDebug2 = 226;

        /// <summary>function = debug3: Debug function 3.</summary>
        public const ulong FunctionDebug3 = 227;

        /// <summary>function = debug4: Debug function 4.</summary>
        public const ulong FunctionDebug4 = 228;

        /// <summary>function = debug5: Debug function 5.</summary>
        public const ulong FunctionDebug5 = 229;

        /// <summary>function = debug6: Debug function 6.</summary>
        public const ulong FunctionDebug6 = 230;

        /// <summary>function = debug7: Debug function 7.</summary>
        public const ulong FunctionDebug7 = 231;

        /// <summary>function = debug8: Debug function 8.</summary>
        public const ulong FunctionDebug8 = 232;

        /// <summary>function = debug9: Debug function 9.</summary>
        public const ulong FunctionDebug9 = 233;

        /// <summary>function = debug10: Debug function 10.</summary>
        public const ulong FunctionDebug10 = 234;

        /// <summary>function = debug11: Debug function 11.</summary>
        public const ulong FunctionDebug11 = 235;

        /// <summary>function = debug12: Debug function 12.</summary>
        public const ulong FunctionDebug12 = 236;

        /// <summary>function = debug13: Debug function 13.</summary>
        public const ulong FunctionDebug13 = 237;

        /// <summary>function = debug14: Debug function 14.</summary>
        public const ulong FunctionDebug14 = 238;

        /// <summary>function = debug15: Debug function 15.</summary>
        public const ulong FunctionDebug15 = 239;

        /// <summary>function = debug16: Debug function 16.</summary>
        public const ulong FunctionDebug16 = 240;

        /// <summary>function = debug17: Debug function 17.</summary>
        public const ulong FunctionDebug17 = 241;

        /// <summary>function = debug18: Debug function 18.</summary>
        public const ulong FunctionDebug18 = 242;

        /// <summary>function = debug19: Debug function 19.</summary>
        public const ulong FunctionDebug19 = 243;

        /// <summary>function = debug20: Debug function 20.</summary>
        public const ulong FunctionDebug20 = 244;

        /// <summary>function = debug21: Debug function 21.</summary>
        public const ulong FunctionDebug21 = 245;

        /// <summary>function = debug22: Debug function 22.</summary>
        public const ulong FunctionDebug22 = 246;

        /// <summary>function = debug23: Debug function 23.</summary>
        public const ulong FunctionDebug23 = 247;

        /// <summary>function = debug24: Debug function 24.</summary>
        public const ulong FunctionDebug24 = 248;

        /// <summary>function = debug25: Debug function 25.</summary>
        public const ulong FunctionDebug25 = 249;

        /// <summary>function = debug26: Debug function 26.</summary>
        public const ulong FunctionDebug26 = 250;

        /// <summary>function = debug27: Debug function 27.</summary>
        public const ulong FunctionDebug27 = 251;

        /// <summary>function = debug28: Debug function 28.</summary>
        public const ulong FunctionDebug28 = 252;

        /// <summary>function = debug29: Debug function 29.</summary>
        public const ulong FunctionDebug29 = 253;

        /// <summary>function = debug30: Debug function 30.</summary>
        public const ulong FunctionDebug30 = 254;

        /// <summary>function = debug31: Debug function 31.</summary>
        public const ulong FunctionDebug31 = 255;
    }
}
