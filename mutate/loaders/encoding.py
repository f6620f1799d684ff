"""Bytes -> text, keeping every character the file holds (only a BOM is dropped).

The order matters and each step is there for a measured reason:

1. a byte-order mark names the encoding outright (UTF-8, UTF-16, UTF-32);
2. strict UTF-8: nearly every file today, and a legacy file almost never passes it;
3. UTF-16 without a BOM, by where its zero bytes fall (charset-normalizer misses
   short ones);
4. charset-normalizer for the rest (UTF-16 without a BOM, cp1252, cp1251, Shift-JIS);
   on an English cp1252 article it ties cp1250 with cp1252 and may pick cp1250 ("£"
   becomes "Ł"), so cp1252 wins any tie it is part of;
5. nothing fits (random bytes, an image without a known signature): an error, never
   a guess with replacement characters, so no offset points at an invented character.

Decoding happens once per file; the rest of the pipeline sees ``str`` only.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls a text file does not hold (all but \t \n \v \f \r and \x1a): they mark binary data.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f]")
_WIDE = ("utf_16", "utf_32")
_LATIN = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9",
                    "iso8859_13", "iso8859_15", "mac_latin2", "mac_roman", "cp775", "cp850", "cp852"})


def decode(data: bytes, path: str | None = None) -> str:
    """Bytes -> text: BOM first, then strict UTF-8, then charset-normalizer.

    >>> decode("caf\\u00e9 \\u00a3430m".encode("cp1252"))
    'café £430m'
    >>> decode(b"\\xef\\xbb\\xbfone")
    'one'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(encoding), path)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {encoding} despite its byte-order mark ({exc.reason})", path) from None
    if b"\x00" not in data:
        try:
            return _checked(data.decode("utf-8"), path)
        except UnicodeDecodeError:
            pass
    return _checked(_detect(data, path), path)


def _detect(data: bytes, path: str | None) -> str:
    wide = _utf16_by_zeros(data)
    if wide is not None:
        return wide
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        if b"\x00" in data:
            raise InputError("binary file (contains NUL bytes), not text", path)
        raise InputError("cannot decode: not UTF-8, and no other text encoding fits its bytes", path)
    best = matches[0]
    if b"\x00" in data and not best.encoding.startswith(_WIDE):
        raise InputError("binary file (contains NUL bytes), not text", path)
    # A Latin code page that reads the bytes as cleanly as cp1252 loses to it: only its
    # letter statistics differ, and English news is what mutate mostly reads.
    # A short text ties everywhere (every code page reads "café" cleanly): cp1252 too.
    tie = any(m.encoding == "cp1252" and m.chaos <= best.chaos
              and (best.encoding in _LATIN or m.coherence >= best.coherence) for m in matches)
    encoding = "cp1252" if tie else best.encoding
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:  # cp1252 tied but leaves one of these bytes undefined
        return data.decode(best.encoding)


def _utf16_by_zeros(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by where its zero bytes fall.

    Text in a Latin script has a zero byte in nearly every other position: odd for
    little-endian, even for big-endian (an emoji's surrogates add a few on the other
    side). charset-normalizer finds no encoding at all for a short, repetitive text of
    this kind, so the zeros are counted first. Binary data has zeros on both sides, so
    a zero character or another control code in the decoded text rules it out.

    >>> _utf16_by_zeros("Putin.\\nPutin.\\n\N{GRINNING FACE}\\n".encode("utf-16-le"))
    'Putin.\\nPutin.\\n😀\\n'
    >>> _utf16_by_zeros("\N{GRINNING FACE}.\\n".encode("utf-16-le"))
    '😀.\\n'
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= half * 0.3 and zeros > other:  # a surrogate or U+0100 has a zero too
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return None if _CONTROLS.search(text) else text
    return None


def _checked(text: str, path: str | None) -> str:
    """Reject text whose characters say it is binary data decoded by luck."""
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise InputError("binary file (control characters), not text", path)
    return text
