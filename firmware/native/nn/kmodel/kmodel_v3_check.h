/* Per-layer validation of kmodel V3 bodies (internal to the V3 reader and runtime). */
#ifndef KMODEL_V3_CHECK_H
#define KMODEL_V3_CHECK_H

#include "kmodel_v3.h"
#include "nn_kpu_args.h"

nn_status_t kmodel_v3_check_layer(const kmodel_v3_t *m, const kmodel_v3_layer_t *l, nn_error_t *err);

/* K210_CONV body fields. */
typedef struct kmodel_v3_conv {
    uint32_t flags, main_mem_out_address, layer_offset, weights_offset, bn_offset, act_offset;
} kmodel_v3_conv_t;

kmodel_v3_conv_t kmodel_v3_conv_head(const kmodel_v3_layer_t *l);
/* Decodes the stored 96-byte argument of a K210_CONV layer. */
void kmodel_v3_conv_args(const kmodel_v3_t *m, const kmodel_v3_layer_t *l, nn_kpu_args_t *out);

#define KMODEL_V3_MAIN_MEM_OUT 1u

#endif
