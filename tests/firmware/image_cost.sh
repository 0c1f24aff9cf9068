#!/usr/bin/env bash
# Instructions per pixel of pix_to_ai and resize on RV64GC: image_cost.elf (firmware/native/ports/qemu-virt) under
# qemu-system-riscv64 with -icount shift=0, where the guest's minstret counts its executed instructions exactly.
# A report, not a test: it fails only when the program cannot be built or run. Skips without QEMU or the toolchain.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v qemu-system-riscv64 >/dev/null || { echo "skipped: qemu-system-riscv64 is not installed"; exit 0; }
command -v riscv64-unknown-elf-gcc >/dev/null || { echo "skipped: riscv64-unknown-elf-gcc is not installed"; exit 0; }
build="${NFK210_QEMU_BUILD:-$repo/build/qemu-virt}"
if [ ! -f "$build/build.ninja" ]; then
    (cd "$repo" && cmake --preset qemu-virt >/dev/null) || { echo "FAIL: cmake --preset qemu-virt"; exit 1; }
fi
nice -n 10 cmake --build "$build" --target image_cost -j2 >/dev/null ||
    { echo "FAIL: building image_cost (cmake --build build/qemu-virt --target image_cost)"; exit 1; }
echo "RV64GC instructions (QEMU -icount shift=0, minstret), mean of 4 calls on fixed pseudo-random frames:"
timeout 120 qemu-system-riscv64 -M virt -m 64M -bios none -nographic -monitor none -icount shift=0 \
    -kernel "$build/firmware/native/image_cost.elf" -semihosting-config enable=on,target=native,arg=image_cost
