/* One block-storage device slot; the RV64 image registers none (assemblies come from a RAM image). */
#ifndef TARGET_BLOCKSTORAGE_H
#define TARGET_BLOCKSTORAGE_H

#define TARGET_BLOCKSTORAGE_COUNT 1

#endif
