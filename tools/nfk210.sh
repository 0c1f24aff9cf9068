#!/usr/bin/env bash
# Runs the nfk210 CLI (tools/NfK210.Cli), building it first when it is missing or older than its sources.
# The native library is found by the CLI itself: $NFK210_NATIVE_LIB, next to the CLI, or build/host/**.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$repo/tools/NfK210.Cli"
dll="$project/bin/Release/net10.0/nfk210.dll"
if [ ! -f "$dll" ] || [ -n "$(find "$project" "$repo/firmware/native/regs/generated" "$repo/tools/NfK210.TestRunner" \
        "$repo/tools/NfK210.Flasher" "$repo/tools/NfK210.Native" "$repo/tools/NfK210.Pe" \
        -path "$project/bin" -prune -o -path "$repo/tools/NfK210.Pe/bin" -prune -o -path "$repo/tools/NfK210.Pe/obj" -prune -o -path "$repo/tools/NfK210.TestRunner/bin" -prune \
        -o -path "$repo/tools/NfK210.Flasher/bin" -prune -o -path "$repo/tools/NfK210.Flasher/obj" -prune \
        -o -path "$project/obj" -prune -o \( -name '*.cs' -o -name '*.csproj' \) -newer "$dll" -print -quit)" ]; then
    log="$(mktemp)"
    if ! dotnet build "$project/NfK210.Cli.csproj" -c Release -nologo -v quiet >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        exit 1
    fi
    rm -f "$log"
fi
exec dotnet "$dll" "$@"
