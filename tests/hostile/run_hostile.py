#!/usr/bin/env python3
"""Hostile-input regression corpus for the nfk210 CLI (issue 12).

Generates malformed and extreme inputs in a temporary folder (nothing large is committed: big files are sparse or
made on the fly), runs `nfk210 run | inspect | bench | flash` on each, and checks that every case
  - exits with 1 or 2 (a named refusal; 70 would be the guard catching a defect),
  - prints the expected words on stderr (the error names the problem) and no .NET stack trace,
  - stays under 1 GiB of peak resident memory (measured with /usr/bin/time -v),
  - for bad packages, fails before any serial port is touched (the --port given does not exist, and the error
    must be about the package, not the port).

Usage: tests/hostile/run_hostile.py [--cli "dotnet path/to/nfk210.dll"]   (default: the repo's ./nfk210)
Exit status 0 when every case passes. Needs python3 and /usr/bin/time.
"""

import argparse
import io
import os
import re
import shlex
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MAX_RSS_KB = 1024 * 1024
MISSING_PORT = "/dev/ttyNFK210-hostile-none"
TRACE = re.compile(r"^\s+at [\w.<>`]+|Unhandled exception", re.MULTILINE)


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, rows=None):
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    raw = rows if rows is not None else b"".join(b"\0" + bytes((x * 7 + y) & 0xFF for x in range(width))
                                                 for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(raw, 9))
            + png_chunk(b"IEND", b""))


def bmp(width, height, header_size=40, bits=24, pixel_bytes=None, pixel_offset=54):
    stride = (width * bits + 31) // 32 * 4 if width > 0 else 0
    pixels = pixel_bytes if pixel_bytes is not None else b"\x80" * (stride * abs(height))
    info = struct.pack("<IiiHHIIiiII", header_size, width, height, 1, bits, 0, len(pixels), 2835, 2835, 0, 0)
    head = b"BM" + struct.pack("<IHHI", 14 + len(info) + len(pixels), 0, 0, pixel_offset)
    return head + info + pixels


def kfpkg(entries, flash_list=None, compression=zipfile.ZIP_DEFLATED):
    """entries: list of (name, bytes); flash_list: JSON text (default: every entry at 0x300000 + i MiB, raw)."""
    if flash_list is None:
        files = ",".join('{"address": %d, "bin": "%s", "sha256Prefix": false}' % (0x300000 + i * 0x100000, n)
                         for i, (n, _) in enumerate(entries))
        flash_list = '{"version": "0.1.0", "files": [%s]}' % files
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("flash-list.json", flash_list)
        for name, data in entries:
            z.writestr(name, data)
    return bytearray(buf.getvalue())


def local_data_offset(package, name):
    """Offset of an entry's (compressed) data in a zip made by kfpkg()."""
    with zipfile.ZipFile(io.BytesIO(bytes(package))) as z:
        info = z.getinfo(name)
    off = info.header_offset
    name_len, extra_len = struct.unpack("<HH", package[off + 26:off + 30])
    return off + 30 + name_len + extra_len, info


