#include "k210_dvp.h"

#include "k210_dvp_regs.h"
#include "k210_field.h"
#include "k210_mmio.h"

#define STS(f) ((uint32_t)K210_FIELD_PUT(K210_DVP_STS_##f, 1))
#define SCCB_HZ 100000u

static uint32_t rd(const k210_dvp_t *d, uint64_t off) { return k210_mmio_read32(d->base, off); }
static void wr(const k210_dvp_t *d, uint64_t off, uint32_t v) { k210_mmio_write32(d->base, off, v); }

static void wait_ms(const k210_dvp_t *d, uint32_t ms)
{
    if (d->delay_us != 0)
        d->delay_us(ms * 1000u);
}

static void cmos_line(const k210_dvp_t *d, uint32_t mask, bool on)
{
    uint32_t v = rd(d, K210_DVP_CMOS_CFG_OFFSET);
    wr(d, K210_DVP_CMOS_CFG_OFFSET, on ? v | mask : v & ~mask);
    wait_ms(d, 200);
}

void k210_dvp_init(const k210_dvp_t *dvp, uint32_t apb1_hz, uint32_t xclk_hz)
{
    /* XCLK = APB1 / ((div + 1) * 2) */
    uint32_t div = xclk_hz == 0 || apb1_hz <= 2 * xclk_hz ? 0 : (apb1_hz + xclk_hz) / (2 * xclk_hz) - 1;
    div = div > 255 ? 255 : div;
    uint32_t v = rd(dvp, K210_DVP_CMOS_CFG_OFFSET);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_CMOS_CFG_CLK_DIV, div);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_CMOS_CFG_CLK_ENABLE, 1);
    wr(dvp, K210_DVP_CMOS_CFG_OFFSET, v);
    /* SCL high and low times in APB1 clocks. */
    uint32_t half = apb1_hz / SCCB_HZ / 2;
    half = half > 255 ? 255 : half;
    v = rd(dvp, K210_DVP_SCCB_CFG_OFFSET);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_SCCB_CFG_SCL_LCNT, half);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_SCCB_CFG_SCL_HCNT, half);
    wr(dvp, K210_DVP_SCCB_CFG_OFFSET, v);
    uint32_t pwdn = (uint32_t)K210_FIELD_PUT(K210_DVP_CMOS_CFG_POWER_DOWN, 1);
    uint32_t rst = (uint32_t)K210_FIELD_PUT(K210_DVP_CMOS_CFG_RESET, 1);
    cmos_line(dvp, pwdn, true);
    cmos_line(dvp, pwdn, false);
    cmos_line(dvp, rst, false);
    cmos_line(dvp, rst, true);
}

/* Starts the prepared SCCB transaction and waits for it to end. */
static bool sccb_run(const k210_dvp_t *dvp)
{
    wr(dvp, K210_DVP_STS_OFFSET, STS(SCCB_EN) | STS(SCCB_EN_WE));
    for (uint32_t i = 0; i < dvp->max_polls; i++)
        if ((rd(dvp, K210_DVP_STS_OFFSET) & STS(SCCB_EN)) == 0)
            return true;
    return false;
}

static void sccb_bytes(const k210_dvp_t *dvp, uint32_t byte_num)
{
    uint32_t v = rd(dvp, K210_DVP_SCCB_CFG_OFFSET);
    wr(dvp, K210_DVP_SCCB_CFG_OFFSET, (uint32_t)K210_FIELD_SET(v, K210_DVP_SCCB_CFG_BYTE_NUM, byte_num));
}

bool k210_dvp_sccb_write(const k210_dvp_t *dvp, uint8_t device, uint8_t reg, uint8_t value)
{
    sccb_bytes(dvp, 2); /* 3 bytes: address, register, value */
    wr(dvp, K210_DVP_SCCB_CTL_OFFSET,
       (uint32_t)(K210_FIELD_PUT(K210_DVP_SCCB_CTL_DEVICE_ADDRESS, device | 1u) |
                  K210_FIELD_PUT(K210_DVP_SCCB_CTL_REG_ADDRESS, reg) |
                  K210_FIELD_PUT(K210_DVP_SCCB_CTL_WDATA_BYTE0, value)));
    return sccb_run(dvp);
}

