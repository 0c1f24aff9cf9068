#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <pthread.h>
#include <time.h>

#include "port.h"

static pthread_mutex_t port_mutex = PTHREAD_MUTEX_INITIALIZER;

void port_lock(void) { pthread_mutex_lock(&port_mutex); }
void port_unlock(void) { pthread_mutex_unlock(&port_mutex); }

uint64_t port_time_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
