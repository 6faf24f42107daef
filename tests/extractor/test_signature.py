"""Is the LoA signed: ink of every kind a signing tool writes, on real PDFs drawn with reportlab (issue 10).

Each letter is one page: an LoA's text, then a signature block ("Signature of client" over an
empty rule) with the mark the test names drawn on the rule, or nothing (unsigned). Whether it
is signed is decided by the test that draws it, never read back from the extractor.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from provcheck.pipeline import CheckOptions, check_file
from tests.extractor.drawn_rows import record_of
from tests.extractor.variants import INK, LEFT, H, W

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
LINE_Y = 520.0  # the signature rule, in reportlab's bottom-up points
LINE_X0, LINE_X1 = LEFT, LEFT + 200

Mark = Callable[[Canvas], None]


def _ink(c: Canvas, width: float = 1.1) -> None:
    c.setStrokeColorRGB(*INK)
    c.setFillColorRGB(*INK)
    c.setLineWidth(width)


def polyline(c: Canvas) -> None:
    """A signature pad's output: one path of many short straight segments."""
    _ink(c)
    rng = random.Random(3)
    p = c.beginPath()
    x, y = LINE_X0 + 6, LINE_Y + 6
    p.moveTo(x, y)
    for _ in range(40):
        x += rng.uniform(2, 5)
        y = LINE_Y + 4 + rng.uniform(0, 18)
        p.lineTo(x, y)
    c.drawPath(p, stroke=1, fill=0)


def strokes(c: Canvas) -> None:
    """Separate straight pen strokes (an e-sign tool's "draw" with no smoothing): slanted lines."""
    _ink(c)
    for i in range(6):
        x = LINE_X0 + 10 + 18 * i
        c.line(x, LINE_Y + 3, x + 9, LINE_Y + 22)
        c.line(x + 9, LINE_Y + 22, x + 14, LINE_Y + 4)


def filled(c: Canvas) -> None:
    """A signature as a filled outline (a font-like glyph shape, as vectorised scans give)."""
    _ink(c, 0.3)
    p = c.beginPath()
    p.moveTo(LINE_X0 + 8, LINE_Y + 4)
    for dx, dy in ((30, 20), (45, 6), (70, 24), (100, 5), (96, 2), (68, 18), (44, 2), (28, 15), (12, 2)):
        p.lineTo(LINE_X0 + dx, LINE_Y + dy)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def image(c: Canvas) -> None:
    """A signature pasted as a PNG picture, its box resting on the rule."""
    img = Image.new("RGB", (300, 90), "white")
    draw = ImageDraw.Draw(img)
    draw.line([(10, 70), (60, 15), (90, 75), (140, 20), (200, 70), (280, 30)], fill=(20, 30, 120), width=5)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), LINE_X0 + 4, LINE_Y + 1, width=120, height=36)


def stamp(c: Canvas) -> None:
    """A typed e-signature stamp on the rule."""
    c.setFont("Courier", 8)
    c.drawString(LINE_X0 + 2, LINE_Y + 4, "Electronically signed by Priya Raman on 3 March 2026 14:02")


def unsigned(c: Canvas) -> None:
    """Nothing on the rule."""


def framed(c: Canvas) -> None:
    """No signature: a rounded frame (curved corners) drawn round the label and its line."""
    c.setLineWidth(0.5)
    c.roundRect(LINE_X0 - 6, LINE_Y - 20, 220, 50, 8, stroke=1, fill=0)


def dotted(c: Canvas) -> None:
    """No signature: a dotted rule of little round dots under the line."""
    c.setFillGray(0.3)
    for i in range(60):
        c.circle(LINE_X0 + 3.3 * i, LINE_Y - 2, 0.6, stroke=0, fill=1)


