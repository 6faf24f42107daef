"""Runs a batch's documents in isolated worker processes and yields their results in input order.

Contract (issue 6):
- `run_documents(files, options, pack)` yields exactly one `DocumentResult` per file, in the order
  given, streaming: a result is yielded as soon as it and every earlier one are done.
- Each document runs in a worker process of our own (not ProcessPoolExecutor, whose pool breaks
  on one crash). A worker that dies (a segfault in a C decoder) gives that document a `failed`
  result with rule `crashed`; one that passes `options.limits.timeout_s` is killed, with rule
  `timeout`; a MemoryError under the per-worker address-space cap gives `too_large`. The batch
  goes on with a fresh worker.
- Memory stays flat: at most `2 * jobs` documents are dispatched beyond the next one to yield,
  and workers are recycled after `RECYCLE_AFTER` documents.
- Ctrl-C (or closing the generator) kills every worker; KeyboardInterrupt is re-raised as
  `BatchInterrupted`, which says how many documents were done and how many were not.
- Workers are reused across documents and get the rule pack once, at start. Each runs in its
  own process group, so killing it also ends a Tesseract child, and a terminal's Ctrl-C reaches
  only the parent. Tesseract runs single-threaded (OMP_THREAD_LIMIT=1): parallelism is the pool's.

Test hook: when PROVCHECK_TEST_FAULT holds a JSON object mapping file-name globs to actions, a
worker applies the first matching value, a comma-separated list of actions, before reading the
file: "crash" (SIGSEGV), "exit", "hang", "hangchild:SECONDS" (start `sleep SECONDS`, then hang),
"sleep:SECONDS", "memory" (allocate past the cap), "grow:MB" (hold MB), "raise", "stub" (stop with a placeholder
result, without reading, whose one issue gives the worker's pid, its parent's, the time and OMP_THREAD_LIMIT).
It exists only for tests of the isolation above.
"""

from __future__ import annotations

import fnmatch
import gc
import importlib
import json
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from provcheck.errors import ProvcheckError
from provcheck.models import DocumentResult, Issue, Source
from provcheck.pipeline import CheckOptions, check_file, failed_result, file_identity
from provcheck.rules import RulePack

FAULT_ENV = "PROVCHECK_TEST_FAULT"
MEMORY_ENV = "PROVCHECK_WORKER_MEMORY_MB"
# Address-space cap per worker (inherited by its Tesseract child). A 60-megapixel page bitmap is
# about 240 MB; 2 GiB leaves room for a few copies while stopping a bomb long before the machine swaps.
DEFAULT_MEMORY_MB = 2048
RECYCLE_AFTER = 200  # documents per worker, so a slow leak in a C library cannot grow for a whole batch
_PRELOAD = ["provcheck.pipeline", "provcheck.extractor", "provcheck.validators"]


class BatchInterrupted(KeyboardInterrupt):
    """The batch was interrupted (Ctrl-C); `done` results were yielded, `not_done` documents were not."""

    def __init__(self, done: int, not_done: int) -> None:
        super().__init__(f"interrupted: {done} documents done, {not_done} not done")
        self.done = done
        self.not_done = not_done


@dataclass(frozen=True)
class _Setup:
    """What every worker gets once, at start (pickled across the process boundary)."""

    options: CheckOptions
    pack: RulePack
    env: dict[str, str]
    cwd: str
    memory_mb: int
    faults: dict[str, str]


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    ready: bool = False  # may be given a document now
    started: bool = False  # finished its set-up at least once
    task: tuple[int, Path, float] | None = None  # index, path, deadline
    done: int = 0
    peak: Any = None  # shared: the largest address-space size the worker has seen itself use, in bytes


@dataclass
class _Pool:
    ctx: Any
    setup: _Setup
    workers: list[_Worker] = field(default_factory=list)
    start_failures: int = 0


