"""The watcher in-process, on states a kill leaves behind (claims in .provcheck/work/)."""

import os
import sqlite3

from provcheck.ledger import Ledger, now
from provcheck.pipeline import CheckOptions, failed_result, file_identity
from provcheck.rules.crm import load_crm_profile
from provcheck.watch import WatchConfig, Watcher

TOKEN = "20261101T090000.000000Z-0000abcd"


def config(inbox, ledger):
    return WatchConfig(
        inbox=inbox,
        options=CheckOptions(),
        profile=load_crm_profile("generic"),
        ledger_path=ledger,
        poll=0.1,
        settle=0.0,
        once=True,
    )


def claim(inbox, token, name, data):
    folder = inbox / ".provcheck" / "work" / token
    folder.mkdir(parents=True)
    (folder / name).write_bytes(data)
    return folder / name


def runs(ledger):
    return sqlite3.connect(ledger).execute("SELECT claim, arrived_at, placed_path FROM runs").fetchall()


def test_unrecorded_claim_is_checked_with_its_arrival_time(tmp_path):
    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    claim(inbox, TOKEN, "x.pdf", b"garbage, not a pdf")
    (inbox / ".provcheck" / "work" / "20261101T090001.000000Z-0000ffff").mkdir()  # killed before the rename
    Watcher(config(inbox, ledger)).run()
    assert (inbox / "failed" / "x.pdf").read_bytes() == b"garbage, not a pdf"
    assert (inbox / "failed" / "x.pdf.txt").exists()
    assert runs(ledger) == [(TOKEN, "2026-11-01T09:00:00.000000Z", str(inbox.resolve() / "failed" / "x.pdf"))]
    assert not list((inbox / ".provcheck" / "work").iterdir())


def test_recorded_claim_killed_mid_move_is_finished_not_rerun(tmp_path):
    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    work_file = claim(inbox, TOKEN, "x.pdf", b"garbage")
    (inbox / "failed").mkdir(parents=True)
    (inbox / "failed" / "x.pdf").write_bytes(b"someone else's x.pdf")
    target = inbox.resolve() / "failed" / "x (2).pdf"
    with Ledger.open(ledger) as led:
        batch = led.start_batch("watch", str(inbox.resolve()))
        result = failed_result(file_identity(work_file), "not_a_pdf", "not a PDF")
        run = led.record_run(
            batch,
            result,
            path=str(inbox / "x.pdf"),
            arrived_at=now(),
            started_at=now(),
            claim=TOKEN,
            destination="failed",
        )
        led.mark_placed(run.run_id, str(target))
    os.link(work_file, target)  # the kill came between link and unlink
    Watcher(config(inbox, ledger)).run()
    assert len(runs(ledger)) == 1
    assert not work_file.exists() and target.read_bytes() == b"garbage"
    assert (inbox / "failed" / "x.pdf").read_bytes() == b"someone else's x.pdf"
    assert sorted(p.name for p in (inbox / "failed").iterdir()) == ["x (2).pdf", "x (2).pdf.txt", "x.pdf"]
