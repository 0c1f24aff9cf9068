#!/usr/bin/env python3
"""reggen: generate K210 register constants from the JSON register specs.

Reads firmware/native/regs/*.regs.json and firmware/native/regs/memory_map.json
and writes, into firmware/native/regs/generated/:

  * one C11 header per JSON file (constants only, no bitfields);
  * one C# file per register block / payload / memory map (NfK210.Registers);
  * REGISTERS.md, a markdown table per block.

Usage:
  python3 tools/reggen/reggen.py            regenerate (writes only changed files)
  python3 tools/reggen/reggen.py --check    exit 1 and list the files that differ

The JSON format is described in firmware/native/regs/README.md. Python 3
standard library only; the output depends on nothing but the JSON files.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

FORMAT = "nfk210-regs/1"
ACCESS_MODES = ("rw", "ro", "wo", "w1c")
GENERATOR = "tools/reggen/reggen.py"
DEFINE_COLUMN = 56
WRAP = 100

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_REL = "firmware/native/regs"
DEFAULT_SPEC_DIR = REPO_ROOT / SPEC_REL

NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ENUM_VALUE_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
C_NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
CS_NAME_RE = re.compile(r"^[A-Z][A-Za-z0-9]*$")
CITATION_RE = re.compile(r"\[([A-Za-z][A-Za-z0-9_-]*)(?:[ \t][^\]]*)?\]")
ENCODINGS = ("count-1",)


class SpecError(Exception):
    """A register spec is malformed or inconsistent."""


# --------------------------------------------------------------------------
# Model


@dataclass
class Field:
    name: str
    lo: int
    width: int
    description: str
    source: str
    access: str = ""
    reset: int = 0
    enum: str = ""
    signed: bool = False
    encoding: str = ""

    @property
    def hi(self) -> int:
        return self.lo + self.width - 1

    @property
    def mask(self) -> int:
        return (1 << self.width) - 1

    def bits_text(self) -> str:
        return str(self.lo) if self.width == 1 else f"{self.hi}:{self.lo}"


@dataclass
class Register:
    name: str
    offset: int
    access: str
    reset: int
    description: str
    source: str
    fields: List[Field]


@dataclass
class EnumValue:
    name: str
    value: int
    description: str


@dataclass
class Enum:
    name: str
    description: str
    source: str
    values: List[EnumValue]


@dataclass
class ChannelGroup:
    c_prefix: str
    csharp_prefix: str
    count: int
    base_offset: int
    stride: int
    description: str
    source: str
    registers: List[Register]


@dataclass
class Instance:
    name: str
    base: int
    description: str
    source: str


@dataclass
class Block:
    path: str
    name: str
    c_prefix: str
    c_header: str
    csharp_class: str
    title: str
    description: str
    base: int
    width: int
    source: str
    reset_note: str
    sources: Dict[str, str]
    enums: List[Enum]
    registers: List[Register]
    channels: Optional[ChannelGroup]
    instances: List[Instance] = field(default_factory=list)

    def bases(self) -> List[int]:
        return [self.base] + [i.base for i in self.instances]

    def base_macro(self, base: int) -> str:
        for i in self.instances:
            if i.base == base:
                return f"{self.c_prefix}_{upper(i.name)}_BASE"
        return f"{self.c_prefix}_BASE"


@dataclass
class Word:
    index: int
    name: str
    description: str
    source: str
    fields: List[Field]


@dataclass
class Constant:
    name: str
    value: int
    description: str


@dataclass
class Payload:
    name: str
    c_prefix: str
    csharp_class: str
    title: str
    description: str
    word_width: int
    word_count: int
    source: str
    words: List[Word]
    constants: List[Constant]


@dataclass
class PayloadFile:
    path: str
    c_header: str
    title: str
    description: str
    sources: Dict[str, str]
    payloads: List[Payload]


@dataclass
class Region:
    name: str
    c_name: str
    base: int
    size: int
    uncached_base: Optional[int]
    description: str
    source: str


@dataclass
class MapConstant:
    c_name: str
    value: int
    description: str
    source: str


@dataclass
class Peripheral:
    name: str
    base: int
    size: Optional[int]
    regs: str
    description: str
    source: str


@dataclass
class MemoryMap:
    path: str
    c_header: str
    csharp_class: str
    title: str
    description: str
    sources: Dict[str, str]
    regions: List[Region]
    constants: List[MapConstant]
    peripherals: List[Peripheral]


# --------------------------------------------------------------------------
# Loading and validation


def _no_duplicate_keys(pairs: List[Tuple[str, Any]]) -> Dict[str, Any]:
    result: Dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise SpecError(f"duplicate JSON key {key!r}")
        result[key] = value
    return result


def load_json(path: Path) -> Dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc}") from exc
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except (ValueError, SpecError) as exc:
        raise SpecError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path}: top level must be a JSON object")
    return data


class Ctx:
    """Carries the location for error messages and the citation table."""

    def __init__(self, where: str, sources: Dict[str, str]):
        self.where = where
        self.sources = sources

    def sub(self, part: str) -> "Ctx":
        return Ctx(f"{self.where}/{part}", self.sources)

    def fail(self, message: str) -> SpecError:
        return SpecError(f"{self.where}: {message}")


def take(ctx: Ctx, obj: Any, required: Tuple[str, ...], optional: Tuple[str, ...] = ()) -> Dict[str, Any]:
    if not isinstance(obj, dict):
        raise ctx.fail("expected a JSON object")
    unknown = sorted(set(obj) - set(required) - set(optional))
    if unknown:
        raise ctx.fail(f"unknown key(s) {', '.join(unknown)}")
    missing = [k for k in required if k not in obj]
    if missing:
        raise ctx.fail(f"missing key(s) {', '.join(missing)}")
    return obj


def text(ctx: Ctx, value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ctx.fail(f"{what} must be a non-empty string")
    if not value.isascii():
        raise ctx.fail(f"{what} must be ASCII (the text is copied into C and C# sources)")
    if "\n" in value:
        raise ctx.fail(f"{what} must be a single line")
    return value


def citation(ctx: Ctx, value: Any) -> str:
    src = text(ctx, value, "source")
    tags = CITATION_RE.findall(src)
    if not tags:
        raise ctx.fail(f"source {src!r} has no [TAG ...] citation")
    for tag in tags:
        if tag not in ctx.sources:
            raise ctx.fail(f"citation tag [{tag}] is not defined in the file's \"sources\"")
    return src


def integer(ctx: Ctx, value: Any, what: str) -> int:
    if isinstance(value, bool):
        raise ctx.fail(f"{what} must be an integer")
    if isinstance(value, int):
        result = value
    elif isinstance(value, str) and re.fullmatch(r"0[xX][0-9a-fA-F]+|[0-9]+", value):
        result = int(value, 0)
    else:
        raise ctx.fail(f"{what} must be an integer or a \"0x...\" string, got {value!r}")
    if result < 0:
        raise ctx.fail(f"{what} must not be negative")
    return result


def name_of(ctx: Ctx, value: Any, what: str = "name", pattern: re.Pattern = NAME_RE) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise ctx.fail(f"{what} {value!r} must match {pattern.pattern}")
    return value


def parse_bits(ctx: Ctx, value: Any, reg_width: int) -> Tuple[int, int]:
    if not isinstance(value, str):
        raise ctx.fail("bits must be a string \"hi:lo\"")
    match = re.fullmatch(r"(\d+):(\d+)", value)
    if not match:
        raise ctx.fail(f"bits {value!r} must be \"hi:lo\"")
    hi, lo = int(match.group(1)), int(match.group(2))
    if hi < lo:
        raise ctx.fail(f"bits {value!r}: hi < lo")
    if hi >= reg_width:
        raise ctx.fail(f"bits {value!r} exceed the {reg_width}-bit register")
    return lo, hi - lo + 1


def load_sources(ctx: Ctx, value: Any) -> Dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise ctx.fail("\"sources\" must be a non-empty object TAG -> description")
    for tag, desc in value.items():
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", tag):
            raise ctx.fail(f"bad source tag {tag!r}")
        text(ctx.sub(f"sources/{tag}"), desc, "source description")
    return dict(value)


def check_format(ctx: Ctx, data: Dict[str, Any], kind: str) -> None:
    if data.get("format") != FORMAT:
        raise ctx.fail(f"\"format\" must be {FORMAT!r}")
    if data.get("kind") != kind:
        raise ctx.fail(f"\"kind\" must be {kind!r}")


def load_fields(ctx: Ctx, raw: Any, reg_width: int, reg_access: Optional[str],
                enums: Dict[str, Enum], payload: bool) -> List[Field]:
    if not isinstance(raw, list) or not raw:
        raise ctx.fail("fields must be a non-empty list")
    fields: List[Field] = []
    used = 0
    names = set()
    for i, item in enumerate(raw):
        fctx = ctx.sub(f"fields[{i}]")
        if payload:
            obj = take(fctx, item, ("name", "bits", "description", "source"),
                       ("signed", "encoding"))
        else:
            obj = take(fctx, item, ("name", "bits", "description", "source"),
                       ("access", "reset", "enum", "encoding"))
        name = name_of(fctx, obj["name"])
        fctx = ctx.sub(name)
        if name in names:
            raise fctx.fail("duplicate field name")
        names.add(name)
        lo, width = parse_bits(fctx, obj["bits"], reg_width)
        f = Field(name=name, lo=lo, width=width,
                  description=text(fctx, obj["description"], "description"),
                  source=citation(fctx, obj["source"]))
        bits = f.mask << lo
        if fields and lo < fields[-1].lo:
            raise fctx.fail("fields must be listed from the lowest bit up")
        if used & bits:
            raise fctx.fail(f"bits {obj['bits']} overlap another field")
        used |= bits
        if "encoding" in obj:
            if obj["encoding"] not in ENCODINGS:
                raise fctx.fail(f"encoding must be one of {', '.join(ENCODINGS)}")
            f.encoding = obj["encoding"]
        if payload:
            signed = obj.get("signed", False)
            if not isinstance(signed, bool):
                raise fctx.fail("signed must be true or false")
            if signed and width < 2:
                raise fctx.fail("a signed field needs at least 2 bits")
            f.signed = signed
        else:
            assert reg_access is not None
            access = obj.get("access", reg_access)
            if access not in ACCESS_MODES:
                raise fctx.fail(f"access must be one of {', '.join(ACCESS_MODES)}")
            if reg_access == "ro" and access != "ro":
                raise fctx.fail("a field of a read-only register must be ro")
            f.access = access
            f.reset = integer(fctx, obj.get("reset", 0), "reset")
            if f.reset > f.mask:
                raise fctx.fail(f"reset 0x{f.reset:X} does not fit in {width} bits")
            if "enum" in obj:
                enum_name = name_of(fctx, obj["enum"], "enum")
                if enum_name not in enums:
                    raise fctx.fail(f"unknown enum {enum_name!r}")
                largest = max(v.value for v in enums[enum_name].values)
                if largest > f.mask:
                    raise fctx.fail(f"enum {enum_name} value {largest} does not fit in {width} bits")
                f.enum = enum_name
        fields.append(f)
    return fields


def load_registers(ctx: Ctx, raw: Any, width: int, enums: Dict[str, Enum],
                   limit: Optional[int]) -> List[Register]:
    if not isinstance(raw, list) or not raw:
        raise ctx.fail("registers must be a non-empty list")
    by_name: Dict[str, Dict[str, Any]] = {}
    registers: List[Register] = []
    offsets: Dict[int, str] = {}
    for i, item in enumerate(raw):
        rctx = ctx.sub(f"registers[{i}]")
        obj = take(rctx, item, ("name", "offset", "access", "reset", "description", "source"),
                   ("fields", "fields_from"))
        name = name_of(rctx, obj["name"])
        rctx = ctx.sub(name)
        if name in by_name:
            raise rctx.fail("duplicate register name")
        by_name[name] = obj
        offset = integer(rctx, obj["offset"], "offset")
        if offset % (width // 8):
            raise rctx.fail(f"offset 0x{offset:X} is not aligned to {width // 8} bytes")
        if limit is not None and offset + width // 8 > limit:
            raise rctx.fail(f"offset 0x{offset:X} lies outside the 0x{limit:X}-byte window")
        if offset in offsets:
            raise rctx.fail(f"offset 0x{offset:X} already used by {offsets[offset]}")
        if offsets and offset < max(offsets):
            raise rctx.fail("registers must be listed in ascending offset order")
        offsets[offset] = name
        access = obj["access"]
        if access not in ACCESS_MODES:
            raise rctx.fail(f"access must be one of {', '.join(ACCESS_MODES)}")
        reset = integer(rctx, obj["reset"], "reset")
        if reset >> width:
            raise rctx.fail(f"reset 0x{reset:X} does not fit in {width} bits")
        if "fields" in obj and "fields_from" in obj:
            raise rctx.fail("give either fields or fields_from, not both")
        raw_fields = obj.get("fields")
        if "fields_from" in obj:
            other = obj["fields_from"]
            if other not in by_name or "fields" not in by_name[other]:
                raise rctx.fail(f"fields_from {other!r} must name an earlier register that lists fields")
            raw_fields = copy.deepcopy(by_name[other]["fields"])
        fields: List[Field] = []
        if raw_fields is not None:
            fields = load_fields(rctx, raw_fields, width, access, enums, payload=False)
            composed = 0
            for f in fields:
                composed |= f.reset << f.lo
            if composed != reset:
                raise rctx.fail(f"reset 0x{reset:X} disagrees with the field resets (0x{composed:X})")
        registers.append(Register(name=name, offset=offset, access=access, reset=reset,
                                  description=text(rctx, obj["description"], "description"),
                                  source=citation(rctx, obj["source"]), fields=fields))
    return registers


def load_enums(ctx: Ctx, raw: Any) -> Dict[str, Enum]:
    enums: Dict[str, Enum] = {}
    if raw is None:
        return enums
    if not isinstance(raw, list):
        raise ctx.fail("enums must be a list")
    for i, item in enumerate(raw):
        ectx = ctx.sub(f"enums[{i}]")
        obj = take(ectx, item, ("name", "description", "source", "values"))
        name = name_of(ectx, obj["name"])
        ectx = ctx.sub(f"enums/{name}")
        if name in enums:
            raise ectx.fail("duplicate enum name")
        values: List[EnumValue] = []
        seen_names, seen_values = set(), set()
        if not isinstance(obj["values"], list) or not obj["values"]:
            raise ectx.fail("values must be a non-empty list")
        for j, v in enumerate(obj["values"]):
            vctx = ectx.sub(f"values[{j}]")
            vobj = take(vctx, v, ("name", "value", "description"))
            vname = name_of(vctx, vobj["name"], "value name", ENUM_VALUE_RE)
            value = integer(vctx, vobj["value"], "value")
            if vname in seen_names or value in seen_values:
                raise vctx.fail(f"duplicate enum value {vname}={value}")
            seen_names.add(vname)
            seen_values.add(value)
            values.append(EnumValue(vname, value, text(vctx, vobj["description"], "description")))
        enums[name] = Enum(name, text(ectx, obj["description"], "description"),
                           citation(ectx, obj["source"]), values)
    return enums


def load_block(path: Path, rel: str) -> Block:
    data = load_json(path)
    top = Ctx(rel, {})
    check_format(top, data, "register_block")
    take(top, data, ("format", "kind", "name", "c_prefix", "c_header", "csharp_class", "title",
                     "description", "base", "width", "source", "sources", "registers"),
         ("reset_note", "enums", "channels", "instances"))
    ctx = Ctx(rel, load_sources(top, data["sources"]))
    width = integer(ctx, data["width"], "width")
    if width not in (32, 64):
        raise ctx.fail("width must be 32 or 64")
    enums = load_enums(ctx, data.get("enums"))
    channels = None
    common_limit = None
    if "channels" in data:
        cctx = ctx.sub("channels")
        ch = take(cctx, data["channels"], ("c_prefix", "csharp_prefix", "count", "base_offset",
                                           "stride", "description", "source", "registers"))
        stride = integer(cctx, ch["stride"], "stride")
        base_offset = integer(cctx, ch["base_offset"], "base_offset")
        count = integer(cctx, ch["count"], "count")
        if count < 1 or stride < width // 8:
            raise cctx.fail("count must be >= 1 and stride at least one register")
        channels = ChannelGroup(
            c_prefix=name_of(cctx, ch["c_prefix"], "c_prefix", C_NAME_RE),
            csharp_prefix=name_of(cctx, ch["csharp_prefix"], "csharp_prefix", CS_NAME_RE),
            count=count, base_offset=base_offset, stride=stride,
            description=text(cctx, ch["description"], "description"),
            source=citation(cctx, ch["source"]),
            registers=load_registers(cctx, ch["registers"], width, enums, stride))
        common_limit = base_offset
    block = Block(
        path=rel,
        name=name_of(ctx, data["name"]),
        c_prefix=name_of(ctx, data["c_prefix"], "c_prefix", C_NAME_RE),
        c_header=header_name(ctx, data["c_header"]),
        csharp_class=name_of(ctx, data["csharp_class"], "csharp_class", CS_NAME_RE),
        title=text(ctx, data["title"], "title"),
        description=text(ctx, data["description"], "description"),
        base=integer(ctx, data["base"], "base"),
        width=width,
        source=citation(ctx, data["source"]),
        reset_note=text(ctx, data["reset_note"], "reset_note") if "reset_note" in data else "",
        sources=ctx.sources,
        enums=list(enums.values()),
        registers=load_registers(ctx, data["registers"], width, enums, common_limit),
        channels=channels,
        instances=load_instances(ctx, data.get("instances")))
    return block


def load_instances(ctx: Ctx, raw: Any) -> List[Instance]:
    """More blocks with the same register layout at other bases (SPI0 and SPI1)."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not raw:
        raise ctx.fail("instances must be a non-empty list")
    out: List[Instance] = []
    for i, item in enumerate(raw):
        ictx = ctx.sub(f"instances[{i}]")
        obj = take(ictx, item, ("name", "base", "description", "source"))
        name = name_of(ictx, obj["name"])
        if any(o.name == name for o in out):
            raise ictx.fail(f"duplicate instance {name}")
        out.append(Instance(name, integer(ictx, obj["base"], "base"),
                            text(ictx, obj["description"], "description"), citation(ictx, obj["source"])))
    return out


