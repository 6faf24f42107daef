"""A text page's characters, one per pdfium character index, read in one call where that is safe.

pdfium's per-character calls cost about a microsecond each through ctypes, and a page has a
thousand characters or more: asking FPDFText_GetUnicode for each was a fifth of reading a text
document (bench/readstages). FPDFText_GetText gives the whole page's text in one call, one UTF-16
unit per character index as pdfium stores them (a character beyond the BMP is two indexes, a
surrogate each, in both calls). Where its length is not the character count the per-character
path is taken, and every character outside printable ASCII (line breaks, ligatures, accents,
surrogates, private-use code points) is read again per character, so the two paths agree by
construction wherever pdfium might normalise.

The per-character calls that remain (boxes, font sizes, text objects) go through prototypes
taking plain integers: pypdfium2's typed bindings convert every argument, which costs a third
of the call.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2.raw as raw

# a character index's code point as the word builder reads it: "\x00" (a word break) for none
_NONE = "\x00"
# anything but printable ASCII is read again per character
_RECHECK = re.compile(r"[^\x20-\x7e]")


def proto(fn: object, restype: object, *argtypes: object):
    """`fn` (a pypdfium2 binding) called through a prototype of plain ctypes types."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def bare(fn: object, restype: object):
    """`fn` called with no argument conversion at all: a third less again than `proto` per call.

    Each argument must already be what C is given: a ctypes pointer object (`c_void_p`, made once
    and reused) or a Python int that fits a C int. A plain int passed for a pointer would be cut
    to 32 bits, so this is kept to the calls `_words` makes once a character or a word.
    """
    address = ctypes.cast(fn, ctypes.c_void_p).value
    call = ctypes.CFUNCTYPE(restype)(address)
    call.argtypes = None  # no prototype: ctypes passes the arguments as they come
    return call


_P, _I = ctypes.c_void_p, ctypes.c_int
loose_char_box = proto(raw.FPDFText_GetLooseCharBox, ctypes.c_int, _P, _I, _P)
# the same calls unconverted (`bare`): the textpage and the FS_RECTF pointer as c_void_p, the index an int
loose_char_box_bare = bare(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
font_size_bare = bare(raw.FPDFText_GetFontSize, ctypes.c_double)
text_object_bare = bare(raw.FPDFText_GetTextObject, _P)
font_size = proto(raw.FPDFText_GetFontSize, ctypes.c_double, _P, _I)
text_object = proto(raw.FPDFText_GetTextObject, _P, _P, _I)  # the object's address as an int, None for none
text_object_font = proto(raw.FPDFTextObj_GetFont, _P, _P)
font_weight = proto(raw.FPDFFont_GetWeight, ctypes.c_int, _P)
font_base_name = proto(raw.FPDFFont_GetBaseFontName, ctypes.c_ulong, _P, ctypes.c_char_p, ctypes.c_ulong)
_get_unicode = proto(raw.FPDFText_GetUnicode, ctypes.c_uint, _P, _I)
_get_text = proto(raw.FPDFText_GetText, ctypes.c_int, _P, _I, _I, _P)


def address(handle: object) -> int:
    """A pypdfium2 handle (a typed pointer) as the integer the prototypes take."""
    value = ctypes.cast(handle, ctypes.c_void_p).value
    assert value, "a NULL pdfium handle"
    return value


def page_chars(textpage: int, n: int, whole: bool = True) -> str:
    """The page's `n` characters, one per index (`whole=False`: read one by one, as the check does)."""
    if whole:
        text = _whole_text(textpage, n)
        if text is not None:
            return text
    return "".join([_char(textpage, i) for i in range(n)])


def _char(textpage: int, i: int) -> str:
    code = _get_unicode(textpage, i)
    return chr(code) if 0 < code < 0x110000 else _NONE


def _whole_text(textpage: int, n: int) -> str | None:
    """The page's text from one FPDFText_GetText call, or None where it does not align with the indexes."""
    buf = (ctypes.c_uint16 * (n + 1))()
    written = _get_text(textpage, 0, n, ctypes.addressof(buf))
    if written != n + 1:  # the count includes the terminating NUL
        return None
    # unit by unit, not decoded as UTF-16: a surrogate pair stays two characters, as its two indexes are
    text = "".join(map(chr, buf[:n]))
    if _RECHECK.search(text) is None:
        return text
    chars = list(text)
    for match in _RECHECK.finditer(text):
        i = match.start()
        chars[i] = _char(textpage, i)
    return "".join(chars)
