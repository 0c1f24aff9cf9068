/* The runner's serial protocol (ports/k210/README.md): frames
 *   A5 5A | command u8 | length u32 LE | payload | CRC-32 u32 LE
 * with the CRC (IEEE 802.3, as zlib's crc32) over command, length and payload. */
#ifndef SERIAL_PROTOCOL_H
#define SERIAL_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#define SP_SYNC0 0xA5u
#define SP_SYNC1 0x5Au
#define SP_HEADER 7u /* sync, command, length */

enum sp_command {
    SP_HELLO = 0x01,  /* -> SP_INFO */
    SP_LOAD = 0x02,   /* payload: source u8 (0 upload, 1 SD path, 2 flash offset u32 + size u32) + data */
    SP_INPUT = 0x03,  /* payload: the input tensor */
    SP_RUN = 0x04,    /* -> SP_DONE: output count u32, then u32 size per output */
    SP_OUTPUT = 0x05, /* payload: index u32 -> SP_DATA with the output's bytes */
    SP_INFO = 0x81,
    SP_OK = 0x82,     /* LOAD: input bytes u32, output count u32; INPUT: empty */
    SP_DONE = 0x84,
    SP_DATA = 0x85,
    SP_ERROR = 0xFF,  /* payload: code u32, message (UTF-8) */
};

uint32_t sp_crc32(uint32_t crc, const uint8_t *data, size_t len);

#endif
