#!/usr/bin/env bash
# Runs the FAT fuzzer for SECONDS (default 10) from seeds made with mkfs.fat +
# mtools (FAT16 and FAT32 images with long names and nested folders, cut to
# their first 256 KiB: the fuzzer pads the device with zeros). Without the
# tools it starts from an empty corpus. Usage: tests/fuzz/run_fuzz_fat.sh [SECONDS]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-10}"
fuzzer="$repo/build/fuzz/tests/fuzz/fuzz_fat"
work="$repo/build/fuzz/corpus-fat"
mkdir -p "$work/seeds" "$work/found"
if command -v mkfs.fat >/dev/null && command -v mcopy >/dev/null; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    head -c 3000 /dev/urandom >"$tmp/model"
    echo hello >"$tmp/readme"
    for spec in "16 16384 4" "32 34816 1"; do
        set -- $spec
        img="$tmp/fat$1.img"
        mkfs.fat -C -F "$1" -S 512 -s "$3" "$img" "$2" >/dev/null
        export MTOOLS_SKIP_CHECK=1
        mmd -i "$img" ::/models ::/a ::/a/b ::/a/b/c
        mcopy -i "$img" "$tmp/model" ::/model.kmodel
        mcopy -i "$img" "$tmp/model" "::/models/Face Mask Detector (5 classes).kmodel"
        mcopy -i "$img" "$tmp/readme" ::/a/b/c/d.bin
        head -c 262144 "$img" >"$work/seeds/fat$1.img"
    done
else
    echo "run_fuzz_fat: mkfs.fat / mtools missing; starting from an empty corpus"
fi
echo "=== fuzz_fat for ${seconds}s ($(ls "$work/seeds" | wc -l) seeds)"
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/found" "$work/seeds" 2>&1 | tail -n 12
