#include "kmodel_v5_builder.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace nfk {

namespace {

void put_u16(Bytes &b, uint16_t v)
{
    b.push_back(static_cast<uint8_t>(v));
    b.push_back(static_cast<uint8_t>(v >> 8));
}

void put_u32(Bytes &b, uint32_t v)
{
    for (int k = 0; k < 4; k++)
        b.push_back(static_cast<uint8_t>(v >> (8 * k)));
}

void pad_to(Bytes &b, size_t alignment)
{
    while (b.size() % alignment != 0)
        b.push_back(0);
}

uint32_t bytes_of(const V5Tensor &t)
{
    static const uint32_t element[] = { 1, 2, 4, 8, 1, 2, 4, 8, 2, 4, 8, 2 };
    uint32_t n = element[t.datatype];
    for (uint32_t d : t.shape)
        n *= d;
    return n;
}

void put_tensors(Bytes &b, const std::vector<V5Tensor> &ts, uint8_t location)
{
    for (const V5Tensor &t : ts) {
        b.push_back(location);
        b.push_back(t.datatype);
        put_u16(b, 0);
        put_u32(b, t.start);
        put_u32(b, bytes_of(t));
    }
    for (const V5Tensor &t : ts) {
        put_u32(b, static_cast<uint32_t>(t.shape.size()));
        for (uint32_t d : t.shape)
            put_u32(b, d);
    }
}

void put_section(Bytes &b, const char *name, const Bytes &body)
{
    char n[16] = {};
    std::strncpy(n, name, sizeof n - 1);
    b.insert(b.end(), n, n + 16);
    size_t header_end = b.size() + 16;
    uint32_t padding = static_cast<uint32_t>((8 - header_end % 8) % 8);
    put_u32(b, 0);
    put_u32(b, padding);
    put_u32(b, static_cast<uint32_t>(body.size()));
    put_u32(b, 0);
    b.insert(b.end(), padding, 0);
    b.insert(b.end(), body.begin(), body.end());
}

// With NFK_SEED_DIR set, every model built is also written there (fuzzer seeds for fuzz_kmodel_v5).
void save_seed(const Bytes &model)
{
    const char *dir = std::getenv("NFK_SEED_DIR");
    if (dir == nullptr)
        return;
    uint64_t h = 1469598103934665603ull;
    for (uint8_t b : model)
        h = (h ^ b) * 1099511628211ull;
    char name[40];
    std::snprintf(name, sizeof name, "/v5-%016llx.kmodel", static_cast<unsigned long long>(h));
    std::ofstream(std::string(dir) + name, std::ios::binary)
        .write(reinterpret_cast<const char *>(model.data()), static_cast<std::streamsize>(model.size()));
}

}  // namespace

V5Code &V5Code::lea(uint8_t location, uint32_t offset)
{
    text_.push_back(0x17);
    text_.push_back(location);
    text_.push_back(0);
    put_u32(text_, offset);
    return *this;
}

V5Code &V5Code::ldc(int32_t v)
{
    text_.push_back(0x02);
    put_u32(text_, static_cast<uint32_t>(v));
    return *this;
}

V5Code &V5Code::ldr(float v)
{
    text_.push_back(0x05);
    return f32(v);
}

V5Code &V5Code::f32(float v)
{
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    put_u32(text_, bits);
    return *this;
}

V5Code &V5Code::u16(uint16_t v)
{
    put_u16(text_, v);
    return *this;
}

V5Code &V5Code::stshape(uint8_t reg, std::initializer_list<uint32_t> dims)
{
    for (uint32_t d : dims)
        ldc(static_cast<int32_t>(d));
    text_.push_back(0x31);
    text_.push_back(reg);
    text_.push_back(static_cast<uint8_t>(dims.size()));
    return *this;
}

V5Code &V5Code::stpaddings(uint8_t reg, std::initializer_list<std::pair<int32_t, int32_t>> pads)
{
    for (const auto &p : pads) {
        ldc(p.first);
        ldc(p.second);
    }
    text_.push_back(0x32);
    text_.push_back(reg);
    text_.push_back(static_cast<uint8_t>(pads.size()));
    return *this;
}

V5Code &V5Code::op(uint8_t opcode)
{
    text_.push_back(opcode);
    return *this;
}

V5Code &V5Code::tensor(uint16_t funct, std::initializer_list<uint8_t> operands)
{
    text_.push_back(0x5E);
    put_u16(text_, funct);
    text_.insert(text_.end(), operands.begin(), operands.end());
    return *this;
}

V5Code &V5Code::bytes(std::initializer_list<uint8_t> b)
{
    text_.insert(text_.end(), b.begin(), b.end());
    return *this;
}

