// What a board's own devices file (nfk_clr_devices.cpp of qemu-virt, k210) gives the devices the boards share
// (nfk_clr_board_devices.cpp).
#ifndef NFK_CLR_BOARD_DEVICES_H
#define NFK_CLR_BOARD_DEVICES_H

#include "nfk_clr_glue.h"

// Fails `error` for a device the board does not drive through nanoCLR ("LCD", "camera"), saying why on this board.
int nfk_clr_board_lacks(const char *device, nfk_glue::Error *error);

#endif
