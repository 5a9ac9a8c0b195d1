"""Turn the bytes of a text-like file into str and say which encoding they were in.

Chinese notices come as UTF-8 (with or without BOM), GBK/GB2312 (decoded as its
superset GB18030), UTF-16 from Windows tools, occasionally Big5, and sometimes as a
concatenation of UTF-8 and GBK pieces. Nothing is replaced silently: every
undecodable byte that is tolerated is reported in the notes.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache

import charset_normalizer

from ingest.errors import SourceError

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Detectors and <meta charset> name the GB family in many ways; GB18030 decodes all of them.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "ms936", "x-gbk"}
# Share of undecodable characters above which the file is called undecodable, not repaired.
_MAX_REPLACED = 0.02
# GB18030 readings this plausible are taken without asking the detector, which is
# unreliable on short texts (it calls "一、" Johab); Big5 read as GB scores about 0.35.
_SURELY_GB = 0.9
# Share of control characters (other than tab, newline, form feed…) that marks binary data.
_MAX_CONTROL = 0.05
# The control characters (Unicode category Cc) other than tab, newline, \v, \f and \r.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s")  # the same characters as str.isspace


@dataclass
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a text file's bytes; raises SourceError naming `name`."""
    decoded = decode_text(data, name)
    return decoded.text, decoded.encoding