def zip_with_huge_entry(path, declared):
    """A package whose entry inflates to `declared` bytes of zeros (about declared/1000 on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("flash-list.json",
                   '{"files": [{"address": "0x300000", "bin": "huge.bin", "sha256Prefix": false}]}')
        with z.open("huge.bin", "w", force_zip64=True) as f:
            chunk = bytes(1 << 20)
            for _ in range(declared >> 20):
                f.write(chunk)


def build_cases(d, model):
    """Returns (name, args, expected substrings on stderr) for every hostile input."""
    def w(name, data):
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(data)
        return p

    def sparse(name, size):
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.truncate(size)
        return p

    out = os.path.join(d, "out")
    os.makedirs(out, exist_ok=True)
    def fifo(name):  # a named pipe nobody writes to: opening it for reading would block forever
        path = os.path.join(d, name)
        os.mkfifo(path)
        return path

    a_dir = os.path.join(d, "a-directory")
    os.makedirs(a_dir, exist_ok=True)
    good = open(model, "rb").read()
    cases = []

    # --- models (run, inspect, bench) ---------------------------------------------------------------------------
    bad_models = [
        ("empty", w("empty.kmodel", b""), []),
        ("dev-zero", "/dev/zero", ["/dev/zero", "not a regular file"]),
        ("sparse-2047MiB", sparse("huge.kmodel", 2047 << 20), ["huge.kmodel", "more than the 16777216 bytes"]),
        ("sparse-17MiB", sparse("over.kmodel", 17 << 20), ["over.kmodel", "more than the 16777216 bytes"]),
        ("directory", a_dir, ["is a directory"]),
        ("fifo", fifo("pipe.kmodel"), ["pipe.kmodel", "nothing answered"]),
        ("missing", os.path.join(d, "absent.kmodel"), ["absent.kmodel", "does not exist"]),
        ("garbage", w("garbage.kmodel", bytes((i * 131 + 7) & 0xFF for i in range(1024))), ["garbage.kmodel"]),
        ("truncated", w("half.kmodel", good[:len(good) // 2]), ["half.kmodel"]),
        ("header-flipped", w("flipped.kmodel", bytes(b ^ 0xFF if i < 32 else b for i, b in enumerate(good))),
         ["flipped.kmodel"]),
    ]
    raw_input = w("input.bin", bytes(64 * 64))
    for name, path, words in bad_models:
        cases.append((f"inspect/{name}", ["inspect", path], words))
        cases.append((f"bench/{name}", ["bench", path, "--runs", "1"], words))
        cases.append((f"run/{name}", ["run", path, "--input", raw_input, "--out", out], words))
    cases.append(("inspect/empty-path", ["inspect", ""], ["MODEL", "empty"]))

    # --- option values -------------------------------------------------------------------------------------------
    for value in ["abc", "-1", "0", "99999999999", "1e3", ""]:
        cases.append((f"bench/runs={value!r}", ["bench", model, "--runs", value], ["--runs"]))
    cases.append(("run/out-empty", ["run", model, "--input", raw_input, "--out", ""], ["--out", "empty"]))
    cases.append(("run/input-empty", ["run", model, "--input", "", "--out", out], ["--input", "empty"]))
    cases.append(("run/kpu-profile", ["run", model, "--input", raw_input, "--out", out, "--kpu-profile", "x"],
                  ["x"]))
    cases.append(("run/board-missing-port", ["run", model, "--input", raw_input, "--out", out, "--target", "board",
                                             "--port", MISSING_PORT], [MISSING_PORT, "does not exist"]))
    cases.append(("run/board-port-directory", ["run", model, "--input", raw_input, "--out", out, "--target",
                                               "board", "--port", a_dir], ["is a directory"]))
    cases.append(("run/board-port-regular-file", ["run", model, "--input", raw_input, "--out", out, "--target",
                                                  "board", "--port", raw_input], ["not a serial device"]))

    # --- inputs (run with a good model) ---------------------------------------------------------------------------
    full_png = png(64, 64)
    bad_inputs = [
        ("raw-wrong-size", w("short.bin", bytes(100)), ["short.bin", "4096"]),
        ("raw-dev-zero", "/dev/zero", ["/dev/zero"]),
        ("raw-directory", a_dir, ["is a directory"]),
        ("raw-missing", os.path.join(d, "nothing.bin"), ["nothing.bin", "does not exist"]),
        ("bmp-header-0x7FFFFFF0", w("hdr.bmp", bmp(8, 8, header_size=0x7FFFFFF0)), ["hdr.bmp", "header"]),
        ("bmp-27000x27000", w("wide.bmp", bmp(27000, 27000, pixel_bytes=b"\0" * 64)), ["wide.bmp", "27000x27000"]),
        ("bmp-20000x20000", w("w2.bmp", bmp(20000, 20000, pixel_bytes=b"\0" * 64)), ["w2.bmp", "20000x20000"]),
        ("bmp-zero-width", w("zero.bmp", bmp(0, 8, pixel_bytes=b"")), ["zero.bmp"]),
        ("bmp-int-min-height", w("minh.bmp", bmp(8, -2147483648, pixel_bytes=b"")), ["minh.bmp"]),
        ("bmp-truncated-pixels", w("cut.bmp", bmp(64, 64)[:1000]), ["cut.bmp", "truncated"]),
        ("bmp-offset-beyond", w("off.bmp", bmp(8, 8, pixel_offset=0xFFFFFFF0)), ["off.bmp"]),
        ("bmp-4bit", w("b4.bmp", bmp(8, 8, bits=4)), ["b4.bmp", "4-bit"]),
        ("png-27000x27000", w("big.png", png(27000, 27000, rows=b"")), ["big.png", "27000x27000"]),
        ("png-20000x20000", w("big2.png", png(20000, 20000, rows=b"")), ["big2.png", "20000x20000"]),
        ("png-cut-in-half", w("half.png", full_png[:len(full_png) // 2]), ["half.png"]),
        ("png-garbage", w("junk.png", b"\x89PNG\r\n\x1a\n" + bytes(200)), ["junk.png"]),
        ("pnm-100000x100000", w("big.pgm", b"P5\n100000 100000\n255\n" + bytes(16)), ["big.pgm", "100000x100000"]),
        ("pnm-truncated", w("cut.pgm", b"P5\n64 64\n255\n" + bytes(100)), ["cut.pgm", "truncated"]),
        ("pnm-maxval-0", w("mv.pgm", b"P5\n2 2\n0\n" + bytes(4)), ["mv.pgm", "maxval"]),
        ("pnm-huge-number", w("num.pgm", b"P2\n99999999999999999999 2\n255\n"), ["num.pgm"]),
        ("pnm-ascii-truncated", w("asc.pgm", b"P2\n64 64\n255\n1 2 3"), ["asc.pgm"]),
    ]
    for name, path, words in bad_inputs:
        cases.append((f"run/input-{name}", ["run", model, "--input", path, "--out", out], words))
        cases.append((f"bench/input-{name}", ["bench", model, "--input", path, "--runs", "1"], words))

    # --- packages and files for flash (the port does not exist: refusals must come first) -------------------------
    stub = w("stub.bin", b"\x13\x00\x00\x00" * 16)
    pkg = kfpkg([("model.kmodel", good)])
    start, _ = local_data_offset(pkg, "model.kmodel")
    crc_bad = bytearray(pkg)
    crc_bad[start + 5] ^= 0x55
    stored = kfpkg([("model.kmodel", good)], compression=zipfile.ZIP_STORED)
    s_start, s_info = local_data_offset(stored, "model.kmodel")
    stored_bad = bytearray(stored)
    stored_bad[s_start + s_info.file_size // 2] ^= 0x01
    huge = os.path.join(d, "huge.kfpkg")
    zip_with_huge_entry(huge, 512 << 20)
    packages = [
        ("crc-mismatch-deflated", w("crc.kfpkg", crc_bad), ["crc.kfpkg"]),
        ("crc-mismatch-stored", w("crc2.kfpkg", stored_bad), ["crc2.kfpkg", "CRC-32"]),
        ("flash-list-array", w("arr.kfpkg", kfpkg([("m.bin", b"x")], flash_list='[{"files": []}]')),
         ["arr.kfpkg", "array"]),
        ("flash-list-number-entry", w("num.kfpkg", kfpkg([("m.bin", b"x")], flash_list='{"files": [42]}')),
         ["num.kfpkg", "files[0]"]),
        ("flash-list-not-json", w("nj.kfpkg", kfpkg([("m.bin", b"x")], flash_list="{files: nope")),
         ["nj.kfpkg", "JSON"]),
        ("flash-list-missing-entry", w("me.kfpkg", kfpkg([], flash_list='{"files": [{"address": 0, "bin": '
                                                                        '"nope.bin", "sha256Prefix": false}]}')),
         ["me.kfpkg", "nope.bin"]),
        ("entry-512MiB", huge, ["huge.kfpkg", "huge.bin"]),
        ("not-a-zip", w("plain.kfpkg", b"PK" + bytes(200)), ["plain.kfpkg"]),
        ("empty", w("empty.kfpkg", b""), ["empty.kfpkg"]),
    ]
    for name, path, words in packages:
        cases.append((f"flash/{name}", ["flash", path, "--port", MISSING_PORT, "--stub", stub], words))
    cases.append(("flash/dev-zero", ["flash", "/dev/zero", "--port", MISSING_PORT, "--stub", stub],
                  ["/dev/zero", "not a regular file"]))
    cases.append(("flash/sparse-2047MiB", ["flash", os.path.join(d, "huge.kmodel"), "--address", "0x300000",
                                           "--port", MISSING_PORT, "--stub", stub], ["more than the"]))
    cases.append(("flash/directory", ["flash", a_dir, "--port", MISSING_PORT, "--stub", stub], ["is a directory"]))
    cases.append(("flash/empty-path", ["flash", "", "--port", MISSING_PORT], ["FILE", "empty"]))
    cases.append(("flash/baud-abc", ["flash", model, "--baud", "abc"], ["--baud"]))
    cases.append(("flash/port-regular-file", ["flash", model, "--address", "0x300000", "--port", raw_input,
                                              "--stub", stub], ["not a serial device"]))
    cases.append(("flash/port-directory", ["flash", model, "--address", "0x300000", "--port", a_dir,
                                           "--stub", stub], ["is a directory"]))
    return cases


def run_case(cli, args, timeout):
    cmd = ["/usr/bin/time", "-v"] + cli + args
    started = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                       env=dict(os.environ, NO_COLOR="1"))
    err = p.stderr.decode("utf-8", "replace")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    rss = int(m.group(1)) if m else -1
    err = err[:err.rfind("\tCommand being timed")] if "\tCommand being timed" in err else err
    return p.returncode, p.stdout.decode("utf-8", "replace"), err, rss, time.monotonic() - started


def demo_model(cli, folder, timeout):
    """Writes the built-in demo kmodel with `nfk210 demo`; the demo goes on to build a C# app, which is not needed,
    so it is stopped once its model and input are written."""
    model = os.path.join(folder, "demo.kmodel")
    last = os.path.join(folder, "demo-input.pgm")
    proc = subprocess.Popen(cli + ["demo", "--out", folder], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    while not os.path.exists(last) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    if proc.poll() is None:
        proc.kill()
    _, err = proc.communicate()
    if not os.path.exists(model):
        print(f"run_hostile: `nfk210 demo` wrote no model to test with:\n{err.decode()}", file=sys.stderr)
        return None
    return model


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(REPO, "nfk210"), help="command that runs nfk210 (shell words)")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--keep", action="store_true", help="print the full stderr of failing cases")
    ap.add_argument("--model", help="a good kmodel with a 1x64x64 or 3xHxW uint8 input (default: the demo's)")
    opts = ap.parse_args()
    cli = shlex.split(opts.cli)
    if not os.path.exists("/usr/bin/time"):
        print("run_hostile: needs /usr/bin/time (apt-get install time) to measure memory", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="nfk210-hostile-") as d:
        model = opts.model or demo_model(cli, os.path.join(d, "demo"), opts.timeout)
        if model is None:
            return 1
        cases = build_cases(d, model)
        failures = 0
        peak = 0
        for name, args, words in cases:
            code, out, err, rss, secs = run_case(cli, args, opts.timeout)
            peak = max(peak, rss)
            problems = []
            if code not in (1, 2):
                problems.append(f"exit {code}, expected 1 or 2")
            if TRACE.search(err) or TRACE.search(out):
                problems.append("a stack trace was printed")
            if rss < 0 or rss > MAX_RSS_KB:
                problems.append(f"peak RSS {rss} KiB (limit {MAX_RSS_KB})")
            first = next((line for line in err.splitlines() if line.strip()), "")
            problems += [f"stderr lacks {w!r}" for w in words if w not in err]
            if args[0] == "flash" and MISSING_PORT in err and "does not exist" in err:
                problems.append("the port was reached before the input was refused")
            status = "ok  " if not problems else "FAIL"
            print(f"{status} {name:40} exit {code}  {rss // 1024:5} MiB  {secs:5.2f} s  {first[:110]}")
            for p in problems:
                print(f"       {p}")
            if problems:
                failures += 1
                if opts.keep:
                    print(f"       stderr: {err.strip()}")
        print(f"{len(cases) - failures}/{len(cases)} hostile cases refused cleanly; peak RSS {peak // 1024} MiB")
        return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
