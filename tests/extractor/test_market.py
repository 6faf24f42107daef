"""The bundled real-market registry identifies its providers by their own print (issue 11).

Data-driven: every case comes from src/provcheck/rules/data/providers/ (facts with their
sources there); nothing about a real firm is written in this test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.extractor.registry_names import match_name
from provcheck.pipeline import CheckOptions, check_file
from provcheck.rules.knowledge import build

MARKET = build(None).providers
FORMER = [(p.name, f) for p in MARKET for f in p.former_names]
LEGAL = [(p.name, e.legal_name) for p in MARKET for e in p.entities]
FRNS = [(p.name, e.frn) for p in MARKET for e in p.entities if e.frn]
OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))


def test_the_market_is_there():
    assert MARKET, "the bundled registry holds the real market"
    assert all(p.source for p in MARKET) and all(p.kind != "sample" for p in MARKET)


@pytest.mark.parametrize(("provider", "former"), FORMER, ids=[f for _, f in FORMER])
def test_a_former_name_maps_to_todays_provider(provider, former):
    hit = match_name(former)
    assert hit is not None and hit[0].name == provider


@pytest.mark.parametrize(("provider", "legal"), LEGAL, ids=[n for _, n in LEGAL])
def test_a_legal_name_maps_to_its_provider(provider, legal):
    hit = match_name(f"{legal} is authorised and regulated by the Financial Conduct Authority.")
    issuing_for = {p.name for p in MARKET if legal in (e.legal_name for e in p.entities)}
    if len(issuing_for) > 1:  # one company issuing for two brands names neither on its own
        assert hit is None
    else:
        assert hit is not None and hit[0].name == provider and hit[3]


# a name with a bracketed part ("Sun Life of Canada (UK)") is printed in other ways; its former names are tested above
PLAIN_NAMES = [p.name for p in MARKET if "(" not in p.name]


@pytest.mark.parametrize("provider", PLAIN_NAMES)
def test_a_brands_own_name_maps_to_it(provider):
    # though another brand's issuing company bears the same words before its suffix ("... Life Limited")
    hit = match_name(f"{provider} Annual Statement")
    assert hit is not None and hit[0].name == provider


@pytest.mark.parametrize("provider", [n for n in PLAIN_NAMES if " " in n])
def test_a_column_gap_ends_a_letterhead_name(provider):
    # "Brand      Pensions | Transfers out": the words past the gap are the page's heading, not the name's
    from provcheck.extractor.provider import find_registered
    from tests.extractor.tablelines import lines_of, row

    lines = lines_of([row((40, provider), (400, "Pensions | Transfers out")), row((40, "Dear Sir or Madam"))])
    found = find_registered([lines], False)
    assert found is not None and found[0].name == provider


@pytest.mark.parametrize(("provider", "frn"), FRNS, ids=[f for _, f in FRNS])
def test_a_statement_with_only_an_frn_in_its_small_print(tmp_path: Path, provider, frn):
    pdf = tmp_path / "s.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, 790, "Your pension")
    c.setFont("Helvetica", 10)
    body = ["Annual statement", "Statement period: 1 April 2025 to 31 March 2026", "Client name: Mrs Jane Smith",
            "Plan number: 12345678", "Plan value: £12,345.67"]
    for i, text in enumerate(body):
        c.drawString(60, 740 - 16 * i, text)
    c.setFont("Helvetica", 7)
    c.drawString(60, 50, f"Authorised and regulated by the Financial Conduct Authority. Firm Reference Number {frn}.")
    c.save()
    result = check_file(pdf, OPTIONS)
    assert result.record.provider == provider
    assert result.evidence["provider"].basis == "frn"