def letter(path: Path, mark: Mark, signature_block: bool = True) -> Path:
    """A one-page letter of authority with the given mark on its signature line."""
    c = Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, H - 60, "Letter of Authority")
    c.setFont("Helvetica", 10)
    rows = [
        "Full name: Priya Raman",
        "Date of birth: 14/03/1961",
        "National Insurance number: AB 12 34 56 C",
        "Address: 12 Mill Lane, Leeds",
        "Postcode: LS6 2AB",
        "Policy number: AL12345678",
        "",
        "I authorise Northgate Wealth Partners Ltd (FCA firm reference number 612345) to request",
        "and receive information about my plans listed above from the provider, and I ask the",
        "provider to release to them any information they ask for.",
    ]
    y = H - 100
    for row in rows:
        c.drawString(LEFT, y, row)
        y -= 16
    if signature_block:
        c.setLineWidth(0.7)
        c.setStrokeColorRGB(0, 0, 0)
        c.line(LINE_X0, LINE_Y, LINE_X1, LINE_Y)
        c.setFont("Helvetica", 8.5)
        c.drawString(LINE_X0, LINE_Y - 12, "Signature of client")
        c.line(LINE_X1 + 30, LINE_Y, LINE_X1 + 150, LINE_Y)
        c.drawString(LINE_X1 + 30, LINE_Y - 12, "Date")
        c.setFont("Helvetica", 10)
        c.drawString(LINE_X1 + 34, LINE_Y + 4, "03/03/2026")
        # a box border below the block, in the area looked at: a border is not ink
        c.setLineWidth(0.5)
        c.rect(LEFT, LINE_Y - 60, 300, 30, stroke=1, fill=0)
        mark(c)
    c.showPage()
    c.save()
    return path


def _signature(path: Path) -> tuple[bool | None, list]:
    result = check_file(path, OPTIONS)
    assert result.doc_type == "loa"
    assert result.record is not None
    return result.record.signature_present, [i for i in result.issues if i.field == "signature_present"]


@pytest.mark.parametrize("mark", [polyline, strokes, filled, image, stamp], ids=lambda m: m.__name__)
def test_a_signature_of_any_kind_signs_the_letter(tmp_path, mark):
    present, issues = _signature(letter(tmp_path / "signed.pdf", mark))
    assert present is True
    assert issues == []


@pytest.mark.parametrize("mark", [unsigned, framed, dotted], ids=lambda m: m.__name__)
def test_only_the_empty_rule_line_is_unsigned_and_an_error(tmp_path, mark):
    # the rule, the date's rule and a box border lie in the area: none of them is ink
    present, issues = _signature(letter(tmp_path / "unsigned.pdf", mark))
    assert present is False
    assert [(i.rule, i.severity) for i in issues] == [("signature", "error")]


def test_a_letter_with_no_signature_area_is_not_known_and_warned(tmp_path):
    present, issues = _signature(letter(tmp_path / "nosig.pdf", unsigned, signature_block=False))
    assert present is None
    [warning] = issues
    assert (warning.rule, warning.severity) == ("signature", "warning")
    assert "not known" in warning.message


def pale_only(c: Canvas) -> None:
    """Only the pale grey strokes of `pencil`."""
    c.setStrokeGray(0.6)
    c.setLineWidth(1.4)
    p = c.beginPath()
    p.moveTo(LINE_X0 + 6, LINE_Y + 8)
    for i in range(1, 30):
        p.lineTo(LINE_X0 + 6 + 4 * i, LINE_Y + 6 + (i * 7) % 16)
    c.drawPath(p, stroke=1, fill=0)


@pytest.mark.parametrize(
    ("mark", "signed", "seed"),
    [(polyline, True, 3), (polyline, True, 7), (pale_only, True, 7), (unsigned, False, 3), (unsigned, False, 7)],
    ids=["polyline-3", "polyline-7", "pale-7", "unsigned-3", "unsigned-7"],
)
def test_a_scanned_letter(tmp_path, mark, signed, seed):
    from provcheck.samplegen import scan_pdf

    source = letter(tmp_path / "source.pdf", mark)
    scanned = scan_pdf(source, tmp_path / "scan.pdf", random.Random(seed))
    result = check_file(scanned, OPTIONS)
    assert result.source.ocr_pages == [1]
    assert result.record is not None
    assert result.record.signature_present is signed
    issues = [(i.rule, i.severity) for i in result.issues if i.field == "signature_present"]
    # a blank area on a scan cleaned of its rules, its label read well: surely unsigned
    assert issues == ([] if signed else [("signature", "error")])


def _scanned_area(*words):  # noqa: ANN202
    """A scanned page's signature line: the label, then the words OCR gave beside it; no ink marks left."""
    from provcheck.extractor.document import Page, Word
    from provcheck.extractor.layout import build_lines

    label = Word("Signed:", 56.4, 443.5, 90.0, 453.1, 0.96, 9.6)
    page = Page(1, 595, 842, [label, *(Word(*w) for w in words)], method="ocr")
    return [build_lines(page)], [page]


