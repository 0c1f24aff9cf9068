// The kmodel V5 reader and validator: every malformed header, table, record, section, instruction and k210 command
// gets a specific error naming the problem (and the byte offset), never a crash; the tensor-function numbering is
// detected by decoding the code with each known release's table (spec/kmodel-v5.md §2-§4).
#include <cstring>
#include <string>

#include "kmodel_v5_builder.h"
#include "test_support.h"

extern "C" {
#include "kmodel_v5.h"
}

using nfk::Bytes;
using nfk::V5Code;
using nfk::V5Tensor;

namespace {

struct Result {
    int code;
    std::string message;
};

Result load(const Bytes &m)
{
    nfk_model *model = nullptr;
    int code = nfk_model_load(m.data(), m.size(), NFK_PROFILE_AUTO, &model);
    Result r{ code, code == 0 ? "" : nfk_last_error() };
    nfk_model_free(model);
    return r;
}

#define EXPECT_ERROR(expr, code_, text)                                                             \
    do {                                                                                            \
        Result r_ = (expr);                                                                         \
        EXPECT_EQ(r_.code, code_) << r_.message;                                                    \
        EXPECT_NE(r_.message.find(text), std::string::npos) << "message: " << r_.message;           \
    } while (0)

void put32(Bytes &m, size_t at, uint32_t v) { std::memcpy(m.data() + at, &v, 4); }
uint32_t get32(const Bytes &m, size_t at)
{
    uint32_t v;
    std::memcpy(&v, m.data() + at, 4);
    return v;
}

// A valid model: copy 4 bytes from input to output.
Bytes copy_model()
{
    V5Code c;
    c.lea(0, 0).lea(1, 0).stshape(0, { 4 }).stshape(1, { 1 }).tensor(8, { 4, 0, 1, 1 });
    return nfk::build_v5_model(c, { V5Tensor{ 4, { 4 } } }, { V5Tensor{ 4, { 4 } } });
}

// The input memory range of the copy model's function record.
constexpr size_t kInputRange = nfk::kV5FunctionOffset + 32;

}  // namespace

TEST(KmodelV5, TheBuiltModelLoadsAndRuns)
{
    Bytes m = copy_model();
    nfk_model *model = nullptr;
    ASSERT_EQ(nfk_model_load(m.data(), m.size(), NFK_PROFILE_AUTO, &model), 0) << nfk_last_error();
    Bytes in{ 5, 6, 7, 8 };
    ASSERT_EQ(nfk_model_run(model, in.data(), in.size()), 0) << nfk_last_error();
    const uint8_t *out;
    size_t size;
    ASSERT_EQ(nfk_model_output(model, 0, &out, &size), 0);
    EXPECT_EQ(Bytes(out, out + size), in);
    nfk_model_free(model);
}

TEST(KmodelV5, TruncatedAtEveryLength_IsRefusedWithAReason)
{
    Bytes full = copy_model();
    for (size_t cut = 8; cut < full.size(); cut++) {
        Result r = load(Bytes(full.begin(), full.begin() + cut));
        EXPECT_TRUE(r.code == NN_ERR_TRUNCATED || r.code == NN_ERR_MALFORMED) << "cut at " << cut << ": " << r.message;
        EXPECT_NE(r.message.find("kmodel V5 (nncase 1.x): "), std::string::npos) << r.message;
        if (cut < 32) {
            EXPECT_NE(r.message.find("ends inside the 32-byte V5 model header"), std::string::npos) << r.message;
        }
    }
}

TEST(KmodelV5, PreReleaseHeaderIsNamedAsSuch)
{
    // nncase 1.0 before 2021-08-18: identifier, version, flags, alignment, modules, main_module, then a module
    Bytes m(24 + 48, 0);
    std::memcpy(m.data(), "LDMK", 4);
    put32(m, 4, 5);
    put32(m, 12, 8);
    put32(m, 16, 1);
    std::memcpy(m.data() + 24, "stackvm", 7);
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "pre-release kmodel V5: a 24-byte model header");
}

TEST(KmodelV5, HeaderFieldsAreChecked)
{
    Bytes m = copy_model();
    put32(m, 8, 40);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "header_size at byte 8 is 40; a V5 model header has 32 bytes");
    m = copy_model();
    put32(m, 16, 24);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "alignment at byte 16 is 24");
    m = copy_model();
    put32(m, 20, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "module count at byte 20 is 0");
    m = copy_model();
    put32(m, 20, 2);
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "module 1: its 48-byte header at byte");
    m = copy_model();
    put32(m, 28, 1);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "entry function at byte 28 is 1; module 0 (stackvm) has 1 functions");
}

