/* Names the CLR reports (SystemInfo, the start banner). NFK_CLR_TARGET_NAME comes from the build: "QEMU_VIRT_RV64"
 * or "K210". */
#ifndef TARGET_COMMON_H
#define TARGET_COMMON_H

#ifndef NFK_CLR_TARGET_NAME
#define NFK_CLR_TARGET_NAME "RV64"
#endif

#define TARGETNAMESTRING    NFK_CLR_TARGET_NAME
#define PLATFORMNAMESTRING  "RISCV64"
#define OEMSYSTEMINFOSTRING "nanoCLR running @ " NFK_CLR_TARGET_NAME " (nf-k210)"

#endif
