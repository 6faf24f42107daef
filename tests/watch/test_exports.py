"""What the watched out/ folder exports, by the same code path as `provcheck check --out`.

The watcher in-process (the service API) on the committed sample PDFs, a real SQLite ledger.
"""

import csv
import datetime as dt
import json
import shutil
from pathlib import Path

from provcheck.pipeline import CheckOptions
from provcheck.rules.crm import load_crm_profile
from provcheck.watch import WatchConfig, Watcher
from tests.known import crm_knowing

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "text"
REPLY = "aldgate_life-loa_response-01.pdf"  # clean; one plan


def _watch(inbox, ledger, known=None):
    options = CheckOptions(as_of=dt.date(2026, 11, 1), known_path=known)
    config = WatchConfig(
        inbox=inbox, options=options, profile=load_crm_profile("generic"), ledger_path=ledger,
        poll=0.1, settle=0.0, once=True, pin_as_of=True,
    )  # fmt: skip
    return Watcher(config).run()


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _truth():
    return json.loads((SAMPLES / REPLY).with_suffix(".truth.json").read_text())["record"]


def test_a_later_exact_copy_leaves_the_clean_original_in_plans(tmp_path):
    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    inbox.mkdir()
    shutil.copy(SAMPLES / REPLY, inbox / "original.pdf")
    _watch(inbox, ledger)
    policy = _truth()["policy_number"]
    before = _rows(inbox / "out" / "plans.csv")
    assert [r["policy_number"] for r in before] == [policy]
    assert _rows(inbox / "out" / "exceptions.csv") == []

    shutil.copy(SAMPLES / REPLY, inbox / "copy.pdf")  # the same bytes, under another name
    _watch(inbox, ledger)
    assert (inbox / "processed" / "original.pdf").exists() and (inbox / "review" / "copy.pdf").exists()
    plans = _rows(inbox / "out" / "plans.csv")
    assert plans == before  # the original's row, unchanged
    exceptions = _rows(inbox / "out" / "exceptions.csv")
    assert len(exceptions) == 1 and Path(exceptions[0]["path"]).name == "copy.pdf"
    assert "duplicate" in json.dumps(exceptions[0]).lower()
    results = [json.loads(line) for line in (inbox / "out" / "results.jsonl").read_text().splitlines()]
    assert sorted((Path(r["source"]["path"]).name, r["status"]) for r in results) == [
        ("copy.pdf", "needs_review"), ("original.pdf", "clean"),
    ]  # fmt: skip


def test_known_clients_carry_their_crm_reference_in_watch_exports(tmp_path):
    truth = _truth()
    last = truth["client_name"].rpartition(" ")[2]
    crm = crm_knowing(tmp_path / "crm-export.csv", truth)
    runs = {}
    for name, known in (("plain", None), ("known", crm)):
        inbox = tmp_path / name
        inbox.mkdir()
        shutil.copy(SAMPLES / REPLY, inbox / "a-reply.pdf")
        _watch(inbox, tmp_path / f"{name}.sqlite", known)
        runs[name] = inbox / "out"
    clients = {r["last_name"]: r for r in _rows(runs["known"] / "clients.csv")}
    assert clients[last]["client_ref"] == "CRM-0042" and clients[last]["match_status"] == "matched"
    plans = {r["policy_number"]: r for r in _rows(runs["known"] / "plans.csv")}
    assert plans[truth["policy_number"]]["client_ref"] == "CRM-0042"
    plain = {r["last_name"]: r for r in _rows(runs["plain"] / "clients.csv")}
    assert plain[last]["client_ref"] != "CRM-0042"
    assert "CRM-0043" not in (runs["known"] / "clients.csv").read_text(encoding="utf-8-sig")