TEST(KmodelV5, ModuleHeaderIsChecked)
{
    const size_t mod = nfk::kV5ModuleOffset;
    Bytes m = copy_model();
    std::memcpy(m.data() + mod, "vulkan\0\0", 8);
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "module 0 at byte 32 has type \"vulkan\"");
    m = copy_model();
    put32(m, mod + 16, 2);
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "module version 2 at byte 48");
    m = copy_model();
    put32(m, mod + 24, 0x7FFFFFF0);
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "size 2147483632 at byte 56");
    m = copy_model();
    put32(m, mod + 28, 1000);
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "1000 mempool descriptors (count at byte 60)");
    m = copy_model();
    m[mod + 48] = 64; // the rdata pool as KPU RAM
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "mempool 0 at byte 80 is KPU RAM; only a k210 module has one");
    m = copy_model();
    put32(m, mod + 32, 1);
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_LAYER, "1 shared mempools (byte 64)");
    m = copy_model();
    put32(m, mod + 40, 5000);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "5000 functions (byte 72); at most 1024");
    m = copy_model();
    put32(m, mod + 40, 3);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "function 1: record size");
}

TEST(KmodelV5, FunctionRecordsAreChecked)
{
    const size_t f = nfk::kV5FunctionOffset;
    Bytes m = copy_model();
    put32(m, f, 16);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "module 0 function 0: header_size at byte 96 is 16, expected 32");
    m = copy_model();
    put32(m, f + 16, 100);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "100 inputs and 1 outputs (bytes 112, 116)");
    m = copy_model();
    m[kInputRange + 1] = 12; // datatype
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "input 0 has datatype 12, which V5 does not define");
    m = copy_model();
    put32(m, kInputRange + 8, 5); // size 5 for a [4] u8 tensor
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "input 0 is 5 bytes, but its shape and datatype (u8) give 4");
    m = copy_model();
    m[kInputRange] = 2; // rdata
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "input 0 has memory location 2 (rdata); function inputs are in location 0");
    m = copy_model();
    put32(m, kInputRange + 12, 9); // the input shape's rank
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "the input 0 shape at byte 140 has rank 9; ranks up to 8");
    m = copy_model();
    put32(m, f + 24, 4); // entrypoint 4 with the whole text size
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "lies outside the module's");
}

TEST(KmodelV5, SectionsAreChecked)
{
    Bytes m = copy_model();
    // the .text section header follows the function record; its body size field is 24 bytes in
    size_t text = nfk::kV5FunctionOffset + get32(m, nfk::kV5FunctionOffset + 4);
    ASSERT_EQ(std::string(reinterpret_cast<const char *>(m.data() + text)), ".text");
    put32(m, text + 24, 100000);
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "section \".text\" (header at byte " + std::to_string(text) + ")");
}

TEST(KmodelV5, CodeThatDecodesWithNoNumberingIsNamed)
{
    V5Code c;
    c.lea(0, 0).op(0x5F);
    Bytes m = nfk::build_v5_model(c, { V5Tensor{ 4, { 4 } } }, { V5Tensor{ 4, { 4 } } });
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION,
                 "decodes with none of the known nncase 1.x tensor-function numberings");
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "unknown stackvm opcode 0x5F at code offset 7");

    V5Code t; // an instruction cut by the end of the code
    t.bytes({ 0x02, 1, 2 });
    m = nfk::build_v5_model(t, { V5Tensor{ 4, { 4 } } }, { V5Tensor{ 4, { 4 } } });
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "LDC_I4 at code offset 0 needs 5 bytes, the code ends after 3");
}

TEST(KmodelV5, BranchesAndCallsAreChecked)
{
    V5Code c;
    c.bytes({ 0x56, 0xF0, 0xFF, 0xFF, 0xFF }); // BR -16 from offset 5
    Bytes m = nfk::build_v5_model(c, { V5Tensor{ 4, { 4 } } }, { V5Tensor{ 4, { 4 } } });
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "BR at code offset 0 jumps to -11, outside the 5-byte code");

    V5Code call;
    call.tensor(3, { 0, 0, 0, 0, 5, 0, 1, 1 }); // module 5 function 0
    m = nfk::build_v5_model(call, { V5Tensor{ 4, { 4 } } }, { V5Tensor{ 4, { 4 } } });
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "TENSOR CALL at code offset 0 calls module 5 function 0, which does not "
                                            "exist");

    V5Code self;
    self.tensor(3, { 0, 0, 0, 0, 0, 0, 1, 1 }); // the stackvm function itself
    m = nfk::build_v5_model(self, { V5Tensor{ 4, { 4 } } }, { V5Tensor{ 4, { 4 } } });
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_LAYER, "calls into the stackvm module 0; this runtime calls k210 "
                                                    "functions only");
}

