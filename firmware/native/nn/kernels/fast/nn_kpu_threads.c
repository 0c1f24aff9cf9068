#include "nn_kpu_threads.h"

#ifdef NFK_KERNELS_THREADS
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t busy = PTHREAD_MUTEX_INITIALIZER; /* one parallel job at a time */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER; /* guards everything below */
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;
static unsigned workers;
static unsigned long generation;
static void (*job_task)(void *, unsigned);
static void *job_arg;
static unsigned job_count, job_next, job_left;

/* Takes tasks of the current job until none is left; called with the lock held. */
static void take_tasks(void)
{
    while (job_next < job_count) {
        unsigned i = job_next++;
        pthread_mutex_unlock(&lock);
        job_task(job_arg, i);
        pthread_mutex_lock(&lock);
        if (--job_left == 0)
            pthread_cond_signal(&done);
    }
}

static void *worker(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&lock);
    unsigned long seen = generation;
    for (;;) {
        while (generation == seen)
            pthread_cond_wait(&wake, &lock);
        seen = generation;
        take_tasks();
    }
    return NULL;
}

void nn_kpu_threads_run(unsigned count, void (*task)(void *arg, unsigned i), void *arg)
{
    if (count <= 1 || pthread_mutex_trylock(&busy) != 0) {
        for (unsigned i = 0; i < count; i++)
            task(arg, i);
        return;
    }
    pthread_mutex_lock(&lock);
    while (workers < count - 1) {
        pthread_t t;
        if (pthread_create(&t, NULL, worker, NULL) != 0)
            break; /* fewer helpers: the caller does their share */
        pthread_detach(t);
        workers++;
    }
    job_task = task;
    job_arg = arg;
    job_count = count;
    job_next = 0;
    job_left = count;
    generation++;
    pthread_cond_broadcast(&wake);
    take_tasks();
    while (job_left != 0)
        pthread_cond_wait(&done, &lock);
    pthread_mutex_unlock(&lock);
    pthread_mutex_unlock(&busy);
}

unsigned nn_kpu_threads_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1u : n > 256 ? 256u : (unsigned)n;
}

#else

void nn_kpu_threads_run(unsigned count, void (*task)(void *arg, unsigned i), void *arg)
{
    for (unsigned i = 0; i < count; i++)
        task(arg, i);
}

unsigned nn_kpu_threads_cores(void) { return 1; }

#endif
