import csv

from provcheck.export import ExportItem, write_exports
from provcheck.models import Holding
from provcheck.rules.crm import load_crm_profile


def read(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def test_rerun_gives_identical_files_and_no_temp_left(tmp_path, mk):
    items = [ExportItem(mk("a" * 64)), ExportItem(mk("b" * 64, "needs_review", policy="PP2"))]
    write_exports(tmp_path, items)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    write_exports(tmp_path, items)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert before == after
    assert set(after) == {"plans.csv", "holdings.csv", "clients.csv", "exceptions.csv", "results.jsonl"}
    assert len(read(tmp_path / "plans.csv")) == 1
    assert len((tmp_path / "results.jsonl").read_text().splitlines()) == 2


def test_intelliflo_profile_writes_tab_separated_holdings(tmp_path, mk):
    h = [Holding(fund_name="=cmd", isin="GB0000000001", units="10.0000", unit_price="2.0000", value="20.00")]
    summary = write_exports(tmp_path, [ExportItem(mk("a" * 64, holdings=h))], load_crm_profile("intelliflo"))
    rows = read(tmp_path / "intelliflo-valuations.tsv", "\t")
    assert rows == [
        {
            "PolicyNumber": "PP100",
            "PortalReference": rows[0]["PortalReference"],
            "CodeType": "ISIN",
            "Code": "GB0000000001",
            "Name": "'=cmd",
            "Units": "10.0000",
            "UnitsDate": "2026-03-31",
            "UnitPrice": "2.0000",
            "CurrencyCode": "GBP",
        }
    ]
    assert rows[0]["PortalReference"].startswith("P")
    assert (tmp_path / "plans.csv").exists() and summary.rows["holdings"] == 1


def test_plannr_warns_about_blank_cells(tmp_path, mk):
    summary = write_exports(tmp_path, [ExportItem(mk("a" * 64))], load_crm_profile("plannr"))
    assert any("clears a stored value" in w for w in summary.warnings)
    assert read(tmp_path / "plannr-plans.csv")[0]["valuation_date"] == "31/03/2026"
