#include "kmodel_v4_builder.h"

#include <cfloat>
#include <cstring>

extern "C" {
#include "k210_field.h"
#include "k210_kpu_layer.h"
}

namespace nfk {

Body &Body::u8(uint8_t v)
{
    data_.push_back(v);
    return *this;
}

Body &Body::u32(uint32_t v)
{
    for (int i = 0; i < 4; i++)
        data_.push_back(static_cast<uint8_t>(v >> (8 * i)));
    return *this;
}

Body &Body::f32(float v)
{
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    return u32(bits);
}

Body &Body::range(const Range &r) { return u32(r.memory_type).u32(r.datatype).u32(r.start).u32(r.size); }

Body &Body::shape(const Shape &s) { return i32(s[0]).i32(s[1]).i32(s[2]).i32(s[3]); }

Body &Body::none_act() { return act(-FLT_MAX, FLT_MAX); }

Body &Body::window(int32_t pad_h, int32_t pad_w, int32_t filter_h, int32_t filter_w, int32_t stride_h,
                   int32_t stride_w, int32_t dilation_h, int32_t dilation_w)
{
    return padding(pad_h, pad_h).padding(pad_w, pad_w).i32(filter_h).i32(filter_w).i32(stride_h).i32(stride_w)
        .i32(dilation_h).i32(dilation_w);
}

Body &Body::floats(const std::vector<float> &v)
{
    for (float f : v)
        f32(f);
    return *this;
}

Body &Body::ints(const std::vector<int32_t> &v)
{
    for (int32_t i : v)
        i32(i);
    return *this;
}

Body &Body::raw(const Bytes &b)
{
    data_.insert(data_.end(), b.begin(), b.end());
    return *this;
}

KmodelV4Builder &KmodelV4Builder::input(const Range &r, const Shape &shape)
{
    inputs_.emplace_back(r, shape);
    return *this;
}

KmodelV4Builder &KmodelV4Builder::output(const Range &r)
{
    outputs_.push_back(r);
    return *this;
}

KmodelV4Builder &KmodelV4Builder::constants(const Bytes &pool)
{
    constants_ = pool;
    while (constants_.size() % 8 != 0)
        constants_.push_back(0);
    return *this;
}

KmodelV4Builder &KmodelV4Builder::node(uint32_t opcode, const Bytes &body)
{
    Node n;
    n.opcode = opcode;
    n.body = body;
    nodes_.push_back(n);
    return *this;
}

KmodelV4Builder &KmodelV4Builder::kpu_conv2d(const ConvSpec &spec, uint32_t batches, const Range &main_out)
{
    Node n;
    n.opcode = 0x2002;
    n.kpu = true;
    n.conv = spec;
    n.batches = batches;
    n.main_out = main_out;
    nodes_.push_back(n);
    return *this;
}

namespace {

void pad_to(Bytes &file, size_t a)
{
    while (file.size() % a != 0)
        file.push_back(0);
}

// Body of a kpu_conv2d written at file offset `at` (spec §11.3).
Bytes kpu_body(const ConvSpec &spec, uint32_t batches, const Range &main_out, size_t at)
{
    Body b;
    b.range(main_out).u32(batches).u32(0);
    std::vector<uint64_t> words = conv_argument(spec);
    K210_LAYER_SET(words.data(), K210_KPU_LAYER_SEND_DATA_OUT, main_out.size != 0 ? 1 : 0);
    Bytes tables[3] = { kpu_batchnorm_table(spec), kpu_activation_table(spec), kpu_weights(spec, true) };
    uint32_t skips[3];
    size_t pos = at + 120;
    for (int t = 0; t < 3; t++) {
        skips[t] = static_cast<uint32_t>((256 - pos % 256) % 256);
        pos += skips[t] + tables[t].size();
    }
    K210_LAYER_SET(words.data(), K210_KPU_LAYER_BWSX_BASE_ADDR, skips[0]);
    K210_LAYER_SET(words.data(), K210_KPU_LAYER_ACTIVE_ADDR, skips[1]);
    K210_LAYER_SET(words.data(), K210_KPU_LAYER_PARA_START_ADDR, skips[2]);
    for (uint64_t w : words)
        b.u32(static_cast<uint32_t>(w)).u32(static_cast<uint32_t>(w >> 32));
    for (int t = 0; t < 3; t++)
        b.raw(Bytes(skips[t], 0)).raw(tables[t]);
    return b;
}

}  // namespace

Bytes KmodelV4Builder::assemble(Layout *layout, bool drop_last_padding) const
{
    Layout l;
    Body head;
    head.raw({ 'L', 'D', 'M', 'K' }).u32(4).u32(0).u32(target_).u32(static_cast<uint32_t>(constants_.size()))
        .u32(main_mem_).u32(static_cast<uint32_t>(nodes_.size())).u32(static_cast<uint32_t>(inputs_.size()))
        .u32(static_cast<uint32_t>(outputs_.size())).u32(0xCCCCCCCC); /* reserved0: garbage, as in real files */
    l.inputs = 40;
    for (auto &in : inputs_)
        head.range(in.first);
    l.shapes = static_cast<uint32_t>(head.bytes().size());
    for (auto &in : inputs_)
        head.shape(in.second);
    l.outputs = static_cast<uint32_t>(head.bytes().size());
    for (auto &out : outputs_)
        head.range(out);
    l.constants = static_cast<uint32_t>(head.bytes().size());
    head.raw(constants_);
    l.node_table = static_cast<uint32_t>(head.bytes().size());
    Bytes file = head.bytes();
    file.resize(file.size() + 8 * nodes_.size());
    l.body_start = static_cast<uint32_t>(file.size());
    size_t keep = file.size();
    for (size_t i = 0; i < nodes_.size(); i++) {
        const Node &n = nodes_[i];
        size_t start = file.size();
        Bytes body = n.kpu ? kpu_body(n.conv, n.batches, n.main_out, start) : n.body;
        file.insert(file.end(), body.begin(), body.end());
        keep = file.size();
        pad_to(file, 8);
        uint32_t size = static_cast<uint32_t>(file.size() - start);
        for (int k = 0; k < 4; k++) {
            file[l.node_table + 8 * i + k] = static_cast<uint8_t>(n.opcode >> (8 * k));
            file[l.node_table + 8 * i + 4 + k] = static_cast<uint8_t>(size >> (8 * k));
        }
        l.body_offsets.push_back(static_cast<uint32_t>(start));
        l.body_sizes.push_back(size);
    }
    if (drop_last_padding)
        file.resize(keep);
    if (layout != nullptr)
        *layout = l;
    return file;
}

Bytes KmodelV4Builder::build(bool drop_last_padding) const { return assemble(nullptr, drop_last_padding); }

KmodelV4Builder::Layout KmodelV4Builder::layout() const
{
    Layout l;
    assemble(&l, false);
    return l;
}

Bytes one_node_model(uint32_t opcode, const Bytes &body, const Range &in, const Shape &shape, const Range &out,
                     uint32_t main_mem, const Bytes &constants)
{
    return KmodelV4Builder().input(in, shape).output(out).constants(constants).main_mem(main_mem).node(opcode, body)
        .build();
}

Bytes f32_bytes(const std::vector<float> &v)
{
    Body b;
    return b.floats(v);
}

std::vector<float> bytes_f32(const Bytes &b)
{
    std::vector<float> v(b.size() / 4);
    std::memcpy(v.data(), b.data(), v.size() * 4);
    return v;
}

}  // namespace nfk
