"""Small print naming a brand its trading name is issuer evidence (extractor/provider.py `trading_name`).

"Transact is a trading name of Integrated Financial Arrangements Ltd" is how a provider's own small
print names its brand; the phrases are vocabulary.yaml `trading_name_phrases`. A numbered reply whose
heading opens with a one-word brand ("Tidewater response to ...") names no provider by its heading
alone (a one-word name before a lower-case word is a word), and a fund house in its table must not
stand in: the trading-name sentence decides. Drawn with the sentence in several places and wordings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import CheckOptions, check_file
from provcheck.rules.knowledge import use_knowledge

_, H = A4
KNOWLEDGE = """providers:
  - name: Tidewater
    kind: platform
    entities: [{legal_name: Tidewater Platform Services Limited}]
    source: invented for provcheck's tests; no real firm
  - name: Kestrel Wrap
    kind: platform
    aliases: [Kestrel]
    entities: [{legal_name: Kestrel Wrap Services Limited}]
    source: invented for provcheck's tests; no real firm
"""


@pytest.fixture
def options(tmp_path: Path) -> CheckOptions:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "providers.yaml").write_text(KNOWLEDGE, encoding="utf-8")
    yield CheckOptions(as_of=dt.date(2026, 11, 1), knowledge_path=folder)
    use_knowledge(None)


def _reply(path: Path, heading: str, small: str, where: str) -> Path:
    """A numbered question-and-answer reply; `small` printed as the footer, or under the answers."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 50, heading)
    c.setFont("Helvetica", 10)
    lines = [
        "Customer: Mrs Alys Penrose, 12 Quarry Lane, Bodmin, PL31 2AB",
        "1. Plan number", "    TW4418201",
        "2. Type of plan", "    Workplace Pension Plan",
        "3. Current fund value", "    £46,532.66 (as at 14/05/2025)",
        "4. Fund holdings",
        "    Kestrel Emerging Markets Opportunities Fund B Acc   £46,532.66",
    ]
    if where == "body":
        lines.append(small)
    for i, text in enumerate(lines):
        c.drawString(50, H - 90 - 16 * i, text)
    c.setFont("Helvetica", 7)
    if where == "foot":
        c.drawString(50, 40, small)
    elif where == "centred":
        c.drawCentredString(A4[0] / 2, 40, small)
    c.save()
    return path


@pytest.mark.parametrize(
    "small",
    [
        "Tidewater is a trading name used in this document. Registered office details are on our website.",
        "Tidewater is a trading name of Ashcombe Nominees Limited. Calls may be recorded.",
        "Calls may be recorded. Tidewater is the trading name of Ashcombe Nominees Limited.",
        "Tidewater and Tidewater Direct are trading names used within the Ashcombe group of companies.",
        "Tidewater is a trading style of Ashcombe Nominees Limited.",
    ],
)
@pytest.mark.parametrize("where", ["foot", "centred", "body"])
@pytest.mark.parametrize("heading", ["Tidewater response to your information request", "Your information request"])
def test_the_brand_small_print_calls_its_trading_name_issued_the_reply(
    tmp_path: Path, options: CheckOptions, small: str, where: str, heading: str
) -> None:
    result = check_file(_reply(tmp_path / "r.pdf", heading, small, where), options)
    assert result.record is not None, result.issues
    assert result.record.provider == "Tidewater"
    assert result.evidence["provider"].basis == "legal_name"


def test_without_the_sentence_the_heading_brand_is_not_claimed_surely(tmp_path: Path, options: CheckOptions) -> None:
    small = "Registered office details are on our website. Calls may be recorded."
    path = _reply(tmp_path / "r.pdf", "Tidewater response to your information request", small, "foot")
    result = check_file(path, options)
    assert result.record is not None, result.issues
    assert result.evidence.get("provider") is None or result.evidence["provider"].basis != "legal_name"
