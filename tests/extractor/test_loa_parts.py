"""The LoA finders on pages of words placed by hand: plan lists, signing dates, the adviser firm's footer.

Each page is a few lines of positioned words written in the test, with the expected value beside
it; no PDF and no extractor output is involved.
"""

from __future__ import annotations

from provcheck.extractor.adviser import find_adviser_firm
from provcheck.extractor.document import Page, Word
from provcheck.extractor.layout import Line, build_lines
from provcheck.extractor.plans import find_listed_policies
from provcheck.extractor.signature import find_signature
from provcheck.extractor.signeddate import find_signed_date
from provcheck.extractor.values import VALUE_PARSERS


def _page(rows: list[tuple[float, float, str]], size: float = 10.0, marks=()) -> Page:
    """Words of (x, top, text) rows; a double space in the text opens a column gap."""
    words = []
    for x, top, text in rows:
        for chunk in text.split("  "):
            for token in chunk.split():
                w = 5.0 * len(token)
                words.append(Word(token, x, top, x + w, top + size, size=size))
                x += w + 3.0
            x += 30.0
    return Page(1, 595.0, 842.0, words, marks=list(marks))


def _lines(rows: list[tuple[float, float, str]]) -> list[list[Line]]:
    return [build_lines(_page(rows))]


def test_a_bulleted_plan_list_under_its_introduction():
    pages = _lines(
        [
            (60, 100, "This authority covers the following policies:"),
            (74, 115, "•  Stocks & Shares ISA - BW-ISA-440192"),
            (74, 130, "•  General Investment Account - BW-GIA-440193"),
            (60, 150, "I authorise Oakridge Financial Planning LLP, FRN 777410, to request information."),
        ]
    )
    numbers, page, _ = find_listed_policies(pages)
    assert (numbers, page) == (["BW-ISA-440192", "BW-GIA-440193"], 1)


def test_a_plan_table_under_its_introduction():
    pages = _lines(
        [
            (60, 100, "Plans to which this authority applies:"),
            (60, 118, "Plan type  Plan number"),
            (60, 133, "Personal pension  AL20554812"),
            (60, 148, "Investment bond  AL31006654"),
        ]
    )
    assert find_listed_policies(pages)[0] == ["AL20554812", "AL31006654"]


def test_no_plan_list_without_an_introduction():
    pages = _lines([(60, 100, "Your details"), (74, 115, "•  NI number SP 67 80 12 A"), (74, 130, "•  FRN 777410")])
    assert find_listed_policies(pages) is None


def test_the_date_of_an_e_signature_stamp_over_two_lines():
    pages = _lines([(60, 400, "Signed electronically by Priya Shah"), (60, 413, "on 3 March 2026 14:02 GMT")])
    assert find_signed_date(pages)[0] == "2026-03-03"


def test_a_date_beside_the_signature_with_no_label():
    pages = _lines([(60, 300, "Date of birth  14/06/1961"), (60, 500, "Signature of client  ________  17 March 2026")])
    assert find_signed_date(pages)[0] == "2026-03-17"


def test_the_first_signature_block_decides():
    pages = _lines(
        [
            (60, 500, "Signature of client  ________________"),
            (60, 560, "Signature of joint client  ________  05/03/2026"),
        ]
    )
    assert find_signed_date(pages) is None  # the joint holder's date is not the client's


def test_a_letters_own_date_above_its_salutation():
    pages = _lines([(400, 90, "4th March 2026"), (60, 200, "Dear Sir or Madam,"), (60, 600, "Yours faithfully,")])
    assert find_signed_date(pages)[0] == "2026-03-04"


def test_a_letter_signed_in_ink_below_yours_faithfully():
    rows = [(60, 600, "Yours faithfully,"), (60, 660, "John Edward Carter")]
    page = _page(rows, marks=[(62.0, 620.0, 150.0, 645.0)])
    signed, _, _, _ = find_signature([build_lines(page)], [page])
    assert signed is True
    bare = _page(rows)
    # no ink in the room left to sign on a text page, which shows every mark: unsigned, with doubt
    assert find_signature([build_lines(bare)], [bare])[::3] == (False, 0.6)


def test_the_firm_in_its_regulatory_footer_not_the_provider():
    footer = "Fairway Wealth Management Ltd is authorised and regulated by the Financial Conduct Authority."
    pages = _lines([(60, 60, "Letter of authority"), (60, 800, footer)])
    assert find_adviser_firm(pages, provider="Everly Pensions")[0] == "Fairway Wealth Management Ltd"
    assert find_adviser_firm(pages, provider="Fairway Wealth Management") is None  # the provider's own form


