#!/usr/bin/env bash
# The RISC-V build of the core, run under QEMU (nfk210 run --target qemu),
# must give the host's bytes: every model of ../shared/models with inputs,
# every KPU conformance vector, and, where an oracle exists, the oracle's bytes.
# Prints "N passed, N failed".
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$repo/../shared"
if [ ! -d "$shared/models" ]; then
    echo "skipped: ../shared is absent, there is nothing to compare"
    echo "0 passed, 0 failed"
    exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME MODEL PROFILE ORACLE_GLOB_OR_EMPTY INPUT...   (oracle files concatenate in name order)
    local name="$1" model="$2" profile="$3" oracle="$4"
    shift 4
    local h="$work/$name/host" q="$work/$name/qemu"
    if ! "$repo/nfk210" run "$model" "${@/#/--input=}" --out "$h" --kpu-profile "$profile" >"$work/$name.host.log" 2>&1; then
        echo "FAIL $name: host run failed"; cat "$work/$name.host.log"; failed=$((failed + 1)); return
    fi
    if ! "$repo/nfk210" run "$model" "${@/#/--input=}" --out "$q" --kpu-profile "$profile" --target qemu >"$work/$name.qemu.log" 2>&1; then
        echo "FAIL $name: qemu run failed"; cat "$work/$name.qemu.log"; failed=$((failed + 1)); return
    fi
    local ok=1
    for f in "$h"/*.bin; do
        cmp -s "$f" "$q/$(basename "$f")" || { echo "FAIL $name: $(basename "$f") differs between host and qemu"; ok=0; }
    done
    # shellcheck disable=SC2086  # the oracle is a glob
    if [ -n "$oracle" ] && ! cat "$h"/*.bin | cmp -s - <(cat $oracle); then
        echo "FAIL $name: outputs differ from the oracle"; ok=0
    fi
    if [ $ok -eq 1 ]; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); fi
}

m="$shared/models"
check v3-yolo20-demo "$m/v3-yolo20-demo/yolo.kmodel" auto "$m/v3-yolo20-demo/oracle/dog.rc5emu.out.bin" \
    "$m/v3-yolo20-demo/input_dog_rgb_chw_3x240x320_u8.bin"
check v3-face-mask5 "$m/v3-face-mask5/detect_5.kmodel" auto "$m/v3-face-mask5/oracle/22.rc5emu.out.bin" \
    "$m/v3-face-mask5/input_22_rgb_chw_3x256x320_u8.bin"
check v3-iris "$m/v3-iris/iris.kmodel" auto "" "$m/v3-iris/input_features_f32.bin"
check v3-maix-mnist "$m/v3-maix-mnist/mnist.kmodel" auto "" "$m"/v3-maix-mnist/inputs/digit*_1x28x28_u8.bin
check v4-iris "$m/v4-iris/iris.kmodel" auto "$m/v4-iris/oracle/features.nncase020.out*.bin" \
    "$m/v4-iris/input_features_f32.bin"
check v4-slim320 "$m/v4-slim320/slim-320.kmodel" auto "$m/v4-slim320/oracle/face.nncase020.out*.bin" \
    "$m/v4-slim320/input_face_rgb_chw_3x240x320_u8.bin"
check v4-ultraface "$m/v4-ultraface/ultra_face.kmodel" auto "$m/v4-ultraface/oracle/face.nncase020.out*.bin" \
    "$m/v4-ultraface/input_face_rgb_chw_3x240x320_u8.bin"
check v4-ulffd-landmark "$m/v4-ulffd-landmark/ulffd_landmark.kmodel" auto \
    "$m/v4-ulffd-landmark/oracle/2[012].nncase020.out*.bin" "$m"/v4-ulffd-landmark/input_2[012]_rgb_chw_3x240x320_u8.bin
check v5-yolox-nano "$m/v5-yolox-nano/yolox_nano_224.kmodel" auto "$m/v5-yolox-nano/oracle/input.nncase1.out0.bin" \
    "$m/v5-yolox-nano/input.bin"
for d in "$shared"/vectors/kpu/v[34]-*; do
    profile="$(sed -n 's/.*"profile": "\([^"]*\)".*/\1/p' "$d/case.json" | head -n 1)"
    check "$(basename "$d")" "$d/model.kmodel" "$profile" "$d/expected*.bin" "$d/input.bin"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
