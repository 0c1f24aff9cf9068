#!/usr/bin/env python3
"""Writes seed files for fuzz_image into the folder given: small valid BMP (8-bit palette, 16-bit RGB565
bitfields, 24-bit, 32-bit; bottom-up and top-down) and PNM (P2, P3, P5, P6) images, each prefixed with the
selector byte fuzz_image.c reads (0: img_file_probe dispatch, 1: BMP entry points, 2: PNM entry points)."""
import os
import struct
import sys


def bmp(w, h, bits, compression=0, palette=b"", masks=b"", top_down=False):
    stride = (w * bits + 31) // 32 * 4
    pixels = bytes((i * 37 + 11) & 0xFF for i in range(stride * h))
    header_size = 40
    offset = 14 + header_size + len(masks) + len(palette)
    info = struct.pack("<IiiHHIIiiII", header_size, w, -h if top_down else h, 1, bits, compression, len(pixels),
                       2835, 2835, len(palette) // 4, 0)
    return b"BM" + struct.pack("<IHHI", offset + len(pixels), 0, 0, offset) + info + masks + palette + pixels


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    grey = b"".join(bytes((i, i, i, 0)) for i in range(256))
    images = {
        "bmp24": bmp(5, 3, 24),
        "bmp24-topdown": bmp(3, 4, 24, top_down=True),
        "bmp32": bmp(4, 2, 32),
        "bmp8-grey": bmp(6, 3, 8, palette=grey),
        "bmp16-565": bmp(5, 2, 16, compression=3, masks=struct.pack("<III", 0xF800, 0x07E0, 0x001F)),
        "p5": b"P5\n4 3\n255\n" + bytes(range(12)),
        "p6": b"P6\n# a comment\n2 2\n255\n" + bytes(range(12)),
        "p2": b"P2\n3 2\n255\n0 1 2\n3 4 255\n",
        "p3": b"P3\n2 1\n255\n1 2 3 4 5 6\n",
    }
    for name, data in images.items():
        selectors = (0, 1) if name.startswith("bmp") else (0, 2)
        for s in selectors:
            with open(os.path.join(out, f"{name}-{s}"), "wb") as f:
                f.write(bytes([s]) + data)


if __name__ == "__main__":
    main()
