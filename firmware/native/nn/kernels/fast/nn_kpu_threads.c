#define _POSIX_C_SOURCE 200809L /* clock_gettime under -std=c11 */
#include "nn_kpu_threads.h"

#ifdef NFK_KERNELS_THREADS
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdatomic.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t busy = PTHREAD_MUTEX_INITIALIZER; /* one parallel job at a time */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER; /* guards everything below */
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;
static unsigned workers, sleepers;
static unsigned long generation;
static void (*job_task)(void *, unsigned, unsigned);
static void *job_arg;
static unsigned job_count, job_next, job_helpers;
/* Written under the lock, also read without it by threads that spin before they sleep: a model's layers
 * follow each other within microseconds, and waking a sleeping thread costs tens of them. */
static atomic_ulong published;
static atomic_uint job_left;

#define SPIN_NS 200000L /* how long a thread polls before it sleeps */

static long elapsed_ns(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - since->tv_sec) * 1000000000L + (now.tv_nsec - since->tv_nsec);
}

/* One poll's pause; every 64th gives the processor to a thread waiting for it (sched_yield returns at once
 * when none is): when the system runs another thread on our cores (the .NET runtime's JIT and GC, another
 * program), a spinning thread would otherwise hold back the very thread it waits for. */
static void relax(unsigned i)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
    if (i % 64 == 0)
        sched_yield();
}

/* Polls until *word differs from `from` or SPIN_NS have passed. */
static void spin_while_equal(atomic_ulong *word, unsigned long from)
{
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (unsigned i = 1; atomic_load_explicit(word, memory_order_acquire) == from; i++) {
        relax(i);
        if (i % 64 == 0 && elapsed_ns(&start) > SPIN_NS)
            return;
    }
}

static void spin_while_left(void)
{
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (unsigned i = 1; atomic_load_explicit(&job_left, memory_order_acquire) != 0; i++) {
        relax(i);
        if (i % 64 == 0 && elapsed_ns(&start) > SPIN_NS)
            return;
    }
}

/* Takes tasks of the current job until none is left, as thread `slot`; called with the lock held. */
static void take_tasks(unsigned slot)
{
    while (job_next < job_count) {
        unsigned i = job_next++;
        pthread_mutex_unlock(&lock);
        job_task(job_arg, i, slot);
        pthread_mutex_lock(&lock);
        if (atomic_fetch_sub_explicit(&job_left, 1, memory_order_acq_rel) == 1)
            pthread_cond_signal(&done);
    }
}

static void *worker(void *arg)
{
    unsigned slot = (unsigned)(uintptr_t)arg; /* 1, 2, ...: the caller of a job is slot 0 */
    pthread_mutex_lock(&lock);
    unsigned long seen = generation;
    for (;;) {
        if (generation == seen) {
            pthread_mutex_unlock(&lock);
            spin_while_equal(&published, seen);
            pthread_mutex_lock(&lock);
            while (generation == seen) {
                sleepers++;
                pthread_cond_wait(&wake, &lock);
                sleepers--;
            }
        }
        seen = generation;
        if (slot <= job_helpers) /* workers past the job's thread count (an earlier, larger one) sit out */
            take_tasks(slot);
    }
    return NULL;
}

void nn_kpu_threads_run(unsigned threads, unsigned count, void (*task)(void *arg, unsigned i, unsigned slot), void *arg)
{
    if (threads <= 1 || count <= 1 || pthread_mutex_trylock(&busy) != 0) {
        for (unsigned i = 0; i < count; i++)
            task(arg, i, 0);
        return;
    }
    pthread_mutex_lock(&lock);
    while (workers < threads - 1) {
        pthread_t t;
        if (pthread_create(&t, NULL, worker, (void *)(uintptr_t)(workers + 1)) != 0)
            break; /* fewer helpers: the caller does their share */
        pthread_detach(t);
        workers++;
    }
    job_task = task;
    job_arg = arg;
    job_count = count;
    job_next = 0;
    job_helpers = threads - 1;
    atomic_store_explicit(&job_left, count, memory_order_relaxed);
    generation++;
    atomic_store_explicit(&published, generation, memory_order_release);
    if (sleepers != 0)
        pthread_cond_broadcast(&wake);
    take_tasks(0);
    if (atomic_load_explicit(&job_left, memory_order_acquire) != 0) {
        pthread_mutex_unlock(&lock);
        spin_while_left();
        pthread_mutex_lock(&lock);
        while (atomic_load_explicit(&job_left, memory_order_acquire) != 0)
            pthread_cond_wait(&done, &lock);
    }
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&busy);
}

unsigned nn_kpu_threads_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1u : n > 256 ? 256u : (unsigned)n;
}

#else

void nn_kpu_threads_run(unsigned threads, unsigned count, void (*task)(void *arg, unsigned i, unsigned slot), void *arg)
{
    (void)threads;
    for (unsigned i = 0; i < count; i++)
        task(arg, i, 0);
}

unsigned nn_kpu_threads_cores(void) { return 1; }

#endif
