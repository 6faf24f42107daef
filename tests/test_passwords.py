"""Password-protected PDFs through the real CLI (issue 6): --password, --passwords FILE, and no leaks.

The locked documents are sample documents drawn again from their generated truth (samples/text)
by the same sample renderer, with reportlab's standard encryption (RC4, 128-bit) added. The
AES-256 case is the broken-PDF corpus's `aes-256-r6.pdf`, whose user password "usersecret" is
the one pdfminer.six's own tests open it with.

A password must never be written anywhere: the scan below reads every byte provcheck wrote
(stdout, stderr, every file under --out, the ledger and its WAL files), and first checks that
it can see what those outputs must hold (the file names), so an empty or unread output cannot
pass for a clean one.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption

import provcheck.samplegen.page as page_module
from provcheck.samplegen.render import render

REPO = Path(__file__).parents[1]
SAMPLES = REPO / "samples" / "text"
AES_FILE = REPO.parent / "shared/corpora/broken-pdfs/files/aes-256-r6.pdf"
PROVCHECK = Path(sys.executable).parent / "provcheck"

STATEMENT = "aldgate_life-annual_statement-01"
LOA = "brunswick_wealth-loa-01"
# Distinctive, so a hit is a leak and not a coincidence; each reaches provcheck a different way.
WRONG = "Pw4-heron-0311"  # --password, first: opens nothing
SECRET = "Zq7-orchid-1958"  # --password, second: opens the statement
FROM_FILE = "Kb9-larch-2207"  # only in the --passwords file: opens the LoA
NOBODY_KNOWS = "Xv2-alder-7734"  # locks a document no given password opens
GIVEN = (WRONG, SECRET, FROM_FILE)


def truth_of(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8"))


def render_locked(name: str, target: Path, password: str, monkeypatch) -> Path:
    """The sample `name` drawn again from its truth, encrypted with user password `password`."""
    truth = truth_of(name)

    class LockedCanvas(page_module.Canvas):
        def __init__(self, *args, **kwargs):
            owner = "owner-" + password[::-1]
            super().__init__(*args, encrypt=StandardEncryption(password, owner, strength=128), **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(page_module, "Canvas", LockedCanvas)
        render(truth["record"], truth["doc_type"], truth["layout"], target, seed=truth["seed"])
    assert b"/Encrypt" in target.read_bytes()
    return target


def run(args: list[str], cwd: Path) -> tuple[dict[str, dict], bytes, bytes, int]:
    proc = subprocess.run(
        [str(PROVCHECK), "check", *args, "--json", "--as-of", "2026-11-01", "--jobs", "1"],
        cwd=cwd,
        capture_output=True,
        timeout=300,
    )
    results = {}
    for line in proc.stdout.decode().splitlines():
        result = json.loads(line)
        results[Path(result["source"]["path"]).name] = result
    return results, proc.stdout, proc.stderr, proc.returncode


def failure(result: dict) -> tuple[str, str]:
    (issue,) = [i for i in result["issues"] if i["field"] is None and i["severity"] == "error"]
    return issue["rule"], issue["message"]


def encodings(secret: str) -> list[bytes]:
    """The forms a leaked password could take in text, JSON, SQLite or a log."""
    raw = secret.encode()
    return [raw, secret.encode("utf-16-le"), raw.hex().encode(), base64.b64encode(raw)]


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    monkeypatch = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("locked")
    try:
        render_locked(STATEMENT, folder / "statement-locked.pdf", SECRET, monkeypatch)
        render_locked(LOA, folder / "loa-locked.pdf", FROM_FILE, monkeypatch)
        render_locked(STATEMENT, folder / "nobody-knows.pdf", NOBODY_KNOWS, monkeypatch)
    finally:
        monkeypatch.undo()
    return folder


@pytest.fixture(scope="module")
def plain_records(tmp_path_factory):
    """The unlocked samples' records: what the locked copies must read as once opened."""
    cwd = tmp_path_factory.mktemp("plain")
    results, _, _, _ = run([str(SAMPLES / f"{STATEMENT}.pdf"), str(SAMPLES / f"{LOA}.pdf")], cwd)
    return {name: results[f"{name}.pdf"] for name in (STATEMENT, LOA)}


