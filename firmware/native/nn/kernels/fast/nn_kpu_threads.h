/* A fixed pool of worker threads for the KPU kernels (host builds with NFK_KERNELS_THREADS; elsewhere
 * the tasks run one after the other on the caller). */
#ifndef NN_KPU_THREADS_H
#define NN_KPU_THREADS_H

/* Runs task(arg, i, slot) for i = 0..count-1 on up to `threads` threads, the caller taking part, and returns
 * when all are done. Tasks go to whichever thread is free, so a thread the system delays takes fewer:
 * split work into more tasks than threads and the slowest thread does not hold the others up. slot
 * (< threads) names the thread running the task, for per-thread scratch. While another call is running
 * (another thread's layer), this one runs its tasks on the caller alone (slot 0). */
void nn_kpu_threads_run(unsigned threads, unsigned count, void (*task)(void *arg, unsigned i, unsigned slot),
                        void *arg);

/* Tasks per thread the callers split a step into (see above). */
#define NN_KPU_TASKS_PER_THREAD 4u

/* Processors online (1 without threads). */
unsigned nn_kpu_threads_cores(void);

#endif
