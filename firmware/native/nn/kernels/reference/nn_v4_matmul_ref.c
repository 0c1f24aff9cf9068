/* matmul and quantized_matmul (spec/kmodel-v4.md §10 0x04, 0x10). */
#include "nn_mem.h"
#include "nn_v4_ref.h"

void nn_v4_matmul_ref_f32(const void *a, const void *b, void *out, const nn_v4_matmul_params_t *p)
{
    size_t rows = (size_t)p->a_rows, cols = (size_t)p->a_cols, bcols = (size_t)p->b_cols;
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < bcols; c++) {
            float v = nn_ld_f32(p->bias, c);
            for (size_t k = 0; k < cols; k++)
                v += nn_ld_f32(a, r * cols + k) * nn_ld_f32(b, k * bcols + c);
            nn_st_f32(out, r * bcols + c, nn_clamp_f32(v, p->act.min, p->act.max));
        }
}

void nn_v4_quantized_matmul_ref_u8(const uint8_t *a, const uint8_t *b, uint8_t *out, const nn_v4_matmul_params_t *p)
{
    size_t rows = (size_t)p->a_rows, cols = (size_t)p->a_cols, bcols = (size_t)p->b_cols;
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < bcols; c++) {
            uint32_t acc = (uint32_t)nn_ld_i32(p->bias, c); /* int32 that wraps */
            for (size_t k = 0; k < cols; k++)
                acc += ((uint32_t)a[r * cols + k] + (uint32_t)p->a_offset) *
                       ((uint32_t)b[k * bcols + c] + (uint32_t)p->b_offset);
            int32_t v = nn_v4_requantize((int32_t)acc, p->out.mul, p->out.shift);
            out[r * bcols + c] = nn_clamp_u8((int32_t)((uint32_t)v + (uint32_t)p->out.offset));
        }
}