def header_name(ctx: Ctx, value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9_]+\.h", value):
        raise ctx.fail(f"c_header {value!r} must look like name.h")
    return value


def load_payload_file(path: Path, rel: str) -> PayloadFile:
    data = load_json(path)
    top = Ctx(rel, {})
    check_format(top, data, "payloads")
    take(top, data, ("format", "kind", "c_header", "title", "description", "sources", "payloads"))
    ctx = Ctx(rel, load_sources(top, data["sources"]))
    payloads: List[Payload] = []
    if not isinstance(data["payloads"], list) or not data["payloads"]:
        raise ctx.fail("payloads must be a non-empty list")
    for i, item in enumerate(data["payloads"]):
        pctx = ctx.sub(f"payloads[{i}]")
        obj = take(pctx, item, ("name", "c_prefix", "csharp_class", "title", "description",
                                "word_width", "word_count", "source", "words"), ("constants",))
        pctx = ctx.sub(name_of(pctx, obj["name"]))
        word_width = integer(pctx, obj["word_width"], "word_width")
        if word_width not in (32, 64):
            raise pctx.fail("word_width must be 32 or 64")
        word_count = integer(pctx, obj["word_count"], "word_count")
        words: List[Word] = []
        if not isinstance(obj["words"], list) or len(obj["words"]) != word_count:
            raise pctx.fail(f"words must list exactly word_count ({word_count}) words")
        word_names = set()
        for j, w in enumerate(obj["words"]):
            wctx = pctx.sub(f"words[{j}]")
            wobj = take(wctx, w, ("index", "name", "description", "source", "fields"))
            index = integer(wctx, wobj["index"], "index")
            if index != j:
                raise wctx.fail(f"words must be listed in order; expected index {j}, got {index}")
            wname = name_of(wctx, wobj["name"])
            if wname in word_names:
                raise wctx.fail("duplicate word name")
            word_names.add(wname)
            wctx = pctx.sub(wname)
            words.append(Word(index, wname, text(wctx, wobj["description"], "description"),
                              citation(wctx, wobj["source"]),
                              load_fields(wctx, wobj["fields"], word_width, None, {}, payload=True)))
        constants: List[Constant] = []
        for j, c in enumerate(obj.get("constants", [])):
            cctx = pctx.sub(f"constants[{j}]")
            cobj = take(cctx, c, ("name", "value", "description"))
            constants.append(Constant(name_of(cctx, cobj["name"]), integer(cctx, cobj["value"], "value"),
                                      text(cctx, cobj["description"], "description")))
        payloads.append(Payload(
            name=obj["name"],
            c_prefix=name_of(pctx, obj["c_prefix"], "c_prefix", C_NAME_RE),
            csharp_class=name_of(pctx, obj["csharp_class"], "csharp_class", CS_NAME_RE),
            title=text(pctx, obj["title"], "title"),
            description=text(pctx, obj["description"], "description"),
            word_width=word_width, word_count=word_count,
            source=citation(pctx, obj["source"]), words=words, constants=constants))
    return PayloadFile(rel, header_name(ctx, data["c_header"]), text(ctx, data["title"], "title"),
                       text(ctx, data["description"], "description"), ctx.sources, payloads)


