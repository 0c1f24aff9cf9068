/* Identity of the host runner for nanoCLR's version and system-information queries. */
#ifndef NFK_TARGET_OS_H
#define NFK_TARGET_OS_H

#define CONFIG_RTOS NFK_HOST
#define TARGET_HAS_NANOBOOTER 0

#define VERSION_MAJOR 1U
#define VERSION_MINOR 0U
#define VERSION_BUILD 0U
#define VERSION_REVISION 0U

#define TARGETINFOSTRING "nf-k210 host runner"

#include "nf_config.h"

#endif
