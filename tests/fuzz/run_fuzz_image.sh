#!/usr/bin/env bash
# Runs the BMP/PNM decoder fuzzer (fuzz_image) for SECONDS (default 10) from
# small valid images made by make_image_seeds.py. Usage: tests/fuzz/run_fuzz_image.sh [SECONDS]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-10}"
fuzzer="$repo/build/fuzz/tests/fuzz/fuzz_image"
work="$repo/build/fuzz/corpus-image"
mkdir -p "$work/seeds" "$work/found"
python3 "$repo/tests/fuzz/make_image_seeds.py" "$work/seeds"
echo "=== fuzz_image for ${seconds}s ($(ls "$work/seeds" | wc -l) seeds)"
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/found" "$work/seeds" 2>&1 | tail -n 12
