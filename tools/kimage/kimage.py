#!/usr/bin/env python3
"""kimage: the K210 firmware image and its memory report.

Writes IMAGE = the kflash bootable format of spec/kflash-isp.md section 9.1:
    flag 0x00 (plain) | payload length u32 LE | payload (the raw .bin) | SHA-256 of all that
and prints (and writes to REPORT) where the 6 MiB of SRAM go: text, read-only data,
data, bss, the stacks, the heap, and what remains for models.

Usage: kimage.py ELF BIN IMAGE REPORT --nm riscv64-unknown-elf-nm [--reserve BYTES]
Python 3 standard library only.
"""

import argparse
import hashlib
import struct
import subprocess
import sys

SRAM = 6 * 1024 * 1024


def kflash_image(payload: bytes) -> bytes:
    body = b"\x00" + struct.pack("<I", len(payload)) + payload
    return body + hashlib.sha256(body).digest()


def symbols(nm: str, elf: str) -> dict:
    out = subprocess.run([nm, elf], check=True, capture_output=True, text=True).stdout
    table = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:
            table[parts[2]] = int(parts[0], 16)
    return table


def sections(size_tool: str, elf: str) -> dict:
    out = subprocess.run([size_tool, "-A", elf], check=True, capture_output=True, text=True).stdout
    table = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].startswith(".") and parts[1].isdigit():
            table[parts[0]] = int(parts[1])
    return table


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("elf")
    ap.add_argument("bin")
    ap.add_argument("image")
    ap.add_argument("report")
    ap.add_argument("--nm", required=True)
    ap.add_argument("--reserve", type=int, default=32 * 1024 + 256,
                    help="heap the runner keeps back from its model area (HEAP_RESERVE + alignment)")
    a = ap.parse_args()

    payload = open(a.bin, "rb").read()
    open(a.image, "wb").write(kflash_image(payload))

    s = symbols(a.nm, a.elf)
    sec = sections(a.nm.replace("-nm", "-size"), a.elf)
    base = s["_k210_entry"]
    text = sec.get(".text", 0)
    ro = sec.get(".rodata", 0)
    rw = sec.get(".data", 0) + sec.get(".tdata", 0)
    # bss, tbss and the padding between sections: everything up to the heap not counted above
    zero = s["__heap_start"] - base - text - ro - rw
    stacks = s["__stack_top"] - s["__heap_end"]
    heap = s["__heap_end"] - s["__heap_start"]
    models = heap - a.reserve
    rows = [
        ("text (code)", text), ("rodata", ro), ("data + tdata", rw), ("bss + tbss + alignment", zero),
        ("stacks (2 harts)", stacks), ("heap", heap), ("  of which the model area", models),
    ]
    lines = [f"K210 firmware memory ({a.elf.split('/')[-1]}), SRAM 6 MiB at 0x{base:08X}:"]
    lines += [f"  {name:<28}{value:>10} bytes  ({value / 1024:8.1f} KiB)" for name, value in rows]
    lines.append(f"  {'image file':<28}{len(payload):>10} bytes  (kflash image {len(payload) + 37} bytes)")
    lines.append(f"Largest model: a kmodel whose file + main buffer + 2 x input + 256 bytes of alignment"
                 f" is at most {models} bytes ({models / 1048576:.2f} MiB).")
    if text + ro + rw + zero + stacks + heap != SRAM:
        lines.append("warning: the sections do not add up to 6 MiB")
    report = "\n".join(lines) + "\n"
    open(a.report, "w").write(report)
    sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
