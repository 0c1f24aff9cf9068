/* GLOBAL_LOCK for the RV64 nanoCLR: one hart runs the CLR, so masking machine interrupts (mstatus.MIE) is the
 * whole of mutual exclusion against interrupt handlers (the KPU completion on the K210). Locks nest; the outermost
 * one remembers whether interrupts were on and its unlock restores that. */
#include <stdbool.h>
#include <stdint.h>

#include "targetHAL.h"

#define MSTATUS_MIE 8u

static unsigned lock_depth;
static bool enabled_before_lock;

void nfk_clr_lock(void)
{
    uint64_t previous;
    __asm__ volatile("csrrc %0, mstatus, %1" : "=r"(previous) : "r"((uint64_t)MSTATUS_MIE) : "memory");
    if (lock_depth++ == 0)
        enabled_before_lock = (previous & MSTATUS_MIE) != 0;
}

void nfk_clr_unlock(void)
{
    if (lock_depth == 0)
        return; /* an unlock without a lock: leave the interrupt state alone */
    if (--lock_depth == 0 && enabled_before_lock)
        __asm__ volatile("csrs mstatus, %0" ::"r"((uint64_t)MSTATUS_MIE) : "memory");
}

bool nfk_clr_lock_held(void)
{
    return lock_depth != 0;
}

void nfk_clr_breakpoint(void)
{
    __asm__ volatile("ebreak");
}
