"""The runner's scheduling and isolation, driven through its test hook (PROVCHECK_TEST_FAULT).

The hook's "stub" action returns a placeholder result without reading the file, so these tests
exercise ordering, crashes, timeouts and clean-up independently of the extractor; the real
bombs are in test_bombs.py and test_broken_corpus.py.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions, Limits
from provcheck.rules import load_rule_pack
from provcheck.runner import FAULT_ENV, MEMORY_ENV, BatchInterrupted, run_documents


@pytest.fixture(scope="module")
def pack():
    return load_rule_pack()


def make_files(folder: Path, names: list[str]) -> list[Path]:
    files = []
    for name in names:
        path = folder / name
        path.write_bytes(b"%PDF-1.4\n% placeholder " + name.encode() + b"\n")
        files.append(path)
    return files


def faults(monkeypatch, mapping: dict[str, str]) -> None:
    monkeypatch.setenv(FAULT_ENV, json.dumps(mapping))


def stub_info(result) -> dict[str, str]:
    (issue,) = [i for i in result.issues if i.rule == "test_stub"]
    return dict(part.split("=", 1) for part in issue.message.split())


def _ppid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return None if fields[0] == "Z" else int(fields[1])


def _pgid(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except OSError:
        return None


def worker_processes() -> list[int]:
    """Live workers below this process: each leads its own process group, as the runner makes it.

    Workers are forked from this process or from its forkserver (runner._context); neither the
    forkserver, the resource tracker nor a worker's Tesseract child leads a group of its own.
    """
    me = os.getpid()
    parents = {int(p.name): _ppid(int(p.name)) for p in Path("/proc").iterdir() if p.name.isdigit()}
    below: set[int] = set()
    todo = [me]
    while todo:
        current = todo.pop()
        kids = [pid for pid, ppid in parents.items() if ppid == current and pid not in below]
        below.update(kids)
        todo.extend(kids)
    return sorted(pid for pid in below if _pgid(pid) == pid)


def wait_no_workers(seconds: float = 3.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := worker_processes()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def test_results_come_in_input_order_though_they_finish_out_of_order(tmp_path, monkeypatch, pack):
    files = make_files(tmp_path, [f"d{i:02}.pdf" for i in range(12)])
    # The first file is slow, the rest fast: with two workers the next ones finish before it.
    faults(monkeypatch, {"d00.pdf": "sleep:0.6,stub", "d0[5-7].pdf": "sleep:0.2,stub", "*": "stub"})
    results = list(run_documents(files, CheckOptions(jobs=2), pack))
    assert [r.source.path for r in results] == [os.fspath(f) for f in files]
    finished = [float(stub_info(r)["at"]) for r in results]
    assert finished != sorted(finished), "the test should make documents finish out of order"


def test_workers_are_reused_and_run_tesseract_single_threaded(tmp_path, monkeypatch, pack):
    files = make_files(tmp_path, [f"d{i}.pdf" for i in range(6)])
    faults(monkeypatch, {"*": "stub"})
    results = list(run_documents(files, CheckOptions(jobs=1), pack))
    infos = [stub_info(r) for r in results]
    assert len({i["pid"] for i in infos}) == 1
    assert {i["omp"] for i in infos} == {"1"}
    assert int(infos[0]["pid"]) != os.getpid()


def test_in_flight_documents_are_bounded_by_the_window(tmp_path, monkeypatch, pack):
    # d00 holds the head of the queue for 1.5 s; with jobs=2 the window is 4 documents, so d01-d03
    # may run meanwhile but d04 onwards must wait until d00 has been yielded.
    files = make_files(tmp_path, [f"d{i:02}.pdf" for i in range(10)])
    faults(monkeypatch, {"d00.pdf": "sleep:1.5,stub", "*": "stub"})
    results = list(run_documents(files, CheckOptions(jobs=2), pack))
    at = [float(stub_info(r)["at"]) for r in results]
    assert max(at[1:4]) < at[0]
    assert min(at[4:]) >= at[0]


def test_a_crash_fails_that_document_only(tmp_path, monkeypatch, pack):
    files = make_files(tmp_path, ["a.pdf", "boom.pdf", "c.pdf", "dies.pdf", "e.pdf"])
    faults(monkeypatch, {"boom.pdf": "crash", "dies.pdf": "exit", "*": "stub"})
    results = list(run_documents(files, CheckOptions(jobs=2), pack))
    assert [r.status for r in results] == ["needs_review", "failed", "needs_review", "failed", "needs_review"]
    boom, dies = results[1], results[3]
    assert [(i.rule, i.field, i.severity) for i in boom.issues] == [("crashed", None, "error")]
    assert "boom.pdf" in boom.issues[0].message and "SIGSEGV" in boom.issues[0].message
    assert "re-save" in boom.issues[0].message
    assert dies.issues[0].rule == "crashed" and "exit code 3" in dies.issues[0].message
    assert boom.source.sha256 and boom.source.bytes == files[1].stat().st_size
    assert wait_no_workers() == []


def test_an_exception_escaping_the_pipeline_is_a_failed_result(tmp_path, monkeypatch, pack):
    files = make_files(tmp_path, ["bad.pdf", "good.pdf"])
    faults(monkeypatch, {"bad.pdf": "raise", "*": "stub"})
    bad, good = run_documents(files, CheckOptions(jobs=1), pack)
    assert bad.status == "failed" and bad.issues[0].rule == "crashed"
    assert "RuntimeError: injected fault" in bad.issues[0].message
    assert stub_info(good)["pid"]  # the same worker carried on


def test_a_hang_times_out_and_leaves_no_process_behind(tmp_path, monkeypatch, pack):
    marker = f"{300 + (os.getpid() % 1000) / 1000:.3f}"  # a `sleep` duration no other process uses
    files = make_files(tmp_path, ["a.pdf", "stuck.pdf", "c.pdf"])
    faults(monkeypatch, {"stuck.pdf": f"hangchild:{marker}", "*": "stub"})
    started = time.monotonic()
    results = list(run_documents(files, CheckOptions(jobs=2, limits=Limits(timeout_s=1.5)), pack))
    elapsed = time.monotonic() - started
    assert [r.status for r in results] == ["needs_review", "failed", "needs_review"]
    assert results[1].issues[0].rule == "timeout"
    assert "stuck.pdf" in results[1].issues[0].message and "1.5 s" in results[1].issues[0].message
    assert 1.5 <= elapsed < 10
    assert wait_no_workers() == []
    # The hung worker's own child (a stand-in for Tesseract) died with it: same process group.
    time.sleep(0.2)
    sleepers = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _cmdline(p) == ["sleep", marker]]
    assert sleepers == []


def _cmdline(proc: Path) -> list[str]:
    try:
        return (proc / "cmdline").read_bytes().decode(errors="replace").split("\0")[:-1]
    except OSError:
        return []


def test_memory_cap_gives_too_large_and_a_fresh_worker(tmp_path, monkeypatch, pack):
    # 1 GiB cap, and the fault allocates cap + 1 GiB: the machine could give that, only the cap refuses.
    monkeypatch.setenv(MEMORY_ENV, "1024")
    files = make_files(tmp_path, ["a.pdf", "huge.pdf", "c.pdf"])
    faults(monkeypatch, {"huge.pdf": "memory", "*": "stub"})
    a, huge, c = run_documents(files, CheckOptions(jobs=1), pack)
    assert huge.status == "failed" and huge.issues[0].rule == "too_large"
    assert "huge.pdf" in huge.issues[0].message and "1024 MB" in huge.issues[0].message
    assert stub_info(a)["pid"] != stub_info(c)["pid"]


def test_a_crash_near_the_memory_cap_is_too_large(tmp_path, monkeypatch, pack):
    # C decoders abort when an allocation fails under the cap: judged by the worker's own peak size.
    monkeypatch.setenv(MEMORY_ENV, "1024")
    files = make_files(tmp_path, ["bomb.pdf", "plain-crash.pdf"])
    faults(monkeypatch, {"bomb.pdf": "grow:700,sleep:0.5,crash", "*": "crash"})
    bomb, plain = run_documents(files, CheckOptions(jobs=1), pack)
    assert bomb.issues[0].rule == "too_large" and "1024 MB" in bomb.issues[0].message
    assert plain.issues[0].rule == "crashed"


def test_closing_the_generator_early_stops_every_worker(tmp_path, monkeypatch, pack):
    # d1 hangs in the second worker while d0 finishes: closing must kill a busy worker, not wait.
    files = make_files(tmp_path, [f"d{i}.pdf" for i in range(8)])
    faults(monkeypatch, {"d0.pdf": "sleep:0.5,stub", "*": "hang"})
    results = run_documents(files, CheckOptions(jobs=2), pack)
    assert next(results).source.path == os.fspath(files[0])
    assert len(worker_processes()) == 2
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 5
    assert wait_no_workers() == []


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: SIGINT handled by Python's default handler, not blocked.

    A pytest worker may carry another disposition from an earlier test of the suite (seen once the suite
    grew: a blocked or replaced SIGINT, which a child process inherits); these tests are about a user's
    Ctrl-C, so they start from a terminal's state, as tests/cli/test_check_identity.py does.
    """
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture
def terminal_sigint():
    previous = signal.getsignal(signal.SIGINT)
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    _as_from_a_terminal()
    yield
    signal.signal(signal.SIGINT, previous)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)


