#!/usr/bin/env python3
"""Memory report of an RV64 nanoCLR image: where its SRAM goes (code, data, the managed heap, the stacks) and what
the native heap leaves for the deployment image and models.

Usage: nanoclr_memory_report.py ELF REPORT --nm riscv64-unknown-elf-nm --sram BYTES
Python 3 standard library only.
"""

import argparse
import os
import subprocess
import sys

# the section sizes are read as the model runner's report reads them (tools/kimage/kimage.py)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "..", "tools", "kimage"))
from kimage import sections  # noqa: E402


def symbols(nm: str, elf: str) -> dict:
    """name -> (address, size or 0)"""
    out = subprocess.run([nm, "-S", elf], check=True, capture_output=True, text=True).stdout
    table = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4:
            table[parts[3]] = (int(parts[0], 16), int(parts[1], 16))
        elif len(parts) == 3:
            table[parts[2]] = (int(parts[0], 16), 0)
    return table


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("elf")
    ap.add_argument("report")
    ap.add_argument("--nm", required=True)
    ap.add_argument("--sram", type=int, required=True, help="bytes of RAM the linker script gives the image")
    a = ap.parse_args()

    s = symbols(a.nm, a.elf)
    sec = sections(a.nm.replace("-nm", "-size"), a.elf)
    for needed in ("_k210_entry", "__heap_start", "__heap_end", "__stack_top", "nfk_clr_managed_heap"):
        if needed not in s:
            print(f"nanoclr_memory_report: {a.elf} has no symbol {needed}", file=sys.stderr)
            return 1
    base = s["_k210_entry"][0]
    text = sec.get(".text", 0)
    ro = sec.get(".rodata", 0)
    rw = sec.get(".data", 0) + sec.get(".tdata", 0)
    managed = s["nfk_clr_managed_heap"][1]
    zero = s["__heap_start"][0] - base - text - ro - rw - managed
    stacks = s["__stack_top"][0] - s["__heap_end"][0]
    native = s["__heap_end"][0] - s["__heap_start"][0]
    rows = [
        ("text (code)", text), ("rodata", ro), ("data + tdata", rw), ("bss + tbss + alignment", zero),
        ("managed heap (nanoCLR)", managed), ("stacks (2 harts)", stacks),
        ("native heap: deployment + models", native),
    ]
    name = a.elf.split("/")[-1]
    lines = [f"nanoCLR image memory ({name}), {a.sram / 1048576:.2f} MiB at 0x{base:08X}:"]
    lines += [f"  {label:<34}{value:>10} bytes  ({value / 1024:8.1f} KiB)" for label, value in rows]
    lines.append(f"  nanoCLR image (text + rodata + data + bss): {text + ro + rw + zero} bytes; "
                 f"left for the deployment image and models: {native / 1048576:.2f} MiB")
    if text + ro + rw + zero + managed + stacks + native != a.sram:
        lines.append(f"warning: the parts add up to {text + ro + rw + zero + managed + stacks + native} bytes, "
                     f"not {a.sram}")
    report = "\n".join(lines) + "\n"
    with open(a.report, "w") as f:
        f.write(report)
    sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
