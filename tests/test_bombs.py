"""Resource bombs and impostors the corpus lacks, written byte by byte here, run through the real CLI.

Each file must give exactly one result, quickly (under 30 s, never by hitting the time limit), and
the batch must go on: a good document placed after them is still read. Files that are not PDFs
must fail with `not_a_pdf` and a message saying what they look like (spec/record.md, "Inputs").
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

PROVCHECK = Path(sys.executable).parent / "provcheck"
FAILURE_RULES = {"unreadable", "encrypted", "not_a_pdf", "too_large", "timeout", "crashed"}
PER_FILE_S = 30.0
BOMB_GIB = 2  # the flate bomb inflates to this many GiB from about 2 MB


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


def flate_bomb(gib: int) -> bytes:
    """A zlib stream of `gib` GiB of zeros, built from one repeated fully-flushed block (milliseconds)."""
    chunk = b"\0" * (1 << 20)
    comp = zlib.compressobj(9)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    # After a full flush the compressor starts afresh, so every further MiB compresses to the same bytes.
    again = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    end = comp.flush()[:-4]  # the final empty block, without the checksum of only two MiB
    adler = 1
    for _ in range(gib * 1024):
        adler = zlib.adler32(chunk, adler)
    return first + again * (gib * 1024 - 1) + end + adler.to_bytes(4, "big")


def make_bombs(folder: Path) -> dict[str, str]:
    """Write the files; returns name -> what it exercises."""
    files = {
        "flate-bomb.pdf": (
            f"page content inflating to {BOMB_GIB} GiB",
            pdf(
                [
                    CATALOG,
                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    page(4),
                    stream(flate_bomb(BOMB_GIB), flate=True),
                    FONT,
                ]
            ),
        ),
        "count-million.pdf": (
            "page tree claiming /Count 1000000 over one page",
            pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>", page(4), stream(TEXT), FONT]),
        ),
        "page-tree-loop.pdf": (
            "page tree whose child lists its own parent as a kid",
            pdf(
                [
                    CATALOG,
                    b"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
                    b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 2 >>",
                    page(6, parent=3),
                    FONT,
                    stream(TEXT),
                ]
            ),
        ),
        "huge-image.pdf": (
            "a 200000 x 200000 RGB image (120 GB declared) drawn over a page without text",
            pdf(
                [
                    CATALOG,
                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
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
        ),
        "deep-nesting.pdf": (
            "arrays and dictionaries nested 100000 deep in the page and its content",
            pdf(
                [
                    CATALOG,
                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
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
        ),
    }
    for name, (_, data) in files.items():
        (folder / name).write_bytes(data)
    return {name: what for name, (what, _) in files.items()}


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
    return {
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
@pytest.mark.parametrize(
    "name", ["flate-bomb.pdf", "count-million.pdf", "page-tree-loop.pdf", "huge-image.pdf", "deep-nesting.pdf"]
)
def test_a_bomb_is_refused_or_read_quickly(bomb_run, name):
    result = bomb_run["results"][name]
    what = bomb_run["bombs"][name]
    assert bomb_run["gaps"][name] < PER_FILE_S, f"{name} ({what}) took {bomb_run['gaps'][name]:.1f} s"
    if result["status"] == "failed":
        rules = [i["rule"] for i in result["issues"] if i["field"] is None and i["severity"] == "error"]
        assert rules and rules[0] in FAILURE_RULES - {"timeout"}, f"{name} ({what}): {result['issues']}"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["saved-web-page.pdf", "notes.pdf", "letter.pdf"])
def test_a_non_pdf_named_pdf_says_what_it_is(bomb_run, name):
    result = bomb_run["results"][name]
    what, word = bomb_run["impostors"][name]
    assert result["status"] == "failed", f"{name} is {what}"
    (issue,) = [i for i in result["issues"] if i["field"] is None]
    assert issue["rule"] == "not_a_pdf"
    assert word.lower() in issue["message"].lower() and name in issue["message"]