TEST(KmodelV5, DecoderListsInstructions)
{
    V5Code c;
    c.lea(3, 602112).ldr(0.5f).stshape(2, { 1, 3 }).tensor(9, { 4, 9, 0, 1, 2 });
    const Bytes &t = c.text();
    kmodel_v5_insn_t insn;
    char line[200];
    ASSERT_EQ(kmodel_v5_decode_insn(t.data(), (uint32_t)t.size(), 0, KMODEL_V5_NUMBERING_BETA2, &insn, nullptr), NN_OK);
    kmodel_v5_format_insn(&insn, line, sizeof line);
    EXPECT_STREQ(line, "LEA_BUFFER data sub 0 +602112");
    ASSERT_EQ(kmodel_v5_decode_insn(t.data(), (uint32_t)t.size(), 7, KMODEL_V5_NUMBERING_BETA2, &insn, nullptr), NN_OK);
    kmodel_v5_format_insn(&insn, line, sizeof line);
    EXPECT_STREQ(line, "LDC_R4 0.5");
    uint32_t at = 7 + 5 + 5 + 5;
    ASSERT_EQ(kmodel_v5_decode_insn(t.data(), (uint32_t)t.size(), at, KMODEL_V5_NUMBERING_BETA2, &insn, nullptr), NN_OK);
    kmodel_v5_format_insn(&insn, line, sizeof line);
    EXPECT_STREQ(line, "STSHAPE shape2 rank 2");
    at += 3;
    ASSERT_EQ(kmodel_v5_decode_insn(t.data(), (uint32_t)t.size(), at, KMODEL_V5_NUMBERING_BETA2, &insn, nullptr), NN_OK);
    kmodel_v5_format_insn(&insn, line, sizeof line);
    EXPECT_STREQ(line, "TENSOR DEQUANTIZE dt_in=u8 dt_out=f32 rshape_src=0 rstride_src=1 rstride_dest=2");
    // the same number in nncase 1.0.0 is CUMSUM (u8 u8 u32 u8 u8: 8 operand bytes, more than there are)
    EXPECT_NE(kmodel_v5_decode_insn(t.data(), (uint32_t)t.size(), at, KMODEL_V5_NUMBERING_V1_0, &insn, nullptr), NN_OK);
}

// ---- the real model: k210 commands and the numbering of later releases -----------------------------

namespace {

Bytes yolox(const std::string &shared) { return nfk::read_file_or_fail(shared + "/models/v5-yolox-nano/yolox_nano_224.kmodel"); }

// spec/kmodel-v5.md §5: module 1 (k210) at 0x3E00, its .text at 0xFEE00; function 0 = upload, conv, conv, download
constexpr size_t kK210Text = 0xFEE00;

// Rewrites every TENSOR function id of the stackvm code from the 1.0.0-beta2 numbering to another release's.
void renumber(Bytes &m, uint32_t numbering)
{
    kmodel_v5_t parsed;
    ASSERT_EQ(kmodel_v5_parse(m.data(), m.size(), &parsed, nullptr), NN_OK);
    const kmodel_v5_module_t &mod = parsed.modules[0];
    for (uint32_t at = 0; at < mod.text_size;) {
        kmodel_v5_insn_t insn;
        ASSERT_EQ(kmodel_v5_decode_insn(m.data() + mod.text_offset, mod.text_size, at, KMODEL_V5_NUMBERING_BETA2,
                                        &insn, nullptr), NN_OK);
        if (insn.opcode == KMODEL_V5_OP_TENSOR) {
            uint16_t code = 0;
            while (kmodel_v5_tensor_function(numbering, code) != insn.funct)
                code++;
            m[mod.text_offset + at + 1] = static_cast<uint8_t>(code);
            m[mod.text_offset + at + 2] = static_cast<uint8_t>(code >> 8);
        }
        at += insn.bytes;
    }
}

}  // namespace

