"""Doc-type classification from weighted evidence (extractor/classify.py, rules/data/doc_types.yaml).

Pages are built here from words placed as a text layer would place them, so each test states the
wording it classifies; no PDF is involved.
"""

from __future__ import annotations

import pytest

from provcheck.extractor.classify import classify, with_fields
from provcheck.extractor.document import Page, Word
from provcheck.extractor.layout import Line, build_lines
from provcheck.extractor.structures import _is_period
from provcheck.rules.doctypes import DocTypeRules, load_doc_type_rules

Row = str | tuple[str, float, bool]  # text, or (text, font size, bold)


def _page(*rows: Row, number: int = 1, body: float = 10.0, ocr: bool = False) -> list[Line]:
    """A page with one line per row, top to bottom; a row's cells are split on ' | ' (a column gap)."""
    words: list[Word] = []
    y = 60.0
    for row in rows:
        text, size, bold = (row, body, False) if isinstance(row, str) else row
        x = 60.0
        for cell in text.split(" | "):
            for token in cell.split():
                w = 0.5 * size * len(token)
                words.append(Word(token, x, y, x + w, y + size, size=0.0 if ocr else size, bold=bold))
                x += w + 0.28 * size
            x += 40.0
        y += size * 1.6
    return build_lines(Page(number=number, width=595.0, height=842.0, words=words))


def _type(*pages: list[Line], ocr: bool = False) -> str:
    return classify(list(pages), ocr=ocr).doc_type


def _title_cases() -> list[tuple[str, str]]:
    rules = load_doc_type_rules()
    return [(t, phrase) for t, cues in rules.types.items() for phrase, w in cues.titles.items() if w >= 5]


@pytest.mark.parametrize(("doc_type", "title"), _title_cases(), ids=lambda v: str(v))
def test_every_strong_title_names_its_type_on_its_own(doc_type, title):
    # a heading and neutral text: no other phrase of the file may outvote a title weighted 5 or more
    page = _page("Harbour Mutual", (title.title(), 16.0, True), "Please read the details below.", "Page 1 of 1")
    assert _type(page) == doc_type


def test_a_reply_quoting_letter_of_authority_in_its_title_is_a_response():
    page = _page(
        ("Response to your Letter of Authority", 15.0, True),
        "Dear Ms Patel,",
        "Plan number: HM12345678",
        "Current value: £12,000.00",
    )
    verdict = classify([page])
    assert verdict.doc_type == "loa_response"
    # "letter of authority" inside the longer title is no vote for an LoA
    assert not [e for e in verdict.evidence["loa"] if "'letter of authority'" in e]


def test_a_re_line_is_no_title():
    # "Re: Letter of Authority" heads replies as often as LoAs: the reply's wording decides
    page = _page(
        "Kestrel Wrap",
        ("Re: Letter of Authority - Mr John Smith", 10.0, True),
        "Following receipt of the letter of authority signed by your client, we set out the plan details.",
        "Plan value: £48,211.07",
        "Transfer value: £47,000.00",
    )
    verdict = classify([page])
    assert verdict.doc_type == "loa_response"
    assert not [e for e in verdict.evidence["loa"] if e.endswith(" title +6.00")]


def test_an_loa_asking_for_a_statement_stays_an_loa():
    page = _page(
        ("Letter of Authority", 15.0, True),
        "I authorise you to release to my adviser the plan value, transfer value and a copy of the",
        "latest annual statement for each of my plans.",
        "Signature of client | Date",
    )
    verdict = classify([page])
    assert verdict.doc_type == "loa"
    assert any("signature_line" in e for e in verdict.evidence["loa"])


def test_an_untitled_reply_is_known_by_its_wording():
    page = _page(
        "Dear Mr Reid,",
        "Thank you for your recent enquiry on behalf of your client. We can confirm the details below.",
        "Policy ref | HA77001234",
        "Current value | £61,204.50",
    )
    assert _type(page) == "loa_response"


def test_a_reply_answering_a_recent_letter_of_authority_in_numbered_answers_is_a_response():
    # no title, no policy number the finders can read: the covering letter's wording must carry it
    page = _page(
        "Dear Charlotte",
        "Re: Miss Ada Lowe Workplace Savings Pension",
        "Thank you for your recent letter of authority. Our answers to your questions follow, in the order you asked",
        "1. Plan value",
        "The value of the plan on 11/08/2026 was GBP 48,985.51.",
        "6. Funds",
        "Your investments",
        "Fund | Units | Price (£) | Value",
        "Alder Gilt Pension Fund | 4777.709 | 1.0722 | £5,122.66",
        "Birch Japan Pension Fund | 3607.985 | 1.3770 | £4,968.20",
    )
    verdict = with_fields(classify([page], ocr=True), {"holdings", "plan_value", "valuation_date"})
    assert verdict.doc_type == "loa_response"
    assert not [e for e in verdict.evidence["loa"] if "'letter of authority'" in e]


def test_an_untitled_statement_is_known_by_its_period_and_wording():
    page = _page(
        "Dear Mrs Whitfield,",
        "This statement covers your plan for the period shown.",
        "Period | 6 April 2024 to 5 April 2025",
        "Value at the end of the period | £38,250.00",
    )
    verdict = classify([page])
    assert verdict.doc_type == "annual_statement"
    assert "feature period_range +2.50" in verdict.evidence["annual_statement"]