def load_memory_map(path: Path, rel: str) -> MemoryMap:
    data = load_json(path)
    top = Ctx(rel, {})
    check_format(top, data, "memory_map")
    take(top, data, ("format", "kind", "c_header", "csharp_class", "title", "description",
                     "sources", "regions"), ("constants", "peripherals"))
    ctx = Ctx(rel, load_sources(top, data["sources"]))
    regions: List[Region] = []
    for i, item in enumerate(data["regions"]):
        rctx = ctx.sub(f"regions[{i}]")
        obj = take(rctx, item, ("name", "c_name", "base", "size", "description", "source"),
                   ("uncached_base",))
        regions.append(Region(
            name=name_of(rctx, obj["name"]),
            c_name=name_of(rctx, obj["c_name"], "c_name", C_NAME_RE),
            base=integer(rctx, obj["base"], "base"), size=integer(rctx, obj["size"], "size"),
            uncached_base=integer(rctx, obj["uncached_base"], "uncached_base") if "uncached_base" in obj else None,
            description=text(rctx, obj["description"], "description"),
            source=citation(rctx, obj["source"])))
    constants: List[MapConstant] = []
    for i, item in enumerate(data.get("constants", [])):
        cctx = ctx.sub(f"constants[{i}]")
        obj = take(cctx, item, ("c_name", "value", "description", "source"))
        constants.append(MapConstant(name_of(cctx, obj["c_name"], "c_name", C_NAME_RE),
                                     integer(cctx, obj["value"], "value"),
                                     text(cctx, obj["description"], "description"),
                                     citation(cctx, obj["source"])))
    peripherals: List[Peripheral] = []
    for i, item in enumerate(data.get("peripherals", [])):
        pctx = ctx.sub(f"peripherals[{i}]")
        obj = take(pctx, item, ("name", "base", "regs", "description", "source"), ("size",))
        peripherals.append(Peripheral(
            name=name_of(pctx, obj["name"]), base=integer(pctx, obj["base"], "base"),
            size=integer(pctx, obj["size"], "size") if "size" in obj else None,
            regs=text(pctx, obj["regs"], "regs"),
            description=text(pctx, obj["description"], "description"),
            source=citation(pctx, obj["source"])))
    return MemoryMap(rel, header_name(ctx, data["c_header"]),
                     name_of(ctx, data["csharp_class"], "csharp_class", CS_NAME_RE),
                     text(ctx, data["title"], "title"), text(ctx, data["description"], "description"),
                     ctx.sources, regions, constants, peripherals)


