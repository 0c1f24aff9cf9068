/*
 * k210_field.h -- field access helpers for the generated K210 register headers.
 *
 * Hand-written (not generated). The generated headers (generated/k210_*.h) define, for every
 * field F, the macros F_SHIFT, F_WIDTH and F_MASK (mask NOT shifted), plus F_WORD for fields of a
 * multi-word payload such as the KPU layer argument. The helpers below take the field prefix F
 * (for example K210_KPU_FIFO_THRESHOLD_FIFO_EMPTY_THRESHOLD or K210_KPU_LAYER_ARG_X) and paste
 * the suffixes on; no bitfields are involved, so the layout never depends on the compiler.
 *
 *   K210_FIELD_GET(value, F)       field F of a 64-bit register value, right-aligned
 *   K210_FIELD_SET(value, F, v)    value with field F replaced by v (v truncated to the field)
 *   K210_FIELD_PUT(F, v)           v placed at field F, all other bits 0
 *   K210_LAYER_GET(words, F)       field F of a multi-word payload (words[F_WORD])
 *   K210_LAYER_SET(words, F, v)    store v into field F of a multi-word payload
 *   k210_sext(v, bits)             sign-extend the low `bits` bits of v (for F_SIGNED fields)
 *
 * Arguments may be evaluated more than once: pass plain lvalues, not expressions with side effects.
 */

#ifndef K210_FIELD_H_
#define K210_FIELD_H_

#include <stdint.h>

#define K210_FIELD_GET(value, F) ((((uint64_t)(value)) >> F##_SHIFT) & F##_MASK)

#define K210_FIELD_PUT(F, v) ((((uint64_t)(v)) & F##_MASK) << F##_SHIFT)

#define K210_FIELD_SET(value, F, v) \
    ((((uint64_t)(value)) & ~(((uint64_t)F##_MASK) << F##_SHIFT)) | K210_FIELD_PUT(F, v))

#define K210_LAYER_GET(words, F) K210_FIELD_GET((words)[F##_WORD], F)

#define K210_LAYER_SET(words, F, v) \
    ((words)[F##_WORD] = K210_FIELD_SET((words)[F##_WORD], F, v))

/*
 * Two's-complement value of the low `bits` bits of v (1 <= bits <= 64); bits == 0 gives 0.
 * Written without implementation-defined conversions: the negative case is built as -(m) - 1.
 */
static inline int64_t k210_sext(uint64_t v, unsigned bits)
{
    if (bits == 0u) {
        return 0;
    }
    const uint64_t mask = (bits >= 64u) ? UINT64_MAX : ((UINT64_C(1) << bits) - 1u);
    const uint64_t x = v & mask;
    const uint64_t sign = UINT64_C(1) << ((bits >= 64u ? 64u : bits) - 1u);
    if ((x & sign) == 0u) {
        return (int64_t)x;
    }
    /* x is negative: its magnitude minus one is (~x & mask), which fits in int64_t. */
    return -(int64_t)(~x & mask) - 1;
}

#endif /* K210_FIELD_H_ */
