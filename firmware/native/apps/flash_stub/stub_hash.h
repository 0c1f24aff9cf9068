/* Checksums of the flash stub: CRC-32 (zlib/IEEE, the ISP packet checksum of
 * spec kflash-isp.md §5) and SHA-256 (FIPS 180-4, the hash extension 0xDA). */
#ifndef STUB_HASH_H
#define STUB_HASH_H

#include <stddef.h>
#include <stdint.h>

uint32_t stub_crc32(const uint8_t *data, size_t len);

typedef struct stub_sha256 {
    uint32_t state[8];
    uint64_t bytes;
    uint8_t block[64];
    size_t used;
} stub_sha256_t;

void stub_sha256_init(stub_sha256_t *s);
void stub_sha256_update(stub_sha256_t *s, const uint8_t *data, size_t len);
void stub_sha256_final(stub_sha256_t *s, uint8_t digest[32]);

#endif