@dataclass
class Specs:
    blocks: List[Block] = field(default_factory=list)
    payload_files: List[PayloadFile] = field(default_factory=list)
    memory_map: Optional[MemoryMap] = None


def load_specs(spec_dir: Path) -> Specs:
    specs = Specs()
    # Generated files name their source by its place in the repository, wherever --spec-dir
    # points, so that a copy of the specs generates byte-identical output.
    rel_base = SPEC_REL
    for path in sorted(spec_dir.glob("*.regs.json")):
        rel = f"{rel_base}/{path.name}"
        kind = load_json(path).get("kind")
        if kind == "register_block":
            specs.blocks.append(load_block(path, rel))
        elif kind == "payloads":
            specs.payload_files.append(load_payload_file(path, rel))
        else:
            raise SpecError(f"{rel}: unknown kind {kind!r}")
    map_path = spec_dir / "memory_map.json"
    if map_path.exists():
        specs.memory_map = load_memory_map(map_path, f"{rel_base}/memory_map.json")
    if not specs.blocks and not specs.payload_files:
        raise SpecError(f"{spec_dir}: no *.regs.json files")
    cross_check(specs)
    return specs


def cross_check(specs: Specs) -> None:
    headers: Dict[str, str] = {}
    classes: Dict[str, str] = {}
    items: List[Tuple[str, str, str]] = [(b.c_header, b.csharp_class, b.path) for b in specs.blocks]
    for pf in specs.payload_files:
        items += [(pf.c_header, p.csharp_class, pf.path) for p in pf.payloads]
    if specs.memory_map:
        items.append((specs.memory_map.c_header, specs.memory_map.csharp_class, specs.memory_map.path))
    for header, cls, path in items:
        if header in headers and headers[header] != path:
            raise SpecError(f"{path}: c_header {header} is also produced by {headers[header]}")
        headers[header] = path
        if cls in classes:
            raise SpecError(f"{path}: csharp_class {cls} is also produced by {classes[cls]}")
        classes[cls] = path
    if specs.memory_map:
        by_file = {Path(b.path).name: b for b in specs.blocks}
        for p in specs.memory_map.peripherals:
            block = by_file.get(p.regs)
            if block is None:
                raise SpecError(f"{specs.memory_map.path}: peripheral {p.name}: no register spec {p.regs}")
            if p.base not in block.bases():
                raise SpecError(f"{specs.memory_map.path}: peripheral {p.name} base 0x{p.base:X} "
                                f"disagrees with {block.path} base 0x{block.base:X}")


