# nanoCLR's wire protocol on the RV64 boards: the debugger's Monitor/Debugging commands, the message layer and the
# packet receiver from upstream, and our transport, deployment block device, session and HAL pieces. After
# nfk_add_riscv_nanoclr(<prefix> ...):
#
#   include(${NFK_CLR_RISCV_DIR}/wire/nfk_wire.cmake)
#   nfk_clr_add_wire_protocol(<prefix>)
#   target_sources(<board image> PRIVATE <the board's UART transport>)   # nfk_wp_uart_ns16550.c on qemu-virt
#
# and the board supplies nfk_wp_board_reset (nfk_wp_session.h).
#
# The upstream stubs this replaces (Debugger_stub.cpp, Messaging_stub.cpp) define only weak symbols, so they may
# stay in the library; EXCLUDE them in nfk_add_riscv_nanoclr to keep the image lean.

function(nfk_clr_add_wire_protocol prefix)
  if(NOT NFK_NANOCLR_ROOT)
    message(FATAL_ERROR "nfk_clr_add_wire_protocol(${prefix}): call nfk_add_riscv_nanoclr first")
  endif()
  set(src "${NFK_NANOCLR_ROOT}/src")
  # Upstream: compiled with the nanoCLR library's flags (warnings off, it is a dependency).
  target_sources(${prefix}_nanoclr PRIVATE
    ${src}/CLR/Debugger/Debugger.cpp ${src}/CLR/Debugger/Debugger_full.cpp ${src}/CLR/Messaging/Messaging.cpp
    ${src}/CLR/WireProtocol/WireProtocol_Message.c ${src}/CLR/WireProtocol/WireProtocol_App_Interface.c
    ${src}/PAL/BlockStorage/nanoPAL_BlockStorage.c)
  # Header and payload CRCs on (Monitor_Ping then reports WPFlag_SupportsCRC32; nfk210 deploy handles both).
  target_compile_definitions(${prefix}_nanoclr PUBLIC CONFIG_NF_WP_ENABLE_CRC32=1)
  # Ours, with the port's -Werror.
  set(dir ${CMAKE_CURRENT_FUNCTION_LIST_DIR})
  target_sources(${prefix}_port PRIVATE
    ${dir}/nfk_wp_transport.c ${dir}/nfk_wp_deployment_storage.c ${dir}/nfk_wp_hal.cpp ${dir}/nfk_wp_session.cpp)
  target_include_directories(${prefix}_port PUBLIC ${dir})
  # nfk_clr_events.cpp polls the receiver while the app waits.
  target_compile_definitions(${prefix}_port PRIVATE NFK_CLR_WIRE_PROTOCOL)
endfunction()
