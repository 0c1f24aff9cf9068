/* Sipeed Maix Dock (M1 Dock): the common Maix pin-out (common/maix_pins.h). */
#include "maix_pins.h"

const k210_board_t k210_board = MAIX_BOARD("maix_dock");
