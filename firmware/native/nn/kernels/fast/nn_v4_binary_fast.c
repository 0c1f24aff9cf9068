/* V4 quantized_binary for the optimized variants. An input's requantisation
 * R(x + offset) depends on its byte alone, so each input gets a 256-entry
 * table per call and the rest is the reference's per-element function
 * (nn_v4_quant_inline.h) inlined, without the reference's three calls per
 * element. Broadcasting follows the reference's index rule (a dim whose
 * index reaches the input's size reads index 0). */
#include "nn_v4_fast.h"

#include "nn_kpu_threads.h"

#include "nn_v4_quant_inline.h"

static void requantize_table(int32_t offset, int32_t mul, int32_t shift, int32_t table[256])
{
    for (uint32_t v = 0; v < 256; v++)
        table[v] = nn_v4_requantize_inline((int32_t)(v + (uint32_t)offset), mul, shift);
}

/* The flat loop with the op a constant after inlining (the reference's switch folds away); not for div,
 * which can fail. */
static inline __attribute__((always_inline)) void flat_run(const nn_v4_quantized_binary_params_t *p,
                                                           nn_v4_binary_op_t op, const uint8_t *a, const uint8_t *b,
                                                           uint8_t *out, uint64_t n, const int32_t *ta,
                                                           const int32_t *tb)
{
    nn_v4_quantized_binary_params_t q = *p;
    q.op = op;
    for (uint64_t i = 0; i < n; i++)
        (void)nn_v4_quantized_binary_finish(&q, ta[a[i]], tb[b[i]], &out[i]);
}

/* Same-shape inputs, an op other than div: elements [n * part / parts, n * (part + 1) / parts) per thread. */
typedef struct flat_job {
    const nn_v4_quantized_binary_params_t *p;
    const uint8_t *a, *b;
    uint8_t *out;
    uint64_t n;
    unsigned parts;
    const int32_t *ta, *tb;
} flat_job_t;

static void flat_part(void *arg, unsigned part, unsigned slot)
{
    const flat_job_t *j = (const flat_job_t *)arg;
    (void)slot;
    uint64_t i0 = j->n * part / j->parts, n = j->n * (part + 1) / j->parts - i0;
    const uint8_t *a = j->a + i0, *b = j->b + i0;
    uint8_t *out = j->out + i0;
    switch (j->p->op) {
    case NN_V4_ADD: flat_run(j->p, NN_V4_ADD, a, b, out, n, j->ta, j->tb); break;
    case NN_V4_SUB: flat_run(j->p, NN_V4_SUB, a, b, out, n, j->ta, j->tb); break;
    case NN_V4_MUL: flat_run(j->p, NN_V4_MUL, a, b, out, n, j->ta, j->tb); break;
    case NN_V4_MIN: flat_run(j->p, NN_V4_MIN, a, b, out, n, j->ta, j->tb); break;
    default: flat_run(j->p, NN_V4_MAX, a, b, out, n, j->ta, j->tb); break;
    }
}

/* Elements below which a second thread costs more than it saves. */
#define FLAT_PART_MIN 16384u

bool nn_v4_quantized_binary_fast_u8(const uint8_t *a, const uint8_t *b, uint8_t *out,
                                    const nn_v4_quantized_binary_params_t *p, uint64_t *bad_index, unsigned threads)
{
    int32_t ta[256], tb[256];
    requantize_table(p->a_offset, p->a_mul, p->a_shift, ta);
    requantize_table(p->b_offset, p->b_mul, p->b_shift, tb);
    if (nn_shape4_equal(&p->a_shape, &p->b_shape)) {
        uint64_t n = nn_shape4_count(&p->a_shape);
        if (p->op == NN_V4_ADD || p->op == NN_V4_SUB || p->op == NN_V4_MUL || p->op == NN_V4_MIN ||
            p->op == NN_V4_MAX) {
            uint64_t most = n / FLAT_PART_MIN > 0 ? n / FLAT_PART_MIN : 1;
            flat_job_t j = {p, a, b, out, n, threads > 1 ? threads * NN_KPU_TASKS_PER_THREAD : 1, ta, tb};
            j.parts = j.parts > most ? (unsigned)most : j.parts;
            nn_kpu_threads_run(threads, j.parts, flat_part, &j);
            return true;
        }
        for (uint64_t i = 0; i < n; i++)
            if (!nn_v4_quantized_binary_finish(p, ta[a[i]], tb[b[i]], &out[i])) {
                *bad_index = i;
                return false;
            }
        return true;
    }
    int32_t o[4];
    uint64_t i = 0;
    for (o[0] = 0; o[0] < p->out_shape.d[0]; o[0]++)
        for (o[1] = 0; o[1] < p->out_shape.d[1]; o[1]++)
            for (o[2] = 0; o[2] < p->out_shape.d[2]; o[2]++) {
                /* the row's first elements; along the last dim an input advances while its index is in range */
                o[3] = 0;
                const uint8_t *ra = a + nn_shape4_broadcast_offset(&p->a_shape, o), *rb = b + nn_shape4_broadcast_offset(&p->b_shape, o);
                for (int32_t x = 0; x < p->out_shape.d[3]; x++, i++) {
                    uint8_t va = ra[x < p->a_shape.d[3] ? x : 0], vb = rb[x < p->b_shape.d[3] ? x : 0];
                    if (!nn_v4_quantized_binary_finish(p, ta[va], tb[vb], &out[i])) {
                        *bad_index = i;
                        return false;
                    }
                }
            }
    return true;
}