def test_a_document_of_no_known_type_is_unknown():
    invoice = _page(("INVOICE", 18.0, True), "Initial advice fee | £1,200.00", "Payment is due within 30 days.")
    letter = _page("Dear Mrs Whitfield,", "Thank you for letting us know your new address.", "Yours sincerely,")
    assert _type(invoice) == "unknown"
    assert _type(letter) == "unknown"
    assert _type([]) == "unknown"


def test_many_weak_hints_alone_name_nothing():
    # a key features document speaks of "your pension pot" and "a statement" as a statement does,
    # but has no one strong piece of evidence
    page = _page(
        ("Key features of the Tarrant Personal Pension", 15.0, True),
        "Your pension pot is invested in funds you choose. Your plan can be transferred.",
        "We will send you a statement every year.",
    )
    verdict = classify([page])
    assert verdict.scores["annual_statement"] >= load_doc_type_rules().decision.min_score
    assert verdict.doc_type == "unknown"


def test_a_tie_names_nothing():
    # as much evidence for two types, with no lead, is not enough to choose
    rules = DocTypeRules.model_validate(
        {
            "decision": {"min_score": 1.0, "min_margin": 1.0},
            "zones": {"title": 1, "title_in_body": 0.25, "first_page": 1, "later_pages": 0.5, "title_region": 0.5},
            "types": {
                "loa": {"phrases": {"alpha": 3}},
                "loa_response": {"phrases": {"beta": 3}},
                "annual_statement": {},
            },
        }
    )
    page = _page("alpha and beta")
    assert classify([page], rules=rules).doc_type == "unknown"
    assert classify([_page("alpha only")], rules=rules).doc_type == "loa"


def test_a_phrase_on_a_later_page_counts_less():
    rules = load_doc_type_rules()
    first = classify([_page("This statement covers the year.")])
    later = classify([_page("Harbour Mutual"), _page("This statement covers the year.", number=2)])
    assert later.scores["annual_statement"] == pytest.approx(first.scores["annual_statement"] * rules.zones.later_pages)


def test_an_ocr_heading_with_a_misread_letter_still_counts():
    page = _page(("Annual statment", 16.0, False), "Plan number AL12345678", ocr=True)
    assert _type(page, ocr=True) == "annual_statement"
    # a short heading is not found inside a long title phrase
    short = _page(("Plan", 16.0, False), "Some words of no type at all.", ocr=True)
    assert _type(short, ocr=True) == "unknown"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Statement period 6 April 2024 to 5 April 2025", True),
        ("01/01/2024 - 31/12/2024", True),
        ("1 July 2025 to 30 September 2025", True),
        ("Date of birth 14/03/1961, signed 02/06/2025", False),  # two dates, not a period
        ("from 1 January 2020 to 1 January 2025", False),  # five years: no statement period
        ("Valuation date 30 April 2025", False),
    ],
)
def test_statement_period(text, period):
    assert _is_period(text) is period


def test_fields_found_name_a_reply_that_no_wording_names():
    # issue 10: a covering letter over a plan schedule; the wording alone is too weak to name it
    letter = _page("Quayside Assurance", "Dear Mr Holloway", "Please find the details overleaf.", "Yours sincerely")
    schedule = _page("Policy number: QA7781234", "Plan value: £15,000.00", "Fund | Units | Price | Value", number=2)
    verdict = classify([letter, schedule])
    assert verdict.doc_type == "unknown"
    assert with_fields(verdict, {"holdings", "plan_value", "policy_number"}).doc_type == "loa_response"
    assert with_fields(verdict, set()).doc_type == "unknown"
    assert with_fields(verdict, {"policy_number"}).doc_type == "unknown"  # one plain field is not enough


def test_a_signature_and_authority_wording_with_its_fields_are_an_loa():
    page = _page("Client declaration", "Lantern Wealth, FCA number 612345", "Signature | Date")
    verdict = classify([page])
    assert verdict.doc_type == "unknown"  # a signature line alone names nothing
    assert with_fields(verdict, {"signature_present", "date_signed", "fca_frn"}).doc_type == "loa"
    assert with_fields(verdict, {"signature_present", "holdings", "plan_value"}).doc_type != "loa"


def test_a_later_pages_heading_counts_as_a_title():
    letter = _page("Quayside Assurance", "Dear Mr Holloway", "Please find the details overleaf.", "Yours sincerely")
    plan = _page(("Plan information", 15.0, True), "Policy number: QA7781234", number=2)
    verdict = classify([letter, plan])
    assert "title 'plan information' title p2 +2.40" in verdict.evidence["loa_response"]


@pytest.mark.parametrize(
    "text",
    [
        "Statement period 6 April 2024 to 5 April 2025",
        "01/04/2024 - 31/03/2025",
        "Period: April 6th, 2024 until April 5th, 2025",
        "lO/Ol/2O2O to lO/Ol/2O2l",  # OCR read some digits as letters
        "Ol/Ol/lOOO to Ol/Ol/lOOl",  # and every one (no real digit): the numeric pattern alone finds them
    ],
)
def test_the_cheap_test_never_turns_away_a_period(text):
    from provcheck.extractor.structures import _may_hold_two_dates

    assert _is_period(text)
    assert _may_hold_two_dates(text)
    assert not _may_hold_two_dates("Statement period from April to March")
