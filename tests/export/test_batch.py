import csv
import sqlite3
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from provcheck.cli import app
from provcheck.export.batch import BatchOutputs
from provcheck.rules.crm import load_crm_profile


def test_batch_outputs_record_ledger_and_write_files(tmp_path, mk):
    out, ledger = tmp_path / "out", tmp_path / "l.sqlite"
    outputs = BatchOutputs(out, load_crm_profile("excel"), ledger_path=ledger)
    for result in (mk("a" * 64), mk("b" * 64, "rejected", policy="PP2"), mk("a" * 64)):
        outputs.add(result)
    summary = outputs.finish()
    assert summary.rows["plans"] == 1 and summary.rows["exceptions"] == 1
    assert (out / "plans.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert len((out / "results.jsonl").read_text().splitlines()) == 2  # same bytes twice: one document
    conn = sqlite3.connect(ledger)
    assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 3
    assert conn.execute("SELECT kind, finished_at IS NOT NULL FROM batches").fetchall() == [("check", 1)]


def test_check_out_writes_outputs_and_bad_mapping_exits_2(tmp_path):
    from reportlab.pdfgen import canvas

    docs = tmp_path / "docs"
    docs.mkdir()
    c = canvas.Canvas(str(docs / "a.pdf"))
    c.drawString(72, 720, "Annual statement")
    c.save()
    (docs / "b.pdf").write_bytes(b"not a pdf at all")
    out = tmp_path / "out"
    runner = CliRunner()
    args = ["check", str(docs), "--out", str(out), "--ledger", str(tmp_path / "l.sqlite"), "--jobs", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output  # b.pdf failed
    names = {p.name for p in out.iterdir()}
    assert {"results.jsonl", "plans.csv", "holdings.csv", "clients.csv", "exceptions.csv"} <= names
    with open(out / "exceptions.csv", encoding="utf-8-sig", newline="") as fh:
        paths = sorted(r["path"].rsplit("/", 1)[-1] for r in csv.DictReader(fh))
    assert "b.pdf" in paths
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nfiles: []\nextra: 1\n")
    # Through the real entry point, which maps ConfigError to exit 2 with the file, key and reason.
    done = subprocess.run(
        [str(Path(sys.executable).parent / "provcheck"), *args, "--mapping", str(bad)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert f"{bad}: extra: unknown key" in done.stderr and "Traceback" not in done.stderr


def _batch(mk):
    """A batch of every kind the files hold: clean plans with holdings, exceptions, a file given twice."""
    from provcheck.models import Holding, Issue

    results = []
    for i in range(9):
        holdings = [
            Holding(fund_name=f"Fund {i}-{j}", isin=f"GB{i:05}{j:05}", units="1", unit_price="2", value="2.00")
            for j in range(3)
        ]
        status = ("clean", "rejected", "needs_review")[i % 3]
        issues = [] if status == "clean" else [Issue(rule="r", field=None, severity="error", message=f"why {i}")]
        results.append(mk(f"{i:x}" * 64, status, policy=f"PP{i}", ni=f"AB{i:06}C", holdings=holdings, issues=issues))
    results.append(mk("1" * 64, "clean", policy="PP1", ni="AB000001C"))  # the second file again, now clean
    return results


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_spooled_batch_writes_the_bytes_of_its_results_held_whole_and_arrival_order_leaves_the_csvs(
    tmp_path, mk, monkeypatch
):
    from provcheck.export import ExportItem, render, write_exports
    from provcheck.export.batch import write_report
    from provcheck.pipeline import resolved

    profile = load_crm_profile("excel")  # a BOM, which must start the file once
    results = _batch(mk)

    def spooled(order, name):
        outputs = BatchOutputs(tmp_path / name, profile, use_ledger=False)
        for result in order:
            outputs.add(result.model_copy(deep=True))
        outputs.finish()
        files = _files(tmp_path / name)
        files.pop(".provcheck/export.json")  # the desk's settings, not a batch output
        return files

    # The reference: each file's latest result held whole in memory, in first-arrival order.
    latest = {}
    for result in results:
        latest[f"{result.source.sha256}|{resolved(result.source.path)}"] = result
    write_exports(tmp_path / "ref", [ExportItem(r) for r in latest.values()], profile)
    write_report(tmp_path / "ref", latest.values())
    expected = _files(tmp_path / "ref")  # each file in one piece (fewer rows than CHUNK_ROWS)

    monkeypatch.setattr(render, "CHUNK_ROWS", 2)  # every file of more than two rows is written in pieces
    forward = spooled(results, "forward")
    assert forward == expected
    # a header and five rows: rejected 4, 7 and needs_review 2, 5, 8 (file 1's clean re-run replaced it)
    assert forward["exceptions.csv"].count(b"\r\n") == 1 + 5
    assert forward["plans.csv"].count(b"\xef\xbb\xbf") == 1 and forward["plans.csv"].startswith(b"\xef\xbb\xbf")
    backward = spooled([*results[-2::-1], results[-1]], "backward")  # the re-run still comes last
    csvs = [name for name in forward if name.endswith(".csv") and not name.startswith("report")]
    assert len(csvs) >= 4 and all(backward[name] == forward[name] for name in csvs)
    assert backward["results.jsonl"] != forward["results.jsonl"]  # lines follow arrival; the CSVs sort


def test_batch_outputs_hold_no_result_and_a_few_hundred_bytes_a_document(tmp_path, mk):
    import gc
    import secrets
    import tracemalloc
    import weakref

    from provcheck.models import Issue

    def result(i):
        # a result line that does not compress away (as a real one's evidence does not)
        issues = [Issue(rule="r", field=None, severity="warning", message=secrets.token_hex(600))]
        return mk(f"{i:064x}", "needs_review", policy=f"PP{i}", issues=issues)

    outputs = BatchOutputs(tmp_path / "out", load_crm_profile("generic"), use_ledger=False)
    outputs.add(result(10_000))  # the spool and the dict are made before the measure
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    alive = []
    for i in range(300):
        r = result(i)
        alive.append(weakref.ref(r))
        outputs.add(r)
        del r
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert not [ref for ref in alive if ref() is not None]  # no document's result is kept
    assert held / 300 < 600, f"{held / 300:.0f} bytes held a document"  # its place in the spool, not its line
    summary = outputs.finish()
    assert summary.rows["exceptions"] == 301
