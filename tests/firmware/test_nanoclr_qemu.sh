#!/usr/bin/env bash
# nanoCLR on RV64 under QEMU (firmware/native/ports/qemu-virt/nanoclr, image nanoclr-qemu.elf from the qemu-virt
# preset): NuGet's mscorlib.pe alone must load and stop at "no entry point" (status 2); small apps built with
# `nfk210 build` must print exactly their expected lines on the app console (the virt UART, QEMU's stdout) and end
# with their status (0 when Main returns, 1 on an unhandled exception); bad input must fail with a named reason.
# Skips, saying why, when QEMU, the RISC-V toolchain or the nanoFramework.CoreLibrary package is missing.
# Prints "N passed, N failed".
set -uo pipefail
# shellcheck source=nanoclr_qemu_setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/nanoclr_qemu_setup.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# run NAME ARG... : runs the image in $work/NAME with the semihosting command line "nanoclr-qemu ARG...";
# leaves status, stdout (the app console) and stderr (nanoCLR's messages) in $work/NAME.{status,out,err}.
run() {
    local name="$1" args="arg=nanoclr-qemu"
    shift
    for a in "$@"; do args="$args,arg=$a"; done
    (cd "$work/$name" && timeout 120 qemu-system-riscv64 -M virt -cpu rv64 -m 64M -bios none -nographic \
        -monitor none -kernel "$image" -semihosting-config "enable=on,target=native,$args" \
        >"$work/$name.out" 2>"$work/$name.err")
    echo $? >"$work/$name.status"
}

# expect NAME STATUS STDOUT_FILE STDERR_SUBSTRING : compares the exit status, the whole app console, and that
# nanoCLR's messages name the reason.
expect() {
    local name="$1" status="$2" stdout="$3" reason="$4" ok=1
    if [ "$(cat "$work/$name.status")" != "$status" ]; then
        echo "FAIL $name: exit status $(cat "$work/$name.status"), expected $status"; ok=0
    fi
    if ! cmp -s "$stdout" "$work/$name.out"; then
        echo "FAIL $name: the app console differs from the expected lines"
        diff "$stdout" "$work/$name.out" | head -n 10; ok=0
    fi
    if [ -n "$reason" ] && ! grep -qF "$reason" "$work/$name.err"; then
        echo "FAIL $name: nanoCLR's messages do not say \"$reason\""; ok=0
    fi
    if [ $ok -eq 1 ]; then passed=$((passed + 1)); echo "ok   $name"; else
        failed=$((failed + 1)); echo "  stderr:"; head -c 2000 "$work/$name.err"; echo; fi
}

: >"$work/empty"

mkdir -p "$work/mscorlib" && cp "$mscorlib" "$work/mscorlib/mscorlib.pe"
run mscorlib mscorlib.pe
expect mscorlib 2 "$work/empty" "no entry point"