TEST(KmodelV5, YoloxK210CommandsAreChecked)
{
    NFK_REQUIRE_SHARED(shared);
    Bytes m = yolox(shared);
    m[kK210Text] = 7;
    EXPECT_ERROR(load(m), NN_ERR_UNKNOWN_LAYER, "module 1 function 0: unknown k210 command 7 at code offset 0");
    m = yolox(shared);
    put32(m, kK210Text + 44 + 28 + 4, 2048 + 8); // the first conv's activation start
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "k210 kpu_conv2d at code offset 44 (byte 1044012): its activation table "
                                            "is not 256-byte aligned");
    m = yolox(shared);
    put32(m, kK210Text + 16 + 4, 2097152 - 64); // the upload's KPU start: the map runs past KPU RAM
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "its output range (kpu +2097088, 172032 bytes used) ends past the "
                                            "2097152-byte kpu");
    m = yolox(shared);
    put32(m, kK210Text + 44 + 4 + 4, 1024400 - 100); // weights start: 1728 bytes past the rdata end
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "its weights range (rdata +1024300, 1728 bytes used) ends past the "
                                            "1024400-byte rdata");
}

TEST(KmodelV5, Yolox_RenumberedFor100_RunsWithTheSameKernels)
{
    // nncase 1.0.0 inserted three functions and changed none of the others (its kernels and stackvm ops for the rest
    // are 1.0.0-beta2's), so its files run here; the numbering is named in the description
    NFK_REQUIRE_SHARED(shared);
    std::string dir = shared + "/models/v5-yolox-nano";
    Bytes m = yolox(shared);
    renumber(m, KMODEL_V5_NUMBERING_V1_0);
    kmodel_v5_t parsed;
    nn_error_t err{};
    ASSERT_EQ(kmodel_v5_parse(m.data(), m.size(), &parsed, &err), NN_OK) << err.message;
    EXPECT_EQ(parsed.numbering, (uint32_t)KMODEL_V5_NUMBERING_V1_0);
    Bytes out;
    std::string error;
    ASSERT_TRUE(nfk::run_model(m, nfk::read_file_or_fail(dir + "/input.bin"), NFK_PROFILE_AUTO, out, error)) << error;
    EXPECT_EQ(out, nfk::read_file_or_fail(dir + "/oracle/input.nncase1.out0.bin"));
    nfk_model *model = nullptr;
    ASSERT_EQ(nfk_model_load(m.data(), m.size(), NFK_PROFILE_AUTO, &model), 0);
    EXPECT_NE(std::string(nfk_model_describe_json(model)).find("\"numbering\": \"nncase 1.0.0 (30 tensor functions"),
              std::string::npos);
    nfk_model_free(model);
}

TEST(KmodelV5, Yolox_RenumberedFor110_IsRefusedNamingTheRelease)
{
    // nncase 1.1.0 also changed STPADDINGS (interior padding) and slice: detected, named, not run
    NFK_REQUIRE_SHARED(shared);
    Bytes m = yolox(shared);
    renumber(m, KMODEL_V5_NUMBERING_V1_1);
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "made by nncase 1.1.0: the code decodes with its "
                                                      "tensor-function numbering only");
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "so it is not supported yet");
}

TEST(KmodelV5, Yolox_DecodesOnlyWithTheBeta2Numbering)
{
    NFK_REQUIRE_SHARED(shared);
    Bytes m = yolox(shared);
    kmodel_v5_t parsed;
    ASSERT_EQ(kmodel_v5_parse(m.data(), m.size(), &parsed, nullptr), NN_OK);
    EXPECT_EQ(parsed.numbering, (uint32_t)KMODEL_V5_NUMBERING_BETA2);
    const kmodel_v5_module_t &mod = parsed.modules[0];
    uint32_t failed_at = 0;
    EXPECT_TRUE(kmodel_v5_text_decodes(m.data() + mod.text_offset, mod.text_size, KMODEL_V5_NUMBERING_BETA2, nullptr));
    // spec §5: "derails after ~1 KB when decoded with the v1.0.0 numbering"
    EXPECT_FALSE(kmodel_v5_text_decodes(m.data() + mod.text_offset, mod.text_size, KMODEL_V5_NUMBERING_V1_0,
                                        &failed_at));
    EXPECT_GT(failed_at, 0u);
    EXPECT_LT(failed_at, 4096u);
}
