/* The Kconfig values this target would have (what nanoCLR's sources test with #if): the same features as the host
 * runner's, so that an app behaves alike on both. */
#ifndef NF_CONFIG_H
#define NF_CONFIG_H

#define CONFIG_RTOS                            BARE_METAL
#define CONFIG_NF_ENABLE_DOUBLE_PRECISION_FP   1
#define CONFIG_NF_FEATURE_LIGHT_MATH           0
#define CONFIG_NF_SUPPORT_ANY_BASE_CONVERSION  1
#define CONFIG_NF_FEATURE_DEBUGGER             1
#define CONFIG_NF_FEATURE_SUPPORT_REFLECTION   1
#define CONFIG_NF_FEATURE_BINARY_SERIALIZATION 0
#define CONFIG_NF_TARGET_HAS_NANOBOOTER        0

#endif