@pytest.mark.parametrize("caller", ["single", "thread"])
def test_ctrl_c_stops_workers_and_counts_what_was_not_done(tmp_path, monkeypatch, pack, caller, terminal_sigint):
    # Ctrl-C comes once three results are in and the rest hang, however long the workers took to start:
    # a timer signal (not a thread, which would change how workers start) sends SIGINT to this process.
    # With another thread running the workers come from a forkserver instead (runner._context).
    files = make_files(tmp_path, [f"d{i}.pdf" for i in range(6)])
    faults(monkeypatch, {"d[3-5].pdf": "hang", "*": "stub"})
    stop = threading.Event()
    if caller == "thread":
        threading.Thread(target=stop.wait, daemon=True).start()
    previous = signal.signal(signal.SIGALRM, lambda *_: os.kill(os.getpid(), signal.SIGINT))
    got = []
    try:
        with pytest.raises(BatchInterrupted) as info:
            for result in run_documents(files, CheckOptions(jobs=2), pack):
                got.append(result)
                if len(got) == 3:
                    signal.setitimer(signal.ITIMER_REAL, 0.3)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        stop.set()
    assert [r.source.path for r in got] == [os.fspath(f) for f in files[:3]]
    assert (info.value.done, info.value.not_done) == (3, 3)
    assert isinstance(info.value, KeyboardInterrupt)
    assert wait_no_workers() == []


