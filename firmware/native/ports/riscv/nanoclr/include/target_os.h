/* Version and configuration of the RV64 nanoCLR image (nanoHAL_Boot.h wants CONFIG_RTOS from here). */
#ifndef TARGET_OS_H
#define TARGET_OS_H

#define TARGET_HAS_NANOBOOTER 0

#ifndef VERSION_MAJOR
#define VERSION_MAJOR    1U
#endif
#ifndef VERSION_MINOR
#define VERSION_MINOR    17U
#endif
#ifndef VERSION_BUILD
#define VERSION_BUILD    0U
#endif
#ifndef VERSION_REVISION
#define VERSION_REVISION 0U
#endif

#define TARGETINFOSTRING "nf-k210 RV64"

#include "nf_config.h"

#endif