namespace {

// One module with one function; `at` is the module's file offset (section padding is to 8 bytes, absolute).
Bytes build_module(const char *type, const Bytes &text, const std::vector<V5Tensor> &inputs,
                   const std::vector<V5Tensor> &outputs, const Bytes &rdata, uint32_t data_pool, bool kpu)
{
    Bytes io;
    put_tensors(io, inputs, 0);
    put_tensors(io, outputs, 1);
    Bytes fn;
    uint32_t fn_size = static_cast<uint32_t>((32 + io.size() + 7) / 8 * 8);
    put_u32(fn, 32);
    put_u32(fn, fn_size);
    put_u32(fn, 0);
    put_u32(fn, 0);
    put_u32(fn, static_cast<uint32_t>(inputs.size()));
    put_u32(fn, static_cast<uint32_t>(outputs.size()));
    put_u32(fn, 0);
    put_u32(fn, static_cast<uint32_t>(text.size()));
    fn.insert(fn.end(), io.begin(), io.end());
    pad_to(fn, 8);
    Bytes module;
    char name[16] = {};
    std::strncpy(name, type, sizeof name - 1);
    module.insert(module.end(), name, name + 16);
    put_u32(module, 1);
    put_u32(module, 48);
    put_u32(module, 0); // size, patched below
    put_u32(module, kpu ? 3 : 2);
    put_u32(module, 0);
    put_u32(module, rdata.empty() ? 1 : 2);
    put_u32(module, 1);
    put_u32(module, 0);
    module.push_back(2);
    module.insert(module.end(), 3, 0);
    put_u32(module, static_cast<uint32_t>(rdata.size()));
    module.push_back(3);
    module.insert(module.end(), 3, 0);
    put_u32(module, data_pool);
    if (kpu) {
        module.push_back(64);
        module.insert(module.end(), 3, 0);
        put_u32(module, 2u * 1024u * 1024u);
    }
    module.insert(module.end(), fn.begin(), fn.end());
    if (!rdata.empty())
        put_section(module, ".rdata", rdata);
    put_section(module, ".text", text);
    pad_to(module, 8);
    uint32_t size = static_cast<uint32_t>(module.size());
    std::memcpy(module.data() + 24, &size, 4);
    return module;
}

Bytes model_header(uint32_t alignment, uint32_t modules)
{
    Bytes file;
    put_u32(file, 0x4B4D444Cu);
    put_u32(file, 5);
    put_u32(file, 32);
    put_u32(file, 0);
    put_u32(file, alignment);
    put_u32(file, modules);
    put_u32(file, 0);
    put_u32(file, 0);
    return file;
}

}  // namespace

Bytes build_v5_model_with_k210(const V5Code &code, const std::vector<V5Tensor> &inputs,
                               const std::vector<V5Tensor> &outputs, uint32_t data_pool, const Bytes &k210_text,
                               const std::vector<V5Tensor> &k210_inputs, const std::vector<V5Tensor> &k210_outputs)
{
    Bytes file = model_header(256, 2);
    Bytes vm = build_module("stackvm", code.text(), inputs, outputs, {}, data_pool, false);
    file.insert(file.end(), vm.begin(), vm.end());
    Bytes k210 = build_module("k210", k210_text, k210_inputs, k210_outputs, {}, 0, true);
    file.insert(file.end(), k210.begin(), k210.end());
    save_seed(file);
    return file;
}

Bytes build_v5_model(const V5Code &code, const std::vector<V5Tensor> &inputs, const std::vector<V5Tensor> &outputs,
                     const Bytes &rdata, uint32_t data_pool)
{
    // the function record
    Bytes fn;
    Bytes io;
    put_tensors(io, inputs, 0);
    put_tensors(io, outputs, 1);
    uint32_t fn_size = static_cast<uint32_t>((32 + io.size() + 7) / 8 * 8);
    put_u32(fn, 32);
    put_u32(fn, fn_size);
    put_u32(fn, 0);
    put_u32(fn, 0);
    put_u32(fn, static_cast<uint32_t>(inputs.size()));
    put_u32(fn, static_cast<uint32_t>(outputs.size()));
    put_u32(fn, 0);                                          // entrypoint
    put_u32(fn, static_cast<uint32_t>(code.text().size())); // text_size
    fn.insert(fn.end(), io.begin(), io.end());
    pad_to(fn, 8);

    Bytes module;
    char type[16] = "stackvm";
    module.insert(module.end(), type, type + 16);
    put_u32(module, 1);  // version
    put_u32(module, 48); // header_size
    put_u32(module, 0);  // size, patched below
    put_u32(module, 2);  // mempools
    put_u32(module, 0);  // shared mempools
    put_u32(module, rdata.empty() ? 1 : 2);
    put_u32(module, 1); // functions
    put_u32(module, 0);
    module.push_back(2); // rdata pool
    module.insert(module.end(), 3, 0);
    put_u32(module, static_cast<uint32_t>(rdata.size()));
    module.push_back(3); // data pool
    module.insert(module.end(), 3, 0);
    put_u32(module, data_pool);
    module.insert(module.end(), fn.begin(), fn.end());

    Bytes file;
    put_u32(file, 0x4B4D444Cu);
    put_u32(file, 5);
    put_u32(file, 32);
    put_u32(file, 0);
    put_u32(file, 8); // alignment
    put_u32(file, 1);
    put_u32(file, 0);
    put_u32(file, 0);
    // sections: padding is relative to the absolute position, the module starts at 32 (8-aligned)
    if (!rdata.empty())
        put_section(module, ".rdata", rdata);
    put_section(module, ".text", code.text());
    pad_to(module, 8);
    uint32_t size = static_cast<uint32_t>(module.size());
    std::memcpy(module.data() + 24, &size, 4);
    file.insert(file.end(), module.begin(), module.end());
    save_seed(file);
    return file;
}

}  // namespace nfk
