// The LCD and camera natives of a board that drives neither through nanoCLR (k210): each reports the board's reason
// (nfk_clr_board_lacks, in the board's nfk_clr_devices.cpp).

#include <nanoCLR_Runtime.h>

#include "nfk_clr_board_devices.h"
#include "nfk_clr_glue.h"

extern "C" int nfk_clr_lcd_init(int32_t *width, int32_t *height, nfk_glue::Error *error)
{
    *width = 0;
    *height = 0;
    return nfk_clr_board_lacks("LCD", error);
}

extern "C" int nfk_clr_lcd_set_output(const char *folder, nfk_glue::Error *error)
{
    (void)folder;
    return nfk_clr_board_lacks("LCD", error);
}

extern "C" int nfk_clr_lcd_display(const uint8_t *pixels, size_t size, int32_t width, int32_t height, int32_t format,
                                   nfk_glue::Error *error)
{
    (void)pixels;
    (void)size;
    (void)width;
    (void)height;
    (void)format;
    return nfk_clr_board_lacks("LCD", error);
}

extern "C" int nfk_clr_lcd_clear(int32_t rgb, nfk_glue::Error *error)
{
    (void)rgb;
    return nfk_clr_board_lacks("LCD", error);
}

extern "C" int nfk_clr_sensor_set_source(const char *path, nfk_glue::Error *error)
{
    (void)path;
    return nfk_clr_board_lacks("camera", error);
}

extern "C" int nfk_clr_sensor_reset(nfk_glue::Error *error)
{
    return nfk_clr_board_lacks("camera", error);
}

extern "C" int nfk_clr_sensor_snapshot(uint8_t *pixels, size_t pixels_size, uint8_t *ai, size_t ai_size,
                                       int32_t frame_width, int32_t frame_height, int32_t x, int32_t y, int32_t width,
                                       int32_t height, int32_t format, nfk_glue::Error *error)
{
    (void)pixels;
    (void)pixels_size;
    (void)ai;
    (void)ai_size;
    (void)frame_width;
    (void)frame_height;
    (void)x;
    (void)y;
    (void)width;
    (void)height;
    (void)format;
    return nfk_clr_board_lacks("camera", error);
}
