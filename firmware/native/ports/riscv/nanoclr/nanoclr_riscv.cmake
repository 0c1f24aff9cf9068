# nanoCLR for the bare-metal RV64 boards (qemu-virt, k210): upstream nanoCLR through cmake/NanoClr.cmake with this
# port's headers, plus the port itself (ports/riscv/nanoclr) and the freestanding C++ pieces (ports/riscv/cxx).
#
# nfk_add_riscv_nanoclr(<prefix> TARGET_NAME <name> MTIME_HZ <hz> MANAGED_HEAP_BYTES <bytes>)
# makes <prefix>_nanoclr (upstream) and <prefix>_port (ours; link this one).

include(${PROJECT_SOURCE_DIR}/cmake/NanoClr.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/../../common/nanoclr/nanoclr_common.cmake)
set(NFK_CLR_RISCV_DIR ${CMAKE_CURRENT_LIST_DIR})

function(nfk_add_riscv_nanoclr prefix)
  cmake_parse_arguments(ARG "" "TARGET_NAME;MTIME_HZ;MANAGED_HEAP_BYTES" "" ${ARGN})
  foreach(required TARGET_NAME MTIME_HZ MANAGED_HEAP_BYTES)
    if(NOT ARG_${required})
      message(FATAL_ERROR "nfk_add_riscv_nanoclr(${prefix}): ${required} is missing")
    endif()
  endforeach()
  set(definitions
    PLATFORM_RISCV=1                                           # patches/0014: the embedded branches upstream
    STATIC_ASSERT_SUPPORTED                                    # size checks as static_assert, with file and line
    NFK_UNCAUGHT_EXCEPTION_HOOK=nfk_clr_on_uncaught_exception  # patches/0001
    "NFK_CLR_TARGET_NAME=\"${ARG_TARGET_NAME}\""
    NFK_CLR_MTIME_HZ=${ARG_MTIME_HZ}u
    NFK_CLR_MANAGED_HEAP_BYTES=${ARG_MANAGED_HEAP_BYTES}u)

  nfk_add_nanoclr(${prefix}_nanoclr
    PORT_INCLUDES ${NFK_CLR_RISCV_DIR}/include ${NFK_CLR_RISCV_DIR}/../cxx
    DEFINITIONS ${definitions}
    EXCLUDE CLR/CorLib/corlib_native_System_Diagnostics_Debug.cpp)  # nfk_clr_console.cpp: app output to stdout
  set(NFK_NANOCLR_ROOT "${NFK_NANOCLR_ROOT}" PARENT_SCOPE)
  # No C++ library on the board: no exceptions, no RTTI, no thread-safe statics (one hart), atexit for destructors.
  target_compile_options(${prefix}_nanoclr PUBLIC
    $<$<COMPILE_LANGUAGE:CXX>:-fno-exceptions -fno-rtti -fno-threadsafe-statics -fno-use-cxa-atexit>)

  add_library(${prefix}_port STATIC
    ${NFK_CLR_RISCV_DIR}/nfk_clr_console.cpp ${NFK_CLR_RISCV_DIR}/nfk_clr_crt.cpp
    ${NFK_CLR_RISCV_DIR}/nfk_clr_deployment.cpp
    ${NFK_CLR_RISCV_DIR}/nfk_clr_events.cpp
    ${NFK_CLR_RISCV_DIR}/nfk_clr_lock.c ${NFK_CLR_RISCV_DIR}/nfk_clr_malloc.c
    ${NFK_CLR_RISCV_DIR}/nfk_clr_memory.cpp ${NFK_CLR_RISCV_DIR}/nfk_clr_runner.cpp
    ${NFK_CLR_RISCV_DIR}/nfk_clr_target.cpp ${NFK_CLR_RISCV_DIR}/nfk_clr_time.cpp
    ${NFK_CLR_RISCV_DIR}/../cxx/cxx_runtime.cpp ${NFK_CLR_COMMON_SOURCES})
  target_include_directories(${prefix}_port PUBLIC ${NFK_CLR_RISCV_DIR} ${NFK_CLR_COMMON_DIR})
  # nanoCLR and its port reference each other both ways.
  target_link_libraries(${prefix}_port PUBLIC ${prefix}_nanoclr)
  target_link_libraries(${prefix}_nanoclr PUBLIC ${prefix}_port)
  set_target_properties(${prefix}_port ${prefix}_nanoclr PROPERTIES LINK_INTERFACE_MULTIPLICITY 4)
endfunction()

# Prints (and writes next to the image) where the memory goes: nanoCLR's code and data, the managed heap, the
# stacks, and the native heap that is left for the deployment image and models.
# Links a nanoCLR image with the C driver: Debian's bare-metal g++ would add -lstdc++, which it does not ship;
# cxx_runtime.cpp provides the little the image needs.
function(nfk_clr_image target)
  set_target_properties(${target} PROPERTIES LINKER_LANGUAGE C)
endfunction()

function(nfk_clr_memory_report target sram_bytes)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  string(REPLACE "objcopy" "nm" nm "${CMAKE_OBJCOPY}")
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${Python3_EXECUTABLE} ${NFK_CLR_RISCV_DIR}/nanoclr_memory_report.py $<TARGET_FILE:${target}>
            $<TARGET_FILE_DIR:${target}>/${target}.memory.txt --nm ${nm} --sram ${sram_bytes})
endfunction()
