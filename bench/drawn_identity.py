"""A pytest plugin: every extraction the tests make, written down, to compare two code versions (issue 14).

The tests draw their own documents (reportlab, samplegen) and assert on what matters to each; speed
work must keep every extraction the same, not only the asserted parts. With this plugin each
`extract()` in the tests' own process appends one line (the test's id, the call's number within the
test, the doc type, record and evidence as JSON) to the file `PROVCHECK_DRAWN_OUT` names:

  PROVCHECK_DRAWN_OUT=/tmp/main.jsonl PYTHONPATH=/work/main/src:bench python -m pytest -p drawn_identity tests/extractor
  PROVCHECK_DRAWN_OUT=/tmp/mine.jsonl PYTHONPATH=$PWD/src:bench     python -m pytest -p drawn_identity tests/extractor
  bench/identity compare-drawn /tmp/main.jsonl /tmp/mine.jsonl

Documents drawn in a test's temporary folder carry its path only in the evidence's page numbers, never
the path itself, so two runs compare line for line.
"""

from __future__ import annotations

import json
import os
from typing import Any

_NOW: dict[str, Any] = {"test": "", "n": 0}


def pytest_configure(config: Any) -> None:
    import provcheck.extractor.fields as fields

    out = os.environ["PROVCHECK_DRAWN_OUT"]
    made = fields._extraction

    def noted(*args: Any, **kwargs: Any) -> Any:
        ex = made(*args, **kwargs)
        _NOW["n"] += 1
        line = {
            "test": _NOW["test"],
            "n": _NOW["n"],
            "doc_type": ex.doc_type,
            "record": ex.record.model_dump(mode="json"),
            "evidence": {k: v.model_dump(mode="json") for k, v in ex.evidence.items()},
        }
        with open(out, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(line, sort_keys=True, ensure_ascii=False) + "\n")
        return ex

    fields._extraction = noted


def pytest_runtest_setup(item: Any) -> None:
    _NOW["test"], _NOW["n"] = item.nodeid, 0