# --------------------------------------------------------------------------
# Shared formatting helpers


def c_comment_text(s: str) -> str:
    return s.replace("*/", "* /").replace("/*", "/ *")


def xml_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def hex_ull(value: int, digits: int = 1) -> str:
    return f"0x{value:0{digits}X}ull"


def hex_ul(value: int, digits: int = 1) -> str:
    return f"0x{value:0{digits}X}UL"


def hex_plain(value: int, digits: int = 1) -> str:
    return f"0x{value:0{digits}X}"


def upper(name: str) -> str:
    return name.upper()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def wrap(s: str, prefix: str, width: int = WRAP) -> List[str]:
    return textwrap.wrap(s, width=width, initial_indent=prefix, subsequent_indent=prefix,
                         break_long_words=False, break_on_hyphens=False) or [prefix.rstrip()]


class CWriter:
    """Collects #define lines and rejects a macro defined twice."""

    def __init__(self, registry: Dict[str, str], owner: str):
        self.lines: List[str] = []
        self.registry = registry
        self.owner = owner

    def define(self, name: str, value: str) -> None:
        base = name.split("(")[0]
        if base in self.registry:
            raise SpecError(f"macro {base} would be defined by both {self.registry[base]} and {self.owner}")
        self.registry[base] = self.owner
        self.lines.append(f"#define {name:<{DEFINE_COLUMN}} {value}".rstrip())

    def define_lines(self, name: str, body: List[str]) -> None:
        """A function-like macro whose body spans several lines."""
        self.define(name, "\\")
        for i, line in enumerate(body):
            self.lines.append(line + (" \\" if i + 1 < len(body) else ""))

    def comment(self, s: str) -> None:
        s = c_comment_text(s)
        if len(s) + 6 <= WRAP:
            self.lines.append(f"/* {s} */")
        else:
            self.lines.append("/*")
            self.lines.extend(wrap(s, " * ", WRAP))
            self.lines.append(" */")

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def raw(self, line: str) -> None:
        self.lines.append(line)


