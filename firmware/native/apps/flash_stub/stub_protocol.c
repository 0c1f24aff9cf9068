#include "stub_protocol.h"

#include <string.h>

#include "stub_hash.h"

#define SLIP_END 0xC0u
#define SLIP_ESC 0xDBu
#define SLIP_ESC_END 0xDCu
#define SLIP_ESC_ESC 0xDDu

static uint32_t le32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }

void stub_init(stub_t *stub, const stub_serial_t *serial, const stub_flash_t *flash)
{
    memset(stub, 0, sizeof *stub);
    stub->serial = *serial;
    stub->flash = *flash;
    stub->baud = STUB_ISP_BAUD;
}

/* One reply frame: op, reason, payload; SLIP-escaped. */
static void reply(stub_t *stub, uint8_t op, uint8_t reason, const uint8_t *data, size_t len)
{
    uint8_t out[2 * (2 + 32) + 2];
    size_t n = 0;
    uint8_t head[2] = { op, reason };
    out[n++] = SLIP_END;
    for (size_t i = 0; i < 2 + len; i++) {
        uint8_t b = i < 2 ? head[i] : data[i - 2];
        if (b == SLIP_END || b == SLIP_ESC) {
            out[n++] = SLIP_ESC;
            out[n++] = b == SLIP_END ? SLIP_ESC_END : SLIP_ESC_ESC;
        } else {
            out[n++] = b;
        }
        if (n >= sizeof out - 2) { /* long replies (read) go out in pieces */
            stub->serial.write(stub->serial.ctx, out, n);
            n = 0;
        }
    }
    out[n++] = SLIP_END;
    stub->serial.write(stub->serial.ctx, out, n);
}

static int ensure_flash(stub_t *stub, uint32_t selector)
{
    if (stub->flash_ready)
        return 0;
    if (stub->flash.init(stub->flash.ctx, selector, &stub->jedec_id, &stub->capacity) != 0)
        return -1;
    stub->flash_ready = true;
    return 0;
}

static bool in_flash(const stub_t *stub, uint32_t address, uint32_t length)
{
    return address <= stub->capacity && length <= stub->capacity - address;
}

/* Bytes from address up to the next multiple of unit, at most len. */
static size_t span(uint32_t address, size_t len, uint32_t unit)
{
    size_t n = unit - address % unit;
    return n < len ? n : len;
}

/* Programs [address, address + len) of one sector that has just been erased, page by page, skipping 0xFF pages. */
static int program_sector(stub_t *stub, uint32_t address, const uint8_t *data, size_t len)
{
    while (len > 0) {
        size_t n = span(address, len, STUB_PAGE);
        bool blank = true;
        for (size_t i = 0; i < n && blank; i++)
            blank = data[i] == 0xFF;
        if (!blank && stub->flash.program(stub->flash.ctx, address, data, n) != 0)
            return -1;
        address += (uint32_t)n;
        data += n;
        len -= n;
    }
    return 0;
}

/* Writes data at address: whole sectors are erased and programmed; a sector covered only in part is read,
 * merged, erased and programmed, so its other bytes stay. */
static int write_flash(stub_t *stub, uint32_t address, const uint8_t *data, size_t len)
{
    while (len > 0) {
        uint32_t base = address - address % STUB_SECTOR;
        size_t offset = address - base;
        size_t n = span(address, len, STUB_SECTOR);
        const uint8_t *src = data;
        if (n != STUB_SECTOR) {
            if (stub->flash.read(stub->flash.ctx, base, stub->sector, STUB_SECTOR) != 0)
                return -1;
            memcpy(stub->sector + offset, data, n);
            src = stub->sector;
        }
        if (stub->flash.erase_sector(stub->flash.ctx, base) != 0 ||
            program_sector(stub, base, src, STUB_SECTOR) != 0)
            return -1;
        address += (uint32_t)n;
        data += n;
        len -= n;
    }
    return 0;
}

static uint8_t erase(stub_t *stub, uint32_t address, uint32_t length)
{
    if (address == 0 && length == STUB_ERASE_ALL)
        return stub->flash.erase_chip(stub->flash.ctx) == 0 ? STUB_OK : STUB_BAD_EXEC;
    if (address % STUB_SECTOR != 0 || length % STUB_SECTOR != 0 || !in_flash(stub, address, length))
        return STUB_BAD_LENGTH;
    for (uint32_t a = address; a < address + length; a += STUB_SECTOR)
        if (stub->flash.erase_sector(stub->flash.ctx, a) != 0)
            return STUB_BAD_EXEC;
    return STUB_OK;
}

static void hash(stub_t *stub, uint32_t address, uint32_t length)
{
    if (!in_flash(stub, address, length)) {
        reply(stub, STUB_OP_HASH, STUB_BAD_LENGTH, NULL, 0);
        return;
    }
    stub_sha256_t sha;
    stub_sha256_init(&sha);
    while (length > 0) {
        uint32_t n = length < STUB_SECTOR ? length : STUB_SECTOR;
        if (stub->flash.read(stub->flash.ctx, address, stub->sector, n) != 0) {
            reply(stub, STUB_OP_HASH, STUB_BAD_EXEC, NULL, 0);
            return;
        }
        stub_sha256_update(&sha, stub->sector, n);
        address += n;
        length -= n;
    }
    uint8_t digest[32];
    stub_sha256_final(&sha, digest);
    reply(stub, STUB_OP_HASH, STUB_OK, digest, sizeof digest);
}

