"""Generate provcheck's held-out test set: fictional UK provider paperwork with ground truth.

    .venv/bin/python heldout/generate.py --out heldout/docs --seed 20261125

Writes 48 documents (36 born-digital PDFs, 12 scans as image-only PDF, PNG or TIFF), each with
NAME.truth.json: {"doc_type", "record", "scanned", "layout", "provider_in_registry", "seed"}.
The record holds every field of the doc type (provcheck.models), normalised per spec/record.md;
fields a document does not print are null / []. The truth is the input the layouts draw from,
never read back from a PDF. Same seed, same bytes.

This generator was written apart from provcheck's extractor and sample generator and is never
tuned against them: see heldout/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hd_common import make_case  # noqa: E402
from hd_data import PROVIDER_BY_KEY  # noqa: E402
from hd_loa import LAYOUTS as LOA_LAYOUTS  # noqa: E402
from hd_resp import LAYOUTS as RESP_LAYOUTS  # noqa: E402
from hd_scan import scan  # noqa: E402
from hd_stmt import LAYOUTS as STMT_LAYOUTS  # noqa: E402

from provcheck.models import FIELDS_BY_TYPE, Record  # noqa: E402

ALL = [
    "northmoor",
    "pennine",
    "solent",
    "lomond",
    "marchbank",
    "thamesmead",
    "ridgeway",
    "kingsholm",
    "harrowgate",
    "greyfriars",
]
TRADITIONAL = ["northmoor", "pennine", "lomond", "marchbank", "thamesmead", "harrowgate", "kingsholm"]
PLATFORMS = ["solent", "ridgeway", "greyfriars"]

# layout -> (doc type, providers it suits, make_case options)
PLAN: dict[str, tuple[str, list[str], dict]] = {
    "loa-adviser-letter": ("loa", ALL, {}),
    "loa-boxed-form": ("loa", ALL[3:] + ALL[:3], {}),
    "loa-client-letter": ("loa", ALL[6:] + ALL[:6], {}),
    "loa-esign-portal": ("loa", ALL[1:] + ALL[:1], {}),
    "resp-letter-grid": ("loa_response", ["northmoor", "pennine", "lomond", "harrowgate", "thamesmead"], {}),
    "resp-glance-panel": (
        "loa_response",
        ["lomond", "kingsholm", "harrowgate", "pennine"],
        {"with_ids": "both"},
    ),
    "resp-platform-landscape": (
        "loa_response",
        PLATFORMS,
        {"with_ids": "both", "cash": True, "plan_types": ("isa", "gia", "sipp")},
    ),
    "resp-prose": ("loa_response", ["marchbank", "thamesmead", "kingsholm", "northmoor"], {}),
    "stmt-classic": (
        "annual_statement",
        ["pennine", "northmoor", "lomond", "harrowgate"],
        {
            "period": "tax",
            "plan_types": ("personal_pension", "workplace_pension", "sipp", "stakeholder_pension"),
        },
    ),
    "stmt-sidebar": ("annual_statement", ["lomond", "thamesmead", "ridgeway", "pennine"], {}),
    "stmt-platform-quarterly": (
        "annual_statement",
        PLATFORMS,
        {"period": "quarter", "with_ids": "both", "cash": True, "plan_types": ("isa", "gia", "sipp")},
    ),
    "stmt-bond-anniversary": (
        "annual_statement",
        ["marchbank", "kingsholm", "northmoor", "harrowgate"],
        {"plan_types": ("onshore_bond", "offshore_bond")},
    ),
}
DRAW = LOA_LAYOUTS | RESP_LAYOUTS | STMT_LAYOUTS
# the fourth copy of each layout is scanned; the formats that are not PDF go to layouts of one page (PNG)
SCAN_FORMAT = {
    "loa-client-letter": "png",
    "loa-esign-portal": "png",
    "resp-prose": "tiff",
    "stmt-sidebar": "tiff",
}
PER_LAYOUT = 4
LONG_TABLE = {"resp-glance-panel", "resp-platform-landscape", "stmt-classic", "stmt-platform-quarterly"}


def generate(out: Path, seed: int) -> list[dict]:
    """Draw every document of the set into `out`; returns the truth objects written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for layout, (doc_type, providers, opts) in PLAN.items():
            for k in range(PER_LAYOUT):
                n += 1
                doc_seed = seed * 100 + n
                prov = PROVIDER_BY_KEY[providers[k % len(providers)]]
                n_funds = 24 if (layout in LONG_TABLE and k == 1) else None
                case = make_case(doc_type, layout, doc_seed, prov, n_funds=n_funds, **opts)
                if doc_type == "loa":
                    case.signed = not (
                        k == 2 and layout in ("loa-boxed-form", "loa-esign-portal", "loa-adviser-letter")
                    )
                scanned = k == PER_LAYOUT - 1
                name = f"heldout-{n:03d}"
                pdf = Path(tmp) / f"{name}.pdf" if scanned else out / f"{name}.pdf"
                fields = DRAW[layout](case, str(pdf))
                extra = set(fields) - set(FIELDS_BY_TYPE[doc_type])
                if extra:
                    raise AssertionError(f"{layout} returned fields outside {doc_type}: {sorted(extra)}")
                if scanned:
                    fmt = SCAN_FORMAT.get(layout, "pdf")
                    scan(str(pdf), out / f"{name}.{'tif' if fmt == 'tiff' else fmt}", fmt, doc_seed)
                truth = {
                    "doc_type": doc_type,
                    "record": Record(**fields).for_type(doc_type),
                    "scanned": scanned,
                    "layout": layout,
                    "provider_in_registry": prov.in_registry,
                    "seed": doc_seed,
                }
                (out / f"{name}.truth.json").write_text(
                    json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
                )
                written.append(truth)
    return written


def main() -> None:
    """Command line: --out DIR --seed N."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "docs")
    ap.add_argument("--seed", type=int, default=20261125)
    args = ap.parse_args()
    truths = generate(args.out, args.seed)
    scanned = sum(t["scanned"] for t in truths)
    print(f"wrote {len(truths)} documents ({len(truths) - scanned} text, {scanned} scanned) to {args.out}")


if __name__ == "__main__":
    main()
