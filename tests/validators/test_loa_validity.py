import datetime as dt

import pytest

from provcheck.rules import load_rule_pack
from provcheck.validators._base import add_months
from provcheck.validators.loa_validity import check_loa_validity


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 11, 15), 3) == dt.date(2026, 2, 15)


@pytest.mark.parametrize(
    ("signed", "expired"),
    [("2025-11-01", False), ("2025-10-31", True), ("2026-06-01", False), ("2020-01-01", True)],
)
def test_default_twelve_months(record, ctx, pack, signed, expired):
    rec = record("loa")
    rec.date_signed = signed
    issues = check_loa_validity(rec, pack.rules.loa_expired, ctx("loa"))
    assert bool(issues) is expired
    if expired:
        assert issues[0].field == "date_signed" and issues[0].severity == "error"
        assert signed in issues[0].message and "12 months" in issues[0].message


def test_pack_provider_override_wins(tmp_path, record, ctx):
    path = tmp_path / "pack.yaml"
    path.write_text("providers:\n  Aldgate Life: {loa_validity_months: 6}\n", encoding="utf-8")
    six = load_rule_pack(path)
    rec = record("loa")
    rec.date_signed = "2026-04-01"  # 7 months before the reference date
    assert check_loa_validity(rec, six.rules.loa_expired, ctx("loa", rule_pack=six))
    rec.provider = "Brunswick Wealth"  # not overridden: default 12 months
    assert not check_loa_validity(rec, six.rules.loa_expired, ctx("loa", rule_pack=six))


def test_registry_validity_applies(monkeypatch, record, ctx, pack):
    from provcheck.rules.pack import ProviderOverride

    monkeypatch.setattr(type(pack), "provider_settings", lambda self, name: ProviderOverride(loa_validity_months=3))
    rec = record("loa")
    rec.date_signed = "2026-07-01"
    [issue] = check_loa_validity(rec, pack.rules.loa_expired, ctx("loa"))
    assert "3 months" in issue.message


def test_only_loas(record, ctx, pack):
    rec = record("loa_response")
    rec.date_signed = "2000-01-01"
    assert check_loa_validity(rec, pack.rules.loa_expired, ctx("loa_response")) == []


def _signed_letter(path, date_text: str):
    """A real one-page LoA (reportlab), signed in ink, `date_text` printed beside the signature line."""
    from reportlab.pdfgen.canvas import Canvas

    from tests.extractor.test_signature import LINE_X0, LINE_X1, LINE_Y, polyline
    from tests.extractor.variants import LEFT, H, W

    c = Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica", 10)
    rows = [
        "Letter of Authority",
        "Full name: Priya Raman",
        "Date of birth: 14/03/1961",
        "Policy number: AL12345678",
        "",
        "I authorise Northgate Wealth Partners Ltd (FCA firm reference number 612345) to request",
        "and receive information about my plans listed above from the provider.",
    ]
    for n, row in enumerate(rows):
        c.drawString(LEFT, H - 100 - 16 * n, row)
    c.line(LINE_X0, LINE_Y, LINE_X1, LINE_Y)
    c.drawString(LINE_X0, LINE_Y - 12, "Signature of client")
    c.drawString(LINE_X1 + 30, LINE_Y - 12, date_text)
    polyline(c)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("date_text", ["12/03/2024", "Date: 12/03/2024", "Dated 12 March 2024"])
def test_an_expired_letter_dated_plainly_beside_its_signature_is_an_error(tmp_path, date_text):
    # the date is read from the text layer beside the signature: sure, so the finding stays an error
    from provcheck.pipeline import CheckOptions, check_file

    result = check_file(_signed_letter(tmp_path / "loa.pdf", date_text), CheckOptions(as_of=dt.date(2026, 11, 1)))
    assert result.record is not None and result.record.date_signed == "2024-03-12"
    expired = [i for i in result.issues if i.rule == "loa_expired"]
    assert [(i.field, i.severity) for i in expired] == [("date_signed", "error")]
    assert result.status == "rejected"