def test_a_registered_providers_footer_is_never_the_firm():
    footer = "Aldgate Life Limited is authorised by the PRA and regulated by the FCA and the PRA."
    pages = _lines([(60, 800, footer)])
    assert find_adviser_firm(pages, provider=None) is None


def test_the_first_of_joint_names():
    parse = VALUE_PARSERS["client_name"]
    assert parse("Mr John Edward Carter & Mrs Ann Carter") == "Mr John Edward Carter"
    assert parse("Mr & Mrs John Carter") == "Mr John Carter"
    assert parse("Jane Anderson") == "Jane Anderson"


def test_the_firm_in_a_registration_footer_without_is():
    pages = _lines(
        [
            (60, 790, "Harbourside Independent Financial Advisers Ltd. Registered in England and Wales No. 06123450."),
            (60, 800, "Authorised and regulated by the Financial Conduct Authority (FRN 512345)."),
        ]
    )
    assert find_adviser_firm(pages, provider="Kestrel Wrap")[0] == "Harbourside Independent Financial Advisers Ltd"


def test_the_firm_without_the_fca_number_printed_after_it():
    parse = VALUE_PARSERS["adviser_firm"]
    assert parse("Westgate Private Clients Ltd (FCA 654321)") == "Westgate Private Clients Ltd"
    assert parse("Acme Wealth Ltd, FRN 123456") == "Acme Wealth Ltd"
    assert parse("FCA Wealth Ltd") == "FCA Wealth Ltd"  # a name that starts so is kept


def test_a_hyphen_bullet_is_not_part_of_a_plan_number():
    assert VALUE_PARSERS["policy_numbers"]("-  CA/70/118832") == ["CA/70/118832"]


def _ocr_lines(rows: list[tuple[float, float, str]], conf: float) -> list[list[Line]]:
    page = _page(rows)
    for w in page.words:
        w.conf = conf
    return [build_lines(page)]


def test_a_signing_date_read_plainly_from_the_text_layer_is_sure():
    # confidence from how the date was read (issue 10): placed and labelled, or placed, on a text layer
    labelled = _lines([(60, 500, "Signature of client  ________  Date: 12/03/2025")])
    bare = _lines([(60, 500, "Signature of client  ________  12/03/2025")])
    assert find_signed_date(labelled)[0] == "2025-03-12" and find_signed_date(labelled)[3] >= 0.85
    assert find_signed_date(bare)[0] == "2025-03-12" and find_signed_date(bare)[3] >= 0.8
    assert find_signed_date(labelled)[3] > find_signed_date(bare)[3]  # its own label says more


def test_a_signing_date_is_as_sure_as_its_ocr_words():
    rows = [(60, 500, "Signature of client  ________  12/03/2025")]
    assert find_signed_date(_ocr_lines(rows, 0.6))[3] < 0.8  # a poorly read date is not sure
    assert find_signed_date(_ocr_lines(rows, 0.6))[3] < find_signed_date(_ocr_lines(rows, 0.95))[3]


def test_a_letters_own_date_is_less_sure_than_a_date_by_the_signature():
    letter = _lines([(400, 90, "4th March 2026"), (60, 200, "Dear Sir or Madam,"), (60, 600, "Yours faithfully,")])
    signed = _lines([(60, 500, "Signature of client  ________  4 March 2026")])
    assert find_signed_date(letter)[3] < 0.8 <= find_signed_date(signed)[3]


def test_an_e_signature_stamps_date_is_sure():
    pages = _lines([(60, 400, "Signed electronically by Priya Shah on 3 March 2026 14:02 GMT")])
    assert find_signed_date(pages)[3] >= 0.85


def _scanned(words: list[Word]) -> Page:
    return Page(1, 595.0, 842.0, words, method="ocr")


def test_a_scribble_ocr_boxes_as_one_tall_word_is_ink():
    # Tesseract may box a signature as one "word" many lines tall over its label and rule ("Sol", 0.40)
    label = [Word("Signature", 60, 441, 96, 450, conf=0.96), Word("of", 99, 441, 107, 450, conf=0.96),
             Word("client", 108, 441, 130, 450, conf=0.96)]
    scribble = Word("Sol", 60, 387, 260, 470, conf=0.4)
    above = Word("authority.", 60, 388, 100, 397, conf=0.96)  # the paragraph's last line, the box's top beside it
    page = _scanned([above, *label, scribble])
    signed, _, words, conf = find_signature([build_lines(page)], [page])
    assert signed is True and scribble in words
    short = _scanned([above, *label, Word("Sol", 60, 420, 80, 430, conf=0.45)])  # a poorly read printed word
    assert find_signature([build_lines(short)], [short])[0] is False
