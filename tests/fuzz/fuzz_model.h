/* What both kmodel fuzzers do with a file once they know how much work it is:
 * load it through the flat API, describe it, and, when it is cheap enough,
 * run it twice (the second run starts from what the first left) and touch
 * every output and layer statistic, then run part of it and touch every layer
 * result. */
#ifndef FUZZ_MODEL_H
#define FUZZ_MODEL_H

#include <stddef.h>
#include <stdint.h>

#define FUZZ_MAX_WORK_TO_RUN (4u * 1000u * 1000u)

/* work: the caller's bound on the run's cost (UINT64_MAX: do not run). */
void fuzz_exercise_model(const uint8_t *data, size_t size, uint64_t work);

#endif
