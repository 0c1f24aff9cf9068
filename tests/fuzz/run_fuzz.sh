#!/usr/bin/env bash
# Runs the kmodel fuzzers (V3, V4, then V5), then the FAT and image-decoder fuzzers,
# for a bounded total time (default 60 s: a sixth each to FAT and images, the
# rest split evenly between V3, V4 and V5) from seed corpora: the V3 / V4 / V5 files of ../shared when present,
# plus, for V4 and V5, the small models of the native op tests when the host build
# has them (collected through NFK_SEED_DIR). Usage: tests/fuzz/run_fuzz.sh [SECONDS]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
fat_seconds=$(( seconds / 6 ))    # the FAT fuzzer's share (run_fuzz_fat.sh)
image_seconds=$(( seconds / 6 ))  # the BMP/PNM decoders' share (run_fuzz_image.sh)
half=$(( (seconds - fat_seconds - image_seconds + 2) / 3 ))  # the kmodel fuzzers split the rest
shared="$repo/../shared"
[ -d "$shared/vectors/kpu" ] || echo "run_fuzz: ../shared is absent; starting from the builder seeds only"

seed_dir() {  # seed_dir VERSION -> prints the seed folder, filled
    local version="$1" dir="$repo/build/fuzz/corpus-$1/seeds"
    mkdir -p "$dir" "$repo/build/fuzz/corpus-$1/found"
    if [ -d "$shared/vectors/kpu" ] && [ "$version" != v5 ]; then
        for d in "$shared"/vectors/kpu/"$version"-*; do cp "$d/model.kmodel" "$dir/$(basename "$d").kmodel"; done
    fi
    if [ "$version" = v3 ] && [ -d "$shared/models" ]; then
        cp "$shared/models/v3-iris/iris.kmodel" "$dir/iris.kmodel"
        cp "$shared/models/v3-maix-mnist/mnist.kmodel" "$dir/mnist.kmodel"
    fi
    if [ "$version" = v4 ]; then
        [ -d "$shared/models" ] && cp "$shared/models/v4-iris/iris.kmodel" "$shared/models/v4-ultraface/ultra_face.kmodel" "$dir/"
        for t in test_v4_ops test_v4_quantized_ops test_kmodel_v4_errors; do
            bin="$repo/build/host/tests/native/$t"
            [ -x "$bin" ] && NFK_SEED_DIR="$dir" "$bin" >/dev/null 2>&1 || true
        done
    fi
    if [ "$version" = v5 ]; then
        [ -d "$shared/models" ] && cp "$shared/models/v5-yolox-nano/yolox_nano_224.kmodel" "$dir/"
        for t in test_v5_ops test_kmodel_v5_errors; do
            bin="$repo/build/host/tests/native/$t"
            [ -x "$bin" ] && NFK_SEED_DIR="$dir" "$bin" >/dev/null 2>&1 || true
        done
    fi
    echo "$dir"
}

for version in v3 v4 v5; do
    fuzzer="$repo/build/fuzz/tests/fuzz/fuzz_kmodel_$version"
    seeds="$(seed_dir "$version")"
    work="$repo/build/fuzz/corpus-$version"
    echo "=== fuzz_kmodel_$version for ${half}s ($(ls "$seeds" | wc -l) seeds)"
    "$fuzzer" -max_total_time="$half" -timeout=20 -rss_limit_mb=4096 -max_len=400000 \
        -print_final_stats=1 -artifact_prefix="$work/" "$work/found" "$seeds" 2>&1 | tail -n 25
done
"$repo/tests/fuzz/run_fuzz_fat.sh" "$fat_seconds"
"$repo/tests/fuzz/run_fuzz_image.sh" "$image_seconds"
