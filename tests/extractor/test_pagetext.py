"""The page's text in one pdfium call gives the same words as reading it character by character (issue 14).

Pages are drawn with reportlab (an embedded TrueType font's "ﬁ" ligature, rotated and slanted
lines, columns set by positioning with no space between them, bold and regular faces), and one
PDF is written by hand here because no drawing library writes the mappings it needs: a simple
font whose ToUnicode map gives one code a character beyond the BMP (a surrogate pair) and
another code two characters ("fi" from one ligature glyph), the cases where a page's text and
its character indexes could part.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from provcheck.extractor.pagetext import _whole_text, address
from provcheck.extractor.textlayer import page_words

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _both(path: Path) -> tuple[list, list, bool]:
    """(words from one call, words char by char, whether the one call aligned) for the first page."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        height = page.get_height()
        fast, slow = page_words(page, height), page_words(page, height, whole_text=False)
        textpage = page.get_textpage()
        aligned = _whole_text(address(textpage.raw), textpage.count_chars()) is not None
        textpage.close()
        page.close()
        return fast, slow, aligned
    finally:
        pdf.close()


def _drawn(path: Path) -> Path:
    c = Canvas(str(path))
    if DEJAVU.exists():
        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
        c.setFont("DejaVu", 11)
        c.drawString(72, 760, "The ﬁnal ﬂow of ﬁrst-year ﬁgures: £1,250.00 — ½ paid ✓")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 730, "Annual Statement")
    c.setFont("Helvetica", 10)
    c.drawString(72, 712, "Plan number AB123456 valued at 1,234.56")
    text = c.beginText()
    text.setFont("Helvetica", 10)
    value_end = 360 + stringWidth("Value", "Helvetica", 10)
    # a gap of 4 pt splits (over a quarter of the size), one of 1 pt does not
    columns = [(72, "Fund"), (200, "Units"), (280, "Price"), (360, "Value"), (value_end + 4, "GBP")]
    columns += [(450, "Net"), (450 + stringWidth("Net", "Helvetica", 10) + 1, "Total")]
    for x, word in columns:
        text.setTextOrigin(x, 680)  # columns by position alone: no space character between them
        text.textOut(word)
    c.drawText(text)
    for angle, y in ((90, 400), (30, 300), (180, 200)):
        c.saveState()
        c.translate(300, y)
        c.rotate(angle)
        c.drawString(0, 0, f"turned {angle} degrees")
        c.restoreState()
    c.showPage()
    c.save()
    return path


def _mapped(path: Path) -> Path:
    """A hand-written PDF: Helvetica whose ToUnicode map sends "A" to U+1D400 and "Q" to "fi"."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n3 beginbfchar\n"
        b"<41> <D835DC00>\n<51> <00660069>\n<20> <0020>\nendbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = b"BT /F1 12 Tf 72 700 Td (Abc fox) Tj ET BT /F1 12 Tf 72 680 Td (the Qnal AA) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def _plain(words: list) -> list[tuple]:
    return [(w.text, w.x0, w.top, w.x1, w.bottom, w.size, w.bold) for w in words]


def test_drawn_page_reads_the_same_both_ways(tmp_path: Path) -> None:
    fast, slow, aligned = _both(_drawn(tmp_path / "drawn.pdf"))
    assert aligned  # the one call was taken, not fallen back from
    assert _plain(fast) == _plain(slow)
    texts = [w.text for w in fast]
    assert texts[texts.index("Fund") : texts.index("Fund") + 4] == ["Fund", "Units", "Price", "Value"]
    assert "GBP" in texts and "NetTotal" in texts
    assert {"turned", "90", "30", "180", "degrees"} <= set(texts)
    assert next(w for w in fast if w.text == "Annual").bold and not next(w for w in fast if w.text == "Plan").bold
    if DEJAVU.exists():
        assert "ﬁnal" in texts or "final" in texts


def test_mapped_characters_keep_their_indexes(tmp_path: Path) -> None:
    fast, slow, aligned = _both(_mapped(tmp_path / "mapped.pdf"))
    assert aligned
    assert _plain(fast) == _plain(slow)
    # the surrogate pair stays two characters, one per index, as the per-character path reads it
    assert [w.text for w in fast] == ["\ud835\udc00bc", "fox", "the", "final", "\ud835\udc00\ud835\udc00"]
    final = fast[3]
    assert final.x1 - final.x0 > 20  # "f" and "i" share the ligature glyph's box, inside the word's


@pytest.mark.parametrize("name", ["aldgate_life-annual_statement-01.pdf", "aldgate_life-loa-01.pdf"])
def test_sample_documents_read_the_same_both_ways(name: str) -> None:
    path = Path(__file__).resolve().parents[2] / "samples" / "text" / name
    fast, slow, aligned = _both(path)
    assert aligned and fast
    assert _plain(fast) == _plain(slow)


def test_the_unconverted_calls_give_what_the_typed_ones_give_for_every_character(tmp_path):
    # textlayer._words calls pdfium without ctypes' argument conversion (pagetext.bare): the pointers
    # passed as c_void_p objects must reach pdfium whole, so every box, size and text object agrees
    import ctypes

    import pypdfium2.raw as raw

    from provcheck.extractor import pagetext as pt

    pdf = pdfium.PdfDocument(str(_drawn(tmp_path / "drawn.pdf")))
    try:
        textpage = pdf[0].get_textpage()
        tp, n = address(textpage.raw), textpage.count_chars()
        typed, unconverted = raw.FS_RECTF(), raw.FS_RECTF()
        page_ptr, rect_ptr = ctypes.c_void_p(tp), ctypes.c_void_p(ctypes.addressof(unconverted))
        boxes = 0
        for i in range(n):
            ok = pt.loose_char_box(tp, i, ctypes.addressof(typed))
            assert pt.loose_char_box_bare(page_ptr, i, rect_ptr) == ok
            got = (unconverted.left, unconverted.top, unconverted.right, unconverted.bottom)
            assert got == (typed.left, typed.top, typed.right, typed.bottom), i
            assert pt.font_size_bare(page_ptr, i) == pt.font_size(tp, i)
            assert pt.text_object_bare(page_ptr, i) == pt.text_object(tp, i)
            boxes += ok and typed.right > typed.left
        assert n > 100 and boxes > n // 2  # real boxes were compared, not empty ones
        textpage.close()
    finally:
        pdf.close()
