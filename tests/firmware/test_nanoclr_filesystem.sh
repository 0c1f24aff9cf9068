#!/usr/bin/env bash
# System.IO.FileSystem on the host nanoCLR (nanoclr-k210): the app tests/firmware/apps/ClrFiles, built with
# `nfk210 build` against our System.IO.FileSystem (native checksum 0x1777E2FE, nanoFramework's), runs with the SD
# drive D: mapped to a temporary folder (NFK210_SD_ROOT); one move goes through the host's /tmp (a drive-less path). Its console must be exactly the expected lines and the
# folder must hold what it left; without NFK210_SD_ROOT there is no D: and the app must die of an unhandled exception.
# Then D: as a FAT16 image (NFK210_SD_IMAGE, the SD-card emulation through the board's FAT code): apps/ClrFatRead.
# Skips, saying why, when the nanoFramework.CoreLibrary package is missing. Prints "N passed, N failed".
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
skip() {
    echo "skipped: $1"
    echo "0 passed, 0 failed"
    exit 0
}
[ -f "${NUGET_PACKAGES:-$HOME/.nuget/packages}/nanoframework.corelibrary/1.17.11/lib/mscorlib.dll" ] ||
    skip "nanoFramework.CoreLibrary 1.17.11 is not restored (dotnet restore nf-k210.sln)"

nanoclr="$repo/build/host/firmware/native/ports/host/nanoclr/nanoclr-k210"
if [ ! -f "$repo/build/host/build.ninja" ]; then
    (cd "$repo" && cmake --preset host >/dev/null) || { echo "FAIL: cmake --preset host"; exit 1; }
fi
nice -n 10 cmake --build "$repo/build/host" --target nanoclr-k210 -j2 >/dev/null ||
    { echo "FAIL: building nanoclr-k210 (cmake --build build/host --target nanoclr-k210)"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work" /tmp/nfk210-clrfiles-move.bin' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

if ! "$repo/tools/nfk210.sh" build "$repo/tests/firmware/apps/ClrFiles/ClrFiles.csproj" --out "$work/app" \
        >"$work/build.log" 2>&1; then
    fail "ClrFiles: nfk210 build failed"
    cat "$work/build.log"
    echo "$passed passed, $failed failed"
    exit 1
fi
if grep -q "System.IO.FileSystem .*native checksum 0x1777E2FE" "$work/build.log"; then
    pass "System.IO.FileSystem.pe carries nanoFramework's checksum 0x1777E2FE"
else
    fail "System.IO.FileSystem.pe's checksum is not 0x1777E2FE:"
    cat "$work/build.log"
fi

cat >"$work/expected" <<'EOF'
dir True False
text héllo, files
appended héllo, files + more
stream 10 12 2 24 27
cut 6 at 10
info data.bin 6 .bin D:\logs
files 2 True True
dirs 1 D:\logs\today
missing True
createnew True
moved out False 6
moved back False 6
path D:\a\b.txt D:\a\c.txt D:\a b.tar D:\a\b.log D:\ False False
drives 1 D: True True
deleted False False
done
EOF

# with the SD folder
mkdir -p "$work/sd"
(cd "$work/app" && NFK210_SD_ROOT="$work/sd" timeout 120 "$nanoclr" ClrFiles.bin >"$work/sd.out" 2>"$work/sd.err")
status=$?
if [ "$status" -eq 0 ] && cmp -s "$work/expected" "$work/sd.out"; then
    pass "ClrFiles on D: prints the expected lines"
else
    fail "ClrFiles on D: (exit status $status, expected 0)"
    diff "$work/expected" "$work/sd.out" | head -n 20
    head -c 2000 "$work/sd.err"
fi

# what the app left: result.bin ("nfk\n"), an empty logs folder; data.bin and today/ deleted
if [ "$(cat "$work/sd/result.bin" 2>/dev/null)" = "nfk" ] && [ -d "$work/sd/logs" ] &&
        [ -z "$(ls -A "$work/sd/logs")" ]; then
    pass "the SD folder holds what the app left"
else
    fail "the SD folder's content:"
    (cd "$work/sd" && find . | sort)
fi

# without it: no drive D:
(cd "$work/app" && env -u NFK210_SD_ROOT timeout 120 "$nanoclr" ClrFiles.bin >"$work/nosd.out" 2>"$work/nosd.err")
status=$?
if [ "$status" -eq 1 ] && grep -q "System.IO.NativeIO::CreateDirectory" "$work/nosd.err" && [ ! -s "$work/nosd.out" ]; then
    pass "without NFK210_SD_ROOT the app dies at its first use of D:"
else
    fail "without NFK210_SD_ROOT: exit status $status (expected 1)"
    head -c 2000 "$work/nosd.err"
fi

# The SD-card emulation: D: is a FAT16 image (NFK210_SD_IMAGE) read through the FAT code the board uses; FAT is
# read-only for now, so a write must be refused.
if command -v mkfs.fat >/dev/null && command -v mcopy >/dev/null; then
    mkfs.fat -C -F 16 "$work/sd.img" 32768 >/dev/null
    printf 'hello from FAT' >"$work/readme.txt"
    python3 -c "import sys; sys.stdout.buffer.write(bytes((i * 7) & 0xFF for i in range(1000)))" >"$work/tiny.bin"
    mmd -i "$work/sd.img" ::models
    mcopy -i "$work/sd.img" "$work/readme.txt" ::readme.txt
    mcopy -i "$work/sd.img" "$work/tiny.bin" ::models/tiny.bin
    sum="$(python3 -c "print(sum((i * 7) & 0xFF for i in range(1000)))")"
    printf 'files 1 D:\\models\\tiny.bin\ndirs 1\ntext hello from FAT\nbytes 1000 sum %s\nexists True False\nwrite refused: Exception\n' \
        "$sum" >"$work/fat.expected"
    if "$repo/tools/nfk210.sh" build "$repo/tests/firmware/apps/ClrFatRead/Program.cs" --out "$work/fat" \
            >"$work/fat.build.log" 2>&1; then
        (cd "$work/fat" && env -u NFK210_SD_ROOT NFK210_SD_IMAGE="$work/sd.img" timeout 120 "$nanoclr" ClrFatRead.bin \
            >"$work/fat.out" 2>"$work/fat.err")
        status=$?
        if [ "$status" -eq 0 ] && cmp -s "$work/fat.expected" "$work/fat.out"; then
            pass "ClrFatRead on a FAT image as D: lists, reads and is refused a write"
        else
            fail "ClrFatRead on a FAT image (exit status $status, expected 0)"
            diff "$work/fat.expected" "$work/fat.out" | head -n 20
            head -c 2000 "$work/fat.err"
        fi
    else
        fail "ClrFatRead: nfk210 build failed"
        cat "$work/fat.build.log"
    fi
else
    echo "skipped: the FAT image case (mkfs.fat / mcopy not installed: apt-get install dosfstools mtools)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
