# Toolchain for the K210 and the QEMU virt board: Debian's riscv64-unknown-elf
# GCC with picolibc, RV64GC (the K210's two cores are rv64imafdc) and the
# lp64d ABI. Code is linked to run from SRAM at 0x80000000 (medany model).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR riscv64)
set(CMAKE_C_COMPILER riscv64-unknown-elf-gcc)
set(CMAKE_CXX_COMPILER riscv64-unknown-elf-g++)
set(CMAKE_ASM_COMPILER riscv64-unknown-elf-gcc)
set(CMAKE_OBJCOPY riscv64-unknown-elf-objcopy CACHE FILEPATH "objcopy")
set(CMAKE_SIZE riscv64-unknown-elf-size CACHE FILEPATH "size")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(NFK_RISCV_FLAGS "-march=rv64gc -mabi=lp64d -mcmodel=medany -ffunction-sections -fdata-sections --specs=picolibc.specs")
set(CMAKE_C_FLAGS_INIT "${NFK_RISCV_FLAGS}")
set(CMAKE_CXX_FLAGS_INIT "${NFK_RISCV_FLAGS}")
set(CMAKE_ASM_FLAGS_INIT "${NFK_RISCV_FLAGS}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-nostartfiles -Wl,--gc-sections")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