def run_documents(files: Sequence[Path], options: CheckOptions, pack: RulePack) -> Iterator[DocumentResult]:
    """Yield one result per file, in the order given, running `options.jobs` documents at once.

    Args:
        files: the input files.
        options: run options (`jobs`, `limits.timeout_s` are used here; the rest by the pipeline).
        pack: the rule pack, sent to each worker once.

    Yields:
        One result per file, in input order; a crash, timeout or memory blow-up is a `failed` result.

    Raises:
        BatchInterrupted: on Ctrl-C, after every worker is stopped.
    """
    files = list(files)
    if not files:
        return
    jobs = max(1, min(int(options.jobs or 1), len(files)))
    window = 2 * jobs
    pool = _Pool(ctx=_context(), setup=_make_setup(options, pack))
    done: dict[int, DocumentResult] = {}
    next_yield = next_send = 0
    try:
        for _ in range(jobs):
            _start_worker(pool)
        while next_yield < len(files):
            # an idle worker gets its next document before the caller is given a result: what the
            # caller does with one (duplicates, JSON, files) would otherwise leave that worker waiting
            for w in pool.workers:
                if w.ready and w.task is None and next_send < min(len(files), next_yield + window):
                    if _send(w, next_send, files[next_send], options.limits.timeout_s):
                        next_send += 1
            if next_yield in done:
                yield done.pop(next_yield)
                next_yield += 1
                continue
            _collect(pool, done, jobs, remaining=len(files) - next_send)
    except KeyboardInterrupt:
        _shutdown(pool, force=True)
        raise BatchInterrupted(next_yield, len(files) - next_yield) from None
    finally:
        _shutdown(pool, force=next_yield < len(files))


def _context() -> Any:
    # fork, where the process has no other thread: a worker starts as a copy of the caller, which has
    # imported the pipeline and put the knowledge in force already, so it starts in a millisecond and
    # shares those pages instead of importing and building them again (issue 14: a one-page `check`
    # took 1.07 s, most of it a second start-up). A process with threads (the watcher, a progress bar)
    # may hold a lock another thread took; its workers fork from a server that already imported the
    # pipeline instead (forkserver), so they inherit no thread and no lock of the caller's.
    methods = mp.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        for name in _PRELOAD:  # imported once here, shared by every worker
            importlib.import_module(name)
        return mp.get_context("fork")
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return mp.get_context("spawn")


def _make_setup(options: CheckOptions, pack: RulePack) -> _Setup:
    faults: dict[str, str] = {}
    raw = os.environ.get(FAULT_ENV)
    if raw:
        faults = {str(k): str(v) for k, v in json.loads(raw).items()}
    try:
        memory_mb = int(os.environ.get(MEMORY_ENV, DEFAULT_MEMORY_MB))
    except ValueError:
        memory_mb = DEFAULT_MEMORY_MB
    # The forkserver keeps the environment and folder it started with; workers take the caller's.
    return _Setup(options, pack, dict(os.environ), os.getcwd(), memory_mb, faults)


def _start_worker(pool: _Pool) -> None:
    parent, child = pool.ctx.Pipe(duplex=True)
    peak = pool.ctx.RawValue("q", 0)
    proc = pool.ctx.Process(target=_worker_main, args=(child, pool.setup, peak), daemon=True, name="provcheck")
    proc.start()
    child.close()  # so the parent sees EOF as soon as the worker dies
    pool.workers.append(_Worker(proc, parent, peak=peak))


def _send(w: _Worker, index: int, path: Path, timeout_s: float) -> bool:
    try:
        w.conn.send((index, os.fspath(path)))
    except OSError:  # the worker died while idle; `_collect` replaces it and the document goes elsewhere
        return False
    w.task = (index, path, time.monotonic() + timeout_s)
    return True


def _collect(pool: _Pool, done: dict[int, DocumentResult], jobs: int, remaining: int) -> None:
    """Wait for the next message, death or deadline, and turn each into results or fresh workers."""
    deadlines = [w.task[2] for w in pool.workers if w.task is not None]
    wait_s = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
    ready = set(wait([w.conn for w in pool.workers] + [w.proc.sentinel for w in pool.workers], wait_s))
    for w in list(pool.workers):
        if w.conn in ready or w.proc.sentinel in ready:
            if not _receive(w, done) or not w.proc.is_alive():
                _retire(pool, w, done, "crashed")
        elif w.task is not None and time.monotonic() >= w.task[2]:
            _retire(pool, w, done, "timeout")
    for w in list(pool.workers):
        if w.ready and w.done >= RECYCLE_AFTER and w.task is None:
            _retire(pool, w, done, None)
    busy = sum(w.task is not None for w in pool.workers)
    while len(pool.workers) < min(jobs, remaining + busy):  # no fresh worker for a batch that is ending
        _start_worker(pool)