def test_empty_batch_starts_nothing(pack):
    assert list(run_documents([], CheckOptions(jobs=4), pack)) == []


def _with_marker(marker: bytes) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker in (proc / "environ").read_bytes() and _ppid(int(proc.name)):
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def test_ctrl_c_on_the_cli_keeps_printed_results_and_exits_130(tmp_path):
    import subprocess
    import sys
    import uuid

    marker = uuid.uuid4().hex  # in the environment every process of this run inherits
    files = make_files(tmp_path, [f"d{i}.pdf" for i in range(6)])
    env = dict(os.environ, **{FAULT_ENV: json.dumps({"d[3-5].pdf": "hang", "*": "stub", marker: "stub"})})
    provcheck = Path(sys.executable).parent / "provcheck"
    args = [str(provcheck), "check", str(tmp_path), "--json", "--jobs", "2"]
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, preexec_fn=_as_from_a_terminal
    )
    lines = [proc.stdout.readline() for _ in range(3)]
    assert len(_with_marker(marker.encode())) >= 3  # the CLI and its workers are running
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert out == b"", "nothing after the interrupt"
    assert [json.loads(line)["source"]["path"] for line in lines] == [os.fspath(f) for f in files[:3]]
    assert b"Traceback" not in err
    deadline = time.monotonic() + 5
    while _with_marker(marker.encode()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _with_marker(marker.encode()) == []


_FORK_PROBE = """
import json, os, sys, threading
from pathlib import Path
from provcheck.pipeline import CheckOptions
from provcheck.rules import load_rule_pack
from provcheck.runner import run_documents
if sys.argv[1] == "thread":
    stop = threading.Event()
    threading.Thread(target=stop.wait, daemon=True).start()
files = [Path(p) for p in sys.argv[2:]]
results = list(run_documents(files, CheckOptions(jobs=2), load_rule_pack(None)))
parents = [dict(x.split("=", 1) for x in r.issues[0].message.split())["ppid"] for r in results]
print(json.dumps({"me": os.getpid(), "parents": [int(p) for p in parents]}))
"""


@pytest.mark.parametrize("caller", ["single", "thread"])
def test_workers_fork_from_a_single_threaded_caller_and_from_a_server_otherwise(tmp_path, caller):
    # A single-threaded caller's workers are its own forks (they share what it imported and the
    # knowledge it built); one with another thread running gets workers forked from a server, so no
    # worker inherits a lock that thread holds.
    import subprocess
    import sys

    files = make_files(tmp_path, ["a.pdf", "b.pdf", "c.pdf"])
    env = dict(os.environ, **{FAULT_ENV: json.dumps({"*": "stub"})})
    args = [sys.executable, "-c", _FORK_PROBE, caller, *map(str, files)]
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, check=True).stdout
    seen = json.loads(out)
    assert len(seen["parents"]) == 3
    if caller == "single":
        assert set(seen["parents"]) == {seen["me"]}
    else:
        assert seen["me"] not in seen["parents"]
