/* No board data the CLR needs: pins and clocks live in firmware/native/boards. */
#ifndef TARGET_BOARD_H
#define TARGET_BOARD_H
#endif
