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
