/* Reference maths of one KPU layer job (spec/kpu.md §7): convolution with
 * offset terms, batch-norm, 16-segment activation, pooling. Pure: dense CHW
 * in, dense CHW out, no hardware, no allocation. The emulator decodes
 * registers and KPU RAM into these parameters and calls it; nothing else
 * computes a KPU layer. */
#ifndef NN_KPU_CONV_REF_H
#define NN_KPU_CONV_REF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Rules that silicon has not settled (spec/kpu.md §7.4, §10). */
typedef enum nn_kpu_profile {
    NN_KPU_PROFILE_NNCASE_01 = 1, /* segment start <= v, rc5 CarryShift (half up) */
    NN_KPU_PROFILE_NNCASE_02 = 2, /* segment start <  v, half to even (with v0.2's negative quirk) */
    NN_KPU_PROFILE_TRUNCATE = 3,  /* segment start <= v, floor shift (Sipeed's description) */
} nn_kpu_profile_t;

const char *nn_kpu_profile_name(nn_kpu_profile_t profile);

#define NN_KPU_ACT_SEGMENTS 16

/* Decoded activation table (spec/kpu.md §5.3). */
typedef struct nn_kpu_activation {
    int64_t start[NN_KPU_ACT_SEGMENTS]; /* sext 36 */
    int64_t mul[NN_KPU_ACT_SEGMENTS];   /* sext 16 */
    uint8_t shift[NN_KPU_ACT_SEGMENTS];
    uint8_t bias[NN_KPU_ACT_SEGMENTS];
} nn_kpu_activation_t;

/* Decoded batch-norm word (spec/kpu.md §5.2). */
typedef struct nn_kpu_batchnorm {
    int64_t mul;   /* sext 24 */
    int64_t add;   /* sext 32 */
    uint32_t shift;
} nn_kpu_batchnorm_t;

typedef struct nn_kpu_conv_params {
    uint32_t in_c, in_h, in_w;
    uint32_t out_c, out_h, out_w; /* after pooling */
    uint32_t kernel;              /* 1 or 3 */
    bool depthwise;               /* requires in_c == out_c */
    uint32_t pool_type;           /* 0..9 */
    uint8_t pad_value;
    int64_t arg_x, arg_w, arg_add; /* sign-extended */
    uint32_t shr_x, shr_w;
    const uint8_t *weights;        /* [oc][ic][ky][kx] (depthwise [c][ky][kx]), u8 or u16 LE */
    bool weights_16bit;
    const uint8_t *batchnorm;      /* out_c raw 64-bit LE words */
    const nn_kpu_activation_t *activation;
    nn_kpu_profile_t profile;
} nn_kpu_conv_params_t;

/* Output size a pool type gives for an h x w map; false for pool types > 9. */
bool nn_kpu_pool_output_size(uint32_t pool_type, uint32_t h, uint32_t w, uint32_t *out_h, uint32_t *out_w);

/* Bytes of scratch nn_kpu_conv_ref_u8 needs. */
size_t nn_kpu_conv_ref_scratch_bytes(const nn_kpu_conv_params_t *p);

/* Weight array length in bytes. */
size_t nn_kpu_conv_weight_bytes(const nn_kpu_conv_params_t *p);

/* Runs the layer. out_chw receives out_c x out_h x out_w bytes. The caller has
 * checked the geometry (nn_kpu_conv_check). scratch: nn_kpu_conv_ref_scratch_bytes. */
void nn_kpu_conv_ref_u8(const nn_kpu_conv_params_t *p, const uint8_t *in_chw, uint8_t *out_chw, void *scratch);

/* NULL when the parameters describe a layer the maths can run, else a reason. */
const char *nn_kpu_conv_check(const nn_kpu_conv_params_t *p);

/* Decoders of the parameter tables. */
nn_kpu_batchnorm_t nn_kpu_batchnorm_decode(const uint8_t word[8]);
void nn_kpu_activation_decode(const uint8_t table[144], nn_kpu_activation_t *out);

/* The single stages, exposed for hand-worked tests. */
int64_t nn_floor_shr(int64_t v, uint32_t s);
int64_t nn_kpu_round_shift(int64_t v, uint32_t s, nn_kpu_profile_t profile);
uint8_t nn_kpu_activate(const nn_kpu_activation_t *act, int64_t bn, nn_kpu_profile_t profile);
int64_t nn_kpu_batchnorm_apply(const nn_kpu_batchnorm_t *bn, int64_t conv);

/* Multiply-accumulates of one layer (for bench and inspect). */
uint64_t nn_kpu_conv_macs(const nn_kpu_conv_params_t *p);

#endif
