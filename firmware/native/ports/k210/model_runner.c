/* K210 model runner: clocks and console, then a model from the SD card
 * (FAT, /model.kmodel), from flash at an offset, or uploaded over the serial
 * protocol of README.md; runs inputs on the KPU through the same core as the
 * host and sends the outputs back, so `nfk210 run --target board` writes the
 * host's files. One model area takes nearly all of the heap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fat.h"
#include "k210_board.h"
#include "k210_fpioa.h"
#include "k210_fpioa_regs.h"
#include "k210_gpiohs_regs.h"
#include "k210_sd_blockdev.h"
#include "k210_sdcard.h"
#include "k210_spi3_regs.h"
#include "k210_spi_regs.h"
#include "k210_sysctl.h"
#include "k210_uarths.h"
#include "k210_uarths_regs.h"
#include "k210_w25q.h"
#include "kmodel_v3.h"
#include "kpu_nn_backend.h"
#include "nn_v3_runtime.h"
#include "port_k210.h"
#include "serial_protocol.h"

#define CONSOLE_BAUD 115200u
#define HEAP_RESERVE (32u * 1024u) /* picolibc's own allocations, frame headers */
#define MODEL_ALIGN 256u

extern char __heap_start[], __heap_end[];

static k210_sysctl_t sysctl;
static kpu_nn_backend_t kpu_storage;
static nn_backend_t backend;
static uint8_t *area;      /* model area: file, then main buffer and input staging, then the input */
static size_t area_bytes;
static nn_v3_runtime_t rt;
static bool loaded;
static size_t input_bytes, input_have;
static uint8_t *input;

/* ---- serial frames ---- */

static uint8_t getb(void)
{
    int c;
    while ((c = k210_uarths_getc(K210_UARTHS_BASE)) < 0)
        ;
    return (uint8_t)c;
}

static void send_frame(uint8_t cmd, const uint8_t *a, uint32_t alen, const uint8_t *b, uint32_t blen)
{
    uint8_t head[SP_HEADER] = { SP_SYNC0, SP_SYNC1, cmd, (uint8_t)(alen + blen), (uint8_t)((alen + blen) >> 8),
                                (uint8_t)((alen + blen) >> 16), (uint8_t)((alen + blen) >> 24) };
    uint32_t crc = sp_crc32(0, head + 2, 5);
    crc = sp_crc32(crc, a, alen);
    crc = sp_crc32(crc, b, blen);
    uint8_t tail[4] = { (uint8_t)crc, (uint8_t)(crc >> 8), (uint8_t)(crc >> 16), (uint8_t)(crc >> 24) };
    k210_uarths_write(K210_UARTHS_BASE, head, sizeof head);
    k210_uarths_write(K210_UARTHS_BASE, a, alen);
    k210_uarths_write(K210_UARTHS_BASE, b, blen);
    k210_uarths_write(K210_UARTHS_BASE, tail, sizeof tail);
}

static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static uint32_t get32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }

static void send_error(uint32_t code, const char *message)
{
    uint8_t c[4];
    put32(c, code);
    send_frame(SP_ERROR, c, 4, (const uint8_t *)message, (uint32_t)strlen(message));
}

/* ---- model area and loading ---- */

/* Why a model does not fit, with the numbers; NULL when it does. */
static const char *fit(size_t file, const nn_v3_memory_t *need, char *msg, size_t cap)
{
    size_t total = need != NULL ? need->arena_bytes + need->input_bytes : file + MODEL_ALIGN;
    if (total <= area_bytes)
        return NULL;
    snprintf(msg, cap, "model does not fit: it needs %zu bytes (file %zu%s), the runner has %zu: %zu bytes too many",
             total, file, need != NULL ? " + main buffer + input, twice the input" : "", area_bytes, total - area_bytes);
    return msg;
}

