#include "kmodel_builder.h"

#include <cstring>

extern "C" {
#include "k210_field.h"
#include "k210_kpu_layer.h"
#include "kmodel_v3.h"
#include "nn_kpu_conv_ref.h"
#include "nn_kpu_layout.h"
}

namespace nfk {

namespace {

void put32(Bytes &b, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        b.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

void put64(Bytes &b, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        b.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

void align(Bytes &b, size_t a)
{
    while (b.size() % a != 0)
        b.push_back(0);
}

uint32_t weight_count(const ConvSpec &s)
{
    uint32_t taps = s.kernel * s.kernel;
    return s.depthwise ? s.out_c * taps : s.out_c * s.in_c * taps;
}

}  // namespace

std::vector<uint64_t> conv_argument(const ConvSpec &s)
{
    std::vector<uint64_t> w(12, 0);
    uint32_t oh, ow;
    nn_kpu_pool_output_size(s.pool_type, s.height, s.width, &oh, &ow);
    nn_kpu_layout_t in = nn_kpu_layout_of(s.width, s.height), out = nn_kpu_layout_of(ow, oh);
    uint64_t *p = w.data();
    K210_LAYER_SET(p, K210_KPU_LAYER_DEPTH_WISE_LAYER, s.depthwise ? 1 : 0);
    K210_LAYER_SET(p, K210_KPU_LAYER_IMAGE_SRC_ADDR, s.src_line);
    K210_LAYER_SET(p, K210_KPU_LAYER_IMAGE_DST_ADDR, s.dst_line);
    K210_LAYER_SET(p, K210_KPU_LAYER_I_CH_NUM, s.in_c - 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_O_CH_NUM, s.out_c - 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_O_CH_NUM_COEF, s.out_c - 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_I_ROW_WID, s.width - 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_I_COL_HIGH, s.height - 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_O_ROW_WID, ow - 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_O_COL_HIGH, oh - 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_KERNEL_TYPE, s.kernel == 3 ? 1 : 0);
    K210_LAYER_SET(p, K210_KPU_LAYER_POOL_TYPE, s.pool_type);
    K210_LAYER_SET(p, K210_KPU_LAYER_LOAD_PARA, 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_DMA_BURST_SIZE, 15);
    K210_LAYER_SET(p, K210_KPU_LAYER_PAD_VALUE, s.pad_value);
    K210_LAYER_SET(p, K210_KPU_LAYER_LOAD_COOR, 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_PARA_SIZE, weight_count(s));
    K210_LAYER_SET(p, K210_KPU_LAYER_CHANNEL_SWITCH_ADDR, in.channel_lines);
    K210_LAYER_SET(p, K210_KPU_LAYER_ROW_SWITCH_ADDR, in.row_len);
    K210_LAYER_SET(p, K210_KPU_LAYER_COEF_GROUP, in.groups);
    K210_LAYER_SET(p, K210_KPU_LAYER_LOAD_ACT, 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_WB_CHANNEL_SWITCH_ADDR, out.channel_lines);
    K210_LAYER_SET(p, K210_KPU_LAYER_WB_ROW_SWITCH_ADDR, out.row_len);
    K210_LAYER_SET(p, K210_KPU_LAYER_WB_GROUP, out.groups);
    K210_LAYER_SET(p, K210_KPU_LAYER_SHR_W, s.shr_w);
    K210_LAYER_SET(p, K210_KPU_LAYER_SHR_X, s.shr_x);
    K210_LAYER_SET(p, K210_KPU_LAYER_ARG_W, static_cast<uint64_t>(s.arg_w));
    K210_LAYER_SET(p, K210_KPU_LAYER_ARG_X, static_cast<uint64_t>(s.arg_x));
    K210_LAYER_SET(p, K210_KPU_LAYER_ARG_ADD, static_cast<uint64_t>(s.arg_add));
    K210_LAYER_SET(p, K210_KPU_LAYER_CHANNEL_BYTE_NUM, ow * oh - 1);
    K210_LAYER_SET(p, K210_KPU_LAYER_DMA_TOTAL_BYTE, ow * oh * s.out_c - 1);
    return w;
}

Bytes kpu_weights(const ConvSpec &s, bool eight_bit)
{
    Bytes out;
    for (uint32_t k = 0; k < weight_count(s); k++) {
        uint16_t v = s.weights.empty() ? static_cast<uint16_t>(1 + k % 7) : s.weights[k];
        out.push_back(static_cast<uint8_t>(v));
        if (!eight_bit)
            out.push_back(static_cast<uint8_t>(v >> 8));
    }
    return out;
}

Bytes kpu_batchnorm_table(const ConvSpec &s)
{
    Bytes out;
    for (uint32_t o = 0; o < s.out_c; o++)
        put64(out, K210_FIELD_PUT(K210_KPU_BN_NORM_MUL, static_cast<uint64_t>(s.bn_mul)) |
                       K210_FIELD_PUT(K210_KPU_BN_NORM_ADD, static_cast<uint64_t>(s.bn_add)) |
                       K210_FIELD_PUT(K210_KPU_BN_NORM_SHIFT, s.bn_shift));
    return out;
}

Bytes kpu_activation_table(const ConvSpec &s)
{
    Bytes out;
    for (int seg = 0; seg < 16; seg++) {
        uint64_t start = seg == 0 ? UINT64_C(0x800000000) : UINT64_C(0x7FFFFFFF0) + static_cast<uint64_t>(seg);
        uint64_t mul = 0, shift = 0;
        if (s.identity_activation && seg == 1) {
            start = 0;
            mul = 1;
        } else if (!s.identity_activation && seg == 10) {
            start = 0;
            mul = 1024;
            shift = 20;
        }
        put64(out, K210_FIELD_PUT(K210_KPU_ACT_X_START, start) | K210_FIELD_PUT(K210_KPU_ACT_Y_MUL, mul) |
                       K210_FIELD_PUT(K210_KPU_ACT_SHIFT_NUMBER, shift));
    }
    put64(out, 0);
    put64(out, 0);
    return out;
}

KmodelV3Builder &KmodelV3Builder::conv(const ConvSpec &spec)
{
    layers_.push_back(Layer{ KMODEL_V3_K210_CONV, spec, {}, {} });
    return *this;
}

KmodelV3Builder &KmodelV3Builder::cpu(uint32_t type, const std::vector<uint32_t> &words, const Bytes &trailing)
{
    layers_.push_back(Layer{ type, ConvSpec{}, words, trailing });
    return *this;
}

KmodelV3Builder &KmodelV3Builder::output(uint32_t address, uint32_t size)
{
    outputs_.emplace_back(address, size);
    return *this;
}

Bytes KmodelV3Builder::build() const { return assemble(nullptr); }

KmodelV3Builder::Layout KmodelV3Builder::layout() const
{
    Layout l;
    assemble(&l);
    return l;
}

Bytes KmodelV3Builder::assemble(Layout *layout) const
{
    Bytes file;
    put32(file, 3);
    put32(file, eight_bit_ ? 1 : 0);
    put32(file, 0);
    put32(file, static_cast<uint32_t>(layers_.size()));
    put32(file, 32768);
    put32(file, main_mem_);
    put32(file, static_cast<uint32_t>(outputs_.size()));
    for (auto &o : outputs_) {
        put32(file, o.first);
        put32(file, o.second);
    }
    size_t table = file.size();
    for (size_t i = 0; i < layers_.size(); i++) {
        put32(file, layers_[i].type);
        put32(file, 0);  // body size, patched below
    }
    if (layout != nullptr)
        layout->body_start = static_cast<uint32_t>(file.size());
    for (size_t i = 0; i < layers_.size(); i++) {
        const Layer &l = layers_[i];
        size_t start = file.size();
        if (layout != nullptr)
            layout->body_offsets.push_back(static_cast<uint32_t>(start));
        if (l.type != KMODEL_V3_K210_CONV) {
            for (uint32_t w : l.words)
                put32(file, w);
            file.insert(file.end(), l.trailing.begin(), l.trailing.end());
        } else {
            const ConvSpec &s = l.conv;
            Bytes head(24, 0);
            file.insert(file.end(), head.begin(), head.end());
            align(file, 8);
            uint32_t arg = static_cast<uint32_t>(file.size());
            if (layout != nullptr)
                layout->arg_offsets.push_back(arg);
            for (uint64_t w : conv_argument(s))
                put64(file, w);
            align(file, 128);
            uint32_t weights = static_cast<uint32_t>(file.size());
            Bytes w = kpu_weights(s, eight_bit_);
            file.insert(file.end(), w.begin(), w.end());
            align(file, 128);
            uint32_t bn = static_cast<uint32_t>(file.size());
            Bytes b = kpu_batchnorm_table(s);
            file.insert(file.end(), b.begin(), b.end());
            align(file, 256);
            uint32_t act = static_cast<uint32_t>(file.size());
            Bytes a = kpu_activation_table(s);
            file.insert(file.end(), a.begin(), a.end());
            uint32_t flags = s.main_out ? 1u : 0u;
            uint32_t headv[6] = { flags, s.main_out ? s.main_address : 0u, arg, weights, bn, act };
            for (int k = 0; k < 6; k++)
                for (int b = 0; b < 4; b++)
                    file[start + 4 * k + b] = static_cast<uint8_t>(headv[k] >> (8 * b));
        }
        align(file, 8);
        uint32_t size = static_cast<uint32_t>(file.size() - start);
        for (int b = 0; b < 4; b++)
            file[table + 8 * i + 4 + b] = static_cast<uint8_t>(size >> (8 * b));
    }
    return file;
}

Bytes simple_conv_model()
{
    ConvSpec s;
    return KmodelV3Builder().conv(s).output(0, 128).main_mem(128).build();
}

}  // namespace nfk
