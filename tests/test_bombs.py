"""Resource bombs and impostors the corpus lacks, written byte by byte here, run through the real CLI.

Each file must give exactly one result, quickly (under 30 s, never by hitting the time limit or
crashing into the memory cap), the batch must go on (a good document placed after them is still
read), and the folder must be left as it was. What each must give follows from how it was built:
a decompression bomb is refused against Limits.max_stream_bytes by the pre-flight check, before
any reader inflates it; a page tree that lies about its size is read for the pages that exist,
with a warning; an image too large to decode is skipped with a warning. Files that are not PDFs
must fail with `not_a_pdf` and a message saying what they look like (spec/record.md, "Inputs").
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

PROVCHECK = Path(sys.executable).parent / "provcheck"
FAILURE_RULES = {"unreadable", "encrypted", "not_a_pdf", "too_large", "timeout", "crashed"}
PER_FILE_S = 30.0
BOMB_GIB = 2  # the flate bomb inflates to this many GiB from about 2 MB
STREAM_CAP = "256 MB"  # Limits.max_stream_bytes as the refusal names it


def pdf(objects: list[bytes]) -> bytes:
    """A PDF with a correct xref from object bodies numbered 1.. (object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", flate: bool = False) -> bytes:
    filt = b" /Filter /FlateDecode" if flate else b""
    return b"<< /Length %d%s %s >>\nstream\n" % (len(data), filt, extra) + data + b"\nendstream"


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
TEXT = b"BT /F1 12 Tf 72 720 Td (Annual statement) Tj ET"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def page(contents: int, extra: bytes = b"", parent: int = 2) -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 5 0 R >> %s >> >>" % (parent, contents, extra)
    )


