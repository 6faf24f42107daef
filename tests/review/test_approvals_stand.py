"""Approvals stand (spec/review.md): a later `check` of the same file keeps the person's result; new content does not.

One real generated statement that needs review is copied to a folder of its own, checked by the real
command line, approved through the desk's library, then checked again: once unchanged, once with its
bytes changed.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

from provcheck.ledger import Ledger
from provcheck.review import Desk, queue
from provcheck.review.export import regenerate_outputs
from tests.cli.conftest import run_cli
from tests.known import crm_knowing


def _check(folder, out, ledger):
    done = run_cli("check", str(folder), "--out", str(out), "--ledger", str(ledger), "--json")
    assert done.returncode in (0, 1), done.stderr
    [line] = [json.loads(x) for x in done.stdout.splitlines()]
    return done, line


def _policies(path):
    return {row["policy_number"] for row in csv.DictReader(open(path, encoding="utf-8"))}


def test_an_approval_stands_over_a_re_run_until_the_content_changes(ledger, tmp_path):
    waiting = next(i for i in queue(ledger, doc_type="annual_statement") if i.errors == 0)
    original = Desk(ledger).document(waiting.document_id)
    folder = tmp_path / "in"
    folder.mkdir()
    pdf = folder / "statement.pdf"
    shutil.copyfile(original.path, pdf)
    out, db = tmp_path / "out", tmp_path / "ledger.db"

    first, line = _check(folder, out, db)
    assert line["status"] == "needs_review" and "review" not in line
    policy = line["record"]["policy_number"]
    assert policy not in _policies(out / "plans.csv") and policy in _policies(out / "exceptions.csv")

    with Ledger.open(db) as mine:
        [item] = queue(mine)
        Desk(mine).approve(item.document_id, "jsmith", version=item.version)
        runs_before = mine.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0]

    again, line = _check(folder, out, db)
    assert "1 clean" in again.stderr  # the document's result is the approved one
    assert line["status"] == "clean" and line["review"]["decision"] == "approved" and line["review"]["by"] == "jsmith"
    assert policy in _policies(out / "plans.csv") and policy not in _policies(out / "exceptions.csv")
    results = [json.loads(x) for x in open(out / "results.jsonl", encoding="utf-8")]
    assert [r["review"]["decision"] for r in results] == ["approved"]
    with Ledger.open(db) as mine:
        runs = mine.conn.execute("SELECT status, result_json FROM runs ORDER BY id").fetchall()
        assert len(runs) == runs_before + 1  # the machine's re-run is recorded as a run of its own
        assert runs[-1]["status"] == "needs_review" and "review" not in json.loads(runs[-1]["result_json"])
        assert queue(mine) == []  # and the desk does not ask for it again

    with open(pdf, "ab") as fh:  # new content: another document, judged afresh
        fh.write(b"\n% re-saved by the provider\n")
    _, line = _check(folder, out, db)
    assert line["status"] == "needs_review" and "review" not in line
    assert policy in _policies(out / "exceptions.csv") and policy not in _policies(out / "plans.csv")
    with Ledger.open(db) as mine:
        assert [i.document_id for i in queue(mine)] != [item.document_id] and len(queue(mine)) == 1


def test_the_desk_rewrites_out_as_check_wrote_it(ledger, tmp_path):
    """Profile, --known and report: the folder regenerated after an approval is what `check` now writes."""
    waiting = next(i for i in queue(ledger, doc_type="annual_statement") if i.errors == 0)
    original = Path(Desk(ledger).document(waiting.document_id).path)
    truth = json.loads(original.with_suffix(".truth.json").read_text(encoding="utf-8"))["record"]
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(original, folder / "statement.pdf")
    crm = crm_knowing(tmp_path / "crm.csv", truth)
    db = tmp_path / "ledger.db"
    options = ("--ledger", str(db), "--crm", "plannr", "--known", str(crm))
    done = run_cli("check", str(folder), "--out", str(tmp_path / "out"), *options)
    assert done.returncode in (0, 1), done.stderr
    assert list(csv.DictReader(open(tmp_path / "out" / "plannr-plans.csv", encoding="utf-8"))) == []

    with Ledger.open(db) as mine:
        [item] = queue(mine)
        Desk(mine).approve(item.document_id, "jsmith", version=item.version)
        assert regenerate_outputs(mine, item.document_id) == [(tmp_path / "out").resolve()]
    out = tmp_path / "out"
    [plan] = list(csv.DictReader(open(out / "plannr-plans.csv", encoding="utf-8")))  # the chosen CRM's files too
    assert (plan["name"], plan["client_uuid"]) == (truth["policy_number"], "CRM-0042")
    [client] = list(csv.DictReader(open(out / "clients.csv", encoding="utf-8")))
    assert client["client_ref"] == "CRM-0042"  # the --known match, as check made it
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["cuts"]["all"][""]["by_status"]["clean"] == 1
    assert [d["ledger_document_id"] for d in report["documents"]] == [item.document_id]

    again = run_cli("check", str(folder), "--out", str(tmp_path / "again"), *options)
    assert again.returncode in (0, 1), again.stderr
    for name in ("plans.csv", "holdings.csv", "clients.csv", "exceptions.csv", "plannr-plans.csv",
                 "plannr-clients.csv", "results.jsonl"):  # fmt: skip
        assert (out / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name


def test_a_folder_whose_known_file_has_gone_is_left_as_it_is(ledger, tmp_path):
    waiting = next(i for i in queue(ledger, doc_type="annual_statement") if i.errors == 0)
    original = Path(Desk(ledger).document(waiting.document_id).path)
    truth = json.loads(original.with_suffix(".truth.json").read_text(encoding="utf-8"))["record"]
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(original, folder / "statement.pdf")
    crm, db, out = crm_knowing(tmp_path / "crm.csv", truth), tmp_path / "ledger.db", tmp_path / "out"
    done = run_cli("check", str(folder), "--out", str(out), "--ledger", str(db), "--known", str(crm))
    assert done.returncode in (0, 1), done.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    crm.unlink()
    with Ledger.open(db) as mine:
        [item] = queue(mine)
        Desk(mine).approve(item.document_id, "jsmith", version=item.version)  # recorded all the same
        assert regenerate_outputs(mine, item.document_id) == []
        assert queue(mine) == []
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
