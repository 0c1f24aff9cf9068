/* nanoclr-board: nanoCLR on the K210. Clocks and the UARTHS console as the model runner sets them (115200 8N1),
 * the KPU completion interrupt routed through the PLIC (the K210 natives' models wait on it), the SD card as the
 * file layer's drive D: (System.IO, Kpu.Load(path)), then the deployment image (the .pe files of an app and its
 * references, mscorlib first, at 4-byte boundaries: what `nfk210 build` writes as APP.bin) is read from SPI flash
 * at NFK_CLR_DEPLOYMENT_OFFSET and run. The status (0: Main returned, 1: unhandled exception, 2: load failure) is
 * printed and the hart halts. */
#include <stdbool.h>
#include <stdio.h>

#include "k210_board.h"
#include "k210_fpioa.h"
#include "k210_fpioa_regs.h"
#include "k210_kpu.h"
#include "k210_spi3_regs.h"
#include "k210_spi_regs.h"
#include "k210_sysctl.h"
#include "k210_uarths.h"
#include "k210_uarths_regs.h"
#include "k210_w25q.h"
#include "nfk210_board_api.h"
#include "nfk_clr_riscv.h"
#include "nfk_file_layer_k210_sd.h"
#include "port_k210.h"

#define CONSOLE_BAUD 115200u
#define MTIME_DIVIDER 50u /* the K210's CLINT counts at the CPU clock / 50 */

#ifndef NFK_CLR_DEPLOYMENT_OFFSET
#error "NFK_CLR_DEPLOYMENT_OFFSET (where the deployment image lies in SPI flash) must be defined"
#endif
#ifndef NFK_CLR_DEPLOYMENT_MAX_BYTES
#error "NFK_CLR_DEPLOYMENT_MAX_BYTES (the size of the flash region for the deployment image) must be defined"
#endif

static k210_sysctl_t sysctl;

/* The SPI flash for the K210 natives (Storage.ReadFlash, models from flash): set once it answered. */
const k210_w25q_t *nfk_clr_board_flash;

static void board_init(void)
{
    port_k210_board_start(&sysctl, CONSOLE_BAUD);
    nfk_clr_set_mtime_hz(k210_sysctl_clock_freq(&sysctl, K210_CLOCK_CPU) / MTIME_DIVIDER);
}

static bool read_flash(void *context, uint32_t offset, void *buffer, size_t length)
{
    return k210_w25q_read((const k210_w25q_t *)context, offset, buffer, length) == K210_W25Q_OK;
}

int main(void)
{
    board_init();
    printf("nanoCLR on %s (nf-k210), CPU %lu Hz; managed heap %lu bytes, native heap %lu bytes\n", k210_board.name,
           (unsigned long)k210_sysctl_clock_freq(&sysctl, K210_CLOCK_CPU),
           (unsigned long)nfk_clr_managed_heap_bytes(), (unsigned long)nfk_clr_native_heap_bytes());

    /* The KPU's completion interrupt, for the K210 natives (Kpu.Run) to wait on. */
    static k210_kpu_config_t kpu_config;
    kpu_config = k210_kpu_default_config();
    port_k210_kpu_irq(&kpu_config);
    nfk210_board_set_kpu_config(&kpu_config);

    /* No card is not an error: SDCard.Mount may find one later. */
    if (nfk_fl_k210_sd_install() != NFK_FL_OK)
        printf("nanoclr: SD card: %s\n", nfk_fl_k210_sd_message());

    k210_sysctl_spi3_from_pll0(&sysctl, false); /* 26 MHz / 2 from the oscillator: safe for any W25Q */
    k210_sysctl_clock_enable(&sysctl, K210_CLOCK_SPI3);
    static k210_w25q_t flash;
    flash = (k210_w25q_t){ k210_spi_device(K210_SPI3_BASE, true), 0, 0 };
    if (k210_w25q_probe(&flash, k210_sysctl_clock_freq(&sysctl, K210_CLOCK_SPI3), 13000000u, NULL) != K210_W25Q_OK) {
        printf("nanoclr: no flash answers on SPI3: no deployment to run\n");
        return NFK_CLR_EXIT_LOAD;
    }
    nfk_clr_board_flash = &flash;
    size_t size = 0;
    uint8_t *image = nfk_clr_read_deployment(read_flash, &flash, NFK_CLR_DEPLOYMENT_OFFSET,
                                             NFK_CLR_DEPLOYMENT_MAX_BYTES, &size);
    if (image == NULL)
        return NFK_CLR_EXIT_LOAD;
    int status = nfk_clr_run(image, size, "the flash deployment", false);
    printf("nanoclr: the program ended with status %d\n", status);
    return status;
}
