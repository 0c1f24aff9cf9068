/* The Kconfig values this target would have (what nanoCLR's sources test with #if): the ports' shared features, so
 * that an app behaves alike on the host runner and here, on bare metal without a nanoBooter. */
#ifndef NF_CONFIG_H
#define NF_CONFIG_H

/* By path: upstream's sources, which include this file, see only the port's include folder. */
#include "../../../common/nanoclr/nfk_clr_nf_features.h"

#define CONFIG_RTOS                            BARE_METAL
#define CONFIG_NF_TARGET_HAS_NANOBOOTER        0

#endif
