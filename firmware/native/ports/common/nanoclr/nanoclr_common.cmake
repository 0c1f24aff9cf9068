# The nanoCLR port code every flavour shares (host, qemu-virt, k210): each port's library compiles these sources with
# its own headers and flags and adds NFK_CLR_COMMON_DIR to its include path. What differs between POSIX and bare
# metal (threads and locks, clocks, how images and files are read) stays in the ports. The boards' K210 glue adds
# ${NFK_CLR_COMMON_DIR}/nfk_clr_board_devices.cpp next to their own nfk_clr_devices.cpp. The LCD and camera natives:
# over the PC's files (host, qemu-virt) NFK_CLR_FILE_DEVICES_SOURCE, on a board without them (k210)
# NFK_CLR_NO_CAMERA_LCD_SOURCE.
set(NFK_CLR_COMMON_DIR ${CMAKE_CURRENT_LIST_DIR})
set(NFK_CLR_COMMON_SOURCES
  ${NFK_CLR_COMMON_DIR}/nfk_clr_console.cpp
  ${NFK_CLR_COMMON_DIR}/nfk_clr_hal.cpp
  ${NFK_CLR_COMMON_DIR}/nfk_clr_interop_table.cpp
  ${NFK_CLR_COMMON_DIR}/nfk_clr_no_block_storage.cpp
  ${NFK_CLR_COMMON_DIR}/nfk_clr_runner_core.cpp
  ${NFK_CLR_COMMON_DIR}/nfk_clr_time.cpp)
set(NFK_CLR_FILE_DEVICES_SOURCE ${NFK_CLR_COMMON_DIR}/nfk_clr_file_devices.cpp)
set(NFK_CLR_NO_CAMERA_LCD_SOURCE ${NFK_CLR_COMMON_DIR}/nfk_clr_board_no_camera_lcd.cpp)
