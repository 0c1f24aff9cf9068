/* The nanoCLR features every port enables (the Kconfig values nanoCLR's sources test with #if), so that an app
 * behaves alike on the host runner and the boards. Each port's include/nf_config.h includes this and adds what is
 * its own. */
#ifndef NFK_CLR_NF_FEATURES_H
#define NFK_CLR_NF_FEATURES_H

#define CONFIG_NF_ENABLE_DOUBLE_PRECISION_FP   1
#define CONFIG_NF_FEATURE_LIGHT_MATH           0
#define CONFIG_NF_SUPPORT_ANY_BASE_CONVERSION  1
#define CONFIG_NF_FEATURE_DEBUGGER             1
#define CONFIG_NF_FEATURE_SUPPORT_REFLECTION   1
#define CONFIG_NF_FEATURE_BINARY_SERIALIZATION 0

#endif
