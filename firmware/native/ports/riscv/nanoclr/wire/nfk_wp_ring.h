/* The bytes a UART's receive interrupt hands to the wire-protocol poll, on one hart: the interrupt is the only
 * writer (head), the poll the only reader (tail). Free-running 32-bit counters, so full and empty differ without a
 * spare slot; release/acquire order the byte before the counter that publishes it. A full ring drops the byte and
 * counts it: the packet it belonged to then fails its CRC and the host sends it again. */
#ifndef NFK_WP_RING_H
#define NFK_WP_RING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Four 1 KiB wire-protocol packets (WP_PACKET_SIZE) with their headers fit; a power of two. */
#define NFK_WP_RING_BYTES 8192u

typedef struct nfk_wp_ring {
    uint8_t bytes[NFK_WP_RING_BYTES];
    uint32_t head;    /* bytes ever put */
    uint32_t tail;    /* bytes ever taken */
    uint32_t dropped; /* bytes lost to a full ring */
} nfk_wp_ring_t;

/* From the interrupt: false (and counted) when the ring is full. */
static inline bool nfk_wp_ring_put(nfk_wp_ring_t *ring, uint8_t byte)
{
    uint32_t head = ring->head;
    if (head - __atomic_load_n(&ring->tail, __ATOMIC_ACQUIRE) == NFK_WP_RING_BYTES) {
        ring->dropped++;
        return false;
    }
    ring->bytes[head % NFK_WP_RING_BYTES] = byte;
    __atomic_store_n(&ring->head, head + 1u, __ATOMIC_RELEASE);
    return true;
}

/* Bytes waiting. */
static inline uint32_t nfk_wp_ring_count(const nfk_wp_ring_t *ring)
{
    return __atomic_load_n(&ring->head, __ATOMIC_ACQUIRE) - ring->tail;
}

/* From the poll: up to size bytes into out, without waiting; returns how many. */
static inline size_t nfk_wp_ring_take(nfk_wp_ring_t *ring, uint8_t *out, size_t size)
{
    uint32_t available = nfk_wp_ring_count(ring);
    size_t n = size < available ? size : available;
    uint32_t tail = ring->tail;
    for (size_t i = 0; i < n; i++)
        out[i] = ring->bytes[(tail + (uint32_t)i) % NFK_WP_RING_BYTES];
    __atomic_store_n(&ring->tail, tail + (uint32_t)n, __ATOMIC_RELEASE);
    return n;
}

#endif