def flate_bomb(gib: int, prefix: bytes = b"") -> bytes:
    """A zlib stream of `prefix` then `gib` GiB of zeros, built from one repeated fully-flushed block (milliseconds)."""
    chunk = b"\0" * (1 << 20)
    comp = zlib.compressobj(9)
    first = comp.compress(prefix + chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    # After a full flush the compressor starts afresh, so every further MiB compresses to the same bytes.
    again = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    end = comp.flush()[:-4]  # the final empty block, without the checksum of only two MiB
    # Adler-32 over zeros in closed form: a zero byte leaves the sum A alone and adds A to B.
    adler = zlib.adler32(prefix + chunk)
    a, b = adler & 0xFFFF, (adler >> 16) + (gib * 1024 - 1) * len(chunk) * (adler & 0xFFFF)
    return first + again * (gib * 1024 - 1) + end + ((b % 65521) << 16 | a).to_bytes(4, "big")


def object_stream_pdf(plain: dict[int, bytes], packed: list[tuple[int, bytes]], objstm: bytes) -> bytes:
    """A PDF 1.5 file whose `packed` objects sit in object stream 90, found through a cross-reference stream.

    `objstm` is the object stream's /FlateDecode data, built by the caller from `objstm_body(packed)`,
    so a test can make it a bomb or lie about it; its dictionary gets /N and /First from the members.
    """
    _, first = objstm_body(packed)
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in sorted(plain.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    offsets[90] = len(out)
    out += b"90 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        len(packed),
        first,
        len(objstm),
    )
    out += objstm + b"\nendstream\nendobj\n"
    rows = b""
    for number in range(92):
        if number in offsets:
            rows += struct.pack(">BIH", 1, offsets[number], 0)
        elif number == 91:
            rows += struct.pack(">BIH", 1, len(out), 0)
        elif number in dict(packed):
            rows += struct.pack(">BIH", 2, 90, [n for n, _ in packed].index(number))
        else:
            rows += struct.pack(">BIH", 0, 0, 65535)
    xref = len(out)
    out += b"91 0 obj\n<< /Type /XRef /Size 92 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(rows)
    out += rows + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def objstm_body(packed: list[tuple[int, bytes]]) -> tuple[bytes, int]:
    """An object stream's decoded data (number/offset pairs, then the objects) and its /First."""
    head, body = b"", b""
    for number, obj in packed:
        head += b"%d %d " % (number, len(body))
        body += obj + b"\n"
    return head + body, len(head)


def with_prev_loop(data: bytes) -> bytes:
    """`data` with its trailer's /Prev pointing back at its own cross-reference table."""
    xref = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    return data.replace(b"/Root 1 0 R >>\nstartxref", b"/Root 1 0 R /Prev %d >>\nstartxref" % xref)


@dataclass(frozen=True)
class Bomb:
    """A built file, what it exercises, and what a correct reader gives, from how it was built.

    expect: "refused" (failed with `rule`, message containing `says`), "read" (not failed, `pages`
    pages, a whole-document warning `rule` unless None, message containing `says`), or "either"
    (failed with a failure rule other than timeout or crash, or read).
    """

    what: str
    build: Callable[[], bytes]  # built when the run needs it, not when tests are collected
    expect: str
    rule: str | None = None
    says: str = ""
    pages: int = 1


PAGES_ONE = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def bombs() -> dict[str, Bomb]:
    members = [(2, PAGES_ONE), (3, page(4)), (5, FONT)]
    return {
        "flate-bomb.pdf": Bomb(
            f"page content inflating to {BOMB_GIB} GiB",
            lambda: pdf([CATALOG, PAGES_ONE, page(4), stream(flate_bomb(BOMB_GIB), flate=True), FONT]),
            "refused",
            "too_large",
            f"inflates to more than the {STREAM_CAP} limit",
        ),
        "double-flate-bomb.pdf": Bomb(
            "page content behind two Flate filters: 3 KB to 1 MB to 1 GiB",
            lambda: pdf(
                [
                    CATALOG,
                    PAGES_ONE,
                    page(4),
                    # 1 GiB in about 1 MB, which compresses again to a few KB
                    stream(zlib.compress(flate_bomb(1), 9), b"/Filter [/FlateDecode /FlateDecode]"),
                    FONT,
                ]
            ),
            "refused",
            "too_large",
            f"inflates to more than the {STREAM_CAP} limit",
        ),
        "objstm-bomb.pdf": Bomb(
            "object stream holding the page tree, inflating to 2 GiB (read when the file is opened)",
            lambda: object_stream_pdf({1: CATALOG, 4: stream(TEXT)}, members, flate_bomb(2, objstm_body(members)[0])),
            "refused",
            "too_large",
            f"inflates to more than the {STREAM_CAP} limit",
        ),
        "objstm-count.pdf": Bomb(
            "object stream claiming 100 million members over three",
            lambda: object_stream_pdf(
                {1: CATALOG, 4: stream(TEXT)}, members, zlib.compress(objstm_body(members)[0])
            ).replace(b"/N 3 ", b"/N 100000000 "),
            "either",
        ),
        "count-million.pdf": Bomb(
            "page tree claiming /Count 1000000 over one page",
            lambda: pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>", page(4), stream(TEXT), FONT]),
            "read",
            "pages_missing",
            "lists 1000000 pages but only 1 can be loaded",
        ),
        "count-seven.pdf": Bomb(
            "page tree claiming /Count 7 over two pages",
            lambda: pdf(
                [CATALOG, b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 7 >>", page(4), stream(TEXT), FONT, page(4)]
            ),
            "read",
            "pages_missing",
            "lists 7 pages but only 2 can be loaded",
            pages=2,
        ),
        "page-tree-loop.pdf": Bomb(
            "page tree whose child lists its own parent as a kid",
            lambda: pdf(
                [
                    CATALOG,
                    b"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
                    b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 2 >>",
                    page(6, parent=3),
                    FONT,
                    stream(TEXT),
                ]
            ),
            "either",
        ),
        "parent-loop.pdf": Bomb(
            "page and page-tree node that are each other's /Parent (inherited attributes are looked up the chain)",
            lambda: pdf(
                [
                    CATALOG,
                    b"<< /Type /Pages /Parent 3 0 R /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                    stream(TEXT),
                    FONT,
                ]
            ),
            "either",
        ),
        "prev-loop.pdf": Bomb(
            "trailer /Prev pointing back at its own cross-reference table",
            lambda: with_prev_loop(pdf([CATALOG, PAGES_ONE, page(4), stream(TEXT), FONT])),
            "read",
        ),
        "huge-image.pdf": Bomb(
            "a 200000 x 200000 RGB image (120 GB declared) drawn over a page without text",
            lambda: pdf(
                [
                    CATALOG,
                    PAGES_ONE,
                    page(4, b"/XObject << /Im0 6 0 R >>"),
                    stream(b"q 612 0 0 792 0 0 cm /Im0 Do Q"),
                    FONT,
                    stream(
                        zlib.compress(b"\x80" * 4096),
                        b"/Type /XObject /Subtype /Image /Width 200000 /Height 200000 "
                        b"/ColorSpace /DeviceRGB /BitsPerComponent 8",
                        flate=True,
                    ),
                ]
            ),
            "read",
            "image_too_large",
            "200000 x 200000 pixels",
        ),
        "deep-nesting.pdf": Bomb(
            "arrays and dictionaries nested 100000 deep in the page and its content",
            lambda: pdf(
                [
                    CATALOG,
                    PAGES_ONE,
                    page(
                        4,
                        b"/Deep "
                        + b"[" * 100_000
                        + b"]" * 100_000
                        + b" /Deeper "
                        + b"<< /A " * 50_000
                        + b">> " * 50_000,
                    ),
                    stream(b"BT /F1 12 Tf 72 720 Td " + b"[" * 100_000 + b"(x)" + b"]" * 100_000 + b" TJ ET\n" + TEXT),
                    FONT,
                ]
            ),
            "either",
        ),
    }


def make_bombs(folder: Path) -> dict[str, Bomb]:
    """Write the files; returns name -> its Bomb."""
    built = bombs()
    for name, bomb in built.items():
        (folder / name).write_bytes(bomb.build())
    return built


def make_impostors(folder: Path) -> dict[str, tuple[str, str]]:
    """Non-PDFs named .pdf; returns name -> (what it is, a word its failure message must contain)."""
    (folder / "saved-web-page.pdf").write_text(
        "<!DOCTYPE html>\n<html><head><title>Your statement</title></head><body>Download</body></html>\n"
    )
    (folder / "notes.pdf").write_text("Plan value 12,345.67\nValuation date 01/04/2026\n")
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    (folder / "letter.pdf").write_bytes(docx.getvalue())
    return {
        "saved-web-page.pdf": ("an HTML page", "HTML"),
        "notes.pdf": ("plain text", "text"),
        "letter.pdf": ("a Word .docx (ZIP)", "Word"),
    }


def make_good(folder: Path) -> str:
    from reportlab.pdfgen import canvas

    name = "zz-good.pdf"  # sorts last: it is read after every bomb
    c = canvas.Canvas(str(folder / name))
    c.drawString(72, 720, "Annual statement for the year to 5 April 2026")
    c.drawString(72, 700, "Policy number ABC123456")
    c.save()
    return name


@pytest.fixture(scope="module")
def bomb_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    bombs = make_bombs(folder)
    impostors = make_impostors(folder)
    good = make_good(folder)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    err_path = tmp_path_factory.mktemp("bomb-err") / "stderr.txt"
    args = [str(PROVCHECK), "check", str(folder), "--json", "--as-of", "2026-11-01", "--jobs", "1", "--timeout", "60"]
    started = previous = time.monotonic()
    gaps, results = {}, {}
    with open(err_path, "wb") as err:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err)
        for raw in proc.stdout:  # one worker, results in order: a line's gap is that file's time
            now = time.monotonic()
            result = json.loads(raw)
            name = Path(result["source"]["path"]).name
            assert name not in results, f"{name}: two result lines"
            results[name], gaps[name] = result, now - previous
            previous = now
        code = proc.wait(timeout=60)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    return {
        "before": before,
        "after": after,
        "bombs": bombs,
        "impostors": impostors,
        "good": good,
        "results": results,
        "gaps": gaps,
        "code": code,
        "stderr": err_path.read_text(errors="replace"),
        "total": time.monotonic() - started,
    }


def test_the_flate_bomb_is_small_and_inflates_as_declared():
    data = flate_bomb(1)
    assert len(data) < 2 << 20
    inflater = zlib.decompressobj()
    total = 0
    while data:  # in bounded steps: the point is that nobody should inflate it all at once
        total += len(inflater.decompress(data, 64 << 20))
        data = inflater.unconsumed_tail
    assert total == 1 << 30 and inflater.eof


@pytest.mark.slow
def test_every_file_gives_one_result_and_the_batch_goes_on(bomb_run):
    expected = set(bomb_run["bombs"]) | set(bomb_run["impostors"]) | {bomb_run["good"]}
    assert set(bomb_run["results"]) == expected
    assert bomb_run["results"][bomb_run["good"]]["status"] != "failed"
    assert "Traceback" not in bomb_run["stderr"], bomb_run["stderr"][-3000:]
    assert bomb_run["code"] == 1


@pytest.mark.slow
def test_the_folder_is_left_as_it_was(bomb_run):
    assert bomb_run["after"] == bomb_run["before"]


def whole_document(result: dict, severity: str) -> list[tuple[str, str]]:
    return [(i["rule"], i["message"]) for i in result["issues"] if i["field"] is None and i["severity"] == severity]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(bombs()))