/* The file is at area[0..size): parse it in place and set the runtime up there. */
static int start_model(size_t size, char *msg, size_t cap)
{
    kmodel_v3_t parsed;
    nn_error_t err = { NN_OK, "" };
    loaded = false;
    if (kmodel_v3_parse(area, size, &parsed, &err) != NN_OK) {
        snprintf(msg, cap, "%s", err.message);
        return (int)err.code;
    }
    nn_v3_memory_t need = nn_v3_memory_needs(&parsed);
    if (fit(size, &need, msg, cap) != NULL)
        return NN_ERR_OUT_OF_MEMORY;
    /* nn_v3_init copies the file to the arena's start, where it already is. */
    if (nn_v3_init(&rt, &parsed, area, area_bytes, backend, &err) != NN_OK) {
        snprintf(msg, cap, "%s", err.message);
        return (int)err.code;
    }
    input_bytes = rt.input.bytes;
    input = area + ((need.arena_bytes + 7) & ~(size_t)7);
    input_have = 0;
    loaded = true;
    return 0;
}

static int load_from_sd(const char *path, char *msg, size_t cap)
{
    const k210_board_t *b = &k210_board;
    for (unsigned i = 0; i < b->sd.count; i++)
        k210_fpioa_set_function(K210_FPIOA_BASE, b->sd.pins[i].pad, b->sd.pins[i].function);
    k210_sysctl_clock_enable(&sysctl, b->sd_spi_base == K210_SPI_BASE ? K210_CLOCK_SPI0 : K210_CLOCK_SPI1);
    uint32_t spi_hz = k210_sysctl_clock_freq(&sysctl, b->sd_spi_base == K210_SPI_BASE ? K210_CLOCK_SPI0 : K210_CLOCK_SPI1);
    static k210_sdcard_t card;
    card = k210_sd_device(k210_spi_device(b->sd_spi_base, false), K210_GPIOHS_BASE, b->sd_cs_gpiohs, spi_hz);
    k210_sd_result_t sr = k210_sd_init(&card);
    if (sr != K210_SD_OK) {
        snprintf(msg, cap, "SD card: %s", k210_sd_result_text(sr));
        return NN_ERR_HARDWARE;
    }
    static fat_volume_t vol;
    fat_blockdev_t dev = k210_sd_blockdev(&card, 0xFFFFFFFFu);
    fat_file_t f;
    fat_result_t fr = fat_mount(&vol, &dev);
    if (fr == FAT_OK)
        fr = fat_open(&vol, path, &f);
    if (fr != FAT_OK) {
        snprintf(msg, cap, "%s: %s%s%s", path, fat_result_text(fr), vol.message[0] ? ": " : "", vol.message);
        return NN_ERR_ARGUMENT;
    }
    if (fit(fat_size(&f), NULL, msg, cap) != NULL)
        return NN_ERR_OUT_OF_MEMORY;
    size_t got = 0;
    if ((fr = fat_read(&f, area, fat_size(&f), &got)) != FAT_OK || got != fat_size(&f)) {
        snprintf(msg, cap, "%s: %s %s", path, fat_result_text(fr), vol.message);
        return NN_ERR_HARDWARE;
    }
    return start_model(got, msg, cap);
}

static int load_from_flash(uint32_t offset, uint32_t size, char *msg, size_t cap)
{
    k210_sysctl_spi3_from_pll0(&sysctl, false); /* 26 MHz / 2 from the oscillator: safe for any W25Q */
    k210_sysctl_clock_enable(&sysctl, K210_CLOCK_SPI3);
    k210_w25q_t flash = { k210_spi_device(K210_SPI3_BASE, true), 0, 0 };
    if (k210_w25q_probe(&flash, k210_sysctl_clock_freq(&sysctl, K210_CLOCK_SPI3), 13000000u, NULL) != K210_W25Q_OK) {
        snprintf(msg, cap, "no flash answers on SPI3");
        return NN_ERR_HARDWARE;
    }
    if (fit(size, NULL, msg, cap) != NULL)
        return NN_ERR_OUT_OF_MEMORY;
    if (k210_w25q_read(&flash, offset, area, size) != K210_W25Q_OK) {
        snprintf(msg, cap, "flash range 0x%lx + %lu is outside the %lu-byte flash", (unsigned long)offset,
                 (unsigned long)size, (unsigned long)flash.size);
        return NN_ERR_ARGUMENT;
    }
    return start_model(size, msg, cap);
}