mkdir -p "$work/corrupt"
python3 - "$mscorlib" "$work/corrupt/mscorlib.pe" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
data[len(data) // 2] ^= 0x5A  # inside the tables, covered by the assembly CRC
open(sys.argv[2], "wb").write(data)
PY
run corrupt mscorlib.pe
expect corrupt 2 "$work/empty" "fails its CRC check"

mkdir -p "$work/missing"
run missing no-such-file.pe
expect missing 2 "$work/empty" "no-such-file.pe: cannot open the file"

mkdir -p "$work/usage"
run usage
expect usage 64 "$work/empty" "usage: nanoclr-qemu"

# Apps: built with the repository's own toolchain (nfk210 build), when it is available.
build_app() {  # build_app NAME : $work/NAME/NAME.bin (the deployment image), $work/NAME/app.pe (the app's own .pe)
    mkdir -p "$work/$1"
    "$repo/nfk210" build "$repo/tests/firmware/apps/$1/Program.cs" --out "$work/$1" >"$work/$1.build.log" 2>&1 ||
        return 1
    local bins=("$work/$1"/*.bin) pes=()
    for f in "$work/$1"/*.pe; do
        case "$(basename "$f")" in mscorlib.pe | nanoFramework.*.pe) ;; *) pes+=("$f") ;; esac
    done
    if [ ${#bins[@]} -ne 1 ] || [ ! -f "${bins[0]}" ] || [ ${#pes[@]} -ne 1 ]; then
        echo "nfk210 build left ${#bins[@]} .bin and ${#pes[@]} app .pe files in $work/$1" >>"$work/$1.build.log"
        return 1
    fi
    [ "${bins[0]}" = "$work/$1/$1.bin" ] || mv "${bins[0]}" "$work/$1/$1.bin"
    mv "${pes[0]}" "$work/$1/app.pe"
}
if ! build_app ClrHello; then
    echo "FAIL ClrHello: nfk210 build failed"; cat "$work/ClrHello.build.log"; failed=$((failed + 1))
else
    printf 'hello from nanoCLR: 385 4.50\n' >"$work/ClrHello.expected"
    run ClrHello ClrHello.bin
    expect ClrHello 0 "$work/ClrHello.expected" ""

    # The same app as separate files, mscorlib first (the runner concatenates them like a deployment image).
    mkdir -p "$work/ClrHelloFiles" && cp "$work/ClrHello/mscorlib.pe" "$work/ClrHello/app.pe" "$work/ClrHelloFiles/"
    run ClrHelloFiles mscorlib.pe app.pe
    expect ClrHelloFiles 0 "$work/ClrHello.expected" ""

    # The app without mscorlib: its reference cannot be resolved.
    mkdir -p "$work/ClrHelloAlone" && cp "$work/ClrHello/app.pe" "$work/ClrHelloAlone/"
    run ClrHelloAlone app.pe
    expect ClrHelloAlone 2 "$work/empty" "cannot resolve the assemblies"
fi

if build_app ClrUnhandled; then
    printf 'before\n' >"$work/ClrUnhandled.expected"
    run ClrUnhandled ClrUnhandled.bin
    expect ClrUnhandled 1 "$work/ClrUnhandled.expected" \
        "Unhandled exception. System.InvalidOperationException: boom on RV64"
    n="$(grep -c 'at ClrUnhandled.Program::Fail' "$work/ClrUnhandled.err")"
    if [ "$n" = 4 ]; then passed=$((passed + 1)); echo "ok   ClrUnhandled stack trace (4 Fail frames)"; else
        failed=$((failed + 1)); echo "FAIL ClrUnhandled: $n Fail frames in the stack trace, expected 4"; fi
else
    echo "FAIL ClrUnhandled: nfk210 build failed"; cat "$work/ClrUnhandled.build.log"; failed=$((failed + 1))
fi

if build_app ClrThreads; then
    printf 'slept at least 300 ms: True\nworker 5\ntimer fired 3 times: True\n' >"$work/ClrThreads.expected"
    run ClrThreads ClrThreads.bin
    expect ClrThreads 0 "$work/ClrThreads.expected" ""
else
    echo "FAIL ClrThreads: nfk210 build failed"; cat "$work/ClrThreads.build.log"; failed=$((failed + 1))
fi

if build_app ClrGcStress; then
    # The app's arithmetic, redone here.
    python3 - >"$work/ClrGcStress.expected" <<'PY'
kept = []
for i in range(6000):
    n = 700 + (i % 13) * 50
    kept_values = [(i + k) & 0xFF for k in range(0, n, 97)]
    if i % 7 == 0:
        kept.append((n, kept_values))
    if len(kept) > 120:
        del kept[(i * 31) % len(kept)]
big_last_byte = 7
print(f"kept {len(kept)} sum {big_last_byte + sum(n + sum(v) for n, v in kept)}")
PY
    run ClrGcStress ClrGcStress.bin
    expect ClrGcStress 0 "$work/ClrGcStress.expected" ""
else
    echo "FAIL ClrGcStress: nfk210 build failed"; cat "$work/ClrGcStress.build.log"; failed=$((failed + 1))
fi

# System.IO.FileSystem over semihosting: host files by absolute path, and a clear refusal for what semihosting cannot
# do (listing, new folders). The app gets the absolute folder in place of @FOLDER@.
if ! riscv64-unknown-elf-nm "$image" | grep g_CLR_AssemblyNative_System_IO_FileSystem >/dev/null; then
    echo "FAIL ClrSemihostFiles: the image has no System.IO.FileSystem natives"; failed=$((failed + 1))
else
    mkdir -p "$work/ClrSemihostFiles/host"
    sed "s|@FOLDER@|$work/ClrSemihostFiles/host|" "$repo/tests/firmware/apps/ClrSemihostFiles/Program.cs" \
        >"$work/ClrSemihostFiles/Program.cs"
    if "$repo/nfk210" build "$work/ClrSemihostFiles/Program.cs" --out "$work/ClrSemihostFiles" \
        >"$work/ClrSemihostFiles.build.log" 2>&1; then
        printf '%s\n' "exists True False True False" "stream 12 24 11 at 11" "moved False 11 99" "deleted False" \
            "new folder: True" "listed 1 note.txt 1 sub 18 0" "listing a file: IOException" "existing folder: ok" >"$work/ClrSemihostFiles.expected"
        bin=("$work/ClrSemihostFiles"/*.bin)
        run ClrSemihostFiles "$(basename "${bin[0]}")"
        expect ClrSemihostFiles 0 "$work/ClrSemihostFiles.expected" ""
        left="$(cd "$work/ClrSemihostFiles/host" && ls)"
        if [ "$left" = "$(printf 'note.txt\nsub')" ] && [ -d "$work/ClrSemihostFiles/host/sub" ] &&
            [ "$(cat "$work/ClrSemihostFiles/host/note.txt")" = "written under QEMU" ]; then
            passed=$((passed + 1)); echo "ok   ClrSemihostFiles: the host folder holds note.txt, as written, and the folder sub"
        else
            failed=$((failed + 1)); echo "FAIL ClrSemihostFiles: the host folder holds [$left]"
        fi
    else
        echo "FAIL ClrSemihostFiles: nfk210 build failed"; cat "$work/ClrSemihostFiles.build.log"; failed=$((failed + 1))
    fi
fi

# Relative paths: they start at --cwd (what `nfk210 exec` passes), as on .NET; without it they are refused.
mkdir -p "$work/ClrRelativeFiles/host"
if "$repo/nfk210" build "$repo/tests/firmware/apps/ClrRelativeFiles/Program.cs" --out "$work/ClrRelativeFiles" \
    >"$work/ClrRelativeFiles.build.log" 2>&1; then
    printf 'relative under QEMU True\nfolder True 3\n' >"$work/ClrRelativeFiles.expected"
    run ClrRelativeFiles --cwd "$work/ClrRelativeFiles/host" ClrRelativeFiles.bin
    expect ClrRelativeFiles 0 "$work/ClrRelativeFiles.expected" ""
    if [ "$(cat "$work/ClrRelativeFiles/host/relative.txt" 2>/dev/null)" = "under QEMU" ] &&
        [ "$(cat "$work/ClrRelativeFiles/host/second.txt" 2>/dev/null)" = "2" ] &&
        [ "$(cat "$work/ClrRelativeFiles/host/made/inner/third.txt" 2>/dev/null)" = "3" ]; then
        passed=$((passed + 1)); echo "ok   ClrRelativeFiles: the files are in the --cwd folder"
    else
        failed=$((failed + 1)); echo "FAIL ClrRelativeFiles: the --cwd folder holds [$(ls -A "$work/ClrRelativeFiles/host")]"
    fi
    mkdir -p "$work/ClrRelativeNoCwd" && cp "$work/ClrRelativeFiles"/*.pe "$work/ClrRelativeFiles"/*.bin "$work/ClrRelativeNoCwd/"
    printf 'refused ArgumentException\n' >"$work/ClrRelativeNoCwd.expected"
    run ClrRelativeNoCwd ClrRelativeFiles.bin
    expect ClrRelativeNoCwd 0 "$work/ClrRelativeNoCwd.expected" ""
else
    echo "FAIL ClrRelativeFiles: nfk210 build failed"; cat "$work/ClrRelativeFiles.build.log"; failed=$((failed + 1))
fi

# The K210 natives (KpuModel on the emulator behind the seam), when the image links them.
shared="$repo/../shared"
# (grep reads all of nm's output: with -q it would stop early, and pipefail would see nm's SIGPIPE)
if ! riscv64-unknown-elf-nm "$image" | grep g_CLR_AssemblyNative_nanoFramework_Hardware_K210 >/dev/null; then
    echo "skipped: K210 natives (this nanoclr-qemu is built with -DNFK_CLR_QEMU_K210_NATIVES=OFF)"
elif [ ! -d "$shared/models" ]; then
    echo "skipped: K210 natives (../shared is absent: no models)"
else
    if build_app ClrKpuIris; then
        cp "$shared/models/v4-iris/iris.kmodel" "$work/ClrKpuIris/model.kmodel"
        echo "outputs 1 $(od -An -v -tx1 "$shared/models/v4-iris/oracle/features.nncase020.out0.bin" | tr -d ' \n')" \
            >"$work/ClrKpuIris.expected"
        run ClrKpuIris ClrKpuIris.bin
        expect ClrKpuIris 0 "$work/ClrKpuIris.expected" ""
    else
        echo "FAIL ClrKpuIris: nfk210 build failed"; cat "$work/ClrKpuIris.build.log"; failed=$((failed + 1))
    fi
    if build_app ClrKpuYolo; then
        cp "$shared/models/v3-yolo20-demo/yolo.kmodel" "$work/ClrKpuYolo/model.kmodel"
        python3 -c 'import sys; open(sys.argv[1], "wb").write(bytes(((i * 7 + (i // 320) * 3) & 255)
            for i in range(3 * 240 * 320)))' "$work/yolo-input.bin"
        if "$repo/nfk210" run "$shared/models/v3-yolo20-demo/yolo.kmodel" --input "$work/yolo-input.bin" \
            --out "$work/yolo-host" >"$work/yolo-host.log" 2>&1; then
            python3 - "$work/yolo-host/yolo-input.out0.bin" >"$work/ClrKpuYolo.expected" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
h = 2166136261
for b in data:
    h = ((h ^ b) * 16777619) & 0xFFFFFFFF
print(f"bytes {len(data)} fnv {h:08x}")
PY
            run ClrKpuYolo ClrKpuYolo.bin
            expect ClrKpuYolo 0 "$work/ClrKpuYolo.expected" ""
        else
            echo "FAIL ClrKpuYolo: the host run failed"; cat "$work/yolo-host.log"; failed=$((failed + 1))
        fi
    else
        echo "FAIL ClrKpuYolo: nfk210 build failed"; cat "$work/ClrKpuYolo.build.log"; failed=$((failed + 1))
    fi
fi

# The camera and the LCD over host files (ports/common/nanoclr/nfk_clr_file_devices.cpp): a snapshot of a host
# image, the refusals semihosting forces (a folder source, a missing output folder) and a BMP frame on the host.
if riscv64-unknown-elf-nm "$image" | grep g_CLR_AssemblyNative_nanoFramework_Hardware_K210 >/dev/null; then
    mkdir -p "$work/ClrCameraLcd/host"
    sed "s|@FOLDER@|$work/ClrCameraLcd/host|" "$repo/tests/firmware/apps/ClrCameraLcd/Program.cs" \
        >"$work/ClrCameraLcd/Program.cs"
    if "$repo/nfk210" build "$work/ClrCameraLcd/Program.cs" --out "$work/ClrCameraLcd" \
        >"$work/ClrCameraLcd.build.log" 2>&1; then
        printf '%s\n' "folder: refused, no listing" "missing file: refused" "snapshot 160x120 38400 bytes f800 everywhere" \
            "missing folder: refused, naming it" "frame written True" >"$work/ClrCameraLcd.expected"
        bin=("$work/ClrCameraLcd"/*.bin)
        run ClrCameraLcd "$(basename "${bin[0]}")"
        expect ClrCameraLcd 0 "$work/ClrCameraLcd.expected" ""
        # The second frame (the first failed) is Lcd.Clear(0x0000FF): a 320x240 top-down RGB565 BMP, all 0x001F.
        if python3 - "$work/ClrCameraLcd/host/frame_00002.bmp" <<'PY'; then
import struct, sys
d = open(sys.argv[1], "rb").read()
offset = struct.unpack("<I", d[10:14])[0]
width, height, planes, bits = struct.unpack("<iiHH", d[18:30])
pixels = d[offset:]
assert d[:2] == b"BM" and struct.unpack("<I", d[2:6])[0] == len(d), "header size"
assert (width, height, bits) == (320, -240, 16), (width, height, bits)
assert len(pixels) == 320 * 240 * 2 and pixels == b"\x1f\x00" * (320 * 240), "not all blue"
PY
            passed=$((passed + 1)); echo "ok   ClrCameraLcd: frame_00002.bmp on the host is the blue 320x240 screen"
        else
            failed=$((failed + 1)); echo "FAIL ClrCameraLcd: frame_00002.bmp is missing or not the blue screen"
        fi
    else
        echo "FAIL ClrCameraLcd: nfk210 build failed"; cat "$work/ClrCameraLcd.build.log"; failed=$((failed + 1))
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
