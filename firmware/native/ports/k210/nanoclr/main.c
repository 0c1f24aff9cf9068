/* nanoclr-board: nanoCLR on the K210. Clocks and the UARTHS console as the model runner sets them (115200 8N1),
 * the KPU completion interrupt routed through the PLIC (the K210 natives' models wait on it), the SD card as the
 * file layer's drive D: (System.IO, Kpu.Load(path)), then the deployment image (the .pe files of an app and its
 * references, mscorlib first, at 4-byte boundaries: what `nfk210 build` writes as APP.bin) is read from SPI flash
 * at NFK_CLR_DEPLOYMENT_OFFSET and run. The status (0: Main returned, 1: unhandled exception, 2: load failure) is
 * printed. With the wire protocol (NFK_CLR_BOARD_WIRE_PROTOCOL) the console doubles as nanoFramework's debug port:
 * the flash region is the DEPLOYMENT block storage `nfk210 deploy` erases and writes, and after the app the board
 * serves deployments until the host asks for a reboot, which resets the chip so that it boots the new app.
 * Without it, the hart halts. */
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
#if defined(NFK_CLR_BOARD_WIRE_PROTOCOL)
#include "nfk_clr_deploy_flash.h"
#include "nfk_wp_deployment_storage.h"
#include "nfk_wp_port.h"
#include "nfk_wp_session.h"
#include "nfk_wp_uart_k210.h"

/* A sector erase takes up to 400 ms, a page program 3 ms (W25Q128 datasheet); a status read at 13 MHz about 2 us. */
#define FLASH_MAX_BUSY_POLLS 1000000u
#endif

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

#if defined(NFK_CLR_BOARD_WIRE_PROTOCOL)
void nfk_wp_board_reset(void)
{
    k210_sysctl_soft_reset(&sysctl);
    for (;;)
        __asm__ volatile("wfi");
}

/* The flash region becomes the debugger's DEPLOYMENT storage, and received bytes reach the wire protocol. */
static void wire_protocol_start(const k210_w25q_t *flash)
{
    static nfk_clr_deploy_flash_t deploy;
    static nfk_wp_medium_t medium;
    deploy = (nfk_clr_deploy_flash_t){ flash, FLASH_MAX_BUSY_POLLS };
    medium = nfk_clr_deploy_flash_medium(&deploy);
    nfk_wp_deployment_storage_init_medium(NFK_CLR_DEPLOYMENT_OFFSET, NFK_CLR_DEPLOYMENT_MAX_BYTES,
                                          K210_W25Q_SECTOR_BYTES, &medium);
    nfk_wp_uart_k210_start();
    nfk_wp_enable();
}
#endif

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
#if defined(NFK_CLR_BOARD_WIRE_PROTOCOL)
    wire_protocol_start(&flash);
#endif
    size_t size = 0;
    uint8_t *image = nfk_clr_read_deployment(read_flash, &flash, NFK_CLR_DEPLOYMENT_OFFSET,
                                             NFK_CLR_DEPLOYMENT_MAX_BYTES, &size);
#if !defined(NFK_CLR_BOARD_WIRE_PROTOCOL)
    if (image == NULL)
        return NFK_CLR_EXIT_LOAD;
#endif
    /* (with the wire protocol an empty region still starts nanoCLR: its debugger takes the first deployment) */
    int status = nfk_clr_run(image, size,
                             image != NULL ? "the flash deployment"
                                           : "the flash deployment (empty: deploy an app with `nfk210 deploy APP --port PORT`)",
                             false);
    printf("nanoclr: the program ended with status %d\n", status);
#if defined(NFK_CLR_BOARD_WIRE_PROTOCOL)
    nfk_wp_session_serve(); /* until the host reboots the board */
#endif
    return status;
}
