/* GPIOHS driver: 32 high-speed lines, one bit per line in every register. */
#ifndef K210_GPIOHS_H
#define K210_GPIOHS_H

#include <stdbool.h>
#include <stdint.h>

/* Line as output (input disabled) or input (output disabled), like gpiohs_set_drive_mode. */
void k210_gpiohs_set_output(uint64_t base, unsigned line, bool output);
void k210_gpiohs_write(uint64_t base, unsigned line, bool high);
bool k210_gpiohs_read(uint64_t base, unsigned line);

#endif
