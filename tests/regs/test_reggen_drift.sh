#!/usr/bin/env bash
# test_reggen_drift.sh -- fails when firmware/native/regs/generated/ no longer matches the JSON
# register specs (someone edited a spec without regenerating, or edited a generated file).
#
# Also checks that the checker itself works: a changed spec must be reported as drift (exit 1)
# and an inconsistent spec (overlapping fields) must be rejected (exit 2). Those runs use a
# temporary copy; nothing in the tree is modified.
#
# Usage: tests/regs/test_reggen_drift.sh        (from anywhere; exit 0 = pass)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
reggen="$repo/tools/reggen/reggen.py"
specs="$repo/firmware/native/regs"
python="${PYTHON:-python3}"

fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. The committed output matches the specs.
if ! "$python" "$reggen" --check; then
    echo >&2
    echo "FAIL: firmware/native/regs/generated/ is out of date with the JSON specs." >&2
    echo "      Edit the *.regs.json / memory_map.json (never the generated files), then run" >&2
    echo "      python3 tools/reggen/reggen.py and commit the regenerated files." >&2
    exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$specs"/*.json "$tmp"/
cp -r "$specs/generated" "$tmp/generated"

# 2. An unchanged copy checks clean (so the drift found in step 3 is the edit, not the copy).
"$python" "$reggen" --check --spec-dir "$tmp" --out-dir "$tmp/generated" >/dev/null \
    || fail "reggen --check reports drift on an unmodified copy of the specs"

# 3. A spec change without regeneration is detected as drift.
sed -i 's/"offset": "0x40",/"offset": "0x48",/' "$tmp/kpu.regs.json"
grep -q '"offset": "0x48"' "$tmp/kpu.regs.json" || fail "self-test could not edit its copy of kpu.regs.json"
set +e
"$python" "$reggen" --check --spec-dir "$tmp" --out-dir "$tmp/generated" >/dev/null 2>"$tmp/drift.err"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "reggen --check returned $rc on a drifted copy (expected 1)"
grep -q "k210_kpu_regs.h" "$tmp/drift.err" || fail "reggen --check did not name the drifted header"

# 4. An inconsistent spec is rejected (fifo_full_threshold moved onto fifo_empty_threshold).
cp "$specs/kpu.regs.json" "$tmp/kpu.regs.json"
sed -i 's/"name": "fifo_full_threshold", "bits": "3:0"/"name": "fifo_full_threshold", "bits": "4:1"/' \
    "$tmp/kpu.regs.json"
grep -q '"bits": "4:1"' "$tmp/kpu.regs.json" || fail "self-test could not edit its copy of kpu.regs.json"
set +e
"$python" "$reggen" --check --spec-dir "$tmp" --out-dir "$tmp/generated" >/dev/null 2>"$tmp/bad.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "reggen accepted overlapping fields (exit $rc, expected 2)"
grep -q "overlap" "$tmp/bad.err" || fail "reggen error did not mention the overlap: $(cat "$tmp/bad.err")"

echo "PASS: generated register files match the specs (and the drift check detects changes)"
