// Builds small kmodel V4 files the way nncase v0.2 lays them out
// (spec/kmodel-v4.md §3-§6, §11.3), for tests that need one node with chosen
// fields, or a defect.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "kmodel_builder.h"

namespace nfk {

// memory_range (spec §5.1)
struct Range {
    uint32_t memory_type = 1, datatype = 0, start = 0, size = 0;
};

inline Range main_f32(uint32_t start, uint32_t count) { return { 1, 0, start, 4 * count }; }
inline Range main_u8(uint32_t start, uint32_t count) { return { 1, 1, start, count }; }
inline Range const_f32(uint32_t start, uint32_t count) { return { 0, 0, start, 4 * count }; }
inline Range const_u8(uint32_t start, uint32_t count) { return { 0, 1, start, count }; }
inline Range kpu_u8(uint32_t start, uint32_t size) { return { 2, 1, start, size }; }

using Shape = std::array<int32_t, 4>;

// Little-endian body (or constant pool) writer.
class Body {
public:
    Body &u8(uint8_t v);
    Body &u32(uint32_t v);
    Body &i32(int32_t v) { return u32(static_cast<uint32_t>(v)); }
    Body &f32(float v);
    Body &range(const Range &r);
    Body &shape(const Shape &s);
    Body &padding(int32_t before, int32_t after) { return i32(before).i32(after); }
    Body &act(float lo, float hi) { return f32(lo).f32(hi); }
    Body &none_act();  // [-FLT_MAX, FLT_MAX]
    // padding_h, padding_w, filter, stride, dilation: the 40-byte window block of conv and pool bodies
    Body &window(int32_t pad_h, int32_t pad_w, int32_t filter_h, int32_t filter_w, int32_t stride_h = 1,
                 int32_t stride_w = 1, int32_t dilation_h = 1, int32_t dilation_w = 1);
    Body &floats(const std::vector<float> &v);
    Body &ints(const std::vector<int32_t> &v);
    Body &raw(const Bytes &b);
    const Bytes &bytes() const { return data_; }
    operator Bytes() const { return data_; }

private:
    Bytes data_;
};

class KmodelV4Builder {
public:
    KmodelV4Builder &input(const Range &r, const Shape &shape);
    KmodelV4Builder &output(const Range &r);
    KmodelV4Builder &constants(const Bytes &pool);  // padded to 8 bytes
    KmodelV4Builder &main_mem(uint32_t bytes)
    {
        main_mem_ = bytes;
        return *this;
    }
    KmodelV4Builder &target(uint32_t t)
    {
        target_ = t;
        return *this;
    }
    KmodelV4Builder &node(uint32_t opcode, const Bytes &body);
    // kpu_conv2d with tables at 256-byte file offsets (as nncase v0.2 writes them); the
    // argument comes from the spec (src_line, dst_line; spec.main_out is ignored).
    KmodelV4Builder &kpu_conv2d(const ConvSpec &spec, uint32_t batches = 1, const Range &main_out = { 0, 0, 0, 0 });

    // Every body padded to 8 bytes of absolute file position; with drop_last_padding
    // the last body's padding is left out of the file, as the writer does.
    Bytes build(bool drop_last_padding = false) const;

    struct Layout {
        uint32_t inputs = 0, shapes = 0, outputs = 0, constants = 0, node_table = 0, body_start = 0;
        std::vector<uint32_t> body_offsets, body_sizes;
    };
    Layout layout() const;

private:
    struct Node {
        uint32_t opcode;
        Bytes body;
        bool kpu = false;
        ConvSpec conv;
        uint32_t batches = 1;
        Range main_out;
    };
    Bytes assemble(Layout *layout, bool drop_last_padding) const;
    std::vector<std::pair<Range, Shape>> inputs_;
    std::vector<Range> outputs_;
    Bytes constants_;
    std::vector<Node> nodes_;
    uint32_t main_mem_ = 0, target_ = 1;
};

// A model of one node: input 0 is `in` with `shape`, output 0 is `out`.
Bytes one_node_model(uint32_t opcode, const Bytes &body, const Range &in, const Shape &shape, const Range &out,
                     uint32_t main_mem, const Bytes &constants = {});

// float32 <-> little-endian bytes
Bytes f32_bytes(const std::vector<float> &v);
std::vector<float> bytes_f32(const Bytes &b);

}  // namespace nfk
