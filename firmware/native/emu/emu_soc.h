/* The emulated K210 as the drivers see it through the seam ("the silicon"):
 * 6 MiB SRAM and 2 MiB KPU RAM, each under its cached and uncached alias,
 * the KPU register block, the DMAC and the SYSCTL DMA-select registers.
 * Register decode and memory layout live here; the maths is the reference
 * kernels'. */
#ifndef EMU_SOC_H
#define EMU_SOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "k210_mmio.h"
#include "nn_kpu_conv_ref.h"

typedef struct emu_soc emu_soc_t;

emu_soc_t *emu_soc_create(void);
void emu_soc_destroy(emu_soc_t *soc);

/* Power-on state: registers to reset values, memories zero-filled (the
 * content of real KPU RAM at power-on is undefined). */
void emu_soc_reset(emu_soc_t *soc);

/* The bus to install with k210_bus_install(). */
const k210_bus_t *emu_soc_bus(emu_soc_t *soc);

/* Rules for what silicon has not settled (spec/kpu.md §10). */
void emu_soc_set_profile(emu_soc_t *soc, nn_kpu_profile_t profile);

/* Direct views for the host port (heap over SRAM) and tests. */
uint8_t *emu_soc_sram(emu_soc_t *soc);
uint8_t *emu_soc_kpu_ram(emu_soc_t *soc);

/* Fault report of the last KPU layer (bad table address, impossible
 * geometry); NULL when the layer ran. Cleared by emu_soc_clear_fault. */
const char *emu_soc_fault(const emu_soc_t *soc);
void emu_soc_clear_fault(emu_soc_t *soc);

/* Counters for bench: layers run and MACs done by the KPU model. */
uint64_t emu_soc_kpu_layers(const emu_soc_t *soc);
uint64_t emu_soc_kpu_macs(const emu_soc_t *soc);

#endif