void stub_handle_packet(stub_t *stub, const uint8_t *packet, size_t len)
{
    uint8_t op = packet[0];
    if (op == STUB_OP_GREETING) { /* the fixed 13-byte frame: no checksum */
        stub->probation_end = 0;
        reply(stub, op, STUB_OK, NULL, 0);
        return;
    }
    if (len < STUB_HEADER) {
        reply(stub, op, STUB_BAD_LENGTH, NULL, 0);
        return;
    }
    if (le32(packet + 4) != stub_crc32(packet + 8, len - 8)) {
        reply(stub, op, STUB_BAD_CHECKSUM, NULL, 0);
        return;
    }
    stub->probation_end = 0; /* a valid packet: the line works at this rate */
    uint32_t address = le32(packet + 8), length = le32(packet + 12);
    const uint8_t *data = packet + STUB_HEADER;
    size_t data_len = len - STUB_HEADER;
    switch (op) {
    case STUB_OP_INIT:
        stub->flash_ready = false;
        reply(stub, op, ensure_flash(stub, address) == 0 ? STUB_OK : STUB_BAD_INIT, NULL, 0);
        return;
    case STUB_OP_BAUD:
        if (length != 4 || data_len != 4 || le32(data) == 0) {
            reply(stub, op, STUB_BAD_LENGTH, NULL, 0);
            return;
        }
        stub->baud = le32(data);
        stub->serial.set_baud(stub->serial.ctx, stub->baud); /* no reply: the host switches after 50 ms */
        stub->probation_end = stub->serial.now_ms(stub->serial.ctx) + STUB_BAUD_PROBATION_MS;
        return;
    case STUB_OP_WRITE:
    case STUB_OP_ERASE:
    case STUB_OP_READ:
    case STUB_OP_HASH:
    case STUB_OP_INFO:
        break;
    default:
        reply(stub, op, STUB_INVALID_COMMAND, NULL, 0);
        return;
    }
    if (ensure_flash(stub, 1) != 0) {
        reply(stub, op, STUB_BAD_INIT, NULL, 0);
        return;
    }
    switch (op) {
    case STUB_OP_WRITE:
        if (length != data_len || length == 0 || !in_flash(stub, address, length))
            reply(stub, op, STUB_BAD_LENGTH, NULL, 0);
        else
            reply(stub, op, write_flash(stub, address, data, length) == 0 ? STUB_OK : STUB_BAD_EXEC, NULL, 0);
        return;
    case STUB_OP_ERASE:
        reply(stub, op, erase(stub, address, length), NULL, 0);
        return;
    case STUB_OP_READ:
        if (length == 0 || length > STUB_MAX_READ || !in_flash(stub, address, length))
            reply(stub, op, STUB_BAD_LENGTH, NULL, 0);
        else if (stub->flash.read(stub->flash.ctx, address, stub->sector, length) != 0)
            reply(stub, op, STUB_BAD_EXEC, NULL, 0);
        else
            reply(stub, op, STUB_OK, stub->sector, length);
        return;
    case STUB_OP_HASH:
        hash(stub, address, length);
        return;
    default: { /* STUB_OP_INFO */
        uint8_t info[7] = { (uint8_t)(stub->jedec_id >> 16), (uint8_t)(stub->jedec_id >> 8), (uint8_t)stub->jedec_id,
                            (uint8_t)stub->capacity, (uint8_t)(stub->capacity >> 8), (uint8_t)(stub->capacity >> 16),
                            (uint8_t)(stub->capacity >> 24) };
        reply(stub, op, STUB_OK, info, sizeof info);
        return;
    }
    }
}

/* Feeds one received byte to the SLIP decoder; handles a packet when a frame ends. */
static int receive(stub_t *stub, uint8_t b)
{
    if (b == SLIP_END) {
        bool had = stub->in_frame && (stub->length > 0 || stub->overflow);
        int handled = 0;
        if (had && !stub->bad_escape) {
            if (stub->overflow)
                reply(stub, stub->frame[0], STUB_BAD_LENGTH, NULL, 0);
            else
                stub_handle_packet(stub, stub->frame, stub->length);
            handled = 1;
        }
        stub->in_frame = true;
        stub->escape = stub->overflow = stub->bad_escape = false;
        stub->length = 0;
        return handled;
    }
    if (!stub->in_frame)
        return 0; /* noise between frames */
    if (stub->escape) {
        stub->escape = false;
        if (b == SLIP_ESC_END)
            b = SLIP_END;
        else if (b == SLIP_ESC_ESC)
            b = SLIP_ESC;
        else
            stub->bad_escape = true;
    } else if (b == SLIP_ESC) {
        stub->escape = true;
        return 0;
    }
    if (stub->length < sizeof stub->frame)
        stub->frame[stub->length++] = b;
    else
        stub->overflow = true;
    return 0;
}

int stub_poll(stub_t *stub)
{
    int handled = 0;
    for (int c; (c = stub->serial.getc(stub->serial.ctx)) >= 0;)
        handled += receive(stub, (uint8_t)c);
    if (stub->probation_end != 0 && stub->serial.now_ms(stub->serial.ctx) >= stub->probation_end) {
        /* nothing valid at the new rate: the host's bridge cannot do it; go back to where it can reach us */
        stub->probation_end = 0;
        stub->baud = STUB_ISP_BAUD;
        stub->serial.set_baud(stub->serial.ctx, STUB_ISP_BAUD);
        stub->in_frame = false;
        stub->length = 0;
    }
    return handled;
}
