"""The watched folder: claim settled files, check them, record them, place them, regenerate out/.

Contract (spec/watch.md). Each file goes through these steps, each safe to repeat after a kill at any moment:

1. claim: an atomic rename from INBOX/NAME into INBOX/.provcheck/work/CLAIM/NAME. CLAIM encodes when the
   file was first seen (its arrival) and is the run's claim token in the ledger.
2. check: the same library call as `provcheck check` (pipeline.BatchChecker: isolated workers, then
   duplicates and cross-document checks), one checker for the whole session.
3. record: one ledger transaction; the claim token is UNIQUE, so a restart never records a claim twice.
4. place: the destination name is written to the ledger; for review/ and failed/ the sidecar note is written
   (atomically) first, so the file is never there without it; then the file is moved there without replacing
   anything (watch.place).
5. out/: regenerated from the ledger and replaced atomically, so CSV rows come from ledger rows, once each.

On start, every claim left in .provcheck/work/ is finished first: recorded claims are only placed, unrecorded
ones are checked again. So a SIGKILL loses no document and writes no row twice. SIGTERM and Ctrl-C let the
documents being checked finish, then stop; a second Ctrl-C stops at once (claims are picked up next start).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import queue
import re
import secrets
import signal
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from provcheck.export import ExportItem, write_exports
from provcheck.export.batch import write_report
from provcheck.export.reasons import sidecar_text
from provcheck.export.write import ExportSummary, atomic_write_bytes
from provcheck.inputs import EXTENSIONS, OWN_FOLDERS
from provcheck.ledger import Ledger, RecordedRun, now
from provcheck.ledger.earlier import earlier_documents
from provcheck.models import DocumentResult
from provcheck.outcome import Outcome
from provcheck.pipeline import BatchChecker, CheckOptions
from provcheck.rules.crm import CrmProfile
from provcheck.watch.place import free_name, move_with_note, write_missing_sidecar
from provcheck.watch.settle import IN_PROGRESS_SUFFIXES, Settler, is_input_name

if TYPE_CHECKING:
    from provcheck.dedupe.known import KnownMatcher

DESTINATION = {"clean": "processed", "needs_review": "review", "rejected": "review", "failed": "failed"}
WORK = Path(".provcheck") / "work"
# Temporary files of export.write.atomic_write_bytes: "." + name + "." + mkstemp's 8 characters + ".tmp".
_OUR_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


@dataclass
class WatchConfig:
    """How to watch an inbox.

    Args:
        inbox: the watched folder.
        options: the pipeline's options (rules, as-of date, jobs, limits).
        profile: the CRM mapping profile for out/.
        ledger_path: `--ledger PATH` (None: environment variable, then the default).
        poll: poll every this many seconds instead of using file-system events (network shares).
        settle: seconds a file's size and mtime must stay unchanged before it is claimed.
        rescan: with events, a full rescan this often anyway (events get missed).
        chunk: at most this many files are claimed and checked at once, so a stop is quick.
        export_every: regenerate out/ at most this often while files keep coming (and whenever idle).
        once: process what is in the inbox (after settling), then stop.
        fail_on: the `--fail-on` level the session's outcome is judged by (`watch --once` exits by it).
        pin_as_of: keep `options.as_of` fixed; otherwise each chunk is judged as of its own day, so a
            service running for weeks does not judge dates as of the day it started.
    """

    inbox: Path
    options: CheckOptions
    profile: CrmProfile
    ledger_path: Path | None = None
    poll: float | None = None
    settle: float = 2.0
    rescan: float = 5.0
    chunk: int = 8
    export_every: float = 10.0
    once: bool = False
    pin_as_of: bool = False
    fail_on: str = "error"


@dataclass
class WatchSummary:
    """What a watch session did."""

    processed: dict[str, int] = field(default_factory=dict)
    recovered: int = 0
    interrupted: bool = False
    outcome: Outcome = field(default_factory=Outcome)  # the documents checked this session, by check's table
    left: int = 0  # input files still in the inbox (or claimed, unfinished) when the session stopped
    skipped: list[str] = field(default_factory=list)  # top-level entries that are not inputs, left in place


@dataclass(frozen=True)
class _Claim:
    token: str
    folder: Path
    name: str
    arrived_at: str

    @property
    def path(self) -> Path:
        return self.folder / self.name


def _stamp(wall: float) -> str:
    return dt.datetime.fromtimestamp(wall, dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def _arrival(token: str) -> str:
    """The ledger timestamp of arrival encoded in a claim token."""
    moment = dt.datetime.strptime(token.split("-", 1)[0], "%Y%m%dT%H%M%S.%fZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Watcher:
    """One watch session over an inbox. `run()` blocks until stopped.

    Args:
        config: the watch settings.
        log: called with each line worth telling the user (to stderr in the CLI).
    """

    def __init__(self, config: WatchConfig, log: Callable[[str], None] = lambda line: None) -> None:
        self.config = config
        self.inbox = config.inbox.resolve()
        self.work = self.inbox / WORK
        self.log = log
        self.stop = threading.Event()
        self.wake = threading.Event()
        self.renamed: queue.SimpleQueue[str] = queue.SimpleQueue()
        self.summary = WatchSummary(outcome=Outcome(config.fail_on))
        self._dirty = True
        self._last_export = 0.0
        self._signals = 0

    # -- life cycle ------------------------------------------------------------------------------

    def request_stop(self, *_: object) -> None:
        """Finish the documents in hand, then stop (SIGTERM, first Ctrl-C). A second request stops at once."""
        self._signals += 1
        self.stop.set()
        self.wake.set()
        if self._signals > 1:
            raise KeyboardInterrupt

    def run(self) -> WatchSummary:
        """Recover unfinished claims, then watch until stopped.

        Returns:
            What the session did.

        Raises:
            KeyboardInterrupt: a second stop request arrived while documents were being checked.
        """
        from provcheck.dedupe.known import KnownMatcher
        from provcheck.rules import load_rule_pack

        self.pack = load_rule_pack(self.config.options.rules_path)
        known_path = self.config.options.known_path  # `--known`: exports name its clients as check's do
        self.known = KnownMatcher.load(known_path) if known_path is not None else None
        self._skipped_seen: set[str] = set()
        for folder in ("processed", "review", "failed", "out"):
            (self.inbox / folder).mkdir(parents=True, exist_ok=True)
        self.work.mkdir(parents=True, exist_ok=True)
        self._save_export_settings()
        with Ledger.open(self.config.ledger_path) as ledger:
            self.ledger = ledger
            for warning in ledger.warnings:
                self.log(f"warning: {warning}")
            self.batch = ledger.start_batch("watch", str(self.inbox))
            self.checker = BatchChecker(self.config.options, self.pack, ledger)
            observer = self._start_observer()
            try:
                self._recover()
                self._export(force=True)
                self._loop()
            except KeyboardInterrupt:
                self.summary.interrupted = True
                raise
            finally:
                if observer is not None:
                    observer.stop()
                    observer.join(2.0)  # a thread still running at exit prints an error (issue 13)
                if not self.summary.interrupted:
                    self._export(force=True)
                ledger.finish_batch(self.batch)
        self.summary.left = self._left()
        return self.summary

    def _left(self) -> int:
        """Input files not yet done: still in the inbox, or claimed and unfinished (next start finishes them)."""
        try:
            waiting = sum(1 for e in os.scandir(self.inbox) if is_input_name(e.name) and e.is_file())
            claimed = sum(1 for d in self.work.iterdir() if d.is_dir() and any(d.iterdir()))
        except OSError:
            return 0
        return waiting + claimed

    def _start_observer(self):  # noqa: ANN202 - watchdog's Observer, imported lazily
        if self.config.poll is not None or self.config.once:  # --once scans until the inbox is empty
            return None
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        watcher = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event) -> None:  # noqa: ANN001
                dest = getattr(event, "dest_path", "")
                if event.event_type == "moved" and dest and Path(os.fsdecode(dest)).parent == watcher.inbox:
                    watcher.renamed.put(Path(os.fsdecode(dest)).name)
                watcher.wake.set()

        observer = Observer()
        observer.schedule(Handler(), str(self.inbox), recursive=False)
        observer.daemon = True
        observer.start()
        return observer

    def _loop(self) -> None:
        settler = Settler(self.config.settle)
        idle_scans = 0
        while not self.stop.is_set():
            while not self.renamed.empty():
                settler.mark_renamed(self.renamed.get())
            ready = settler.scan(self.inbox)
            self._note_skipped()
            if ready:
                idle_scans = 0
                self._process(self._claim(ready[: self.config.chunk], settler))
                self._export(force=False)
                continue
            self._export(force=True)  # idle: bring out/ up to date
            if self.config.once and not settler.seen:
                idle_scans += 1
                if idle_scans > 1:
                    return
            self.wake.clear()
            if self.config.poll is not None:
                timeout = self.config.poll
            else:
                timeout = min(0.25, self.config.settle / 4) if settler.seen else self.config.rescan
            if self.config.once:
                timeout = min(timeout, max(self.config.settle, 0.1))
            self.wake.wait(timeout)

    # -- one document's steps --------------------------------------------------------------------

    def _claim(self, names: list[str], settler: Settler) -> list[_Claim]:
        claims = []
        for name in names:
            src = self.inbox / name
            try:
                st = src.stat()
            except FileNotFoundError:
                settler.forget(name)
                continue
            if (st.st_size, st.st_mtime_ns) != settler.signature(name):
                continue  # changed since the scan: not finished arriving after all
            first_seen = settler.wall_first_seen.get(name, time.time())
            token = f"{_stamp(first_seen)}-{secrets.token_hex(4)}"
            folder = self.work / token
            folder.mkdir()
            try:
                os.rename(src, folder / name)
            except FileNotFoundError:
                folder.rmdir()
                settler.forget(name)
                continue
            settler.forget(name)
            claims.append(_Claim(token, folder, name, _arrival(token)))
        return claims

    def _recover(self) -> None:
        """Finish claims a previous session left behind (killed, or stopped mid-chunk)."""
        for folder in ("processed", "review", "failed", "out"):
            for leftover in (self.inbox / folder).iterdir():
                if _OUR_TEMP.match(leftover.name):  # an atomic write cut short by a kill
                    leftover.unlink(missing_ok=True)
        claims = []
        for folder in sorted(p for p in self.work.iterdir() if p.is_dir()):
            names = sorted(p.name for p in folder.iterdir() if p.is_file())
            try:
                arrived = _arrival(folder.name)
            except ValueError:
                continue  # not one of ours
            if names:
                claims.append(_Claim(folder.name, folder, names[0], arrived))
                continue
            run = self.ledger.run_for_claim(folder.name)
            if run is not None:
                self._place(_Claim(folder.name, folder, "", arrived), run)
            else:
                folder.rmdir()  # killed between making the claim folder and moving the file in
        if claims:
            self.log(f"recovering {len(claims)} document(s) left from an earlier session")
            self.summary.recovered += len(claims)
            self._process(claims)

    def _process(self, claims: list[_Claim]) -> None:
        todo = []
        for claim in claims:
            run = self.ledger.run_for_claim(claim.token)
            if run is None:
                todo.append(claim)
            else:
                self._place(claim, run)
        if not todo:
            return
        as_of = None if self.config.pin_as_of else dt.date.today()
        started = now()
        shown = [str(self.inbox / c.name) for c in todo]
        results = self.checker.check([c.path for c in todo], shown_as=shown, as_of=as_of)
        for claim, result in zip(todo, results, strict=True):
            self.summary.outcome.add(result)
            run = self.ledger.record_run(
                self.batch,
                result,
                path=result.source.path,
                arrived_at=claim.arrived_at,
                started_at=started,
                claim=claim.token,
                destination=DESTINATION[result.status],
            )
            self._place(claim, run, result)
            started = now()

    def _place(self, claim: _Claim, run: RecordedRun, result: DocumentResult | None = None) -> None:
        destination = run.destination or DESTINATION[run.status]
        folder = self.inbox / destination
        folder.mkdir(exist_ok=True)
        src = claim.path if claim.name else None
        placed: Path | None = Path(run.placed_path) if run.placed_path else None
        noted = destination in ("review", "failed")
        if noted:
            result = result or self.ledger.result_for_run(run.run_id)
        earlier = earlier_documents(self.ledger)  # read once, and only if the note names a duplicate

        def note(name: str) -> str | None:  # written before the move: a file in failed/ always has its note
            if not noted:
                return None
            return sidecar_text(result, name, Path(result.source.path).name, earlier)

        if placed is not None and src is not None and src.exists():
            if not move_with_note(src, placed, note(placed.name)):
                placed = None  # the recorded name was taken meanwhile: pick another
        elif placed is not None and (text := note(placed.name)) is not None:
            # moved in by an earlier session, after its note; an older version wrote the note after the move
            write_missing_sidecar(placed, text)
        if placed is None and src is not None:
            while True:
                placed = free_name(folder, claim.name)
                self.ledger.mark_placed(run.run_id, str(placed))
                if move_with_note(src, placed, note(placed.name)):
                    break
        try:
            claim.folder.rmdir()
        except OSError:
            pass
        self._dirty = True
        self.summary.processed[run.status] = self.summary.processed.get(run.status, 0) + int(run.created)
        if placed is not None:
            self.log(
                f"{Path(placed).name}: {run.status}{' (rework)' if run.is_rework else ''} -> {destination}/"
            )

    # -- files that are not inputs -----------------------------------------------------------------

    def _note_skipped(self) -> None:
        """Log each top-level entry that is not an input once, and keep out/skipped.txt listing them.

        They stay where they are (spec "More decisions"): a subfolder's files and a `.docx` are not read.
        """
        found = []
        try:
            entries = sorted(os.scandir(self.inbox), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            name = entry.name
            if name.startswith((".", "~$")) or name.lower().endswith(IN_PROGRESS_SUFFIXES):
                continue  # hidden, or a copy still in progress: not the user's to hear about
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir and name in OWN_FOLDERS:
                continue
            if not is_dir and is_input_name(name):
                continue
            line = f"{name}/: a folder; only files at the inbox's top level are read" if is_dir else (
                f"{name}: not a document provcheck reads ({', '.join(sorted(EXTENSIONS))})"
            )
            found.append(line)
            if name not in self._skipped_seen:
                self._skipped_seen.add(name)
                self.log(f"{line}; left in place.")
        if found != self.summary.skipped:
            self.summary.skipped = found
            self._dirty = True  # report.html lists them
            text = "Left in place in the inbox, not checked:\n" + "".join(f"- {line}\n" for line in found)
            atomic_write_bytes(self.inbox / "out" / "skipped.txt", text.encode("utf-8"))

    # -- out/ ------------------------------------------------------------------------------------

    def _export(self, *, force: bool) -> None:
        if not self._dirty:
            return
        if not force and time.monotonic() - self._last_export < self.config.export_every:
            return
        summary = export_inbox(
            self.ledger, self.inbox, self.config.profile, self.known, self.pack.required, self.summary.skipped
        )
        for warning in summary.warnings:
            self.log(f"warning: {warning}")
        self._dirty = False
        self._last_export = time.monotonic()

    def _save_export_settings(self) -> None:
        """Keep how out/ is written (profile, --known, rules) in the inbox, so the review desk writes it alike."""
        from provcheck.export.settings import save_settings

        save_settings(self.inbox, self.config.profile, self.config.options.known_path, self.pack.required)


def export_inbox(
    ledger: Ledger,
    inbox: Path,
    profile: CrmProfile,
    known: KnownMatcher | None = None,
    required: Mapping[str, Sequence[str]] | None = None,
    skipped: Sequence[str] = (),
) -> ExportSummary:
    """Regenerate INBOX/out/ from the ledger: the CSVs, results.jsonl and the report, each atomically.

    The watcher calls it as files come; the review desk after a person's action on one of its documents.
    Per document and path, as check keeps them: a later exact copy does not push the original out.
    """
    entries = ledger.entries(origin=str(inbox), per_path=True)
    _point_at_placed(ledger, entries)
    items = [ExportItem(e.result, e.superseded) for e in entries]
    out = inbox / "out"
    summary = write_exports(out, items, profile, known=known, earlier=earlier_documents(ledger))
    write_report(out, [e.result for e in entries], required, skipped)
    return summary


def export_inbox_as_watched(ledger: Ledger, inbox: Path) -> ExportSummary:
    """`export_inbox` with the settings the inbox's watcher last ran with (`export.settings`)."""
    from provcheck.export.settings import load_settings

    settings = load_settings(inbox)
    skipped_file = inbox / "out" / "skipped.txt"
    skipped = []
    if skipped_file.is_file():
        skipped = [ln[2:] for ln in skipped_file.read_text(encoding="utf-8").splitlines() if ln.startswith("- ")]
    return export_inbox(ledger, inbox, settings.profile, settings.known, settings.required, skipped)


def _point_at_placed(ledger: Ledger, entries: list) -> None:
    """Make each result name where its original is now (processed/, review/, failed/), not the inbox.

    The ledger keeps the inbox path as the run's path (identity and rework go by it); only the
    exported lines follow the file.
    """
    ids = [e.run_id for e in entries]
    placed: dict[int, str] = {}
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start : start + 500]
        rows = ledger.conn.execute(
            f"SELECT id, placed_path FROM runs WHERE id IN ({','.join('?' * len(chunk))})", chunk
        )
        placed.update({int(r[0]): r[1] for r in rows if r[1]})
    for e in entries:
        if e.run_id in placed:
            e.result.source.path = placed[e.run_id]


@contextlib.contextmanager
def install_signal_handlers(watcher: Watcher) -> Iterator[None]:
    """While the block runs, SIGTERM and SIGINT ask the watcher to stop after the documents in hand.

    The process's own handlers come back afterwards: a program (or a test) that runs a watcher and
    goes on must get its Ctrl-C back, not a stop request to a watcher that has ended.
    """
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    for sig in previous:
        signal.signal(sig, watcher.request_stop)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