def test_a_bomb_is_refused_or_read_quickly(bomb_run, name):
    result = bomb_run["results"][name]
    bomb = bomb_run["bombs"][name]
    assert bomb_run["gaps"][name] < PER_FILE_S, f"{name} ({bomb.what}) took {bomb_run['gaps'][name]:.1f} s"
    errors = whole_document(result, "error")
    if result["status"] == "failed":
        assert errors and errors[0][0] in FAILURE_RULES - {"timeout", "crashed"}, f"{name} ({bomb.what}): {errors}"
        assert name in errors[0][1], "the message names the file"
    if bomb.expect == "refused":
        assert result["status"] == "failed", f"{name} ({bomb.what}) was read"
        assert errors[0][0] == bomb.rule and bomb.says in errors[0][1], errors
        assert "memory limit" not in errors[0][1], "refused by the cap before inflating, not by running out"
    elif bomb.expect == "read":
        assert result["status"] != "failed", f"{name} ({bomb.what}) failed: {errors}"
        assert result["source"]["pages"] == bomb.pages
        warnings = whole_document(result, "warning")
        if bomb.rule is not None:
            assert [m for r, m in warnings if r == bomb.rule and bomb.says in m], warnings
        assert not [r for r, _ in warnings if r == "page_cap"], "no page cap is reached: the pages are not there"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["saved-web-page.pdf", "notes.pdf", "letter.pdf"])
def test_a_non_pdf_named_pdf_says_what_it_is(bomb_run, name):
    result = bomb_run["results"][name]
    what, word = bomb_run["impostors"][name]
    assert result["status"] == "failed", f"{name} is {what}"
    (issue,) = [i for i in result["issues"] if i["field"] is None]
    assert issue["rule"] == "not_a_pdf"
    assert word.lower() in issue["message"].lower() and name in issue["message"]