/* ---- commands ---- */

static void reply_loaded(int rc, const char *msg)
{
    if (rc != 0) {
        send_error((uint32_t)rc, msg);
        return;
    }
    uint8_t p[8];
    put32(p, (uint32_t)input_bytes);
    put32(p + 4, rt.model.header.output_count);
    send_frame(SP_OK, p, 8, NULL, 0);
}

/* Receives the payload of a frame straight to dst (cap bytes); false on a CRC mismatch. */
static bool receive_payload(uint8_t *dst, uint32_t len, uint32_t crc)
{
    for (uint32_t i = 0; i < len; i++) {
        uint8_t b = getb();
        crc = sp_crc32(crc, &b, 1);
        if (dst != NULL)
            dst[i] = b;
    }
    uint8_t t[4] = { getb(), getb(), getb(), getb() };
    return get32(t) == crc;
}

static void serve(void)
{
    char msg[NN_ERROR_MESSAGE_BYTES + 64];
    for (;;) {
        if (getb() != SP_SYNC0 || getb() != SP_SYNC1)
            continue;
        uint8_t h[5];
        for (int i = 0; i < 5; i++)
            h[i] = getb();
        uint8_t cmd = h[0];
        uint32_t len = get32(h + 1), crc = sp_crc32(0, h, 5);
        /* Where the payload goes: model uploads into the area, inputs after the arena, the rest on the stack. */
        uint8_t small[256];
        uint8_t *dst = small;
        if (cmd == SP_LOAD && len > sizeof small && len - 1 <= area_bytes) {
            small[0] = getb(); /* source byte */
            crc = sp_crc32(crc, small, 1);
            dst = area;
            len -= 1;
        } else if (cmd == SP_INPUT && loaded && len == input_bytes) {
            dst = input;
        } else if (len > sizeof small) {
            dst = NULL; /* drain it, then refuse */
        }
        bool ok = receive_payload(dst, len, crc);
        if (!ok) {
            send_error(NN_ERR_ARGUMENT, "frame CRC mismatch: resend");
            continue;
        }
        if (dst == NULL) {
            snprintf(msg, sizeof msg, cmd == SP_INPUT ? "input of %lu bytes: the model takes %lu"
                                                      : "frame of %lu bytes is too large (limit %lu)",
                     (unsigned long)len, (unsigned long)(cmd == SP_INPUT ? input_bytes : area_bytes));
            send_error(cmd == SP_INPUT ? NN_ERR_INPUT_SIZE : NN_ERR_OUT_OF_MEMORY, msg);
            continue;
        }
        switch (cmd) {
        case SP_HELLO: {
            uint8_t p[12];
            put32(p, 1);
            put32(p + 4, (uint32_t)area_bytes);
            put32(p + 8, loaded ? (uint32_t)input_bytes : 0);
            send_frame(SP_INFO, p, 12, (const uint8_t *)k210_board.name, (uint32_t)strlen(k210_board.name));
            break;
        }
        case SP_LOAD: {
            int rc;
            if (dst == area)
                rc = small[0] == 0 ? start_model(len, msg, sizeof msg) : (snprintf(msg, sizeof msg, "bad source"), 1);
            else if (len >= 1 && small[0] == 1) {
                small[len < sizeof small ? len : sizeof small - 1] = '\0';
                rc = load_from_sd((const char *)small + 1, msg, sizeof msg);
            } else if (len == 9 && small[0] == 2)
                rc = load_from_flash(get32(small + 1), get32(small + 5), msg, sizeof msg);
            else if (len - 1 > area_bytes)
                rc = (int)NN_ERR_OUT_OF_MEMORY, (void)fit(len - 1, NULL, msg, sizeof msg);
            else
                rc = NN_ERR_ARGUMENT, snprintf(msg, sizeof msg, "LOAD: unknown source or length");
            reply_loaded(rc, msg);
            break;
        }
        case SP_INPUT:
            if (!loaded) {
                send_error(NN_ERR_STATE, "no model loaded");
                break;
            }
            input_have = len;
            send_frame(SP_OK, NULL, 0, NULL, 0);
            break;
        case SP_RUN: {
            nn_error_t err = { NN_OK, "" };
            if (!loaded || input_have != input_bytes) {
                send_error(NN_ERR_STATE, loaded ? "no input uploaded" : "no model loaded");
                break;
            }
            if (nn_v3_run(&rt, input, input_bytes, 0, NULL, NULL, &err) != NN_OK) {
                send_error((uint32_t)err.code, err.message);
                break;
            }
            uint32_t n = rt.model.header.output_count;
            uint8_t p[4 + 4 * 16];
            put32(p, n);
            for (uint32_t i = 0; i < n && i < 16; i++) {
                const uint8_t *data;
                size_t size = 0;
                nn_v3_output(&rt, i, &data, &size, NULL);
                put32(p + 4 + 4 * i, (uint32_t)size);
            }
            send_frame(SP_DONE, p, 4 + 4 * (n < 16 ? n : 16), NULL, 0);
            break;
        }
        case SP_OUTPUT: {
            const uint8_t *data;
            size_t size;
            nn_error_t err = { NN_OK, "" };
            if (len != 4 || nn_v3_output(&rt, get32(small), &data, &size, &err) != NN_OK) {
                send_error(err.code != NN_OK ? (uint32_t)err.code : NN_ERR_ARGUMENT,
                           err.code != NN_OK ? err.message : "OUTPUT wants a 4-byte index");
                break;
            }
            send_frame(SP_DATA, data, (uint32_t)size, NULL, 0);
            break;
        }
        default: send_error(NN_ERR_ARGUMENT, "unknown command"); break;
        }
    }
}

