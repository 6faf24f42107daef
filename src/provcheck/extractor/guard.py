"""Resource caps checked before pdfium spends the memory (issue 6, Limits).

pdfium inflates a Flate stream whole and decodes an image to its declared size, with no cap of
its own: a 2 MB file whose page content inflates to 2 GiB is only stopped by the worker's memory
limit, as a crash. So, before the PDF is opened, every Flate stream in the file is inflated here
in bounded steps, counting bytes and keeping none, and the file is refused as soon as one passes
`Limits.max_stream_bytes`. Streams too short to reach the cap at deflate's ceiling ratio are not
inflated at all, so an ordinary document costs one pass over its bytes.

Not covered: streams of an encrypted PDF (their bytes are ciphertext until pdfium decrypts them),
filters other than Flate (LZW's ratio is bounded far lower; RunLength's at 128:1), and a bomb
spread over many streams that each stay under the cap. The worker's memory limit and the
per-document time limit (runner.py) remain the backstop for those.
"""

from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from provcheck.errors import DocumentFailure

# Deflate's ceiling: a 258-byte match coded in 2 bits. A stream shorter than cap / 1032**levels cannot reach the cap.
DEFLATE_MAX_RATIO = 1032
STEP = 1 << 18  # at most this much inflated output is held at once
MAX_LEVELS = 4  # a chain of more Flate filters than this is checked through its first four
DICT_WINDOW = 4096  # how far back from `stream` the stream's dictionary is looked for
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_FLATE = {b"FlateDecode", b"Fl"}


class _OverCap(Exception):
    pass


def check_streams(path: Path, max_stream_bytes: int) -> None:
    """Refuse a PDF one of whose Flate streams inflates to more than `max_stream_bytes`.

    Raises:
        DocumentFailure: `too_large`, naming the stream's offset and the cap.
    """
    with open(path, "rb") as fh:
        try:
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file: nothing to inflate
            return
    with data:
        at = _first_over_cap(data, max_stream_bytes)
    if at is not None:
        raise DocumentFailure(
            "too_large",
            f"a compressed stream (at byte {at}) inflates to more than the {max_stream_bytes // (1 << 20)} MB "
            "limit: the file is a decompression bomb or badly made, and was not read. "
            "Ask the sender to re-save it as an ordinary PDF.",
        )


def _first_over_cap(data: mmap.mmap, cap: int) -> int | None:
    """The offset of the first Flate stream that inflates past `cap`, or None."""
    for start, end, levels in _flate_streams(data):
        if (end - start) * DEFLATE_MAX_RATIO**levels <= cap:
            continue
        with memoryview(data) as view, view[start:end] as stream:
            over = _inflates_past(stream, levels, cap)
        if over:
            return start
    return None


def _flate_streams(data: mmap.mmap) -> list[tuple[int, int, int]]:
    """(data start, data end, leading Flate filters) of every stream whose filter chain starts with Flate.

    Found by the `stream` keyword rather than the xref, so a damaged or lying xref hides nothing;
    the end is the next `endstream`, not /Length, which a bomb may understate.
    """
    found = []
    pos = 0
    while (at := data.find(b"stream", pos)) >= 0:
        pos = at + 6
        if data[max(at - 3, 0) : at] == b"end":
            continue
        if data[pos : pos + 2] == b"\r\n":
            start = pos + 2
        elif data[pos : pos + 1] in (b"\n", b"\r"):
            start = pos + 1
        else:
            continue
        head = data[max(at - DICT_WINDOW, 0) : at]
        head = head[head.rfind(b" obj") + 1 :]  # this object's dictionary only (the whole window if none)
        filters = _FILTER.findall(head)
        if not filters:
            continue
        names = _NAME.findall(filters[-1])
        levels = 0
        while levels < min(len(names), MAX_LEVELS) and names[levels] in _FLATE:
            levels += 1
        if not levels:
            continue
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        found.append((start, end, levels))
        pos = end
    return found


def _inflates_past(data: memoryview, levels: int, cap: int) -> bool:
    """Whether `data`, inflated through `levels` Flate filters in bounded steps, passes `cap` at some stage.

    A stream that is not valid zlib data stops the count quietly: pdfium judges it when it reads it.
    """
    stages: list[Any] = [None] * levels
    totals = [0] * levels

    def push(level: int, chunk: bytes | memoryview) -> None:
        inflater = stages[level]
        if inflater is None:
            inflater = stages[level] = zlib.decompressobj(_wbits(bytes(chunk[:2])))
        while chunk and not inflater.eof:
            out = inflater.decompress(chunk, STEP)
            chunk = inflater.unconsumed_tail
            totals[level] += len(out)
            if totals[level] > cap:
                raise _OverCap
            if out and level + 1 < levels:
                push(level + 1, out)

    try:
        for offset in range(0, len(data), STEP):
            push(0, data[offset : offset + STEP])
            if stages[0] is not None and stages[0].eof:
                return False
    except zlib.error:
        return False
    except _OverCap:
        return True
    return False


def _wbits(head: bytes) -> int:
    # zlib data starts with a header whose 16-bit value is a multiple of 31; some writers emit raw deflate.
    if len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0:
        return zlib.MAX_WBITS
    return -zlib.MAX_WBITS


def largest_image(page: pdfium.PdfPage) -> tuple[int, int]:
    """The declared pixel size (width, height) of the page's largest image, (0, 0) without one.

    Read from the image's dictionary, without decoding it: a decoder allocates the declared
    size whatever the stream holds, so this is what rendering the page would cost.
    """
    best = (0, 0)
    width, height = raw.c_uint(), raw.c_uint()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        if raw.FPDFImageObj_GetImagePixelSize(obj.raw, width, height):
            if width.value * height.value > best[0] * best[1]:
                best = (width.value, height.value)
    return best
