import csv

from provcheck.dedupe.known import KnownMatcher
from provcheck.export import ExportItem, write_exports
from provcheck.models import Holding
from provcheck.rules.crm import load_crm_profile
from tests.known import write_known


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
    plans = next(w for w in summary.warnings if w.startswith("plannr-plans.csv"))
    # the fixture's plan has no status, start date or CRM id; its other mapped cells are filled
    assert "3 mapped cells are blank (unknown), in client_uuid (1), status (1), opened_at (1)." in plans
    clients = next(w for w in summary.warnings if w.startswith("plannr-clients.csv"))
    assert "client_uuid (1)" in clients and "first_name" not in clients


def test_plannr_client_uuid_is_the_crm_id_never_our_reference(tmp_path, mk):
    write_exports(tmp_path, [ExportItem(mk("a" * 64))], load_crm_profile("plannr"))
    assert read(tmp_path / "plannr-plans.csv")[0]["client_uuid"] == ""
    assert read(tmp_path / "plannr-clients.csv")[0]["client_uuid"] == ""
    crm = write_known(
        tmp_path / "crm.csv",
        [{"client_ref": "9f1c-77", "first_name": "Jane", "last_name": "Smith", "date_of_birth": "1961-03-14",
          "ni_number": "AB123456C"}],
    )  # fmt: skip
    known = KnownMatcher.load(crm)
    write_exports(tmp_path, [ExportItem(mk("a" * 64))], load_crm_profile("plannr"), known=known)
    assert read(tmp_path / "plannr-plans.csv")[0]["client_uuid"] == "9f1c-77"
    assert read(tmp_path / "plannr-clients.csv")[0]["client_uuid"] == "9f1c-77"
    assert read(tmp_path / "plannr-plans.csv")[0]["valuation_date"] == "31/03/2026"


def _check_out_under_umask(tmp_path, umask):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    samples = Path(__file__).resolve().parents[2] / "samples" / "text"
    inbox, out = tmp_path / f"inbox{umask:o}", tmp_path / f"out{umask:o}"
    inbox.mkdir()
    shutil.copy(samples / "aldgate_life-annual_statement-01.pdf", inbox)
    env = {k: v for k, v in os.environ.items() if k != "PROVCHECK_LEDGER"}
    proc = subprocess.run(
        [sys.executable, "-m", "provcheck", "check", str(inbox), "--out", str(out), "--as-of", "2026-11-01",
         "--ledger", str(tmp_path / f"ledger{umask:o}.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=lambda: os.umask(umask),
    )
    assert proc.returncode in (0, 1), proc.stderr
    return {p.name: p.stat().st_mode & 0o777 for p in out.rglob("*") if p.is_file()}


def test_outputs_respect_the_umask(tmp_path):
    for umask in (0o022, 0o027):
        modes = _check_out_under_umask(tmp_path, umask)
        assert {"results.jsonl", "plans.csv", "clients.csv", "exceptions.csv"} <= set(modes)
        assert any(n.startswith("report.") for n in modes)
        assert modes == dict.fromkeys(modes, 0o666 & ~umask), modes


def test_printed_products_reach_plans_csv(tmp_path):
    _check_out_under_umask(tmp_path, 0o022)
    plans = read(tmp_path / "out22" / "plans.csv")
    assert plans and all(p["product_name"] for p in plans), plans


def test_watch_notes_and_outputs_respect_the_umask(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    samples = Path(__file__).resolve().parents[2] / "samples" / "text"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(samples / "aldgate_life-loa-01.pdf", inbox)  # needs_review: a note lands beside it
    os.chmod(inbox / "aldgate_life-loa-01.pdf", 0o604)
    env = {k: v for k, v in os.environ.items() if k != "PROVCHECK_LEDGER"}
    args = ["watch", str(inbox), "--once", "--as-of", "2026-11-01", "--ledger", str(tmp_path / "l.db")]
    proc = subprocess.run(
        [sys.executable, "-m", "provcheck", *args, "--settle", "0.2"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=lambda: os.umask(0o027),
    )
    assert proc.returncode in (0, 1), proc.stderr
    note = inbox / "review" / "aldgate_life-loa-01.pdf.txt"
    assert note.stat().st_mode & 0o777 == 0o640
    assert (inbox / "review" / "aldgate_life-loa-01.pdf").stat().st_mode & 0o777 == 0o604  # the original, as it was
    outs = {p.name: p.stat().st_mode & 0o777 for p in (inbox / "out").iterdir()}
    assert "results.jsonl" in outs and set(outs.values()) == {0o640}, outs
