/* NNIL, the stack byte code of nnil_unary_method (spec/kmodel-v4.md §10 0x14):
 * straight-line code, so the stack depth at every instruction is known before
 * running; nn_v4_nnil_check proves the program safe once, at load time. */
#include <math.h>
#include <string.h>

#include "nn_math.h"
#include "nn_mem.h"
#include "nn_v4_ref.h"

#define STACK 64

enum {
    OP_NOP = 0x00, OP_DUP = 0x01, OP_POP = 0x02, OP_LDA_0 = 0x03, OP_LDC_0 = 0x04, OP_LDC_1 = 0x05, OP_LDC = 0x06,
    OP_ABS = 0x20, OP_SQUARE = 0x29, OP_ADD = 0x40, OP_MAX = 0x45, OP_CLAMP = 0x80, OP_RET = 0xA0,
};

/* Stack effect of an opcode: pops and pushes; false for unknown bytes. */
static bool effect(uint8_t op, int *pops, int *pushes)
{
    if (op >= OP_ABS && op <= OP_SQUARE) {
        *pops = 1, *pushes = 1;
        return true;
    }
    if (op >= OP_ADD && op <= OP_MAX) {
        *pops = 2, *pushes = 1;
        return true;
    }
    switch (op) {
    case OP_NOP: *pops = 0, *pushes = 0; return true;
    case OP_DUP: *pops = 1, *pushes = 2; return true;
    case OP_POP: *pops = 1, *pushes = 0; return true;
    case OP_LDA_0: case OP_LDC_0: case OP_LDC_1: case OP_LDC: *pops = 0, *pushes = 1; return true;
    case OP_CLAMP: *pops = 3, *pushes = 1; return true;
    case OP_RET: *pops = 1, *pushes = 0; return true;
    default: return false;
    }
}

const char *nn_v4_nnil_check(const uint8_t *program, size_t length, size_t *at)
{
    int depth = 0;
    for (size_t pc = 0; pc < length;) {
        int pops, pushes;
        uint8_t op = program[pc];
        *at = pc;
        if (!effect(op, &pops, &pushes))
            return "unknown NNIL opcode";
        if (op == OP_LDC && length - pc < 5)
            return "ldc_r4 without its 4-byte constant";
        if (depth < pops)
            return "stack underflow";
        depth += pushes - pops;
        if (depth > STACK)
            return "stack overflow (more than 64 values)";
        if (op == OP_RET)
            return NULL;
        pc += op == OP_LDC ? 5 : 1;
    }
    *at = length;
    return "the program ends without ret, so it never writes its output";
}

static float unary(uint8_t op, float x)
{
    switch (op) {
    case 0x20: return fabsf(x);
    case 0x21: return ceilf(x);
    case 0x22: return nn_cosf(x);
    case 0x23: return nn_expf(x);
    case 0x24: return floorf(x);
    case 0x25: return nn_logf(x);
    case 0x26: return -x;
    case 0x27: return 1.0f / sqrtf(x);
    case 0x28: return nn_sinf(x);
    default: return x * x; /* 0x29 square */
    }
}

static float binary(uint8_t op, float a, float b)
{
    switch (op) {
    case 0x40: return a + b;
    case 0x41: return a - b;
    case 0x42: return a * b;
    case 0x43: return a / b;
    case 0x44: return b < a ? b : a; /* std::min */
    default: return a < b ? b : a;   /* 0x45 std::max */
    }
}

/* One element. The stack guards repeat the check, so an unchecked program
 * stops instead of reading outside the stack. */
static bool run_once(const uint8_t *program, size_t length, float x, float *result)
{
    float s[STACK];
    int top = 0;
    for (size_t pc = 0; pc < length;) {
        uint8_t op = program[pc++];
        int pops, pushes;
        if (!effect(op, &pops, &pushes) || top < pops || top - pops + pushes > STACK)
            return false;
        if (op >= OP_ABS && op <= OP_SQUARE) {
            s[top - 1] = unary(op, s[top - 1]);
        } else if (op >= OP_ADD && op <= OP_MAX) {
            s[top - 2] = binary(op, s[top - 2], s[top - 1]);
            top--;
        } else {
            switch (op) {
            case OP_DUP: s[top] = s[top - 1]; top++; break;
            case OP_POP: top--; break;
            case OP_LDA_0: s[top++] = x; break;
            case OP_LDC_0: s[top++] = 0.0f; break;
            case OP_LDC_1: s[top++] = 1.0f; break;
            case OP_LDC:
                if (length - pc < 4)
                    return false;
                memcpy(&s[top++], program + pc, 4);
                pc += 4;
                break;
            case OP_CLAMP: s[top - 3] = nn_clamp_f32(s[top - 3], s[top - 2], s[top - 1]); top -= 2; break;
            case OP_RET: *result = s[top - 1]; return true;
            default: break;
            }
        }
    }
    return false;
}

void nn_v4_nnil_ref_f32(const void *in, void *out, size_t count, const uint8_t *program, size_t length)
{
    for (size_t i = 0; i < count; i++) {
        float r;
        if (run_once(program, length, nn_ld_f32(in, i), &r))
            nn_st_f32(out, i, r);
    }
}