def test_a_scribble_ocr_read_as_a_short_word_far_too_wide_for_it_is_a_signature():
    from provcheck.extractor.signature import find_signature

    # a zigzag across 100 pt read as "Lee" (conf 0.47): three letters a signature's width
    lines, pages = _scanned_area(("Lee", 125.5, 427.2, 226.3, 455.3, 0.47, 28.1))
    found = find_signature(lines, pages)
    assert found is not None and found[0] is True


def test_a_scribble_ocr_read_into_the_labels_own_segment_is_a_signature():
    from provcheck.extractor.signature import find_signature

    # a scribble over the label's end, boxed as one "word" 90 pt tall ("ey", conf 0.51): read with the label
    lines, pages = _scanned_area(("ey", 87.0, 410.0, 180.0, 500.0, 0.51, 90.0))
    assert [s.text for s in lines[0][0].segments] == ["Signed: ey"]
    found = find_signature(lines, pages)
    assert found is not None and found[0] is True


def _scanned_close(*words):  # noqa: ANN202
    """A scanned letter's close: "Yours faithfully," then the words OCR gave below it, and the typed name."""
    from provcheck.extractor.document import Page, Word
    from provcheck.extractor.layout import build_lines

    close = [Word("Yours", 60.8, 374.3, 86.4, 384.4, 0.96, 10.1), Word("faithfully,", 90.3, 374.3, 132.8, 384.4, 0.96)]
    name = [Word("Mr", 60.8, 433.4, 71.3, 443.3, 0.96, 9.9), Word("Ivo", 74.5, 433.4, 90.0, 443.3, 0.96, 9.9)]
    page = Page(1, 595, 842, [*close, *(Word(*w) for w in words), *name], method="ocr")
    return [build_lines(page)], [page]


def test_a_scribble_ocr_read_as_junk_words_under_a_letters_close_signs_it():
    from provcheck.extractor.signature import find_signature

    scribble = [("Cy", 63.7, 404.4, 107.3, 430.6, 0.07, 26.2), ("me", 114.1, 404.4, 143.2, 430.6, 0.39)]
    lines, pages = _scanned_close(*scribble)
    found = find_signature(lines, pages)
    assert found is not None and found[0] is True
    # nothing between the close and the typed name: no signature seen, so not known
    assert find_signature(*_scanned_close()) is None


def test_a_name_typed_beside_the_label_is_no_scribble():
    from provcheck.extractor.signature import find_signature

    lines, pages = _scanned_area(
        ("Morag", 125.5, 443.5, 151.0, 453.1, 0.6, 9.6), ("Wojcik", 154.0, 443.5, 181.0, 453.1, 0.6, 9.6)
    )
    found = find_signature(lines, pages)
    assert found is not None and found[0] is False


@pytest.mark.parametrize(("caption", "signed"), [("Signed by Policyholder 1", False), ("Signed by: Jane Smith", True)])
def test_signed_by_a_party_is_a_boxes_caption_not_an_e_signature(tmp_path, options, caption, signed):
    # a joint LoA captions each blank box "Signed by Policyholder 1"; an e-signature stamp names the signer
    rows = [
        (60, 40, "Ridgeway Wealth Ltd", "Helvetica-Bold"),
        (60, 100, "Letter of authority", "Helvetica-Bold"),
        (60, 120, "Policyholder"), (200, 120, "Mr Duncan Ashworth"),
        (60, 134, "Plan number"), (200, 134, "C/44004481"),
        (60, 160, "We, the policyholders named above, authorise Ridgeway Wealth Ltd to obtain any information."),
        (60, 200, caption),
        (60, 250, "Duncan Ashworth"),
        (60, 262, "Date: ______________"),
    ]
    assert record_of(tmp_path, options, rows).signature_present is signed


def _closed_letter(gap: float) -> list[tuple]:
    """A client's own letter of authority, closed "Yours faithfully," with the typed name `gap` points below."""
    return [
        (60, 40, "Mrs Elspeth Marchbank", "Helvetica-Bold"),
        (60, 120, "Dear Sir or Madam"),
        (60, 140, "Letter of authority", "Helvetica-Bold"),
        (60, 160, "Plan number: KL284716"),
        (60, 180, "I authorise Ridgeway Wealth Ltd to obtain any information about my plan."),
        (60, 220, "Yours faithfully,"),
        (60, 220 + gap, "Elspeth Marchbank"),
    ]


