/* Nothing target-specific for the PAL time layer: the completion timer is in nanoclr_time.cpp. */
#ifndef TARGET_PAL_TIME_H
#define TARGET_PAL_TIME_H
#endif