def c_file(header: str, title: str, source_path: str, sources: Dict[str, str],
           intro: List[str], body: List[str]) -> str:
    guard = header.upper().replace(".", "_") + "_"
    out = ["/*", f" * {header} -- {c_comment_text(title)}", " *",
           f" * GENERATED FILE - DO NOT EDIT. Source: {source_path}",
           f" * Regenerate with: python3 {GENERATOR}   (drift check: --check)", " *"]
    for line in intro:
        if not line:
            out.append(" *")
        elif line.startswith("  "):  # preformatted
            out.append(f" * {c_comment_text(line)}".rstrip())
        else:
            out.extend(wrap(c_comment_text(line), " * ", WRAP))
    out.append(" *")
    out.append(" * Sources cited below:")
    for tag in sorted(sources):
        out.extend(wrap(c_comment_text(f"[{tag}] {sources[tag]}"), " *   ", WRAP))
    out.append(" */")
    out += ["", f"#ifndef {guard}", f"#define {guard}", ""]
    while body and body[-1] == "":
        body = body[:-1]
    out += body
    out += ["", f"#endif /* {guard} */", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------
# C emitters


def emit_c_register(w: CWriter, prefix: str, reg: Register, enum_prefix: str) -> None:
    rp = f"{prefix}_{upper(reg.name)}"
    w.blank()
    w.comment(f"{reg.name} (offset {hex_plain(reg.offset, 2)}, {reg.access}, reset {hex_plain(reg.reset)}): "
              f"{reg.description} {reg.source}")
    w.define(f"{rp}_OFFSET", hex_ull(reg.offset, 2))
    w.define(f"{rp}_RESET", hex_ull(reg.reset))
    for f in reg.fields:
        note = f"[{f.bits_text()}] {f.name} ({f.access}, reset {hex_plain(f.reset)})"
        if f.encoding:
            note += f" [{f.encoding}]"
        note += f": {f.description}"
        if f.enum:
            note += f" Values: {enum_prefix}_{upper(f.enum)}_*."
        w.comment(note)
        fp = f"{rp}_{upper(f.name)}"
        w.define(f"{fp}_SHIFT", str(f.lo))
        w.define(f"{fp}_WIDTH", str(f.width))
        w.define(f"{fp}_MASK", hex_ull(f.mask))


def emit_c_reg_list(w: CWriter, name: str, regs: List[Register], what: str) -> None:
    w.blank()
    w.comment(f"X-macro table of the {what}: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the "
              f"tokens RW, RO, WO, W1C.")
    lines = [f"    X({upper(r.name)}, {hex_ull(r.offset, 2)}, {r.access.upper()}, {hex_ull(r.reset)})"
             for r in regs]
    w.define_lines(f"{name}(X)", lines)


def gen_c_block(block: Block, registry: Dict[str, str]) -> str:
    w = CWriter(registry, block.path)
    p = block.c_prefix
    w.comment(f"{block.title}. {block.description} {block.source}")
    w.define(f"{p}_BASE", hex_ull(block.base, 8))
    for inst in block.instances:
        w.comment(f"{inst.name}: {inst.description} {inst.source}")
        w.define(f"{p}_{upper(inst.name)}_BASE", hex_ull(inst.base, 8))
    w.define(f"{p}_REG_WIDTH", str(block.width))
    if block.reset_note:
        w.comment(f"Reset values: {block.reset_note}")
    for reg in block.registers:
        emit_c_register(w, p, reg, p)
    emit_c_reg_list(w, f"{p}_REG_LIST", block.registers, f"{block.name} registers")
    if block.channels:
        ch = block.channels
        w.blank()
        w.raw("/* ---- per-channel registers ---- */")
        w.comment(f"{ch.description} {ch.source}")
        w.define(f"{p}_CHANNEL_COUNT", str(ch.count))
        w.define(f"{ch.c_prefix}_BASE_OFFSET", hex_ull(ch.base_offset))
        w.define(f"{ch.c_prefix}_STRIDE", hex_ull(ch.stride))
        w.comment("Offset of channel ch's register window from the block base; add a "
                  f"{ch.c_prefix}_<REG>_OFFSET to it.")
        w.define(f"{ch.c_prefix}_WINDOW_OFFSET(ch)",
                 f"({ch.c_prefix}_BASE_OFFSET + (unsigned long long)(ch) * {ch.c_prefix}_STRIDE)")
        for reg in ch.registers:
            emit_c_register(w, ch.c_prefix, reg, p)
        emit_c_reg_list(w, f"{ch.c_prefix}_REG_LIST", ch.registers, "per-channel registers")
    for enum in block.enums:
        w.blank()
        w.comment(f"enum {enum.name}: {enum.description} {enum.source}")
        for v in enum.values:
            w.define(f"{p}_{upper(enum.name)}_{upper(v.name)}", f"{v.value:<4} /* {c_comment_text(v.description)} */")
    intro = [
        f"Naming (<P> = {block.c_prefix}): <P>_BASE; <P>_<REG>_OFFSET and _RESET; "
        "<P>_<REG>_<FIELD>_SHIFT, _WIDTH and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; "
        "offset, access and reset of every register in the X-macro <P>_REG_LIST(X). "
        "Read and write fields with the K210_FIELD_* helpers of k210_field.h.",
    ]
    if block.channels:
        intro.append(f"Per-channel registers: {block.c_prefix}_CHANNEL_COUNT channels, offsets relative to "
                     f"{block.channels.c_prefix}_WINDOW_OFFSET(ch), names {block.channels.c_prefix}_<REG>_*.")
    if block.enums:
        intro.append("")
        intro.append("Enums:")
        for enum in block.enums:
            names = ", ".join(upper(v.name) for v in enum.values)
            intro.extend(textwrap.wrap(f"{block.c_prefix}_{upper(enum.name)}_{{{names}}}", width=WRAP - 6,
                                       initial_indent="  ", subsequent_indent="      ",
                                       break_long_words=False, break_on_hyphens=False))
    return c_file(block.c_header, block.title, block.path, block.sources, intro, w.lines)


def gen_c_payloads(pf: PayloadFile, registry: Dict[str, str]) -> str:
    w = CWriter(registry, pf.path)
    for pl in pf.payloads:
        p = pl.c_prefix
        w.blank()
        w.raw(f"/* ==== {c_comment_text(pl.title)} ==== */")
        w.comment(f"{pl.description} {pl.source}")
        w.define(f"{p}_WORD_COUNT", str(pl.word_count))
        for c in pl.constants:
            w.define(f"{p}_{upper(c.name)}", f"{c.value:<6} /* {c_comment_text(c.description)} */")
        for word in pl.words:
            w.blank()
            w.comment(f"Word {word.index}: {word.name}. {word.description} {word.source}")
            w.define(f"{p}_WORD_{upper(word.name)}", str(word.index))
            for f in word.fields:
                note = f"[{f.bits_text()}] {f.name}"
                note += " (signed)" if f.signed else ""
                if f.encoding:
                    note += f" [{f.encoding}]"
                w.comment(note + f": {f.description}")
                fp = f"{p}_{upper(f.name)}"
                w.define(f"{fp}_WORD", str(word.index))
                w.define(f"{fp}_SHIFT", str(f.lo))
                w.define(f"{fp}_WIDTH", str(f.width))
                w.define(f"{fp}_MASK", hex_ull(f.mask))
                w.define(f"{fp}_SIGNED", "1" if f.signed else "0")
    intro = [pf.description, "",
             "Naming (<P> = " + ", ".join(pl.c_prefix for pl in pf.payloads) + "): <P>_WORD_COUNT; "
             "<P>_WORD_<WORDNAME> (word index); per field <P>_<FIELD>_WORD, _SHIFT, _WIDTH, _MASK "
             "(not shifted) and _SIGNED (1 = two's complement, decode with k210_sext). "
             "Read and write fields with K210_LAYER_GET / K210_LAYER_SET of k210_field.h."]
    return c_file(pf.c_header, pf.title, pf.path, pf.sources, intro, w.lines)


def gen_c_memory_map(mm: MemoryMap, registry: Dict[str, str], blocks: List[Block]) -> str:
    w = CWriter(registry, mm.path)
    for r in mm.regions:
        w.blank()
        w.comment(f"{r.name}: {r.description} {r.source}")
        w.define(f"{r.c_name}_BASE", hex_ull(r.base, 8))
        w.define(f"{r.c_name}_SIZE", hex_ull(r.size))
        if r.uncached_base is not None:
            w.define(f"{r.c_name}_UNCACHED_BASE", hex_ull(r.uncached_base, 8))
    if mm.constants:
        w.blank()
        for c in mm.constants:
            w.comment(f"{c.description} {c.source}")
            w.define(c.c_name, str(c.value))
    if mm.peripherals:
        w.blank()
        by_file = {Path(b.path).name: b for b in blocks}
        w.raw("/*")
        w.raw(" * Register blocks (bases are defined by the block headers, not here):")
        for p in mm.peripherals:
            b = by_file[p.regs]
            size = f", {p.size // (1024 * 1024)} MiB window" if p.size and p.size % (1024 * 1024) == 0 else (
                f", 0x{p.size:X}-byte window" if p.size else "")
            w.raw(f" *   {b.base_macro(p.base)} = {hex_plain(p.base, 8)}{size} ({b.c_header}) {c_comment_text(p.source)}")
        w.raw(" */")
    intro = [mm.description]
    return c_file(mm.c_header, mm.title, mm.path, mm.sources, intro, w.lines)


# --------------------------------------------------------------------------
# C# emitters


class CsWriter:
    def __init__(self, owner: str):
        self.lines: List[str] = []
        self.names: Dict[str, str] = {}
        self.owner = owner

    def const(self, type_: str, name: str, value: str, doc: str) -> None:
        if name in self.names:
            raise SpecError(f"{self.owner}: C# constant {name} would be defined twice")
        self.names[name] = type_
        if self.lines:
            self.lines.append("")
        self.lines.append(f"        /// <summary>{xml_text(doc)}</summary>")
        self.lines.append(f"        public const {type_} {name} = {value};")


def cs_file(cls: str, title: str, source_path: str, summary: str, body: List[str]) -> str:
    out = [f"// {cls}.g.cs -- {title}",
           f"// GENERATED FILE - DO NOT EDIT. Source: {source_path}",
           f"// Regenerate with: python3 {GENERATOR}",
           "",
           "namespace NfK210.Registers",
           "{",
           "    /// <summary>"]
    out += wrap(xml_text(summary), "    /// ", WRAP)
    out += ["    /// </summary>",
            f"    public static class {cls}",
            "    {"]
    out += body
    out += ["    }", "}", ""]
    return "\n".join(out)


def cs_register(w: CsWriter, prefix: str, reg: Register, where: str) -> None:
    rp = prefix + pascal(reg.name)
    w.const("ulong", f"{rp}Offset", hex_ul(reg.offset, 2),
            f"{where}{reg.name} offset ({reg.access}): {reg.description}")
    w.const("ulong", f"{rp}Reset", hex_ul(reg.reset), f"{where}{reg.name} reset value.")
    for f in reg.fields:
        fp = rp + pascal(f.name)
        desc = f"{reg.name}.{f.name} [{f.bits_text()}] ({f.access}): {f.description}"
        w.const("int", f"{fp}Shift", str(f.lo), f"Bit position of {desc}")
        w.const("int", f"{fp}Width", str(f.width), f"Width in bits of {reg.name}.{f.name}.")
        w.const("ulong", f"{fp}Mask", hex_ul(f.mask), f"Unshifted mask of {reg.name}.{f.name}.")


def gen_cs_block(block: Block) -> str:
    w = CsWriter(block.path)
    w.const("ulong", "Base", hex_ul(block.base, 8), f"Physical base address of the {block.name} block.")
    for inst in block.instances:
        w.const("ulong", f"{pascal(inst.name)}Base", hex_ul(inst.base, 8), f"{inst.name}: {inst.description}")
    w.const("int", "RegisterWidth", str(block.width), "Register width in bits.")
    for reg in block.registers:
        cs_register(w, "", reg, "")
    if block.channels:
        ch = block.channels
        cp = ch.csharp_prefix
        w.const("int", "ChannelCount", str(ch.count), "Number of channels.")
        w.const("ulong", f"{cp}BaseOffset", hex_ul(ch.base_offset), "Offset of channel 0's register window.")
        w.const("ulong", f"{cp}Stride", hex_ul(ch.stride), "Distance between two channel windows.")
        for reg in ch.registers:
            cs_register(w, cp, reg, "Per-channel register ")
    for enum in block.enums:
        for v in enum.values:
            w.const("ulong", pascal(enum.name) + pascal(v.name), str(v.value),
                    f"{enum.name} = {v.name}: {v.description}.")
    return cs_file(block.csharp_class, block.title, block.path,
                   f"{block.title}. {block.description} {block.source}", w.lines)


def gen_cs_payload(pf: PayloadFile, pl: Payload) -> str:
    w = CsWriter(pf.path)
    w.const("int", "WordCount", str(pl.word_count), "Number of words in the record.")
    w.const("int", "WordWidth", str(pl.word_width), "Word width in bits.")
    for c in pl.constants:
        w.const("int", pascal(c.name), str(c.value), c.description)
    for word in pl.words:
        w.const("int", "Word" + pascal(word.name), str(word.index), f"Index of word {word.name}: {word.description}")
    for word in pl.words:
        for f in word.fields:
            fp = pascal(f.name)
            desc = f"{f.name} (word {word.index}, bits {f.bits_text()}{', signed' if f.signed else ''}): {f.description}"
            w.const("int", f"{fp}Word", str(word.index), f"Word index of {desc}")
            w.const("int", f"{fp}Shift", str(f.lo), f"Bit position of {f.name} in its word.")
            w.const("int", f"{fp}Width", str(f.width), f"Width in bits of {f.name}.")
            w.const("ulong", f"{fp}Mask", hex_ul(f.mask), f"Unshifted mask of {f.name}.")
            w.const("bool", f"{fp}Signed", "true" if f.signed else "false",
                    f"True when {f.name} is two's complement.")
    return cs_file(pl.csharp_class, pl.title, pf.path, f"{pl.title}. {pl.description} {pl.source}", w.lines)


def gen_cs_memory_map(mm: MemoryMap) -> str:
    w = CsWriter(mm.path)
    for r in mm.regions:
        n = pascal(r.c_name.lower().removeprefix("k210_"))
        w.const("ulong", f"{n}Base", hex_ul(r.base, 8), f"{r.name}: {r.description}")
        w.const("ulong", f"{n}Size", hex_ul(r.size), f"Size in bytes of {r.name}.")
        if r.uncached_base is not None:
            w.const("ulong", f"{n}UncachedBase", hex_ul(r.uncached_base, 8), f"Non-cached alias of {r.name}.")
    for c in mm.constants:
        w.const("int", pascal(c.c_name.lower().removeprefix("k210_")), str(c.value), c.description)
    return cs_file(mm.csharp_class, mm.title, mm.path,
                   f"{mm.title}. {mm.description} Register block bases live in the block classes.", w.lines)


# --------------------------------------------------------------------------
# Markdown


def md_sources(sources: Dict[str, str]) -> List[str]:
    return ["Sources: " + "; ".join(f"[{t}] {md_text(sources[t])}" for t in sorted(sources)) + ".", ""]


def md_register_table(regs: List[Register], prefix: str) -> List[str]:
    out = ["| Offset | Register | Access | Reset | Description | Source |", "|---|---|---|---|---|---|"]
    for r in regs:
        out.append(f"| {hex_plain(r.offset, 2)} | `{r.name}` | {r.access} | {hex_plain(r.reset)} | "
                   f"{md_text(r.description)} | {md_text(r.source)} |")
    out.append("")
    for r in regs:
        if not r.fields:
            continue
        out.append(f"#### `{r.name}` (`{prefix}_{upper(r.name)}_*`)")
        out.append("")
        out.append("| Bits | Field | Access | Reset | Description | Source |")
        out.append("|---|---|---|---|---|---|")
        for f in sorted(r.fields, key=lambda x: x.lo):
            desc = f.description
            if f.encoding:
                desc += f" ({f.encoding})"
            if f.enum:
                desc += f" Enum `{f.enum}`."
            out.append(f"| {f.bits_text()} | `{f.name}` | {f.access} | {hex_plain(f.reset)} | "
                       f"{md_text(desc)} | {md_text(f.source)} |")
        out.append("")
    return out


def md_block(block: Block) -> List[str]:
    out = [f"## {block.title}", "",
           f"Spec `{block.path}`, header `{block.c_header}`, C# `{block.csharp_class}`. "
           f"Base {hex_plain(block.base, 8)} (`{block.c_prefix}_BASE`), {block.width}-bit registers." +
           "".join(f" Same layout at {hex_plain(i.base, 8)} ({i.name}, `{block.base_macro(i.base)}`)."
                   for i in block.instances), "",
           md_text(block.description) + " " + md_text(block.source), ""]
    if block.reset_note:
        out += [f"Reset values: {md_text(block.reset_note)}", ""]
    out += md_sources(block.sources)
    out += ["### Registers", ""]
    out += md_register_table(block.registers, block.c_prefix)
    if block.channels:
        ch = block.channels
        out += [f"### Channel registers ({ch.count} channels, window n at "
                f"{hex_plain(ch.base_offset)} + n x {hex_plain(ch.stride)})", "",
                md_text(ch.description) + " " + md_text(ch.source), ""]
        out += md_register_table(ch.registers, ch.c_prefix)
    if block.enums:
        out += ["### Enums", ""]
        for e in block.enums:
            out += [f"#### `{e.name}` (`{block.c_prefix}_{upper(e.name)}_*`)", "",
                    md_text(e.description) + " " + md_text(e.source), "",
                    "| Value | Name | Meaning |", "|---|---|---|"]
            out += [f"| {v.value} | `{v.name}` | {md_text(v.description)} |" for v in e.values]
            out.append("")
    return out


def md_payloads(pf: PayloadFile) -> List[str]:
    out: List[str] = []
    for pl in pf.payloads:
        out += [f"## {pl.title}", "",
                f"Spec `{pf.path}`, header `{pf.c_header}`, C# `{pl.csharp_class}`, macros `{pl.c_prefix}_*`. "
                f"{pl.word_count} x {pl.word_width}-bit word(s).", "",
                md_text(pl.description) + " " + md_text(pl.source), ""]
        out += md_sources(pf.sources)
        if pl.constants:
            out += ["| Constant | Value | Meaning |", "|---|---|---|"]
            out += [f"| `{pl.c_prefix}_{upper(c.name)}` | {c.value} | {md_text(c.description)} |"
                    for c in pl.constants]
            out.append("")
        out += ["| Word | Bits | Field | Type | Description | Source |", "|---|---|---|---|---|---|"]
        for word in pl.words:
            for f in word.fields:
                desc = f.description + (f" ({f.encoding})" if f.encoding else "")
                out.append(f"| {word.index} `{word.name}` | {f.bits_text()} | `{f.name}` | "
                           f"{'s' + str(f.width) if f.signed else 'u' + str(f.width)} | {md_text(desc)} | "
                           f"{md_text(f.source)} |")
        out.append("")
    return out


def md_memory_map(mm: MemoryMap, blocks: List[Block]) -> List[str]:
    out = [f"## {mm.title}", "", f"Spec `{mm.path}`, header `{mm.c_header}`, C# `{mm.csharp_class}`.", "",
           md_text(mm.description), ""]
    out += md_sources(mm.sources)
    out += ["| Name | Base | Size | Non-cached alias | Macros | Description | Source |",
            "|---|---|---|---|---|---|---|"]
    for r in mm.regions:
        alias = hex_plain(r.uncached_base, 8) if r.uncached_base is not None else ""
        out.append(f"| `{r.name}` | {hex_plain(r.base, 8)} | {hex_plain(r.size)} | {alias} | `{r.c_name}_*` | "
                   f"{md_text(r.description)} | {md_text(r.source)} |")
    by_file = {Path(b.path).name: b for b in blocks}
    for p in mm.peripherals:
        b = by_file[p.regs]
        size = hex_plain(p.size) if p.size else ""
        out.append(f"| `{p.name}` | {hex_plain(p.base, 8)} | {size} |  | `{b.base_macro(p.base)}` ({b.c_header}) | "
                   f"{md_text(p.description)} | {md_text(p.source)} |")
    out.append("")
    if mm.constants:
        out += ["| Constant | Value | Meaning |", "|---|---|---|"]
        out += [f"| `{c.c_name}` | {c.value} | {md_text(c.description)} |" for c in mm.constants]
        out.append("")
    return out


def gen_markdown(specs: Specs) -> str:
    out = ["# K210 registers", "",
           f"GENERATED FILE - DO NOT EDIT. Generated by `{GENERATOR}` from `firmware/native/regs/*.json`; "
           "see `firmware/native/regs/README.md`.", "",
           "Access: rw read/write, ro read-only, wo write-only, w1c write 1 to clear. "
           "Bit ranges are inclusive (hi:lo). Signed fields are two's complement.", ""]
    if specs.memory_map:
        out += md_memory_map(specs.memory_map, specs.blocks)
    for block in specs.blocks:
        out += md_block(block)
    for pf in specs.payload_files:
        out += md_payloads(pf)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Driver


def generate(specs: Specs) -> Dict[str, str]:
    outputs: Dict[str, str] = {}
    registry: Dict[str, str] = {}

    def put(name: str, content: str) -> None:
        if name in outputs:
            raise SpecError(f"output {name} would be written twice")
        outputs[name] = content

    for block in specs.blocks:
        put(block.c_header, gen_c_block(block, registry))
        put(f"{block.csharp_class}.g.cs", gen_cs_block(block))
    for pf in specs.payload_files:
        put(pf.c_header, gen_c_payloads(pf, registry))
        for pl in pf.payloads:
            put(f"{pl.csharp_class}.g.cs", gen_cs_payload(pf, pl))
    if specs.memory_map:
        put(specs.memory_map.c_header, gen_c_memory_map(specs.memory_map, registry, specs.blocks))
        put(f"{specs.memory_map.csharp_class}.g.cs", gen_cs_memory_map(specs.memory_map))
    put("REGISTERS.md", gen_markdown(specs))
    return dict(sorted(outputs.items()))


def is_generated_name(name: str) -> bool:
    return name.endswith(".h") or name.endswith(".g.cs") or name == "REGISTERS.md"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Generate K210 register constants from the JSON specs.")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if any generated file differs from the specs")
    parser.add_argument("--spec-dir", type=Path, default=DEFAULT_SPEC_DIR,
                        help="directory holding *.regs.json and memory_map.json (default: %(default)s)")
    parser.add_argument("--out-dir", type=Path, default=None,
                        help="output directory (default: <spec-dir>/generated)")
    args = parser.parse_args(argv)
    out_dir: Path = args.out_dir or (args.spec_dir / "generated")

    try:
        outputs = generate(load_specs(args.spec_dir))
    except SpecError as exc:
        print(f"reggen: error: {exc}", file=sys.stderr)
        return 2

    existing = {p.name for p in out_dir.glob("*") if p.is_file() and is_generated_name(p.name)} \
        if out_dir.is_dir() else set()
    changed = [n for n, c in outputs.items()
               if not (out_dir / n).is_file() or (out_dir / n).read_bytes() != c.encode("utf-8")]
    stale = sorted(existing - set(outputs))

    if args.check:
        if not changed and not stale:
            print(f"reggen: {len(outputs)} generated files in {out_dir} match the specs")
            return 0
        print(f"reggen: generated files in {out_dir} are out of date with the specs:", file=sys.stderr)
        for n in changed:
            state = "differs" if (out_dir / n).is_file() else "missing"
            print(f"  {state}: {n}", file=sys.stderr)
        for n in stale:
            print(f"  stale (no spec produces it): {n}", file=sys.stderr)
        print(f"reggen: run `python3 {GENERATOR}` and commit the result", file=sys.stderr)
        return 1

    out_dir.mkdir(parents=True, exist_ok=True)
    for n in changed:
        (out_dir / n).write_bytes(outputs[n].encode("utf-8"))
        print(f"reggen: wrote {n}")
    for n in stale:
        (out_dir / n).unlink()
        print(f"reggen: removed stale {n}")
    if not changed and not stale:
        print("reggen: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