def test_a_letter_leaving_room_to_sign_under_its_close_with_no_mark_is_unsigned_with_doubt(tmp_path, options):
    path = tmp_path / "s.pdf"
    record_of(tmp_path, options, _closed_letter(60))
    result = check_file(path, options)
    assert result.record.signature_present is False
    issues = [i for i in result.issues if i.field == "signature_present"]
    assert [(i.rule, i.severity) for i in issues] == [("signature", "warning")]  # a doubt, never an error


def test_a_name_typed_straight_under_the_close_says_nothing_of_a_signature(tmp_path, options):
    assert record_of(tmp_path, options, _closed_letter(14)).signature_present is None


@pytest.mark.parametrize("label", ["Llofnod / Signature", "Signature"])
def test_a_bilingual_signature_label_heads_its_area(label):
    from provcheck.extractor.signature import is_signature_label

    assert is_signature_label(label.lower())


def test_a_label_pair_without_signature_heads_no_area():
    from provcheck.extractor.signature import is_signature_label

    assert not is_signature_label("name / date")


def _estate_letter(path: Path, signed: bool) -> Path:
    """An estate's LoA: the executor signs above "Signature of executor 1: <typed name>", no rule."""
    c = Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(LEFT, H - 60, "LETTER OF AUTHORITY: ESTATE OF THE LATE MR ALUN PRYCE")
    c.setFont("Helvetica", 10)
    rows = [
        ("Full name of the deceased", "Alun Pryce"),
        ("Last address", "5 Mill Lane, Bradford"),
        ("Postcode", "BD9 8HB"),
        ("Date of death", "26 June 2025"),
        ("Policy number", "IB154264Z"),
    ]
    y = H - 100
    for label, value in rows:
        c.drawString(LEFT, y, label)
        c.drawString(LEFT + 220, y, value)
        y -= 16
    c.drawString(LEFT, y - 10, "I, the executor of the estate of the above-named, authorise Northgate Wealth Ltd to")
    c.drawString(LEFT, y - 22, "full details of the plan listed above.")
    if signed:
        strokes(c)  # above the label line, as a wet signature sits over the typed name
    c.drawString(LINE_X0, LINE_Y - 14, "Signature of executor 1: Olwen Hilary Rawcliffe")
    c.drawString(LINE_X0, LINE_Y - 40, "Date: 02/08/2025")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("signed", [True, False])
def test_a_signature_label_marked_off_before_the_typed_name_heads_its_area(tmp_path, signed):
    result = check_file(_estate_letter(tmp_path / "estate.pdf", signed), OPTIONS)
    record = result.record
    assert record is not None and result.doc_type == "loa"
    assert record.signature_present is signed
    # the deceased is the client; the date of death is no signing date
    assert (record.client_name, record.date_signed) == ("Alun Pryce", "2025-08-02")


@pytest.mark.parametrize("signed", [True, False])
def test_a_caption_naming_whom_the_signer_acts_for_heads_the_signature_area(tmp_path, signed):
    # a deputy signs for the person: "Signed by the deputy on behalf of Ms Nesta Braithwaite", however long
    path = tmp_path / "deputy.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(LEFT, H - 60, "Letter of Authority given by a Deputy for Property and Financial Affairs")
    c.setFont("Helvetica", 10)
    for i, row in enumerate(["Full name: Nesta Braithwaite", "Date of birth: 07/09/1951", "Policy number: PP-1260496",
                             "Acting under that order, I authorise you to give Declan Fairweather of Severnside",
                             "Chartered Planners any information they ask for about the plan above."]):
        c.drawString(LEFT, H - 100 - 16 * i, row)
    c.drawString(LINE_X0, LINE_Y + 40, "Signed by the deputy on behalf of Ms Nesta Braithwaite")
    if signed:
        strokes(c)
    c.drawString(LINE_X0, LINE_Y - 14, "Seren Daintith, Deputy")
    c.drawString(LINE_X1 + 60, LINE_Y - 2, "Date:")
    c.showPage()
    c.save()
    result = check_file(path, OPTIONS)
    assert result.record is not None and result.doc_type == "loa"
    assert result.record.signature_present is signed
    assert result.record.adviser_name == "Declan Fairweather"  # "to give <adviser> of <firm>"
