#!/usr/bin/env bash
# `nfk210 deploy` over nanoFramework's wire protocol against the qemu-virt nanoCLR image (nanoclr-qemu.elf, built
# with NFK_CLR_QEMU_WIRE_PROTOCOL) with its UART on a pseudo-terminal (-serial pty) and started with --wire and no
# app, so it waits for a deployment:
#   - app A (ClrHello) is deployed and prints its line; app B (ClrDeployB) is deployed over it and prints its lines,
#     not A's (the reboot after the deployment boots the region's new app);
#   - through a relay (wp_relay.py) that loses the device's first WriteMemory reply and garbles its first CheckMemory
#     reply, the deployment still succeeds and the app runs: the host sent the chunk whose reply was lost again, and
#     the CheckMemory again;
#   - with a deployment region of 36 KiB (--deploy-size), an image that does not fit is refused with a message and
#     no EraseMemory or WriteMemory reaches the device.
# Skips, saying why, when QEMU, the RISC-V toolchain, python3 or the nanoFramework.CoreLibrary package is missing.
# Prints "N passed, N failed".
set -uo pipefail
# shellcheck source=nanoclr_qemu_setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/nanoclr_qemu_setup.sh"
command -v python3 >/dev/null || skip "python3 is not installed (the relay that loses and garbles replies needs it)"
grep -qF "waiting for a deployment over the wire protocol" "$image" ||
    skip "$image has no wire protocol (configure with -DNFK_CLR_QEMU_WIRE_PROTOCOL=ON)"

work="$(mktemp -d)"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

# boot NAME [ARG...] : starts the image with "--wire ARG..." and no app, its UART on a new pty; sets $pty.
boot() {
    local name="$1" args="arg=nanoclr-qemu,arg=--wire"
    shift
    for a in "$@"; do args="$args,arg=$a"; done
    qemu-system-riscv64 -M virt -cpu rv64 -m 64M -bios none -display none -monitor none -serial pty \
        -kernel "$image" -semihosting-config "enable=on,target=native,$args" \
        >"$work/$name.qemu.out" 2>"$work/$name.qemu.err" &
    pids+=($!)
    pty=""
    for _ in $(seq 100); do
        pty="$(sed -n 's/^char device redirected to \(\/dev\/pts\/[0-9]*\).*/\1/p' "$work/$name.qemu.out")"
        [ -n "$pty" ] && return 0
        sleep 0.1
    done
    echo "QEMU did not report its pty:"; cat "$work/$name.qemu.out" "$work/$name.qemu.err"
    return 1
}

# relay NAME DEVICE_PTY [ARG...] : starts wp_relay.py in front of DEVICE_PTY; sets $pty to the host's side.
relay() {
    local name="$1" device="$2"
    shift 2
    python3 "$repo/tests/firmware/wp_relay.py" --device "$device" --link "$work/$name.link" \
        --log "$work/$name.relay.log" "$@" 2>"$work/$name.relay.err" &
    pids+=($!)
    for _ in $(seq 100); do
        [ -f "$work/$name.link" ] && { pty="$(cat "$work/$name.link")"; return 0; }
        sleep 0.1
    done
    echo "the relay did not start:"; cat "$work/$name.relay.err"
    return 1
}

# deploy NAME IMAGE PORT : nfk210 deploy with the app's console; status, stdout, stderr in $work/NAME.*
deploy() {
    timeout 90 "$repo/nfk210" deploy "$2" --port "$3" --timeout 30 >"$work/$1.out" 2>"$work/$1.err"
    echo $? >"$work/$1.status"
}

show() { echo "  nfk210 deploy said:"; head -c 1500 "$work/$1.err"; echo "  QEMU's stderr:"; tail -c 800 "$work/$2.qemu.err"; }

# Apps: built once with the repository's toolchain.
for app in ClrHello ClrDeployB; do
    "$repo/nfk210" build "$repo/tests/firmware/apps/$app/Program.cs" --out "$work/$app" >"$work/$app.build.log" 2>&1 &&
        [ -f "$work/$app/$app.bin" ] || { echo "FAIL: nfk210 build $app"; cat "$work/$app.build.log"; exit 1; }