static void board_init(void)
{
    port_k210_board_start(&sysctl, CONSOLE_BAUD);
}

int main(void)
{
    extern char _k210_entry[], __bss_end[];
    board_init();
    size_t heap = (size_t)(__heap_end - __heap_start);
    area_bytes = heap - HEAP_RESERVE - MODEL_ALIGN;
    area = aligned_alloc(MODEL_ALIGN, area_bytes);
    printf("nfk210 model runner on %s, CPU %lu Hz, KPU %lu Hz\n", k210_board.name,
           (unsigned long)k210_sysctl_clock_freq(&sysctl, K210_CLOCK_CPU),
           (unsigned long)k210_sysctl_clock_freq(&sysctl, K210_CLOCK_AI));
    printf("memory: image %lu bytes, heap %lu, model area %lu%s\n", (unsigned long)(__bss_end - _k210_entry),
           (unsigned long)heap, (unsigned long)area_bytes, area == NULL ? " (allocation FAILED)" : "");
    k210_kpu_config_t cfg = k210_kpu_default_config();
    port_k210_kpu_irq(&cfg);
    backend = kpu_nn_backend_init(&kpu_storage, &cfg);
    char msg[NN_ERROR_MESSAGE_BYTES + 64];
    if (area != NULL && load_from_sd("/model.kmodel", msg, sizeof msg) == 0)
        printf("loaded /model.kmodel from the SD card\n");
    else
        printf("no model on the SD card (%s); waiting for one over the serial protocol\n", area ? msg : "no memory");
    serve();
    return 0;
}
