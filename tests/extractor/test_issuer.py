"""The provider found by the issuer's own evidence, never by a fragment or the addressee (issue 11).

Each document is drawn here with reportlab; what it prints and the provider it must give are
written in the test. The providers are invented for these tests (".example" domains, numbers in
the 99xxxx range the tests own) and put in force through a knowledge folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.extractor.registry_names import match_name
from provcheck.pipeline import CheckOptions, check_file
from provcheck.rules.knowledge import use_knowledge

KNOWLEDGE = """providers:
  - name: Quayside Life
    kind: life_pension
    entities:
      - {legal_name: Quayside Life Assurance Company Limited, frn: "990001", company_number: "09900001"}
    former_names: [Old Harbour Assurance]
    domains: [quaysidelife.example]
    policy_format: {pattern: '^QL\\d{8}$', described: "'QL' and 8 digits"}
    source: invented for provcheck's tests; no real firm
  - name: Kestrel Wrap
    kind: platform
    aliases: [Kestrel]
    entities: [{legal_name: Kestrel Wrap Services Limited, frn: "990002"}]
    source: invented for provcheck's tests; no real firm
  - name: Harrowgate Mutual
    aliases: [Harrowgate Mutual Society]
    source: invented for provcheck's tests; no real firm
"""

BODY = [
    "Annual statement",
    "Statement period: 1 April 2025 to 31 March 2026",
    "Client name: Mrs Jane Smith",
    "Plan number: QL12345678",
    "Plan type: Personal pension",
    "Plan value: £12,345.67",
]


@pytest.fixture
def options(tmp_path: Path) -> CheckOptions:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "providers.yaml").write_text(KNOWLEDGE, encoding="utf-8")
    yield CheckOptions(as_of=dt.date(2026, 11, 1), knowledge_path=folder)
    use_knowledge(None)


def _pdf(path: Path, top: list[tuple[str, float]], body: list[str] = BODY, foot: list[str] = ()) -> Path:
    """A page: lines at the top (text, font size), the body, then footer lines at the bottom."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0
    for text, size in top:
        c.setFont("Helvetica-Bold" if size > 12 else "Helvetica", size)
        c.drawString(60, y, text)
        y -= size + 6
    c.setFont("Helvetica", 10)
    y -= 20
    for text in body:
        c.drawString(60, y, text)
        y -= 16
    c.setFont("Helvetica", 7)
    for i, text in enumerate(foot):
        x, text = text if isinstance(text, tuple) else (60, text)  # (x, text) for a centred line
        c.drawString(x, 60 - 10 * i, text)
    c.save()
    return path


def _provider(path: Path, options: CheckOptions) -> tuple[str | None, dict | None, list]:
    result = check_file(path, options)
    ev = result.evidence.get("provider")
    return result.record.provider, (ev.model_dump() if ev else None), result.issues


@pytest.mark.parametrize(
    ("top", "foot", "basis"),
    [
        ([("Your pension", 18)], ["Authorised and regulated by the Financial Conduct Authority, FRN 990001."], "frn"),
        ([("Your pension", 18)], ["Registered in England and Wales No. 9900001. Registered office: 1 Quay St."],
         "company_number"),
        ([("Your pension", 18)], ["Authorised and regulated by the Financial Conduct Authority (Ref: 990001)."], "frn"),
        ([("Your pension", 18)], ["Registered in England and Wales (9900001)."], "company_number"),
        ([("Your pension", 18)], ["Quayside Life Assurance Company Limited, 1 Quay Street, Bristol BS1 4AA."],
         "legal_name"),
        ([("Your pension", 18), ("www.quaysidelife.example", 9)], [], "domain"),
        ([("Quayside Life", 20)], [], "letterhead"),
    ],
)
def test_each_kind_of_issuer_evidence(tmp_path, options, top, foot, basis):
    provider, ev, issues = _provider(_pdf(tmp_path / "s.pdf", top, foot=foot), options)
    assert provider == "Quayside Life"
    assert ev["basis"] == basis and ev["confidence"] >= 0.8
    assert not [i for i in issues if i.rule in ("provider_unknown", "policy_pattern")]


def test_small_print_outranks_a_body_mention(tmp_path, options):
    body = [*BODY, "You may also hold a plan with Kestrel Wrap, which we do not administer."]
    pdf = _pdf(tmp_path / "s.pdf", [("Your pension", 18)], body, ["Firm Reference Number 990001."])
    assert _provider(pdf, options)[0] == "Quayside Life"


def test_a_former_name_maps_to_todays_provider(tmp_path, options):
    provider, ev, _ = _provider(_pdf(tmp_path / "s.pdf", [("Old Harbour Assurance", 20)]), options)
    assert provider == "Quayside Life" and ev["basis"] == "letterhead"


def test_the_adviser_a_reply_is_addressed_to_is_never_the_provider(tmp_path, options):
    # addressed to an adviser firm whose name is a registry alias's whole word ("Kestrel") and more
    top = [("Tarn Pensions", 20), ("Kestrel Wrap", 10), ("Adviser Services", 10), ("4 Mill Lane", 10),
           ("York YO1 7HH", 10)]
    foot = ["Tarn Pensions Limited is authorised and regulated by the Financial Conduct Authority."]
    provider, _, issues = _provider(_pdf(tmp_path / "s.pdf", top, foot=foot), options)
    assert provider == "Tarn Pensions"
    assert any(i.rule == "provider_unknown" for i in issues)