done
hello_line="hello from nanoCLR: 385 4.50"
printf 'app B: 6 * 7 = 42\napp B: done\n' >"$work/b.expected"

# 1. A, then B over it.
if boot replace; then
    deploy replaceA "$work/ClrHello/ClrHello.bin" "$pty"
    if [ "$(cat "$work/replaceA.status")" = 0 ] && grep -qxF "$hello_line" "$work/replaceA.out"; then
        pass "deploy app A: it runs and prints its line"
    else
        fail "deploy app A: status $(cat "$work/replaceA.status"), console:"; cat "$work/replaceA.out"; show replaceA replace
    fi
    deploy replaceB "$work/ClrDeployB/ClrDeployB.bin" "$pty"
    if [ "$(cat "$work/replaceB.status")" = 0 ] && cmp -s "$work/b.expected" "$work/replaceB.out"; then
        pass "deploy app B over A: B's lines and only them"
    else
        fail "deploy app B over A: status $(cat "$work/replaceB.status"), console (expected B's two lines):"
        cat "$work/replaceB.out"; show replaceB replace
    fi
    [ "$(grep -c "reboot requested" "$work/replace.qemu.err")" = 2 ] && pass "the device rebooted once per deployment" ||
        { fail "the device did not reboot exactly twice"; tail -c 800 "$work/replace.qemu.err"; }
else
    fail "QEMU with its UART on a pty"
fi

# 2. A lost and a garbled reply (and, on the same device, a deployment that does not fit its 36 KiB region).
if boot faults --deploy-size 36864 && relay faults "$pty" --drop 3 --garble 4; then
    deploy faultsA "$work/ClrHello/ClrHello.bin" "$pty"
    log="$work/faults.relay.log"
    writes="$(grep -c '^host 3 ' "$log")"
    addresses="$(grep '^host 3 ' "$log" | sed 's/.* addr=//' | sort -u | wc -l)"
    checks="$(grep -c '^host 4 ' "$log")"
    # The chunk whose reply was lost: the request the dropped reply answered, and how often its address was sent.
    lost_seq="$(sed -n 's/^dropped 3 reply=//p' "$log")"
    lost_addr="$(grep "^host 3 seq=${lost_seq:-none} " "$log" | sed 's/.* addr=//')"
    lost_sends="$(grep -c "^host 3 .* addr=${lost_addr:-none}\$" "$log")"
    if [ "$(cat "$work/faultsA.status")" = 0 ] && grep -qxF "$hello_line" "$work/faultsA.out" &&
        grep -qx "garbled 4" "$log" && [ -n "$lost_addr" ] && [ "$lost_sends" -ge 2 ] && [ "$checks" -ge 2 ]; then
        pass "a lost WriteMemory reply and a garbled CheckMemory reply are retried (chunk $lost_addr sent $lost_sends times; $writes WriteMemory for $addresses chunks, $checks CheckMemory)"
    else
        fail "lost/garbled replies: status $(cat "$work/faultsA.status"), chunk ${lost_addr:-?} of the lost reply sent $lost_sends times, $writes WriteMemory for $addresses chunks, $checks CheckMemory sent"
        cat "$work/faultsA.out"; show faultsA faults; tail -n 20 "$log"
    fi
    # An image 8 KiB bigger than A: 41 KiB with its terminator does not fit 36 KiB.
    big="$work/big.bin"
    cat "$work/ClrHello/ClrHello.bin" >"$big" && head -c 8192 /dev/zero >>"$big"
    before="$(wc -l <"$log")"
    deploy faultsBig "$big" "$pty"
    erases="$(tail -n +"$((before + 1))" "$log" | grep -c '^host [35] ')"
    if [ "$(cat "$work/faultsBig.status")" != 0 ] && grep -qF "nothing was erased" "$work/faultsBig.err" &&
        grep -qF "36864" "$work/faultsBig.err" && [ "$erases" = 0 ]; then
        pass "a deployment bigger than the region is refused before any erase or write"
    else
        fail "oversized deployment: status $(cat "$work/faultsBig.status"), $erases erase/write requests reached the device"
        show faultsBig faults
    fi
else
    fail "QEMU and the relay for the lost/garbled replies"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