def decode_text(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """Decode `data` with its BOM, else strict UTF-8, else `declared` (an HTML/XML charset),
    else line by line (UTF-8/GB18030 mixtures), else charset detection.

    Line endings come back as "\\n". Raises SourceError for empty, binary or undecodable data.
    """
    if not data:
        raise SourceError(name, "empty file (0 bytes)")
    decoded = _decode(data, name, declared)
    if declared and not data.isascii() and normalise_encoding(declared) not in (decoded.encoding, decoded.encoding.removesuffix("-sig")):
        decoded.notes.insert(0, f"declared charset {declared!r} does not match the bytes; read as {decoded.encoding}")
    decoded.text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    _check_is_text(decoded.text, name)
    return decoded


def normalise_encoding(label: str) -> str:
    """Python's canonical codec name ("utf_16_le" -> "utf-16-le"), with the GB family as gb18030."""
    try:
        canonical = codecs.lookup(label).name
    except LookupError:
        return label.lower()
    return "gb18030" if canonical in _GB_FAMILY or label.lower() in _GB_FAMILY else canonical


def _decode(data: bytes, name: str, declared: str | None) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as e:
                raise SourceError(name, f"starts with a {encoding} byte-order mark but is not valid {encoding} ({e.reason} at byte {e.start})") from e
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        return _decode_wide(data, name)
    if declared:
        encoding = normalise_encoding(declared)
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return _decode_chinese_or_detect(data, name)


def _decode_wide(data: bytes, name: str) -> Decoded:
    """NUL bytes are either UTF-16/32 without a BOM or binary data."""
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding.startswith(("utf_16", "utf_32")):
        encoding = normalise_encoding(best.encoding)
        return Decoded(str(best), encoding, [f"no byte-order mark; detected {encoding}"])
    raise SourceError(name, "contains NUL bytes: binary data, not text")


def _decode_chinese_or_detect(data: bytes, name: str) -> Decoded:
    """UTF-8/GB18030 line by line (mixtures, a few broken bytes), else what the detector finds."""
    lines = data.split(b"\n")
    choices = [_decode_line(line) for line in lines]
    used = {enc for enc, _ in choices if enc}
    bad = [i for i, (enc, _) in enumerate(choices) if enc is None]
    if used != {"utf-8"} and not (used == {"gb18030"} and not bad and _plausibility(data.decode("gb18030")) >= _SURELY_GB):
        detected = _detect_non_gb(data)
        if detected is not None:
            return detected
    if not used:
        raise SourceError(name, "not decodable as text (tried UTF-8, GB18030 and charset detection)")
    if len(used) == 1:
        encoding = used.pop()
        notes: list[str] = []
        text = data.decode(encoding, errors="replace")
    else:
        # Pieces of UTF-8 and GBK pasted together: decode each line on its own.
        counts = {enc: sum(1 for e, _ in choices if e == enc) for enc in ("utf-8", "gb18030")}
        majority = max(counts, key=counts.get)
        text = "\n".join(t if enc is not None else lines[i].decode(majority, errors="replace") for i, (enc, t) in enumerate(choices))
        encoding = "mixed(utf-8,gb18030)"
        notes = [f"mixed encodings: decoded line by line, {counts['utf-8']} lines as utf-8 and {counts['gb18030']} as gb18030"]
    if bad:
        replaced = text.count("\ufffd") - sum(t.count("\ufffd") for enc, t in choices if enc is not None)
        if replaced > _MAX_REPLACED * len(text):
            raise SourceError(name, f"mostly undecodable: {replaced} of {len(text)} characters are not valid {encoding}")
        shown = ", ".join(str(i + 1) for i in bad[:10]) + (" …" if len(bad) > 10 else "")
        notes.append(f"replaced {replaced} undecodable byte sequences with U+FFFD on lines {shown}")
    return Decoded(text, encoding, notes)


def _detect_non_gb(data: bytes) -> Decoded | None:
    """Big5, a single-byte code page…: what the detector finds, unless GB18030 is among its
    best guesses (short texts fit several CJK encodings equally well; GB is this genre's)."""
    # Without NUL bytes the data is not UTF-16/32, whatever the detector says.
    matches = [m for m in charset_normalizer.from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    best = [m for m in matches if m.chaos <= least]
    if any(normalise_encoding(m.encoding) == "gb18030" for m in best):
        return None
    return Decoded(str(best[0]), normalise_encoding(best[0].encoding))


def _decode_line(line: bytes) -> tuple[str | None, str]:
    """The encoding (utf-8 or gb18030) that decodes one line, and its text; (None, "") if neither.

    ASCII lines report no encoding: they say nothing about which one the file uses. A line
    valid in both is read the way that yields more common Chinese text, since short GBK lines
    can happen to be valid UTF-8 and vice versa.
    """
    if line.isascii():
        return "", line.decode("ascii")
    readings = []
    for encoding in ("utf-8", "gb18030"):
        try:
            readings.append((encoding, line.decode(encoding)))
        except UnicodeDecodeError:
            continue
    if not readings:
        return None, ""
    return max(readings, key=lambda r: _plausibility(r[1]))


def _plausibility(text: str) -> float:
    """Share of characters that are ASCII, GB2312 symbols or level-1 (most frequent) hanzi.

    Mojibake of UTF-8 read as GBK, or of GBK read as UTF-8, is mostly rare hanzi or
    Latin/Cyrillic letters, so the right reading scores higher.
    """
    return sum(1 for c in text if _is_common(c)) / max(len(text), 1)


@lru_cache(maxsize=8192)
def _is_common(char: str) -> bool:
    if char.isascii() or "\u2000" <= char <= "\u206f" or "\u3000" <= char <= "\u303f" or "\uff01" <= char <= "\uff5e":
        return True  # punctuation, CJK symbols, full-width ASCII
    try:
        lead = char.encode("gb2312")[0]
    except UnicodeEncodeError:
        return False
    # GB2312 rows 0xA1-0xA3 are punctuation, numerals and full-width ASCII, 0xB0-0xD7 the
    # 3755 level-1 hanzi; kana, Greek, Cyrillic and box drawing (0xA4-0xA9) are rare in notices.
    return 0xA1 <= lead <= 0xA3 or 0xB0 <= lead <= 0xD7


def _check_is_text(text: str, name: str) -> None:
    if "\x00" in text:
        raise SourceError(name, "contains NUL characters: binary data, not text")
    if not text.strip():
        raise SourceError(name, "empty file (only whitespace)")
    controls = len(_CONTROLS.findall(text))
    if not controls:
        return  # the common case: no need to count the visible characters
    visible = len(text) - len(_SPACE.findall(text))
    if controls > _MAX_CONTROL * visible:
        raise SourceError(name, f"{controls} control characters in {visible} visible ones: binary data, not text")