def _receive(w: _Worker, done: dict[int, DocumentResult]) -> bool:
    """Read what a worker sent; False when it has died (EOF)."""
    try:
        while w.conn.poll():
            message = w.conn.recv()
            if message[0] == "ready":
                w.ready = w.started = True
            else:
                _, index, result, last = message
                done[index] = result
                w.task = None
                w.done += 1
                w.ready = not last  # a worker about to exit takes no more documents
    except (EOFError, OSError):
        return False
    return True


def _retire(pool: _Pool, w: _Worker, done: dict[int, DocumentResult], cause: str | None) -> None:
    """Stop a worker; a document it held becomes `failed` with `cause`."""
    if w.task is not None and cause == "timeout" and w.conn.poll():
        if _receive(w, done) and w.task is None:  # the result arrived while the consumer was busy
            return
    _kill(w)
    pool.workers.remove(w)
    if not w.started and cause == "crashed":
        pool.start_failures += 1
        if pool.start_failures >= 3:
            raise RuntimeError(
                f"provcheck worker processes exit on start (exit code {w.proc.exitcode}). A script that "
                "calls provcheck must guard its entry point with `if __name__ == '__main__':`."
            )
    if w.task is not None:
        index, path, _ = w.task
        near_cap = pool.setup.memory_mb > 0 and w.peak.value * 2 >= pool.setup.memory_mb << 20
        if cause == "crashed" and near_cap:
            cause = "too_large"  # C code aborts when an allocation fails under the cap (a flate bomb in pdfium)
        done[index] = _failure(path, cause or "crashed", pool.setup, w.proc.exitcode)


def _failure(path: Path, cause: str, setup: _Setup, exitcode: int | None) -> DocumentResult:
    try:
        source = file_identity(path)
    except OSError:
        source = Source(path=os.fspath(path), sha256="")
    if cause == "timeout":
        limit = setup.options.limits.timeout_s
        message = (
            f"{path.name}: reading took longer than the {limit:g} s limit and was stopped. "
            "Check the file opens quickly in a PDF viewer, re-save or split it, or raise --timeout."
        )
        return failed_result(source, "timeout", message)
    how = f"exit code {exitcode}"
    if exitcode is not None and exitcode < 0:
        try:
            how = f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"signal {-exitcode}"
    if cause == "too_large":
        return failed_result(source, "too_large", _too_large(path, setup.memory_mb, f" (the reader stopped: {how})"))
    message = (
        f"{path.name}: the reader crashed on this file ({how}). "
        "Check the file opens in a PDF viewer, re-save it (print to PDF) and run again."
    )
    return failed_result(source, "crashed", message)


def _kill(w: _Worker) -> None:
    if w.proc.exitcode is None:
        try:
            os.killpg(w.proc.pid, signal.SIGKILL)  # the worker's group: it and any Tesseract child
        except (OSError, AttributeError):  # not yet its own group, or no process groups (Windows)
            pass
        w.proc.kill()
    w.proc.join(5)
    w.conn.close()


def _shutdown(pool: _Pool, force: bool) -> None:
    for w in pool.workers:
        if not force and w.task is None:
            try:
                w.conn.send(None)
            except OSError:
                pass
    deadline = time.monotonic() + 2.0
    for w in pool.workers:
        if not force:
            w.proc.join(max(0.0, deadline - time.monotonic()))
        _kill(w)
    pool.workers.clear()


# ---- worker side ---------------------------------------------------------------------------------


def _worker_main(conn: Connection, setup: _Setup, peak: Any) -> None:
    """A worker's life: set up once, then read documents until told to stop or the parent goes."""
    if hasattr(os, "setpgid"):
        os.setpgid(0, 0)
    # A forked worker shares the caller's objects; the collector would write to every one of them
    # (and so copy every page) when it walks them. They are the caller's to collect, not the worker's.
    gc.freeze()
    # A document makes hundreds of thousands of short-lived objects (words, lines, segments, hits)
    # that almost never form cycles; at the default 700 allocations the collector ran some 20 times a
    # page, walking them each time (5-8% of a text document's time). Collected every 50,000 instead:
    # a document's garbage is still freed as it goes (refcounts free nearly all of it anyway).
    gc.set_threshold(50_000, 10, 10)
    os.environ.clear()
    os.environ.update(setup.env)
    os.environ["OMP_THREAD_LIMIT"] = "1"  # read by Tesseract, which pytesseract runs as a child
    os.chdir(setup.cwd)
    if setup.memory_mb > 0:
        import resource

        cap = setup.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    _watch(os.getppid(), peak)
    try:
        conn.send(("ready",))
        while (message := conn.recv()) is not None:
            index, raw = message
            peak.value = 0  # a death is judged on this document's size, not an earlier one's
            result, fatal = _run_one(Path(raw), setup)
            conn.send(("result", index, result, fatal))
            if fatal:  # after a MemoryError the heap may be fragmented past use: start afresh
                return
    except (EOFError, OSError):  # the parent has gone or stopped the batch: nothing left to report to
        return


