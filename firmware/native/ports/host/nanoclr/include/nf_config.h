/* nanoCLR features of the host runner (what upstream's Kconfig would generate): the ports' shared set. */
#ifndef NFK_NF_CONFIG_H
#define NFK_NF_CONFIG_H

/* By path: upstream's sources, which include this file, see only the port's include folder. */
#include "../../../common/nanoclr/nfk_clr_nf_features.h"

#endif
