/* No board: the host runner has no pins or clocks of its own. */
#ifndef NFK_TARGET_BOARD_H
#define NFK_TARGET_BOARD_H
#endif