def _watch(ppid: int, peak: Any) -> None:
    # Two watches in one thread: a worker stuck in C code after its parent was killed would run on as
    # an orphan, so it exits; and it records its peak size, so a death at the memory cap is told apart.
    def watch() -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while os.getppid() == ppid:
            try:
                with open("/proc/self/statm", "rb") as fh:
                    peak.value = max(peak.value, int(fh.read().split()[0]) * page)
            except (OSError, ValueError, IndexError):
                pass
            time.sleep(0.1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="provcheck-watch").start()


def _run_one(path: Path, setup: _Setup) -> tuple[DocumentResult, bool]:
    """Check one document; an exception that escapes the pipeline still becomes a `failed` result."""
    try:
        action = next((a for glob, a in setup.faults.items() if fnmatch.fnmatch(path.name, glob)), None)
        if action is not None:
            stub = _fault(action, path, setup.memory_mb)
            if stub is not None:
                return stub, False
        return check_file(path, setup.options, setup.pack), False
    except MemoryError:
        return failed_result(_identity(path), "too_large", _too_large(path, setup.memory_mb)), True
    except ProvcheckError as exc:  # typed: its rule and message cross to the parent (errors.exit_code_for)
        return failed_result(_identity(path), exc.rule or "crashed", f"{path.name}: {exc.message}"), False
    except RecursionError:
        message = f"{path.name}: the file's structure is nested too deeply to read. Re-save it and run again."
        return failed_result(_identity(path), "unreadable", message), False
    except Exception as exc:  # a reader bug must not take the batch down; the message carries the cause
        message = (
            f"{path.name}: reading stopped on an internal error ({type(exc).__name__}: {exc}). "
            "Check the file opens in a PDF viewer and re-save it; if it still fails, report it with the file."
        )
        return failed_result(_identity(path), "crashed", message), False


def _too_large(path: Path, memory_mb: int, how: str = "") -> str:
    return (
        f"{path.name}: reading needed more than the {memory_mb} MB memory limit{how}. "
        "Re-save the file smaller (fewer pages or lower-resolution images) and run again."
    )


def _identity(path: Path) -> Source:
    try:
        return file_identity(path)
    except OSError:
        return Source(path=os.fspath(path), sha256="")


_HELD: list[bytearray] = []


def _fault(actions: str, path: Path, memory_mb: int) -> DocumentResult | None:
    """The test hook's actions (module docstring), in turn; None means "now read the file normally"."""
    for action in actions.split(","):
        name, _, arg = action.partition(":")
        if name == "crash":
            os.kill(os.getpid(), signal.SIGSEGV)
        elif name == "exit":
            os._exit(3)
        elif name in ("hang", "hangchild"):
            if name == "hangchild":  # stands for a Tesseract child still running when the worker is killed
                import subprocess

                subprocess.Popen(["sleep", arg])
            while True:
                time.sleep(3600)
        elif name == "sleep":
            time.sleep(float(arg))
        elif name == "grow":  # hold MB of address space, as a decoder filling a buffer does
            _HELD.append(bytearray(int(arg) << 20))
        elif name == "memory":
            bytearray((memory_mb + 1024) * 1024 * 1024)
        elif name == "raise":
            raise RuntimeError("injected fault")
        elif name == "stub":
            message = (
                f"pid={os.getpid()} ppid={os.getppid()} at={time.time():.3f} omp={os.environ.get('OMP_THREAD_LIMIT')}"
            )
            issue = Issue(rule="test_stub", field=None, severity="warning", message=message)
            return DocumentResult(source=_identity(path), issues=[issue])
    return None
