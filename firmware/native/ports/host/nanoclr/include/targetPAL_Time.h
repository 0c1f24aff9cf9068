/* Time is in targetHAL_Time.h; nothing PAL-specific. */
#ifndef NFK_TARGETPAL_TIME_H
#define NFK_TARGETPAL_TIME_H
#include <stdint.h>
#endif
