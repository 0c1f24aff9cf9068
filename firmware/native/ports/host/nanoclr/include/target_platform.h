/* nanoCLR host port: the upstream headers key their POSIX-host branches (64-bit heap-block layout, lock macros,
 * printf helpers) on PLATFORM_POSIX_HOST, which the build defines; nothing more is needed here. */
#ifndef NFK_TARGET_PLATFORM_H
#define NFK_TARGET_PLATFORM_H
#endif