bool k210_dvp_sccb_read(const k210_dvp_t *dvp, uint8_t device, uint8_t reg, uint8_t *value)
{
    /* A 2-byte write of the register address, then a read transaction. */
    sccb_bytes(dvp, 1);
    wr(dvp, K210_DVP_SCCB_CTL_OFFSET, (uint32_t)(K210_FIELD_PUT(K210_DVP_SCCB_CTL_DEVICE_ADDRESS, device | 1u) |
                                                 K210_FIELD_PUT(K210_DVP_SCCB_CTL_REG_ADDRESS, reg)));
    if (!sccb_run(dvp))
        return false;
    wr(dvp, K210_DVP_SCCB_CTL_OFFSET, (uint32_t)K210_FIELD_PUT(K210_DVP_SCCB_CTL_DEVICE_ADDRESS, device));
    if (!sccb_run(dvp))
        return false;
    *value = (uint8_t)K210_FIELD_GET(rd(dvp, K210_DVP_SCCB_CFG_OFFSET), K210_DVP_SCCB_CFG_RDATA_BYTE);
    return true;
}

bool k210_dvp_set_frame(const k210_dvp_t *dvp, uint32_t width, uint32_t height)
{
    if (width == 0 || width % 32 != 0 || width / 32 > 255 || height == 0 || height > 1023)
        return false;
    uint32_t v = rd(dvp, K210_DVP_DVP_CFG_OFFSET);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_DVP_CFG_FORMAT, K210_DVP_FORMAT_RGB);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_DVP_CFG_BURST_SIZE_4BEATS, 1);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_DVP_CFG_HREF_BURST_NUM, width / 8 / 4);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_DVP_CFG_LINE_NUM, height);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_DVP_CFG_AUTO_ENABLE, 0);
    wr(dvp, K210_DVP_DVP_CFG_OFFSET, v);
    uint32_t axi = rd(dvp, K210_DVP_AXI_OFFSET);
    wr(dvp, K210_DVP_AXI_OFFSET, (uint32_t)K210_FIELD_SET(axi, K210_DVP_AXI_GM_MLEN, 3)); /* 4-byte beats */
    return true;
}

void k210_dvp_set_outputs(const k210_dvp_t *dvp, uint32_t display_addr, uint32_t ai_addr, uint32_t plane_bytes)
{
    wr(dvp, K210_DVP_RGB_ADDR_OFFSET, display_addr);
    wr(dvp, K210_DVP_R_ADDR_OFFSET, ai_addr);
    wr(dvp, K210_DVP_G_ADDR_OFFSET, ai_addr == 0 ? 0 : ai_addr + plane_bytes);
    wr(dvp, K210_DVP_B_ADDR_OFFSET, ai_addr == 0 ? 0 : ai_addr + 2 * plane_bytes);
    uint32_t v = rd(dvp, K210_DVP_DVP_CFG_OFFSET);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_DVP_CFG_DISPLAY_OUTPUT_ENABLE, display_addr != 0);
    v = (uint32_t)K210_FIELD_SET(v, K210_DVP_DVP_CFG_AI_OUTPUT_ENABLE, ai_addr != 0);
    wr(dvp, K210_DVP_DVP_CFG_OFFSET, v);
}

static bool wait_sts(const k210_dvp_t *dvp, uint32_t flag)
{
    for (uint32_t i = 0; i < dvp->max_polls; i++)
        if (rd(dvp, K210_DVP_STS_OFFSET) & flag)
            return true;
    return false;
}

bool k210_dvp_capture(const k210_dvp_t *dvp)
{
    /* Skip the frame in progress: wait for a start, clear it, wait for the next
     * start, then arm capture and clear both flags in one write (dvp_get_image). */
    if (!wait_sts(dvp, STS(FRAME_START)))
        return false;
    wr(dvp, K210_DVP_STS_OFFSET, STS(FRAME_START) | STS(FRAME_START_WE));
    if (!wait_sts(dvp, STS(FRAME_START)))
        return false;
    wr(dvp, K210_DVP_STS_OFFSET, STS(FRAME_FINISH) | STS(FRAME_FINISH_WE) | STS(FRAME_START) |
                                     STS(FRAME_START_WE) | STS(DVP_EN) | STS(DVP_EN_WE));
    return wait_sts(dvp, STS(FRAME_FINISH));
}
