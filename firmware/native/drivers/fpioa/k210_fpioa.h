/* FPIOA driver: routes a function to a pad with the pad settings that
 * function needs (drive, enables, pulls), as the SDK's fpioa_set_function. */
#ifndef K210_FPIOA_H
#define K210_FPIOA_H

#include <stdbool.h>
#include <stdint.h>

#include "k210_fpioa_regs.h"

#define K210_FPIOA_PADS 48

/* Routes `function` (K210_FPIOA_FUNCTION_*) to `pad` (0-47). Any other pad that
 * carried the same function is released first (a function drives one pad). */
bool k210_fpioa_set_function(uint64_t base, unsigned pad, unsigned function);

/* The pad register value the driver writes for a function (pure). */
uint32_t k210_fpioa_pad_config(unsigned function);

#endif
