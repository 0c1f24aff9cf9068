/*
 * k210_memory_map.h -- K210 memory map
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/memory_map.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Physical address ranges used by the firmware. The general SRAM and the KPU RAM are each reachable
 * through a cached alias (0x80xxxxxx) and a non-cached alias (0x40xxxxxx) of the same bytes.
 * Register block bases are listed for reference and cross-checked against the block specs; the
 * block headers own the K210_<BLOCK>_BASE macros.
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 *   [SPEC] spec/kpu.md (nf-k210 KPU emulator specification), section number given after the tag
 */

#ifndef K210_MEMORY_MAP_H_
#define K210_MEMORY_MAP_H_

/*
 * sram: General SRAM, 6 MiB, cached alias; the non-cached alias maps the same bytes. [S1
 * lib/bsp/include/platform.h RAM_BASE_ADDR RAM_SIZE IO_BASE_ADDR]; [SPEC 2]
 */
#define K210_SRAM_BASE                                           0x80000000ull
#define K210_SRAM_SIZE                                           0x600000ull
#define K210_SRAM_UNCACHED_BASE                                  0x40000000ull

/*
 * kpu_ram: KPU RAM (AI SRAM), 2 MiB = 32768 lines of 64 bytes; usable only while PLL1 runs, and by
 * the CPU only while the KPU is idle. [S1 lib/bsp/include/platform.h AI_RAM_BASE_ADDR AI_RAM_SIZE
 * AI_IO_BASE_ADDR]; [SPEC 2]; [SPEC 6]
 */
#define K210_KPU_RAM_BASE                                        0x80600000ull
#define K210_KPU_RAM_SIZE                                        0x200000ull
#define K210_KPU_RAM_UNCACHED_BASE                               0x40600000ull

/* Bytes per KPU RAM line; layer arguments address KPU RAM in lines. [SPEC 2]; [SPEC 6] */
#define K210_KPU_RAM_LINE_BYTES                                  64
/* Lines in KPU RAM (K210_KPU_RAM_SIZE / K210_KPU_RAM_LINE_BYTES). [SPEC 6] */
#define K210_KPU_RAM_LINES                                       32768

/*
 * Register blocks (bases are defined by the block headers, not here):
 *   K210_PLIC_BASE = 0x0C000000 (k210_plic_regs.h) [S1 lib/bsp/include/platform.h PLIC_BASE_ADDR]
 *   K210_UARTHS_BASE = 0x38000000 (k210_uarths_regs.h) [S1 lib/bsp/include/platform.h UARTHS_BASE_ADDR]
 *   K210_GPIOHS_BASE = 0x38001000 (k210_gpiohs_regs.h) [S1 lib/bsp/include/platform.h GPIOHS_BASE_ADDR]
 *   K210_KPU_BASE = 0x40800000, 12 MiB window (k210_kpu_regs.h) [S1 lib/bsp/include/platform.h AI_BASE_ADDR AI_SIZE]
 *   K210_DMAC_BASE = 0x50000000 (k210_dmac_regs.h) [S1 lib/bsp/include/platform.h DMAC_BASE_ADDR]
 *   K210_FPIOA_BASE = 0x502B0000 (k210_fpioa_regs.h) [S1 lib/bsp/include/platform.h FPIOA_BASE_ADDR]
 *   K210_DVP_BASE = 0x50430000 (k210_dvp_regs.h) [S1 lib/bsp/include/platform.h DVP_BASE_ADDR]
 *   K210_SYSCTL_BASE = 0x50440000 (k210_sysctl_regs.h) [S1 lib/bsp/include/platform.h SYSCTL_BASE_ADDR]
 *   K210_SPI_BASE = 0x52000000 (k210_spi_regs.h) [S1 lib/bsp/include/platform.h SPI0_BASE_ADDR]
 *   K210_SPI_SPI1_BASE = 0x53000000 (k210_spi_regs.h) [S1 lib/bsp/include/platform.h SPI1_BASE_ADDR]
 *   K210_SPI3_BASE = 0x54000000 (k210_spi3_regs.h) [S1 lib/bsp/include/platform.h SPI3_BASE_ADDR]
 */

#endif /* K210_MEMORY_MAP_H_ */
