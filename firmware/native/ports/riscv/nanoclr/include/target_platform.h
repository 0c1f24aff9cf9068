/* nanoCLR target selection: bare-metal RV64 (K210 and QEMU virt). PLATFORM_RISCV is the gate our patch
 * 0003 adds next to PLATFORM_ARM/PLATFORM_ESP32 in the upstream headers. */
#ifndef TARGET_PLATFORM_H
#define TARGET_PLATFORM_H

#ifndef PLATFORM_RISCV
#define PLATFORM_RISCV 1
#endif

#endif
