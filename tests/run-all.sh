#!/usr/bin/env bash
# Every test suite of the project, as CI runs it. Installs what it needs when
# run as root on a Debian machine (apt), builds, and runs:
#   1. CTest on the host build (unit, emulator, driver-sequence, conformance, models)
#   2. CTest again under AddressSanitizer + UBSan
#   3. dotnet test (CLI, .pe converter/reader and library tests), the device-assembly check, `nfk210 test` of the
#      C# library on nanoCLR (host virtual device) and on .NET, System.IO on the host nanoCLR
#   4. the RISC-V builds (k210, qemu-virt) and QEMU runs that must give the host's bytes; nanoCLR under QEMU; the
#      instructions per pixel of pix_to_ai and resize under QEMU (a report)
#   4b. nf-k210's flash stub (k210) uploaded by `nfk210 flash` to the simulated boot ROM on a pseudo-terminal
#   4c. one C# app on .NET, host nanoCLR and QEMU nanoCLR: the oracle bytes, and the same printed lines
#   5. the kmodel fuzzers for a bounded time (FUZZ_SECONDS, default 60)
# Ground truth is read from ../shared; tests that need it skip when it is absent.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
fuzz_seconds="${FUZZ_SECONDS:-60}"
passed=0
failed=0
failures=()

step() { printf '\n=== %s\n' "$*"; }
record() {  # record NAME STATUS
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$1"); fi
}

apt_install() {  # apt_install PACKAGE... (only the missing ones, only as root)
    local missing=()
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing packages: ${missing[*]} (run as root to install them)"
        return 1
    fi
    echo "installing: ${missing[*]}"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >/dev/null 2>&1
}

step "prerequisites"
apt_install cmake ninja-build g++ libgtest-dev python3 clang-14 libclang-rt-14-dev dosfstools mtools time patch
have_fuzzer=$?
apt_install gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc
have_riscv=$?

step "native host build + CTest"
cmake --preset host >/dev/null && cmake --build build/host && ctest --preset host -j2
record "ctest (host)" $?

step "native ASan + UBSan build + CTest"
cmake --preset host-asan >/dev/null && cmake --build build/host-asan && \
    ASAN_OPTIONS=detect_leaks=1 ctest --preset host-asan -j2
record "ctest (asan+ubsan)" $?

step "dotnet build + test (one test assembly at a time: the flasher's pseudo-terminal timings and the CLI's builds do not share 2 cores well)"
dotnet build nf-k210.sln -c Release -nologo -v quiet && \
    NFK210_NATIVE_LIB="$repo/build/host/firmware/native/libnfk210.so" dotnet test nf-k210.sln -c Release --no-build -nologo -m:1
record "dotnet test" $?

step "C# library: device build against nanoFramework's mscorlib + check for what nanoCLR cannot run"
# (built above as part of the solution; the check rejects generics, multi-dimensional arrays, pointers, ...)
dotnet run --project tools/NfK210.AssemblyCheck -c Release --no-build -- \
    firmware/managed/nanoFramework.Hardware.K210/bin/Release/netstandard2.0/nanoFramework.Hardware.K210.dll \
    firmware/managed/System.IO.FileSystem/bin/Release/netstandard2.0/System.IO.FileSystem.dll \
    tests/managed/nanoFramework.Hardware.K210.Tests/nf/bin/Release/netstandard2.0/NFUnitTest.dll \
    tools/NfK210.TestLauncher/bin/Release/netstandard2.0/NfK210.TestLauncher.dll
record "device assembly check" $?

step "nanoFramework-style tests of the C# library on nanoCLR (the host virtual device) and on .NET"
./nfk210 test tests/managed/nanoFramework.Hardware.K210.Tests
record "nfk210 test (nanoCLR)" $?
./nfk210 test tests/managed/nanoFramework.Hardware.K210.Tests --runtime dotnet
record "nfk210 test (.NET)" $?

step "C# on nanoCLR: System.IO on the host virtual device (host files, and D:\\ as a folder)"
tests/firmware/test_nanoclr_filesystem.sh
record "nanoCLR file system" $?

step "RISC-V builds (-Werror) + QEMU parity with the host"
if [ "$have_riscv" -eq 0 ]; then
    { cmake --preset k210 >/dev/null && cmake --build build/k210; } && \
        { cmake --preset qemu-virt >/dev/null && cmake --build build/qemu-virt; } && \
        tests/firmware/test_qemu_parity.sh
    record "firmware + qemu" $?
    tests/firmware/test_nanoclr_qemu.sh
    record "nanoCLR under QEMU" $?
    ./nfk210 test tests/managed/nanoFramework.Hardware.K210.Tests --target qemu # the 1 MiB managed heap of the board
    record "nfk210 test (nanoCLR under QEMU)" $?
    tests/firmware/test_nanoclr_deploy.sh
    record "nfk210 deploy over the wire protocol (QEMU, pty)" $?
    tests/firmware/image_cost.sh # a report: instructions per pixel of pix_to_ai and resize on RV64GC
    record "image cost report (QEMU)" $?
else
    echo "skipped: gcc-riscv64-unknown-elf / picolibc-riscv64-unknown-elf / qemu-system-misc are not installed"
fi

step "flash: nf-k210's stage-2 stub (k210 build) uploaded by nfk210 flash to the simulated boot ROM"
if [ "$have_riscv" -eq 0 ]; then
    # The stub's protocol loop and SPI flash code run in CTest (test_flash_stub); here the RISC-V binary itself goes
    # through the CLI and the pseudo-terminal simulator (the test is skipped in the dotnet step when it is not built).
    { cmake --preset k210 >/dev/null && cmake --build build/k210 --target flash_stub; } && \
        dotnet test tests/managed/NfK210.Flasher.Tests -c Release --no-build -nologo --filter "FullyQualifiedName~FlashCommandTests"
    record "flash stub" $?
else
    echo "skipped: gcc-riscv64-unknown-elf / picolibc-riscv64-unknown-elf are not installed"
fi

step "hostile inputs against the CLI: named errors, no stack trace, bounded memory, no port opened"
python3 tests/hostile/run_hostile.py
record "hostile inputs" $?

step "the same C# app on .NET, on nanoCLR (host) and on nanoCLR under QEMU: oracle bytes and identical lines"
tests/firmware/test_clr_oracles.sh
record "C# on three runtimes" $?

step "fuzz kmodel V3, V4 and V5, FAT and the image decoders for ${fuzz_seconds}s in all (ASan + UBSan)"
if [ "$have_fuzzer" -eq 0 ]; then
    cmake --preset fuzz >/dev/null && cmake --build build/fuzz && tests/fuzz/run_fuzz.sh "$fuzz_seconds"
    record "fuzz" $?
else
    echo "skipped: clang-14 / libclang-rt-14-dev are not installed"
fi

step "summary"
for f in "${failures[@]}"; do echo "failed: $f"; done
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
