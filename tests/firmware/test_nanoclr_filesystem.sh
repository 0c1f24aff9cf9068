#!/usr/bin/env bash
# System.IO.FileSystem on the host nanoCLR (nanoclr-k210): the app tests/firmware/apps/ClrFiles, built with
# `nfk210 build` against our System.IO.FileSystem (native checksum 0x1777E2FE, nanoFramework's), runs with the SD
# drive D: mapped to a temporary folder (NFK210_SD_ROOT); one move goes through the host's /tmp (a drive-less path). Its console must be exactly the expected lines and the
# folder must hold what it left; without NFK210_SD_ROOT there is no D: and the app must die of an unhandled exception.
# Then D: as a FAT16 image (NFK210_SD_IMAGE, the SD-card emulation through the board's FAT code): apps/ClrFatRead,
# ClrFiles again and apps/ClrFatWrite, each image then checked with fsck.fat -n and mtools; ClrFatWrite also writes a
# relative path, which must land in nanoCLR's working directory (as on .NET).
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
cut 6 at 6
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

# The SD-card emulation: D: is a FAT16 image (NFK210_SD_IMAGE) read and written through the FAT code the board uses.
# What the apps leave is checked from outside: fsck.fat -n must find nothing to repair, mtools must read the files.
if command -v mkfs.fat >/dev/null && command -v mcopy >/dev/null && command -v fsck.fat >/dev/null; then
    export MTOOLS_SKIP_CHECK=1
    fsck_clean() { # image, what
        if fsck.fat -n "$1" >"$work/fsck.log" 2>&1; then
            pass "$2: fsck.fat -n finds the image clean"
        else
            fail "$2: fsck.fat -n:"
            cat "$work/fsck.log"
        fi
    }

    # 1. ClrFatRead: lists and reads files mtools put there, then writes one
    mkfs.fat -C -F 16 "$work/sd.img" 32768 >/dev/null
    printf 'hello from FAT' >"$work/readme.txt"
    python3 -c "import sys; sys.stdout.buffer.write(bytes((i * 7) & 0xFF for i in range(1000)))" >"$work/tiny.bin"
    mmd -i "$work/sd.img" ::models
    mcopy -i "$work/sd.img" "$work/readme.txt" ::readme.txt
    mcopy -i "$work/sd.img" "$work/tiny.bin" ::models/tiny.bin
    sum="$(python3 -c "print(sum((i * 7) & 0xFF for i in range(1000)))")"
    printf 'files 1 D:\\models\\tiny.bin\ndirs 1\ntext hello from FAT\nbytes 1000 sum %s\nexists True False\nwrite accepted\n' \
        "$sum" >"$work/fat.expected"
    if "$repo/tools/nfk210.sh" build "$repo/tests/firmware/apps/ClrFatRead/Program.cs" --out "$work/fat" \
            >"$work/fat.build.log" 2>&1; then
        (cd "$work/fat" && env -u NFK210_SD_ROOT NFK210_SD_IMAGE="$work/sd.img" timeout 120 "$nanoclr" ClrFatRead.bin \
            >"$work/fat.out" 2>"$work/fat.err")
        status=$?
        if [ "$status" -eq 0 ] && cmp -s "$work/fat.expected" "$work/fat.out"; then
            pass "ClrFatRead on a FAT image as D: lists, reads and writes"
        else
            fail "ClrFatRead on a FAT image (exit status $status, expected 0)"
            diff "$work/fat.expected" "$work/fat.out" | head -n 20
            head -c 2000 "$work/fat.err"
        fi
        if [ "$(mtype -i "$work/sd.img" ::new.bin | od -An -tu1 | tr -s ' ')" = " 1 2 3" ]; then
            pass "mtools reads the file ClrFatRead wrote (1 2 3)"
        else
            fail "mtype ::new.bin: $(mtype -i "$work/sd.img" ::new.bin 2>&1 | od -An -tu1 | head -c 200)"
        fi
        fsck_clean "$work/sd.img" "after ClrFatRead"
    else
        fail "ClrFatRead: nfk210 build failed"
        cat "$work/fat.build.log"
    fi

    # 2. ClrFiles again, on an empty FAT16 image instead of a folder: the same lines and the same leftovers
    mkfs.fat -C -F 16 "$work/files.img" 32768 >/dev/null
    (cd "$work/app" && env -u NFK210_SD_ROOT NFK210_SD_IMAGE="$work/files.img" timeout 120 "$nanoclr" ClrFiles.bin \
        >"$work/files.out" 2>"$work/files.err")
    status=$?
    if [ "$status" -eq 0 ] && cmp -s "$work/expected" "$work/files.out"; then
        pass "ClrFiles on a FAT image as D: prints the same lines as on a folder"
    else
        fail "ClrFiles on a FAT image (exit status $status, expected 0)"
        diff "$work/expected" "$work/files.out" | head -n 20
        head -c 2000 "$work/files.err"
    fi
    if [ "$(mtype -i "$work/files.img" ::result.bin)" = "nfk" ] &&
            [ "$(mdir -b -i "$work/files.img" ::/ | sort | tr '\n' ' ')" = "::/logs/ ::/result.bin " ] &&
            [ -z "$(mdir -b -i "$work/files.img" ::/logs)" ]; then
        pass "the FAT image holds what ClrFiles left (result.bin, an empty logs)"
    else
        fail "the FAT image's content after ClrFiles:"
        mdir -/ -i "$work/files.img" ::/ | head -n 30
    fi
    fsck_clean "$work/files.img" "after ClrFiles"

    # 3. ClrFatWrite: long names, append, FileStream, move, recursive delete on FAT, and a relative path
    mkfs.fat -C -F 16 "$work/write.img" 32768 >/dev/null
    printf 'written 5000 True\nlog 23\nstream 6 at 3\nmoved False True\ndeleted False False\nlisted 1 1\nrelative from nanoCLR\n' \
        >"$work/write.expected"
    if "$repo/tools/nfk210.sh" build "$repo/tests/firmware/apps/ClrFatWrite/Program.cs" --out "$work/write" \
            >"$work/write.build.log" 2>&1; then
        mkdir -p "$work/cwd"
        (cd "$work/cwd" && env -u NFK210_SD_ROOT NFK210_SD_IMAGE="$work/write.img" timeout 120 "$nanoclr" \
            "$work/write/ClrFatWrite.bin" >"$work/write.out" 2>"$work/write.err")
        status=$?
        if [ "$status" -eq 0 ] && cmp -s "$work/write.expected" "$work/write.out"; then
            pass "ClrFatWrite on a FAT image as D: prints the expected lines"
        else
            fail "ClrFatWrite on a FAT image (exit status $status, expected 0)"
            diff "$work/write.expected" "$work/write.out" | head -n 20
            head -c 2000 "$work/write.err"
        fi
        python3 -c "import sys; sys.stdout.buffer.write(bytes((i * 7 + 1) & 0xFF for i in range(5000)))" \
            >"$work/scores.expected"
        mcopy -n -i "$work/write.img" "::/results/Run one/Digit scores.bin" "$work/scores.bin" 2>/dev/null
        if cmp -s "$work/scores.expected" "$work/scores.bin" &&
                [ "$(mtype -i "$work/write.img" ::/results/log.txt)" = "$(printf 'first line\nsecond line')" ] &&
                [ "$(mtype -i "$work/write.img" ::/stream.bin | od -An -tu1 | tr -s ' ')" = " 1 2 170 4 5 6" ] &&
                ! mdir -i "$work/write.img" ::/tmp >/dev/null 2>&1 &&
                ! mdir -i "$work/write.img" ::/gone.bin >/dev/null 2>&1; then
            pass "mtools reads what ClrFatWrite wrote (long names, appended text, the cut stream) and not what it deleted"
        else
            fail "the FAT image's content after ClrFatWrite:"
            mdir -/ -i "$work/write.img" ::/ | head -n 40
        fi
        fsck_clean "$work/write.img" "after ClrFatWrite"
        if [ "$(cat "$work/cwd/relative.txt" 2>/dev/null)" = "from nanoCLR" ]; then
            pass "a relative path lands in the working directory of nanoclr-k210"
        else
            fail "relative.txt is not in the working directory: $(ls -A "$work/cwd")"
        fi
    else
        fail "ClrFatWrite: nfk210 build failed"
        cat "$work/write.build.log"
    fi
else
    echo "skipped: the FAT image cases (mkfs.fat / mcopy / fsck.fat not installed: apt-get install dosfstools mtools)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
