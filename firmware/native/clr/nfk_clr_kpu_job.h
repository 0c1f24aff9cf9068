// A KPU run handed to the port, so the interpreter keeps running other managed threads meanwhile (spec §1.4).
// The port runs it (the board: KPU + DMA interrupts; the host: the emulator on a worker thread) and, when it is
// over, stores `finished` and sets NFK_KPU_SYSTEM_EVENT, which wakes the waiting managed thread.
#ifndef NFK_CLR_KPU_JOB_H
#define NFK_CLR_KPU_JOB_H

#include <stddef.h>
#include <stdint.h>

#include "nfk210_api.h"

// nanoCLR has no KPU event. The SPI master pair is free here (this firmware has no System.Device.Spi natives), and
// a spurious wake-up is harmless: the waiting native re-checks its job.
#define NFK_KPU_SYSTEM_EVENT SYSTEM_EVENT_FLAG_SPI_MASTER
#define NFK_KPU_CLR_EVENT Event_SpiMaster

struct nfk_clr_kpu_job
{
    nfk_model *model;
    uint8_t *input; // a native copy: the managed array may move or die while the KPU reads
    size_t input_size;
    int layer_count;
    void *owner; // the CLR_RT_Thread waiting for it

    int finished; // written by the port (atomically, last), read by the interpreter
    int status;
    char message[320];

    nfk_clr_kpu_job *next;
};

// Starts job; returns at once. Implemented by the flavour's port.
extern "C" void nfk_clr_kpu_start(nfk_clr_kpu_job *job);

#endif
