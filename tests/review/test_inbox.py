"""A decision in the desk on documents of a real watched inbox (`provcheck watch --once`), spec/review.md.

Approval moves the original from review/ to processed/ with the watcher's no-overwrite naming, its note
goes with it marked resolved, and out/ is regenerated; a rejection leaves the original in review/.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil

from provcheck.ledger import Ledger
from provcheck.review import Desk, queue
from provcheck.review.export import regenerate_outputs
from provcheck.review.pages import source_file
from tests.cli.conftest import run_cli


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _watch(inbox, db):
    done = run_cli("watch", str(inbox), "--once", "--settle", "0", "--ledger", str(db))
    assert done.returncode in (0, 1), done.stderr
    return done


def _rows(path):
    return list(csv.DictReader(open(path, encoding="utf-8")))


def test_approval_moves_the_original_to_processed_and_rejection_leaves_it(ledger, tmp_path):
    statement = next(i for i in queue(ledger, doc_type="annual_statement") if i.errors == 0)
    loa = next(i for i in queue(ledger, doc_type="loa"))
    inbox, db = tmp_path / "inbox", tmp_path / "watch.db"
    inbox.mkdir()
    shutil.copyfile(Desk(ledger).document(statement.document_id).path, inbox / "statement.pdf")
    shutil.copyfile(Desk(ledger).document(loa.document_id).path, inbox / "authority.pdf")
    (inbox / "processed").mkdir()
    users = inbox / "processed" / "statement.pdf"  # a file of the same name already there: never replaced
    users.write_bytes(b"%PDF-1.4 the user's own file\n")
    kept = _sha(users)

    _watch(inbox, db)
    waiting = inbox / "review" / "statement.pdf"
    assert waiting.is_file() and (inbox / "review" / "statement.pdf.txt").is_file()
    assert (inbox / "review" / "authority.pdf").is_file()
    moved_sha = _sha(waiting)

    with Ledger.open(db) as mine:
        by_name = {i.document_id: i for i in queue(mine)}
        paths = dict(mine.conn.execute("SELECT document_id, path FROM runs").fetchall())
        [doc] = [d for d in by_name if paths[d].endswith("statement.pdf")]
        [other] = [d for d in by_name if paths[d].endswith("authority.pdf")]
        desk = Desk(mine)
        policy = desk.document(doc).result.record.policy_number
        assert policy in {r["policy_number"] for r in _rows(inbox / "out" / "exceptions.csv")}
        desk.approve(doc, "jsmith", version=by_name[doc].version)
        written = regenerate_outputs(mine, doc)  # what the desk's server calls after every action
        assert inbox.resolve() / "out" in written

        approved = inbox / "processed" / "statement (2).pdf"
        assert not waiting.exists() and approved.is_file() and _sha(approved) == moved_sha
        assert _sha(users) == kept  # the user's file of that name is untouched
        assert not (inbox / "review" / "statement.pdf.txt").exists()
        note = (inbox / "processed" / "statement (2).pdf.txt").read_text(encoding="utf-8")
        assert note.startswith("Resolved in review: approved by jsmith at ")
        assert "statement.pdf" in note.split("\n\n", 1)[1]  # the watcher's note follows
        assert policy in {r["policy_number"] for r in _rows(inbox / "out" / "plans.csv")}
        assert policy not in {r["policy_number"] for r in _rows(inbox / "out" / "exceptions.csv")}
        lines = {json.loads(x)["source"]["path"]: json.loads(x) for x in open(inbox / "out" / "results.jsonl")}
        assert lines[str(approved.resolve())]["review"]["decision"] == "approved"
        assert source_file(mine.conn, doc) == approved.resolve()  # the desk still shows its pages

        desk.reject(other, "jsmith", "provider must reissue", version=by_name[other].version)
        regenerate_outputs(mine, other)
        assert (inbox / "review" / "authority.pdf").is_file()
        note = (inbox / "review" / "authority.pdf.txt").read_text(encoding="utf-8")
        assert note.startswith("Rejected in review: rejected by jsmith at ") and "provider must reissue" in note
        assert not list((inbox / "processed").glob("authority*"))

    _watch(inbox, db)  # the watcher started again agrees: nothing moves back, the approval stays in out/
    assert approved.is_file() and (inbox / "review" / "authority.pdf").is_file() and _sha(users) == kept
    assert policy in {r["policy_number"] for r in _rows(inbox / "out" / "plans.csv")}
    assert sorted(p.name for p in (inbox / "review").iterdir()) == ["authority.pdf", "authority.pdf.txt"]
