/* Transcendental functions with the same bits on every build. C libraries
 * differ in the last bit of expf/logf/sinf/cosf (glibc on the host, picolibc
 * in the RISC-V firmware), which would make the PC and the board disagree.
 * Computing in double and rounding once to float gives the correctly rounded
 * result except when the exact value lies within one double ulp of a float
 * rounding boundary (about 1 in 2^28 arguments), so both builds agree.
 * sqrtf, floorf, ceilf and roundf are exact in IEEE arithmetic and need no
 * wrapper. */
#ifndef NN_MATH_H
#define NN_MATH_H

#include <math.h>

static inline float nn_expf(float x) { return (float)exp((double)x); }
static inline float nn_logf(float x) { return (float)log((double)x); }
static inline float nn_sinf(float x) { return (float)sin((double)x); }
static inline float nn_cosf(float x) { return (float)cos((double)x); }

#endif