@pytest.fixture(scope="module")
def unlocked_run(inbox, tmp_path_factory):
    work = tmp_path_factory.mktemp("unlocked")
    password_file = work / "passwords.txt"
    password_file.write_text(f"# client dates of birth and postcodes\n\n{FROM_FILE}\n", encoding="utf-8")
    out, ledger = work / "out", work / "ledger" / "provcheck.sqlite"
    args = [str(inbox), "--password", WRONG, "--password", SECRET, "--passwords", str(password_file)]
    results, stdout, stderr, code = run([*args, "--out", str(out), "--ledger", str(ledger)], work)
    return {"results": results, "stdout": stdout, "stderr": stderr, "code": code, "out": out, "ledger": ledger}


@pytest.mark.slow
def test_without_a_password_the_result_says_encrypted_and_how_to_supply_one(inbox, tmp_path):
    results, _, stderr, code = run([str(inbox)], tmp_path)
    assert set(results) == {"statement-locked.pdf", "loa-locked.pdf", "nobody-knows.pdf"}
    for name, result in results.items():
        assert result["status"] == "failed" and result["record"] == {}
        rule, message = failure(result)
        assert rule == "encrypted"
        assert name in message and "password-protected" in message and "no password was given" in message
        assert "--password" in message and "--passwords FILE" in message
    assert code == 1 and b"Traceback" not in stderr


@pytest.mark.slow
def test_the_password_that_fits_opens_each_document(unlocked_run, plain_records):
    results = unlocked_run["results"]
    for locked, name, given_as in (("statement-locked.pdf", STATEMENT, "--password"), ("loa-locked.pdf", LOA, "file")):
        result = results[locked]
        assert result["status"] != "failed", f"{locked} ({given_as}): {result['issues']}"
        plain = plain_records[name]
        assert result["doc_type"] == plain["doc_type"] == truth_of(name)["doc_type"]
        assert result["record"] == plain["record"], f"{locked} reads differently from its unlocked original"
        assert result["source"]["pages"] == plain["source"]["pages"]
    truth = truth_of(STATEMENT)["record"]
    assert results["statement-locked.pdf"]["record"]["policy_number"] == truth["policy_number"]
    assert results["loa-locked.pdf"]["record"]["policy_numbers"] == truth_of(LOA)["record"]["policy_numbers"]


@pytest.mark.slow
def test_no_given_password_fitting_says_so(unlocked_run):
    rule, message = failure(unlocked_run["results"]["nobody-knows.pdf"])
    assert rule == "encrypted" and "none of the passwords given opened it" in message
    assert "--passwords FILE" in message


@pytest.mark.slow
def test_passwords_appear_in_no_output_log_or_ledger(unlocked_run):
    out, ledger = unlocked_run["out"], unlocked_run["ledger"]
    written = {"stdout": unlocked_run["stdout"], "stderr": unlocked_run["stderr"]}
    for path in sorted(out.rglob("*")) + sorted(ledger.parent.glob(ledger.name + "*")):
        if path.is_file():
            written[str(path)] = path.read_bytes()
    # The scan sees what these outputs must hold, so an unwritten or unread output cannot pass as clean.
    ledger_bytes = b"".join(data for where, data in written.items() if where.startswith(str(ledger)))
    policy = truth_of(STATEMENT)["record"]["policy_number"].encode()
    must_show = {
        "stdout": (written["stdout"], [b"nobody-knows.pdf", b"statement-locked.pdf"]),
        "results.jsonl": (written.get(str(out / "results.jsonl"), b""), [b"nobody-knows.pdf", b"loa-locked.pdf"]),
        "exceptions.csv": (written.get(str(out / "exceptions.csv"), b""), [b"nobody-knows.pdf"]),
        "plans.csv": (written.get(str(out / "plans.csv"), b""), [policy]),
        "ledger": (ledger_bytes, [b"nobody-knows.pdf", b"statement-locked.pdf", policy]),
    }
    for where, (data, tokens) in must_show.items():
        assert all(token in data for token in tokens), f"{where} does not show the batch ({tokens})"
    for secret in (*GIVEN, NOBODY_KNOWS):
        for form in encodings(secret):
            leaks = [where for where, data in written.items() if form in data]
            assert not leaks, f"password {secret!r} ({form[:12]!r}...) written to {leaks}"


@pytest.mark.slow
@pytest.mark.skipif(not AES_FILE.is_file(), reason="the broken-PDF corpus sits beside the repository")
def test_aes_256_file_opens_with_its_password(tmp_path):
    results, stdout, stderr, _ = run([str(AES_FILE), "--password", "not-it", "--password", "usersecret"], tmp_path)
    (result,) = results.values()
    assert result["status"] != "failed", result["issues"]
    assert result["source"]["pages"] == 1
    assert b"usersecret" not in stdout + stderr
