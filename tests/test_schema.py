"""`provcheck schema` against real output: every line of a real `check` validates, broken lines do not."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys

import jsonschema
import pytest


def _provcheck(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PROVCHECK_LEDGER"}
    proc = subprocess.run(
        [sys.executable, "-m", "provcheck", *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert not check or proc.returncode in (0, 1), proc.stderr
    return proc


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> tuple[dict, list[dict]]:
    tmp = tmp_path_factory.mktemp("schema")
    inbox = tmp / "inbox"
    _provcheck("samples", "--out", str(inbox), "--count", "8", "--seed", "13", "--scanned-fraction", "0.15")
    first = sorted(inbox.rglob("*.pdf"))[0]
    shutil.copy(first, inbox / "copy-of-first.pdf")  # an exact duplicate
    (inbox / "letter.pdf").write_text("<html><body>not a PDF</body></html>")  # a failed document
    out = tmp / "out"
    _provcheck("check", str(inbox), "--out", str(out), "--as-of", "2026-11-01", "--ledger", str(tmp / "l.db"))
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert len(lines) == 10  # one line per file: the copy under its own name, naming its duplicate
    assert any(d["kind"] == "exact" for line in lines for d in line["duplicates"])
    # and the lines --json prints, one per file, the copy's naming its duplicate
    printed = _provcheck("check", str(inbox), "--json", "--as-of", "2026-11-01", "--jobs", "1").stdout
    lines += [json.loads(line) for line in printed.splitlines()]
    schema = json.loads(_provcheck("schema").stdout)
    return schema, lines


def test_every_result_line_of_a_real_check_validates(checked):
    schema, lines = checked
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "spec/" not in json.dumps(schema)  # its descriptions point at the project's own docs
    validator = jsonschema.Draft202012Validator(schema)
    assert len(lines) == 10 + 10
    kinds = {d["doc_type"] for d in lines} | {d["status"] for d in lines}
    assert {"loa", "failed"} <= kinds and any(d["duplicates"] for d in lines)
    assert any(d["source"]["ocr_pages"] for d in lines)  # a scan went through Tesseract
    for line in lines:
        errors = [e.message for e in validator.iter_errors(line)]
        assert not errors, (line["source"]["path"], errors)


def _invalid(validator, line) -> bool:
    return any(True for _ in validator.iter_errors(line))


def test_the_schema_rejects_what_the_format_forbids(checked):
    schema, lines = checked
    validator = jsonschema.Draft202012Validator(schema)
    loa = next(d for d in lines if d["doc_type"] == "loa" and d["status"] != "failed")
    failed = next(d for d in lines if d["status"] == "failed")

    broken = copy.deepcopy(loa)
    del broken["record"]["fca_frn"]  # every field of the doc type is present
    assert _invalid(validator, broken)
    broken = copy.deepcopy(loa)
    broken["record"]["plan_value"] = "10.00"  # a field of another doc type
    assert _invalid(validator, broken)
    broken = copy.deepcopy(loa)
    broken["status"] = "approved"
    assert _invalid(validator, broken)
    broken = copy.deepcopy(loa)
    del broken["duplicates"]
    assert _invalid(validator, broken)
    broken = copy.deepcopy(failed)
    broken["record"] = {"client_name": "Jane Smith"}  # a failed document's record is empty
    assert _invalid(validator, broken)
    broken = copy.deepcopy(loa)
    broken["issues"].append({"rule": "x", "field": None, "severity": "fatal", "message": "m"})
    assert _invalid(validator, broken)


def test_a_holdings_price_currency_is_printed_when_known() -> None:
    from provcheck.models import Holding, Record
    from provcheck.schema import result_schema

    record = Record(
        holdings=[
            Holding(fund_name="Fund P", units="100", unit_price="250.00", value="250.00", price_currency="GBX"),
            Holding(fund_name="Cash", value="40.00"),  # no price, so no price currency
        ]
    )
    printed = record.for_type("annual_statement")["holdings"]
    assert printed[0]["price_currency"] == "GBX"
    assert "price_currency" not in printed[1]
    holding = result_schema()["$defs"]["Holding"]
    for h in printed:
        jsonschema.validate(h, {**holding, "$defs": result_schema()["$defs"]})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**printed[0], "price_currency": "USD"}, holding)
