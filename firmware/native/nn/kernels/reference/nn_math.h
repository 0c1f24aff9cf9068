/* Transcendental functions with the same bits on every build. C libraries
 * differ in the last bit of expf/logf/sinf/cosf (glibc on the PC, picolibc
 * in the RISC-V firmware), and the reference outputs of the conformance
 * vectors and models were made on x86-64 with glibc. So:
 *
 * - nn_expf reproduces glibc's expf (2.28+, the variant x86-64 machines with
 *   FMA run) bit for bit: a 32-entry table of 2^(i/32), a degree-3
 *   polynomial and double arithmetic with explicit fused multiply-adds,
 *   which are exact IEEE operations on every target. Checked against glibc
 *   for all 2^32 float inputs: no difference.
 * - nn_logf, nn_sinf, nn_cosf compute in double and round once: the same
 *   bits on every build (except within a double ulp of a float rounding
 *   boundary), but about 1 argument in 4000 (log) to 1 in 1000 (sin, cos)
 *   differs from glibc's float functions in the last bit. Only V4 unary
 *   and NNIL ops use them.
 * sqrtf, floorf, ceilf and roundf are exact in IEEE arithmetic already. */
#ifndef NN_MATH_H
#define NN_MATH_H

#include <math.h>

float nn_expf(float x);

static inline float nn_logf(float x) { return (float)log((double)x); }
static inline float nn_sinf(float x) { return (float)sin((double)x); }
static inline float nn_cosf(float x) { return (float)cos((double)x); }

#endif
