"""An LoA's labels as advisers' templates and providers' forms print them (issue 10).

Each wording is printed on a drawn Letter of Authority in every layout, the other lines
unchanged; the field must read the printed value and every other field its own. Where the
wordings come from (public pages; short generic phrases, no texts copied):
- Origo's individual LoA / change of agent form: "Policyholder 1 Name", date of birth, address,
  postcode, a new adviser's part (docsbay.net/guidance-note-for-use-of-origo-individual-letter-of-
  authority-change-of-agent-form);
- an adviser's LoA template: "Plan / policy number(s)", the firm's legal name and FRN
  (wealthr.co.uk/blog/letters-of-authority-uk-adviser-guide);
- LoA checklists: "FCA Register Number", "Financial Adviser Name" (powerplanner.solutions/blog/
  writing-a-good-loa); "registered business name, address, FCA number"
  (crowe.com/uk/crowefinancialplanning/news/letter-of-authority).
Names, numbers and dates are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import check_file
from tests.extractor.wording_docs import check

_, H = A4
LAYOUTS = ("inline", "gutter", "table")
BASE = (
    ("client_name", "Client name", "Mr Owen Hughes", "Owen Hughes"),
    ("client_dob", "Date of birth", "02/11/1958", "1958-11-02"),
    ("client_address", "Address", "7 Castle Street, Swansea", "7 Castle Street, Swansea"),
    ("client_postcode", "Postcode", "SA1 1DP", "SA1 1DP"),
    ("policy_numbers", "Policy number(s)", "KL55120094, KL55120095", ["KL55120094", "KL55120095"]),
    ("adviser_firm", "Adviser firm", "Ridgeway Wealth Ltd", "Ridgeway Wealth Ltd"),
    ("fca_frn", "FCA firm reference number", "612345", "612345"),
    ("adviser_name", "Adviser name", "Tomasz Nowak", "Tomasz Nowak"),
)


def _loa(path: Path, pairs: list[tuple[str, str]], layout: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 60, "Letter of Authority")
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 80, "To: Kestrel Life plc, 1 Harbour Way, Bristol BS1 4AA")
    top = 110
    for label, value in pairs:
        if layout == "inline":
            c.drawString(60, H - top, f"{label}:  {value}")
        elif layout == "gutter":
            c.drawString(60, H - top, label)
            c.drawString(250, H - top, value)
        else:
            c.setLineWidth(0.5)
            c.rect(60, H - top - 5, 180, 18)
            c.rect(240, H - top - 5, 250, 18)
            c.drawString(64, H - top, label)
            c.drawString(244, H - top, value)
        top += 18
    c.drawString(
        60, H - top - 20, "I authorise Kestrel Life to release information about my plans to the firm named above."
    )
    c.drawString(60, H - top - 60, "Signature:")
    c.setLineWidth(1.2)
    c.bezier(130, H - top - 60, 150, H - top - 46, 170, H - top - 70, 200, H - top - 56)
    c.drawString(330, H - top - 60, "Date:  03/03/2026")
    c.save()
    return path


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("client_name", "Policyholder 1 name"),
        ("client_name", "Client 1 name"),
        ("client_name", "Name(s) of client(s)"),
        ("client_address", "Permanent residential address"),
        ("client_address", "Policyholder 1 address"),
        ("policy_numbers", "Plan / policy number(s)"),
        ("policy_numbers", "Plan(s)"),
        ("policy_numbers", "Plan/account number(s)"),
        ("adviser_firm", "Registered business name"),
        ("adviser_firm", "Name of new adviser firm"),
        ("adviser_firm", "Firm legal name"),
        ("fca_frn", "FCA Register Number"),
        ("adviser_name", "Financial adviser's name"),
        ("adviser_name", "Planner name"),
    ],
)
def test_an_loas_labels(tmp_path, options, field, label, layout):
    pairs = [(label if f == field else lab, value) for f, lab, value, _ in BASE]
    doc_type, record = check(_loa(tmp_path / "loa.pdf", pairs, layout), options)
    assert doc_type == "loa"
    for f, _, _, want in BASE:
        assert record[f] == want, (f, label, layout)
    assert record["date_signed"] == "2026-03-03"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("printed", "born"), [("06/06/48", "1948-06-06"), ("14.03.39", "1939-03-14")])
def test_a_birth_date_with_a_two_digit_year(tmp_path, options, layout, printed, born):
    # a form's "DOB 06/06/48": the client was born in 1948, not 2048, and no date-of-birth error is raised
    pairs = [(lab, printed if f == "client_dob" else value) for f, lab, value, _ in BASE]
    path = _loa(tmp_path / "loa.pdf", pairs, layout)
    doc_type, record = check(path, options)
    assert (doc_type, record["client_dob"]) == ("loa", born)
    assert not [i for i in check_file(path, options).issues if i.field == "client_dob"]


def _loa_with_sentence(path: Path, lines: list[str]) -> Path:
    pairs = [(lab, value) for f, lab, value, _ in BASE if f not in {"adviser_firm", "fca_frn", "adviser_name"}]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 60, "Letter of Authority")
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 80, "To: Kestrel Life plc, 1 Harbour Way, Bristol BS1 4AA")
    for i, (label, value) in enumerate(pairs):
        c.drawString(60, H - 110 - 16 * i, f"{label}:  {value}")
    for i, line in enumerate(lines):
        c.drawString(60, H - 240 - 14 * i, line)
    c.drawString(60, H - 320, "Signature:")
    c.setLineWidth(1.2)
    c.bezier(130, H - 320, 150, H - 306, 170, H - 330, 200, H - 316)
    c.drawString(330, H - 320, "Date:  03/03/2026")
    c.save()
    return path


@pytest.mark.parametrize(
    "lines",
    [
        ["Please release information about my plans to Ridgeway Wealth Ltd, whose FCA firm reference",
         "number is 612345."],
        ["My financial adviser is Tomasz Nowak of Ridgeway Wealth Ltd, authorised and regulated by the",
         "Financial Conduct Authority (FRN 612345)."],
        ["I consent to you sharing information about my plans with Ridgeway Wealth Ltd (FCA 612345)."],
        ["This letter authorises Ridgeway Wealth Ltd, FCA Register Number 612345, to obtain details of my plans."],
        ["I would like Ridgeway Wealth Ltd (FRN: 612345) to be given full details of my plans."],
        ["I confirm that Ridgeway Wealth Ltd, authorised and regulated by the Financial Conduct Authority",
         "(FRN 612345), acts as my financial adviser."],
        ["Please accept this letter as my authority to release to Ridgeway Wealth Ltd any information",
         "they request. Their FCA number is 612345."],
    ],
)  # fmt: skip
def test_the_firm_and_its_frn_in_the_letters_own_words(tmp_path, options, lines):
    doc_type, record = check(_loa_with_sentence(tmp_path / "loa.pdf", lines), options)
    assert doc_type == "loa"
    assert (record["adviser_firm"], record["fca_frn"]) == ("Ridgeway Wealth Ltd", "612345")
    assert record["client_name"] == "Owen Hughes" and record["date_signed"] == "2026-03-03"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "label", ["Contact at the firm", "Your contact at the firm", "Firm contact", "Contact at our firm"]
)
def test_the_firms_contact_is_the_adviser_not_the_firm(tmp_path, options, label, layout):
    # a generic way of naming the person at the firm ("contact at the firm"): the firm's label
    # word inside it must not take the person for the firm
    pairs = [(label if f == "adviser_name" else lab, value) for f, lab, value, _ in BASE]
    _, record = check(_loa(tmp_path / "loa.pdf", pairs, layout), options)
    for f, _, _, want in BASE:
        assert record[f] == want, (f, label, layout)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "printed", ["Tomasz Nowak, Ridgeway Wealth Ltd", "Tomasz Nowak, Ridgeway Financial Planning",
                "Tomasz Nowak of Ridgeway Wealth Ltd", "Tomasz Nowak (Ridgeway Wealth Ltd)"]
)
def test_the_adviser_printed_with_the_firm_after_the_name(tmp_path, options, printed, layout):
    pairs = [(lab, printed if f == "adviser_name" else value) for f, lab, value, _ in BASE]
    _, record = check(_loa(tmp_path / "loa.pdf", pairs, layout), options)
    assert record["adviser_name"] == "Tomasz Nowak", (printed, layout)
    assert record["adviser_firm"] == "Ridgeway Wealth Ltd"


@pytest.mark.parametrize(
    "lines",
    [
        ["I authorise you to release to Ridgeway Wealth Ltd any information they ask for about my plans.",
         "Please send all information to Tomasz Nowak at the address above."],
        ["I authorise you to release to Ridgeway Wealth Ltd any information about my plans. Please address",
         "all correspondence to Mr Tomasz Nowak at Ridgeway Wealth Ltd."],
        ["We authorise Ridgeway Wealth Ltd (Tomasz Nowak) to obtain information about our plans."],
        ["I authorise Ridgeway Wealth Ltd (Mr Tomasz Nowak) to request details of my plans."],
        ["I authorise you to release to Ridgeway Wealth Ltd any information about my plans.",
         "Please address correspondence for the attention of Tomasz Nowak."],
        ["I authorise you to release to Ridgeway Wealth Ltd any information about my plans.",
         "Please mark all replies for the attention of Mr Tomasz Nowak, at the address above."],
        ["I authorise Ridgeway Wealth Ltd (FCA number 612345), and in particular Tomasz Nowak, to request",
         "and receive any information they need about my plans."],
        ["I authorise you to release to Ridgeway Wealth Ltd and to Tomasz Nowak, on request and until I tell",
         "you otherwise in writing, any information they ask for about my plans."],
    ],
)  # fmt: skip
def test_the_adviser_named_as_the_contact_or_beside_the_firm(tmp_path, options, lines):
    doc_type, record = check(_loa_with_sentence(tmp_path / "loa.pdf", lines), options)
    assert doc_type == "loa"
    assert (record["adviser_firm"], record["adviser_name"]) == ("Ridgeway Wealth Ltd", "Tomasz Nowak")


@pytest.mark.parametrize(
    "lines",
    [
        ["I authorise you to release to Ridgeway Wealth Ltd any information about my plans.",
         "Please send all information to Ridgeway Wealth Ltd at the address above."],
        ["I authorise Ridgeway Wealth Ltd (FCA 612345) to request details of my plans."],
        ["I authorise you to release to Ridgeway Wealth Ltd any information about my plans.",
         "Please address correspondence for the attention of Ridgeway Wealth Ltd."],
    ],
)  # fmt: skip
def test_a_firm_is_never_the_adviser_named(tmp_path, options, lines):
    _, record = check(_loa_with_sentence(tmp_path / "loa.pdf", lines), options)
    assert record.get("adviser_name") is None


@pytest.mark.parametrize(
    "sentence",
    [
        ["Client: Mrs Carys Pryce, born 14/03/1961, of 14 Elm Grove, Cardiff, CF10 3AB. National Insurance",
         "number AB123456C."],
        ["Policyholder: Mrs Carys Pryce, born March 14, 1961, of 14 Elm Grove, Cardiff CF10 3AB."],
        ["Client: Mrs Carys Pryce, of 14 Elm Grove, Cardiff, CF10 3AB, born 14.03.1961."],
    ],
)  # fmt: skip
def test_the_client_described_in_one_sentence_after_a_label(tmp_path, options, sentence):
    path = tmp_path / "loa.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 50, "RIDGEWAY WEALTH LTD")
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 80, "To whom it may concern")
    for i, line in enumerate(sentence):
        c.drawString(60, H - 110 - 14 * i, line)
    c.drawString(60, H - 160, "I hereby give Ridgeway Wealth Ltd authority to request and receive details of my plans.")
    c.drawString(60, H - 200, "Signed")
    c.setLineWidth(1.2)
    c.bezier(110, H - 200, 130, H - 186, 150, H - 210, 180, H - 196)
    c.drawString(60, H - 220, "Date 03/03/2026")
    c.save()
    doc_type, record = check(path, options)
    assert doc_type == "loa"
    assert (record["client_title"], record["client_name"]) == ("Mrs", "Carys Pryce")
    assert (record["client_address"], record["client_postcode"]) == ("14 Elm Grove, Cardiff", "CF10 3AB")


@pytest.mark.parametrize(
    ("letterhead", "sentence"),
    [
        ("BRINDLE HOUSE FINANCIAL", "I hereby give Brindle House Financial authority to request details of my plans."),
        ("Brindle House Financial", "We give Brindle House Financial our authority to obtain details of our plans."),
        ("BRINDLE HOUSE FINANCIAL", "I grant Brindle House Financial permission to receive information on my plans."),
    ],
)
def test_the_firm_given_authority_in_the_letters_words(tmp_path, options, letterhead, sentence):
    # the letterhead may set the name in capitals; the sentence spells it as the firm writes it
    path = tmp_path / "loa.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 50, letterhead)
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 80, "To whom it may concern")
    c.drawString(60, H - 110, "Client: Mrs Carys Pryce, born 14/03/1961, of 14 Elm Grove, Cardiff, CF10 3AB.")
    c.drawString(60, H - 130, sentence)
    c.drawString(60, H - 170, "Signed")
    c.setLineWidth(1.2)
    c.bezier(110, H - 170, 130, H - 156, 150, H - 180, 180, H - 166)
    c.drawString(60, H - 190, "Date 03/03/2026")
    c.save()
    doc_type, record = check(path, options)
    assert (doc_type, record["adviser_firm"]) == ("loa", "Brindle House Financial")
