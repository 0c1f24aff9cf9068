// Builds small kmodel V5 files for tests (spec/kmodel-v5.md §2, §4): one stackvm module with one function, its code
// written with the helpers below, optional .rdata and data pool.
#ifndef KMODEL_V5_BUILDER_H
#define KMODEL_V5_BUILDER_H

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "test_support.h"

namespace nfk {

// stackvm code, packed little-endian.
class V5Code {
public:
    V5Code &lea(uint8_t location, uint32_t offset);           // LEA_BUFFER location, subres 0, offset
    V5Code &ldc(int32_t v);                                   // LDC_I4
    V5Code &ldr(float v);                                     // LDC_R4
    V5Code &stshape(uint8_t reg, std::initializer_list<uint32_t> dims); // LDC_I4 each dim, STSHAPE
    V5Code &stpaddings(uint8_t reg, std::initializer_list<std::pair<int32_t, int32_t>> pads);
    V5Code &op(uint8_t opcode);                               // an instruction without operands
    V5Code &tensor(uint16_t funct, std::initializer_list<uint8_t> operands); // TENSOR funct, then operand bytes
    V5Code &bytes(std::initializer_list<uint8_t> b);
    V5Code &f32(float v); // 4 operand bytes of a float (after tensor())
    V5Code &u16(uint16_t v);
    const Bytes &text() const { return text_; }

private:
    Bytes text_;
};

struct V5Tensor {
    uint8_t datatype;
    std::vector<uint32_t> shape;
    uint32_t start = 0;
};

// One stackvm module, one function (the entry): inputs/outputs with ranges at their starts and sizes from the shapes.
Bytes build_v5_model(const V5Code &code, const std::vector<V5Tensor> &inputs, const std::vector<V5Tensor> &outputs,
                     const Bytes &rdata = {}, uint32_t data_pool = 0);

// Two modules: the stackvm entry function (code, inputs, outputs, data pool) and one k210 function (its commands,
// inputs and outputs); the header's alignment is 256, as a k210 module needs.
Bytes build_v5_model_with_k210(const V5Code &code, const std::vector<V5Tensor> &inputs,
                               const std::vector<V5Tensor> &outputs, uint32_t data_pool, const Bytes &k210_text,
                               const std::vector<V5Tensor> &k210_inputs, const std::vector<V5Tensor> &k210_outputs);

// Byte offsets of the built file's parts (for tests that corrupt them).
constexpr uint32_t kV5ModuleOffset = 32;
constexpr uint32_t kV5FunctionOffset = 32 + 48 + 16; // after the module header and two mempool descriptors

}  // namespace nfk

#endif