def test_a_firm_or_town_holding_a_providers_fragment_never_matches(tmp_path, options):
    top = [("Tarn Pensions", 20), ("Mrs Jane Smith", 10), ("12 Station Road", 10), ("Harrogate HG1 1AA", 10)]
    body = [*BODY, "Your adviser: Kestrel Financial Planning"]
    foot = ["Tarn Pensions Limited is authorised and regulated by the Financial Conduct Authority."]
    provider, _, _ = _provider(_pdf(tmp_path / "s.pdf", top, body, foot), options)
    assert provider == "Tarn Pensions"


def test_whole_names_only(options):
    use_knowledge(options.knowledge_path)
    assert match_name("Kestrel Financial Planning Ltd") is None
    assert match_name("Harrogate, North Yorkshire", ocr=True) is None  # one letter off a one-word name
    assert match_name("Harrogate Mutual Society", ocr=True)[0].name == "Harrowgate Mutual"  # a whole OCR'd name
    assert match_name("KESTREL")[0].name == "Kestrel Wrap"
    assert match_name("a plan with Kestrel, our platform")[0].name == "Kestrel Wrap"
    assert match_name("12 Kestrel Road, Leeds") is None  # an address
    assert match_name("authorised by the Kestrel Regulation Authority") is None  # a regulator's name
    assert match_name("authorised by the Kestrel Regubstinn Authonty", ocr=True) is None  # ... as OCR reads it
    assert match_name("Kestrel Wrap Letter of Authority", ocr=True)[0].name == "Kestrel Wrap"  # a provider's form
    assert match_name("authorised by the Kestrel", next_line="Regulation Authority and ...") is None  # wrapped
    assert match_name("a plan with Kestrel", next_line="Your statement")[0].name == "Kestrel Wrap"
    assert match_name("Kestrel Wrap Annual Statement")[0].name == "Kestrel Wrap"  # a heading leaves it whole
    assert match_name("Provider   Kestrel")[0].name == "Kestrel Wrap"  # a label before it, too
    assert match_name("a kestrel flew over the quayside life of the town") is None  # words, not names


def test_an_loa_is_for_its_addressee_never_the_advisers_letterhead(tmp_path, options):
    top = [("Kestrel Financial Planning LLP", 18), ("FCA FRN 123456", 8), ("", 4),
           ("Quayside Life Assurance Company Limited", 10), ("Customer Services", 10), ("1 Quay Street", 10),
           ("Bristol BS1 4AA", 10)]
    body = ["Letter of Authority", "I authorise Kestrel Financial Planning LLP to obtain information about my",
            "plans and to act on my behalf.", "Name: Mrs Jane Smith", "Policy number: QL12345678",
            "Signed: ______________  Date: 01/10/2026"]
    result = check_file(_pdf(tmp_path / "l.pdf", top, body), options)
    assert result.doc_type == "loa"
    assert result.record.provider == "Quayside Life"
    assert result.evidence["provider"].basis == "addressee_legal_name"


def test_policy_format_checked_in_words_only_on_issuer_evidence(tmp_path, options):
    body = [b.replace("QL12345678", "QL1234567") for b in BODY]
    _, _, issues = _provider(_pdf(tmp_path / "a.pdf", [("Quayside Life", 20)], body), options)
    [issue] = [i for i in issues if i.rule == "policy_pattern"]
    assert issue.message.startswith("Quayside Life policy numbers we know are 'QL' and 8 digits; this one, QL1234567,")
    # the same provider named only in passing in the body: the format is not applied
    mention = [*body, "Transfers from Quayside Life are shown below."]
    provider, ev, issues = _provider(_pdf(tmp_path / "b.pdf", [("Your pension", 18)], mention), options)
    assert provider == "Quayside Life" and ev["basis"] == "mention"
    assert not [i for i in issues if i.rule == "policy_pattern"]


@pytest.mark.parametrize("second_x", [60, 110])  # left-aligned, or centred (the lines start apart)
def test_a_regulators_name_wrapped_in_a_footer_names_no_provider(tmp_path, options, second_x):
    # the regulator shares its first word with a registry alias, and the footer wraps after it
    foot = ["Tarn Pensions is authorised by the Kestrel", (second_x, "Regulation Authority and regulated by the FCA.")]
    provider, _, _ = _provider(_pdf(tmp_path / "s.pdf", [("Annual pension statement", 16)], foot=foot), options)
    assert provider != "Kestrel Wrap"


def test_the_small_prints_subject_comes_before_a_brand_it_names(tmp_path, options):
    foot = ["Tarn Pensions Limited is authorised and regulated by the Financial Conduct Authority.",
            "Investments are held by Kestrel Wrap, our custodian."]
    provider, ev, _ = _provider(_pdf(tmp_path / "s.pdf", [("Annual pension statement", 16)], foot=foot), options)
    assert provider == "Tarn Pensions" and ev["basis"] == "footer"


def test_a_one_word_brand_signing_off_the_pages_foot_is_the_issuer(tmp_path, options):
    # the letterhead is a logo that names nothing as read; the lowest line opens with the brand
    sign_off = "Kestrel please keep this document with your records. Page 1 of 1"
    provider, ev, _ = _provider(_pdf(tmp_path / "s.pdf", [("Your pension", 18)], foot=[sign_off]), options)
    assert provider == "Kestrel Wrap" and ev["basis"] == "small_print"
    # the same words in the body are a sentence opening with a word, not a house signing off
    provider, _, _ = _provider(_pdf(tmp_path / "b.pdf", [("Your pension", 18)], [*BODY, sign_off]), options)
    assert provider != "Kestrel Wrap"
