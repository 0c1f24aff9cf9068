/* Emulator diagnostics: unmodelled register fields that software sets, and
 * faults (bad addresses, impossible geometry). Warnings print once per key. */
#ifndef EMU_LOG_H
#define EMU_LOG_H

typedef void (*emu_log_sink_t)(const char *line, void *user);

/* Replaces the sink (default: stderr). NULL restores stderr. */
void emu_log_set_sink(emu_log_sink_t sink, void *user);

/* Prints "nfk210 emu: warning: ..." the first time `key` is seen. */
void emu_warn_once(const char *key, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void emu_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Forgets which warnings were printed (tests). */
void emu_log_reset(void);

#endif
