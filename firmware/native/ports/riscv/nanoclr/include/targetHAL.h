/* What nanoCLR's HAL expects from a bare-metal target: the global lock (machine interrupts off on the one hart
 * that runs the CLR), delays, ticks and the capability queries. */
#ifndef TARGET_HAL_H
#define TARGET_HAL_H

#include <stdbool.h>
#include <stdint.h>

#include <target_board.h>

#ifdef __cplusplus
extern "C" {
#endif

/* GLOBAL_LOCK: machine interrupts off (mstatus.MIE) on the one hart that runs the CLR; nestable, the state before
 * the outermost lock comes back at the matching unlock (nfk_clr_lock.c). */
void nfk_clr_lock(void);
void nfk_clr_unlock(void);
/* True inside GLOBAL_LOCK. (Not mstatus.MIE itself: on QEMU the CLR runs with interrupts off throughout.) */
bool nfk_clr_lock_held(void);
void nfk_clr_delay_ms(uint32_t milliseconds);
void nfk_clr_breakpoint(void);

#ifdef __cplusplus
}
#endif

#define GLOBAL_LOCK()           nfk_clr_lock()
#define GLOBAL_UNLOCK()         nfk_clr_unlock()
#define ASSERT_IRQ_MUST_BE_ON() ASSERT(!nfk_clr_lock_held())

#define GLOBAL_LOCK_SOCKETS(x)
#define PLATFORM_DEPENDENT__SOCKETS_MAX_COUNT 1
#define PLATFORM_DELAY(milliSecs)             nfk_clr_delay_ms((uint32_t)(milliSecs))

#define HARD_BREAKPOINT()  nfk_clr_breakpoint()
#define NANOCLR_STOP()     HARD_BREAKPOINT()
#define EVENTS_HEART_BEAT

#define LPCSTR const char *

/* Target_HasNanoBooter, GetTargetCapabilities and the other capability queries are extern "C" functions
 * declared upstream (nanoHAL_Capabilites.h, nanoHAL_Boot.h): nfk_clr_target.cpp defines them. */

#endif
