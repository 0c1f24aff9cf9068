#include "emu_log.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAX_KEYS 64

static emu_log_sink_t log_sink;
static void *log_user;
static const char *seen_keys[MAX_KEYS];
static int seen_count;

void emu_log_set_sink(emu_log_sink_t sink, void *user)
{
    log_sink = sink;
    log_user = user;
}

void emu_log_reset(void) { seen_count = 0; }

static void emit(const char *kind, const char *fmt, va_list ap)
{
    char line[400];
    int n = snprintf(line, sizeof line, "nfk210 emu: %s: ", kind);
    vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
    if (log_sink != NULL)
        log_sink(line, log_user);
    else
        fprintf(stderr, "%s\n", line);
}

void emu_warn_once(const char *key, const char *fmt, ...)
{
    for (int i = 0; i < seen_count; i++)
        if (strcmp(seen_keys[i], key) == 0)
            return;
    if (seen_count < MAX_KEYS)
        seen_keys[seen_count++] = key;
    va_list ap;
    va_start(ap, fmt);
    emit("warning", fmt, ap);
    va_end(ap);
}

void emu_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    emit("error", fmt, ap);
    va_end(ap);
}
