/* Names nanoCLR reports for this target (SystemInfo, debugger). */
#ifndef NFK_TARGET_COMMON_H
#define NFK_TARGET_COMMON_H

#define TARGETNAMESTRING "NFK210_HOST"
#define PLATFORMNAMESTRING "K210 (host emulator)"
#define OEMSYSTEMINFOSTRING "nf-k210 nanoCLR on the host, KPU emulated"

#endif
