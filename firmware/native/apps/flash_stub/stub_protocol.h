/* nf-k210's stage-2 flash program ("ISP program", spec kflash-isp.md §7.2):
 * the protocol loop, portable C over two small interfaces so that the host
 * tests run it as is.
 *
 *   serial: the UART (UARTHS on the chip; a byte queue in the tests)
 *   flash:  erase a 4 KiB sector, program within a 256-byte page, read, identify
 *
 * Opcodes: the spec's core set (D2 greeting, D3 erase, D4 write, D6 baud, D7
 * init) plus extensions other stubs do not have and answer with E3:
 *   D9 read   address, length <= 4096       -> D9 E0 data
 *   DA hash   address, length                -> DA E0 SHA-256 (32 bytes)
 *   DE info   -                              -> DE E0 JEDEC id (3 bytes, MSB first), capacity (u32 LE)
 * A write (D4) may have any length: sectors it covers only in part keep their
 * other bytes (read, erase, merge, program).
 * After a baud change (D6) the stub returns to 115200 if no valid packet
 * arrives within STUB_BAUD_PROBATION_MS, so a host whose USB bridge cannot
 * run at the new rate can fall back (tools/NfK210.Flasher waits longer). */
#ifndef STUB_PROTOCOL_H
#define STUB_PROTOCOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STUB_ISP_BAUD 115200u
#define STUB_BAUD_PROBATION_MS 1500u
#define STUB_MAX_DATA 65536u
#define STUB_HEADER 16u
#define STUB_SECTOR 4096u
#define STUB_PAGE 256u
#define STUB_MAX_READ 4096u

enum {
    STUB_OP_DEBUG_INFO = 0xD1,
    STUB_OP_GREETING = 0xD2,
    STUB_OP_ERASE = 0xD3,
    STUB_OP_WRITE = 0xD4,
    STUB_OP_BAUD = 0xD6,
    STUB_OP_INIT = 0xD7,
    STUB_OP_READ = 0xD9,
    STUB_OP_HASH = 0xDA,
    STUB_OP_INFO = 0xDE,
};

enum {
    STUB_OK = 0xE0,
    STUB_BAD_LENGTH = 0xE1,
    STUB_BAD_CHECKSUM = 0xE2,
    STUB_INVALID_COMMAND = 0xE3,
    STUB_BAD_INIT = 0xE4,
    STUB_BAD_EXEC = 0xE5,
};

#define STUB_ERASE_ALL 0xFFFFFFEEu

typedef struct stub_serial {
    int (*getc)(void *ctx); /* next received byte, or -1 when none is waiting */
    void (*write)(void *ctx, const uint8_t *data, size_t len);
    void (*set_baud)(void *ctx, uint32_t baud); /* after everything written has left */
    uint64_t (*now_ms)(void *ctx);
    void *ctx;
} stub_serial_t;

/* Each returns 0 on success. */
typedef struct stub_flash {
    int (*init)(void *ctx, uint32_t selector, uint32_t *jedec_id, uint32_t *capacity);
    int (*erase_sector)(void *ctx, uint32_t address);
    int (*erase_chip)(void *ctx);
    int (*program)(void *ctx, uint32_t address, const uint8_t *data, size_t len); /* within one page */
    int (*read)(void *ctx, uint32_t address, uint8_t *out, size_t len);
    void *ctx;
} stub_flash_t;

typedef struct stub {
    stub_serial_t serial;
    stub_flash_t flash;
    bool flash_ready;
    uint32_t jedec_id;
    uint32_t capacity;
    uint32_t baud;
    uint64_t probation_end; /* 0: none */
    /* SLIP receive state */
    bool in_frame, escape, overflow, bad_escape;
    size_t length;
    uint8_t frame[STUB_HEADER + STUB_MAX_DATA];
    uint8_t sector[STUB_SECTOR];
} stub_t;

void stub_init(stub_t *stub, const stub_serial_t *serial, const stub_flash_t *flash);

/* Handles every byte waiting on the serial line; returns the number of packets answered or acted on. */
int stub_poll(stub_t *stub);

/* Handles one decoded packet (no SLIP): replies through the serial interface. */
void stub_handle_packet(stub_t *stub, const uint8_t *packet, size_t len);

#endif
