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


# ---- loose ends of issue 13 (item 8) -------------------------------------------------------------


def _watch(inbox, ledger):
    lines: list[str] = []
    summary = Watcher(config(inbox, ledger), log=lines.append).run()
    return summary, lines


def test_a_subfolder_and_a_docx_are_left_in_place_and_said_so(tmp_path):
    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    (inbox / "scans").mkdir(parents=True)
    (inbox / "scans" / "inner.pdf").write_bytes(b"in a subfolder")
    (inbox / "letter.docx").write_bytes(b"PK\x03\x04 an office file")
    summary, lines = _watch(inbox, ledger)
    assert (inbox / "scans" / "inner.pdf").read_bytes() == b"in a subfolder"
    assert (inbox / "letter.docx").exists()
    assert any(line.startswith("letter.docx: not a document provcheck reads") for line in lines), lines
    assert any(line.startswith("scans/: a folder") for line in lines), lines
    listed = (inbox / "out" / "skipped.txt").read_text()
    assert "letter.docx" in listed and "scans/" in listed
    assert "processed" not in listed and "out/" not in listed  # provcheck's own folders are not news
    assert len(summary.skipped) == 2 and runs(ledger) == []
    html = (inbox / "out" / "report.html").read_text()
    assert "Skipped: left in place" in html and "letter.docx" in html


def test_results_jsonl_names_where_the_original_is_now(tmp_path):
    import json

    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    inbox.mkdir()
    (inbox / "x.pdf").write_bytes(b"garbage, not a pdf")
    _watch(inbox, ledger)
    line = json.loads((inbox / "out" / "results.jsonl").read_text().splitlines()[0])
    assert line["source"]["path"] == str(inbox.resolve() / "failed" / "x.pdf")
    assert (inbox / "failed" / "x.pdf").exists()


def test_the_note_of_a_renamed_original_is_headed_with_its_own_name(tmp_path):
    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    (inbox / "failed").mkdir(parents=True)
    (inbox / "failed" / "x.pdf").write_bytes(b"an earlier x.pdf")
    (inbox / "x.pdf").write_bytes(b"garbage, not a pdf")
    _watch(inbox, ledger)
    note = (inbox / "failed" / "x (2).pdf.txt").read_text().splitlines()
    assert note[0] == "x (2).pdf (dropped into the inbox as x.pdf)"
    assert (inbox / "failed" / "x.pdf").read_bytes() == b"an earlier x.pdf"


def test_once_counts_what_it_checked_by_checks_table(tmp_path):
    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    inbox.mkdir()
    (inbox / "x.pdf").write_bytes(b"garbage, not a pdf")
    summary, _ = _watch(inbox, ledger)
    assert summary.outcome.counts == {"failed": 1} and int(summary.outcome.exit_code) == 1
    assert summary.left == 0


def test_a_failed_file_never_appears_without_its_note(tmp_path, monkeypatch):
    # spec/watch.md: failed/ holds each original with its note. Watch every name made in failed/ and
    # review/ (the move is a hard link) and look for the note at the moment the original appears.
    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    (inbox / "failed").mkdir(parents=True)
    (inbox / "failed" / "x.pdf").write_bytes(b"an earlier x.pdf")  # the second name is the one used
    (inbox / "x.pdf").write_bytes(b"garbage, not a pdf")
    real_link, seen = os.link, []

    def link(src, dst, *args, **kwargs):
        dst = os.fspath(dst)
        if os.path.basename(os.path.dirname(dst)) in ("failed", "review") and dst.endswith(".pdf"):
            seen.append((os.path.basename(dst), os.path.exists(dst + ".txt")))
        return real_link(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "link", link)
    _watch(inbox, ledger)
    assert seen == [("x (2).pdf", True)]
    assert (inbox / "failed" / "x (2).pdf").read_bytes() == b"garbage, not a pdf"
    assert (inbox / "failed" / "x.pdf").read_bytes() == b"an earlier x.pdf"


def test_a_copy_under_another_name_names_where_the_earlier_one_is_now_and_when_it_came(tmp_path):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "samples" / "text" / "aldgate_life-loa_response-01.pdf"
    inbox, ledger = tmp_path / "inbox", tmp_path / "l.sqlite"
    inbox.mkdir()
    cfg = config(inbox, ledger)
    cfg.options = CheckOptions(knowledge_path=sample.parents[1] / "knowledge")
    (inbox / "x.pdf").write_bytes(sample.read_bytes())
    Watcher(cfg).run()
    assert (inbox / "processed" / "x.pdf").exists()
    (arrived,) = sqlite3.connect(ledger).execute("SELECT arrived_at FROM runs").fetchone()
    (inbox / "y.pdf").write_bytes(sample.read_bytes())  # the same bytes under another name: a duplicate
    Watcher(cfg).run()
    earlier = inbox.resolve() / "processed" / "x.pdf"  # not inbox/x.pdf, where it was checked and is no more
    said = f"- Possible duplicate: an exact copy of {earlier}, first seen {arrived[:10]} {arrived[11:16]} UTC."
    assert said in (inbox / "review" / "y.pdf.txt").read_text().splitlines()
    out = (inbox / "out" / "exceptions.csv").read_text()
    assert f"Possible duplicate: an exact copy of {earlier}." in out  # once, in full; no time in an export row
    assert out.count("x.pdf") == 1 and "first seen" not in out


def test_the_stop_signals_are_the_watchers_only_while_it_runs(tmp_path):
    import signal

    from provcheck.watch import install_signal_handlers

    inbox = tmp_path / "in"
    inbox.mkdir()
    watcher = Watcher(config(inbox, tmp_path / "l.sqlite"))
    before = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
    with install_signal_handlers(watcher):
        assert signal.getsignal(signal.SIGINT) == watcher.request_stop
        assert signal.getsignal(signal.SIGTERM) == watcher.request_stop
    # the process's Ctrl-C comes back: a program that ran a watcher is interrupted as before
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
