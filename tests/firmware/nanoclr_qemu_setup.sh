# Sourced by the QEMU nanoCLR tests (test_nanoclr_qemu.sh, test_nanoclr_deploy.sh): defines skip, checks QEMU, the
# RISC-V toolchain and nanoFramework.CoreLibrary (skipping, saying why, when one is missing), and sets $repo,
# $mscorlib and $image: NANOCLR_QEMU_ELF names another image, else the qemu-virt preset's nanoclr-qemu is built.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
skip() {
    echo "skipped: $1"
    echo "0 passed, 0 failed"
    exit 0
}
command -v qemu-system-riscv64 >/dev/null || skip "qemu-system-riscv64 is not installed (apt-get install qemu-system-misc)"
command -v riscv64-unknown-elf-gcc >/dev/null ||
    skip "riscv64-unknown-elf-gcc is not installed (apt-get install gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf)"
mscorlib="${NUGET_PACKAGES:-$HOME/.nuget/packages}/nanoframework.corelibrary/1.17.11/lib/mscorlib.pe"
[ -f "$mscorlib" ] || skip "$mscorlib is missing (dotnet restore nf-k210.sln)"

image="${NANOCLR_QEMU_ELF:-$repo/build/qemu-virt/firmware/native/ports/qemu-virt/nanoclr/nanoclr-qemu.elf}"
if [ -z "${NANOCLR_QEMU_ELF:-}" ]; then
    if [ ! -f "$repo/build/qemu-virt/build.ninja" ]; then
        (cd "$repo" && cmake --preset qemu-virt >/dev/null) || { echo "FAIL: cmake --preset qemu-virt"; exit 1; }
    fi
    nice -n 10 cmake --build "$repo/build/qemu-virt" --target nanoclr-qemu -j2 >/dev/null ||
        { echo "FAIL: building nanoclr-qemu (cmake --build build/qemu-virt --target nanoclr-qemu)"; exit 1; }
fi
[ -f "$image" ] || { echo "FAIL: $image does not exist"; exit 1; }
