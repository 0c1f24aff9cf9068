/* The board's SD slot as the file layer's drive D: (see nfk_file_layer_k210_sd.h). The card is started the way the
 * model runner starts it (ports/k210/model_runner.c): FPIOA pins, the SPI block's clock, CMD0..ACMD41, then the FAT
 * volume on it. */
#include "nfk_file_layer_k210_sd.h"

#include <stdio.h>

#include "k210_board.h"
#include "k210_fpioa.h"
#include "k210_fpioa_regs.h"
#include "k210_gpiohs_regs.h"
#include "k210_sd_blockdev.h"
#include "k210_sdcard.h"
#include "k210_spi_regs.h"
#include "k210_sysctl.h"
#include "nfk_file_layer_fat.h"

static k210_sdcard_t card;
static char message[96];

static nfk_fl_result_t start_card(void)
{
    const k210_board_t *b = &k210_board;
    k210_sysctl_t sysctl = k210_sysctl_default();
    k210_clock_t clock = b->sd_spi_base == K210_SPI_BASE ? K210_CLOCK_SPI0 : K210_CLOCK_SPI1;
    for (unsigned i = 0; i < b->sd.count; i++) {
        k210_fpioa_set_function(K210_FPIOA_BASE, b->sd.pins[i].pad, b->sd.pins[i].function);
    }
    k210_sysctl_clock_enable(&sysctl, clock);
    card = k210_sd_device(k210_spi_device(b->sd_spi_base, false), K210_GPIOHS_BASE, b->sd_cs_gpiohs,
                          k210_sysctl_clock_freq(&sysctl, clock));
    k210_sd_result_t r = k210_sd_init(&card);
    if (r != K210_SD_OK) {
        snprintf(message, sizeof message, "SD card: %s", k210_sd_result_text(r));
        return r == K210_SD_NO_CARD ? NFK_FL_NO_VOLUME : NFK_FL_IO_ERROR;
    }
    return NFK_FL_OK;
}

static nfk_fl_result_t mount_card(uint32_t slot)
{
    if (slot != 0) {
        return NFK_FL_NO_VOLUME;
    }
    if (nfk_fl_find_drive("D:") != NULL) {
        return NFK_FL_OK;
    }
    nfk_fl_result_t r = start_card();
    if (r != NFK_FL_OK) {
        return r;
    }
    fat_blockdev_t dev = k210_sd_blockdev(&card, 0xFFFFFFFFu);
    r = nfk_fl_fat_mount("D:", true, &dev);
    if (r != NFK_FL_OK) {
        snprintf(message, sizeof message, "SD card: %s", nfk_fl_fat_last_message());
    }
    return r;
}

static nfk_fl_result_t unmount_card(uint32_t slot)
{
    return slot == 0 ? nfk_fl_fat_unmount("D:") : NFK_FL_NO_VOLUME;
}

/* No card-detect pin on these boards: a card is present when one is mounted or answers now. */
static bool card_present(uint32_t slot)
{
    return slot == 0 && (nfk_fl_find_drive("D:") != NULL || start_card() == NFK_FL_OK);
}

static const nfk_fl_platform_t k210_sd_platform = {
    .mount_card = mount_card,
    .unmount_card = unmount_card,
    .card_present = card_present,
};

nfk_fl_result_t nfk_fl_k210_sd_install(void)
{
    message[0] = '\0';
    nfk_fl_set_platform(&k210_sd_platform);
    nfk_fl_set_working_directory("D:\\"); /* the board has no other drive: relative paths are on the card */
    nfk_fl_result_t r = mount_card(0);
    return r == NFK_FL_NO_VOLUME ? NFK_FL_OK : r;
}

const char *nfk_fl_k210_sd_message(void) { return message; }
