#!/usr/bin/env python3
"""A relay between `nfk210 deploy` and nanoCLR's UART for tests/firmware/test_nanoclr_deploy.sh: opens a new
pseudo-terminal for the host (its path is written to --link), forwards bytes both ways to --device (QEMU's pty),
logs every wire-protocol packet it sees, and can lose or garble one reply of the device:

  --drop CMD     the device's first reply to command CMD (e.g. 3, WriteMemory) is not forwarded
  --garble CMD   the device's first reply to command CMD has one header byte flipped (its header CRC then fails)

Log lines (--log): "<direction> <command> seq=<n> reply=<n> flags=0x<f> size=<n>" with direction "host" (host to
device, followed by " addr=0x<a>", the payload's first word) or "device"; and "dropped <command> reply=<seq of the
request>" / "garbled <command>" for the faults made. Runs until killed.
"""
import argparse
import os
import select
import struct
import sys
import tty

SIGNATURE = b"NFPKTV1\0"
HEADER = 32
REPLY = 0x0002


class Stream:
    """Splits one direction's bytes into wire-protocol packets and the bytes between them."""

    def __init__(self):
        self.buffer = b""

    def feed(self, data):
        """Returns (kind, bytes, header) items: ("raw", bytes, None) or ("packet", bytes, fields)."""
        self.buffer += data
        out = []
        while self.buffer:
            at = self.buffer.find(SIGNATURE)
            if at < 0:
                keep = 0  # a partial signature may end the buffer
                for n in range(min(len(SIGNATURE) - 1, len(self.buffer)), 0, -1):
                    if SIGNATURE.startswith(self.buffer[-n:]):
                        keep = n
                        break
                if len(self.buffer) > keep:
                    out.append(("raw", self.buffer[: len(self.buffer) - keep], None))
                    self.buffer = self.buffer[len(self.buffer) - keep:]
                break
            if at > 0:
                out.append(("raw", self.buffer[:at], None))
                self.buffer = self.buffer[at:]
            if len(self.buffer) < HEADER:
                break
            _, _, cmd, seq, seq_reply, flags, size = struct.unpack_from("<IIIHHII", self.buffer, 8)
            if size > 64 * 1024:  # not a real header: pass the signature on as plain bytes
                out.append(("raw", self.buffer[:1], None))
                self.buffer = self.buffer[1:]
                continue
            if len(self.buffer) < HEADER + size:
                break
            out.append(("packet", self.buffer[: HEADER + size], (cmd, seq, seq_reply, flags, size)))
            self.buffer = self.buffer[HEADER + size:]
        return out


def open_raw(path):
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    return fd


def write_all(fd, data):
    while data:
        data = data[os.write(fd, data):]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--device", required=True)
    parser.add_argument("--link", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--drop", type=lambda s: int(s, 0))
    parser.add_argument("--garble", type=lambda s: int(s, 0))
    args = parser.parse_args()

    device = open_raw(args.device)
    host, host_slave = os.openpty()
    tty.setraw(host_slave)  # kept open: the host's close then does not end the relay
    log = open(args.log, "a", buffering=1)
    with open(args.link + ".tmp", "w") as f:
        f.write(os.ttyname(host_slave))
    os.rename(args.link + ".tmp", args.link)

    from_host, from_device = Stream(), Stream()
    pending = {"drop": args.drop, "garble": args.garble}
    while True:
        ready, _, _ = select.select([host, device], [], [])
        if host in ready:
            for kind, data, fields in from_host.feed(os.read(host, 4096)):
                if kind == "packet":
                    # the first payload word: the address of ReadMemory/WriteMemory/CheckMemory/EraseMemory
                    address = struct.unpack_from("<I", data, HEADER)[0] if fields[4] >= 4 else 0
                    log.write("host %d seq=%d reply=%d flags=0x%x size=%d" % fields + " addr=0x%x\n" % address)
                write_all(device, data)
        if device in ready:
            for kind, data, fields in from_device.feed(os.read(device, 4096)):
                if kind == "packet":
                    cmd, _, _, flags, _ = fields
                    log.write("device %d seq=%d reply=%d flags=0x%x size=%d\n" % fields)
                    if flags & REPLY and cmd == pending["drop"]:
                        pending["drop"] = None
                        log.write("dropped %d reply=%d\n" % (cmd, fields[2]))
                        continue
                    if flags & REPLY and cmd == pending["garble"]:
                        pending["garble"] = None
                        data = bytearray(data)
                        data[16] ^= 0x40  # the command field: the header CRC no longer matches
                        data = bytes(data)
                        log.write("garbled %d\n" % cmd)
                write_all(host, data)


if __name__ == "__main__":
    sys.exit(main())
