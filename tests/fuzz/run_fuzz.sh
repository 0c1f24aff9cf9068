#!/usr/bin/env bash
# Runs the kmodel V3 fuzzer for a bounded time (default 60 s) from a seed
# corpus: the V3 files of ../shared when present, plus small models the
# native tests' builder shapes. Usage: tests/fuzz/run_fuzz.sh [SECONDS]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
fuzzer="$repo/build/fuzz/tests/fuzz/fuzz_kmodel_v3"
work="$repo/build/fuzz/corpus"
mkdir -p "$work/seeds" "$work/found"
shared="$repo/../shared"
if [ -d "$shared/vectors/kpu" ]; then
    for d in "$shared"/vectors/kpu/v3-*; do cp "$d/model.kmodel" "$work/seeds/$(basename "$d").kmodel"; done
    cp "$shared/models/v3-iris/iris.kmodel" "$work/seeds/iris.kmodel"
    cp "$shared/models/v3-maix-mnist/mnist.kmodel" "$work/seeds/mnist.kmodel"
else
    echo "run_fuzz: ../shared is absent; starting from an empty corpus"
fi
"$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=300000 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/found" "$work/seeds" 2>&1 | tail -n 25
