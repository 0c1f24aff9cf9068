/* DVP (camera interface) driver: sensor clock and control lines, the SCCB
 * master, frame geometry and the two outputs (RGB565 display buffer, planar
 * R/G/B AI buffer), single-frame capture by polling. Sequences: SDK dvp.c. */
#ifndef K210_DVP_H
#define K210_DVP_H

#include <stdbool.h>
#include <stdint.h>

typedef struct k210_dvp {
    uint64_t base;
    uint32_t max_polls;
    void (*delay_us)(uint32_t us);
} k210_dvp_t;

/* XCLK from APB1 (the nearest divider), SCCB at ~100 kHz, then the sensor power/reset
 * sequence: power down, power up, reset low, reset high (200 ms each, as the SDK). */
void k210_dvp_init(const k210_dvp_t *dvp, uint32_t apb1_hz, uint32_t xclk_hz);

bool k210_dvp_sccb_write(const k210_dvp_t *dvp, uint8_t device, uint8_t reg, uint8_t value);
bool k210_dvp_sccb_read(const k210_dvp_t *dvp, uint8_t device, uint8_t reg, uint8_t *value);

/* RGB565 input of width x height (width a multiple of 32), 4-beat bursts. */
bool k210_dvp_set_frame(const k210_dvp_t *dvp, uint32_t width, uint32_t height);

/* Output buffers (bus addresses; 0 = that output off). The AI output is three
 * planes of width * height bytes: R at r, G at r + plane, B at r + 2 * plane. */
void k210_dvp_set_outputs(const k210_dvp_t *dvp, uint32_t display_addr, uint32_t ai_addr, uint32_t plane_bytes);

/* Captures one frame into the enabled outputs. */
bool k210_dvp_capture(const k210_dvp_t *dvp);

#endif
