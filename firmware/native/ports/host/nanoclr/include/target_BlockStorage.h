/* The host runner loads assemblies from files, not from a deployment block device. */
#ifndef NFK_TARGET_BLOCKSTORAGE_H
#define NFK_TARGET_BLOCKSTORAGE_H
#define TARGET_BLOCKSTORAGE_COUNT 1
#endif
