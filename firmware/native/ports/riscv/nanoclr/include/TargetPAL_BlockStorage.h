/* nanoPAL.h includes this for target block-storage declarations; the RV64 image has none. */
#ifndef TARGETPAL_BLOCKSTORAGE_H
#define TARGETPAL_BLOCKSTORAGE_H
#endif
