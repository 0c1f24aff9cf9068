#include "nn_kpu_args.h"

#include <string.h>

#include "k210_field.h"
#include "k210_kpu_layer.h"

void nn_kpu_args_load(const uint8_t bytes[96], uint64_t words[12])
{
    for (int i = 0; i < 12; i++) {
        uint64_t v = 0;
        for (int b = 7; b >= 0; b--)
            v = (v << 8) | bytes[8 * i + b];
        words[i] = v;
    }
}

void nn_kpu_args_decode(const uint64_t w[12], bool weights_16bit, nn_kpu_args_t *a)
{
    nn_kpu_conv_params_t *p = &a->conv;
    memset(a, 0, sizeof *a);
    p->in_c = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_I_CH_NUM) + 1;
    p->out_c = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_O_CH_NUM) + 1;
    p->in_w = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_I_ROW_WID) + 1;
    p->in_h = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_I_COL_HIGH) + 1;
    p->out_w = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_O_ROW_WID) + 1;
    p->out_h = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_O_COL_HIGH) + 1;
    uint64_t kernel_type = K210_LAYER_GET(w, K210_KPU_LAYER_KERNEL_TYPE);
    p->kernel = kernel_type == 1 ? 3 : kernel_type == 0 ? 1 : 0;
    p->depthwise = K210_LAYER_GET(w, K210_KPU_LAYER_DEPTH_WISE_LAYER) != 0;
    p->pool_type = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_POOL_TYPE);
    p->pad_value = (uint8_t)K210_LAYER_GET(w, K210_KPU_LAYER_PAD_VALUE);
    p->arg_x = k210_sext(K210_LAYER_GET(w, K210_KPU_LAYER_ARG_X), K210_KPU_LAYER_ARG_X_WIDTH);
    p->arg_w = k210_sext(K210_LAYER_GET(w, K210_KPU_LAYER_ARG_W), K210_KPU_LAYER_ARG_W_WIDTH);
    p->arg_add = k210_sext(K210_LAYER_GET(w, K210_KPU_LAYER_ARG_ADD), K210_KPU_LAYER_ARG_ADD_WIDTH);
    p->shr_x = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_SHR_X);
    p->shr_w = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_SHR_W);
    p->weights_16bit = weights_16bit;

    a->src_line = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_IMAGE_SRC_ADDR);
    a->dst_line = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_IMAGE_DST_ADDR);
    a->in_layout.channel_lines = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_CHANNEL_SWITCH_ADDR);
    a->in_layout.row_len = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_ROW_SWITCH_ADDR);
    a->in_layout.groups = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_COEF_GROUP);
    a->out_layout.channel_lines = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_WB_CHANNEL_SWITCH_ADDR);
    a->out_layout.row_len = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_WB_ROW_SWITCH_ADDR);
    a->out_layout.groups = (uint32_t)K210_LAYER_GET(w, K210_KPU_LAYER_WB_GROUP);
    a->weights_addr = K210_LAYER_GET(w, K210_KPU_LAYER_PARA_START_ADDR);
    a->batchnorm_addr = K210_LAYER_GET(w, K210_KPU_LAYER_BWSX_BASE_ADDR);
    a->activation_addr = K210_LAYER_GET(w, K210_KPU_LAYER_ACTIVE_ADDR);
    a->dma_total_bytes = K210_LAYER_GET(w, K210_KPU_LAYER_DMA_TOTAL_BYTE) + 1;
    a->int_en = K210_LAYER_GET(w, K210_KPU_LAYER_INT_EN) != 0;
    a->send_data_out = K210_LAYER_GET(w, K210_KPU_LAYER_SEND_DATA_OUT) != 0;
}

static bool layout_equal(const nn_kpu_layout_t *a, const nn_kpu_layout_t *b)
{
    return a->groups == b->groups && a->row_len == b->row_len && a->channel_lines == b->channel_lines;
}

const char *nn_kpu_args_check(const nn_kpu_args_t *a)
{
    const nn_kpu_conv_params_t *p = &a->conv;
    const char *bad = nn_kpu_conv_check(p);
    if (bad != NULL)
        return bad;
    nn_kpu_layout_t in = nn_kpu_layout_of(p->in_w, p->in_h), out = nn_kpu_layout_of(p->out_w, p->out_h);
    if (!layout_equal(&in, &a->in_layout))
        return "channel_switch_addr/row_switch_addr/coef_group do not match the input map's layout";
    if (!layout_equal(&out, &a->out_layout))
        return "wb_channel_switch_addr/wb_row_switch_addr/wb_group do not match the output map's layout";
    if (in.row_len > 15 || out.row_len > 15)
        return "a map row needs more than 15 lines (width over 960)";
    if ((uint64_t)a->src_line + nn_kpu_map_lines(p->in_c, p->in_h, p->in_w) > NN_KPU_RAM_LINES)
        return "the input map runs past the end of KPU RAM";
    if ((uint64_t)a->dst_line + nn_kpu_map_lines(p->out_c, p->out_h, p->out_w) > NN_KPU_RAM_LINES)
        return "the output map runs past the end of KPU RAM";
    if (a->dma_total_bytes != (uint64_t)p->out_c * p->out_h * p->out_w)
        return "dma_total_byte + 1 differs from the output size (channels x height x width)";
    return NULL;
}
