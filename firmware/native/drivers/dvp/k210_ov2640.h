/* OV2640 camera over the DVP's SCCB master: identify, then program QVGA
 * (320x240) RGB565 output. Register meanings from the OV2640 datasheet;
 * the table is ours and has not been checked on a board yet. */
#ifndef K210_OV2640_H
#define K210_OV2640_H

#include <stdbool.h>
#include <stdint.h>

#include "k210_dvp.h"

#define K210_OV2640_SCCB_ADDRESS 0x60u /* 8-bit write address */
#define K210_OV2640_PID 0x2642u        /* PIDH 0x26, PIDL 0x41 or 0x42 */

typedef enum k210_ov2640_result {
    K210_OV2640_OK = 0,
    K210_OV2640_NO_SENSOR, /* SCCB transaction failed */
    K210_OV2640_WRONG_ID,  /* something answered, but not an OV2640 */
} k210_ov2640_result_t;

typedef struct k210_reg8 {
    uint8_t reg, value;
} k210_reg8_t;

/* The init table (bank selects included) and its length, for tests. */
extern const k210_reg8_t k210_ov2640_qvga_rgb565[];
extern const unsigned k210_ov2640_qvga_rgb565_count;

/* Reads the product id (*pid = PIDH << 8 | PIDL), then writes the table. */
k210_ov2640_result_t k210_ov2640_init(const k210_dvp_t *dvp, uint16_t *pid);

#endif
