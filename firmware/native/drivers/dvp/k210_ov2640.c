#include "k210_ov2640.h"

/* Register bank select (0xFF): 0 = DSP, 1 = sensor. */
#define BANK 0xFFu
#define BANK_DSP 0x00u
#define BANK_SENSOR 0x01u
#define COM7 0x12u /* sensor: bit 7 soft reset, bits 6:4 resolution (0x40 = CIF) */
#define PIDH 0x0Au
#define PIDL 0x0Bu

/* CIF (400x296) from the sensor, scaled by the DSP's zoom to 320x240, RGB565. */
const k210_reg8_t k210_ov2640_qvga_rgb565[] = {
    { BANK, BANK_SENSOR },
    { COM7, 0x40 },  /* CIF mode */
    { 0x11, 0x00 },  /* CLKRC: no prescale */
    { 0x17, 0x11 },  /* HREFST */
    { 0x18, 0x43 },  /* HREFEND */
    { 0x19, 0x00 },  /* VSTRT */
    { 0x1A, 0x25 },  /* VEND */
    { 0x32, 0x09 },  /* REG32: horizontal window low bits */
    { 0x03, 0x0A },  /* COM1: vertical window low bits */
    { BANK, BANK_DSP },
    { 0xE0, 0x04 },  /* RESET: hold the DVP output in reset while resizing */
    { 0xC0, 0x32 },  /* HSIZE8 = 400 / 8 */
    { 0xC1, 0x25 },  /* VSIZE8 = 296 / 8 */
    { 0x86, 0x3D },  /* CTRL2: DCW, SDE, UV average, CMX */
    { 0x50, 0x80 },  /* CTRLI: LP_DP */
    { 0x51, 0x64 },  /* HSIZE = 400 / 4 */
    { 0x52, 0x4A },  /* VSIZE = 296 / 4 */
    { 0x53, 0x00 },  /* XOFFL */
    { 0x54, 0x00 },  /* YOFFL */
    { 0x55, 0x00 },  /* VHYX */
    { 0x57, 0x00 },  /* TEST */
    { 0x5A, 0x50 },  /* ZMOW = 320 / 4 */
    { 0x5B, 0x3C },  /* ZMOH = 240 / 4 */
    { 0x5C, 0x00 },  /* ZMHH */
    { 0xD3, 0x04 },  /* R_DVP_SP: PCLK divider */
    { 0xDA, 0x08 },  /* IMAGE_MODE: RGB565 */
    { 0xE0, 0x00 },  /* RESET: release */
};
const unsigned k210_ov2640_qvga_rgb565_count = sizeof k210_ov2640_qvga_rgb565 / sizeof k210_ov2640_qvga_rgb565[0];

k210_ov2640_result_t k210_ov2640_init(const k210_dvp_t *dvp, uint16_t *pid)
{
    uint8_t hi = 0, lo = 0;
    if (!k210_dvp_sccb_write(dvp, K210_OV2640_SCCB_ADDRESS, BANK, BANK_SENSOR) ||
        !k210_dvp_sccb_read(dvp, K210_OV2640_SCCB_ADDRESS, PIDH, &hi) ||
        !k210_dvp_sccb_read(dvp, K210_OV2640_SCCB_ADDRESS, PIDL, &lo))
        return K210_OV2640_NO_SENSOR;
    if (pid != 0)
        *pid = (uint16_t)(hi << 8 | lo);
    if (hi != (K210_OV2640_PID >> 8))
        return K210_OV2640_WRONG_ID;
    /* Soft reset first; the datasheet asks for 1 ms before the next write. */
    if (!k210_dvp_sccb_write(dvp, K210_OV2640_SCCB_ADDRESS, COM7, 0x80))
        return K210_OV2640_NO_SENSOR;
    if (dvp->delay_us != 0)
        dvp->delay_us(5000);
    for (unsigned i = 0; i < k210_ov2640_qvga_rgb565_count; i++)
        if (!k210_dvp_sccb_write(dvp, K210_OV2640_SCCB_ADDRESS, k210_ov2640_qvga_rgb565[i].reg,
                                 k210_ov2640_qvga_rgb565[i].value))
            return K210_OV2640_NO_SENSOR;
    return K210_OV2640_OK;
}
