/* A fixed pool of worker threads for the KPU kernels (host builds with NFK_KERNELS_THREADS; elsewhere
 * the tasks run one after the other on the caller). */
#ifndef NN_KPU_THREADS_H
#define NN_KPU_THREADS_H

/* Runs task(arg, i) for i = 0..count-1, the caller taking part, and returns when all are done. While
 * another call is running (another thread's layer), this one runs its tasks on the caller alone. */
void nn_kpu_threads_run(unsigned count, void (*task)(void *arg, unsigned i), void *arg);

/* Processors online (1 without threads). */
unsigned nn_kpu_threads_cores(void);

#endif
