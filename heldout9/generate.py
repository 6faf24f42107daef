#!/usr/bin/env python3
"""Write heldout9: 80 documents (60 text, 20 scanned) and their truth, byte for byte the same for one seed.

/work/main/.venv/bin/python heldout9/generate.py --out heldout9/docs --seed 20261209
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw import H, Pen, W  # noqa: E402
from fakes import person  # noqa: E402
from layouts import BUILDERS, PROVIDERS  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from scan import degrade, draw_scan, render, scan_style  # noqa: E402

rl_config.invariant = 1
rl_config.useA85 = 0

# variant: (documents, of them scanned, of them unsigned)
PLAN = {
    "loa-provider-form": (13, 3, 3),
    "loa-esign-audit": (13, 3, 3),
    "reply-plan-pack": (14, 4, 0),
    "reply-with-profits": (13, 3, 0),
    "statement-isa-continued": (14, 4, 0),
    "statement-workplace-abs": (13, 3, 0),
}
MIXED = {"reply-plan-pack", "statement-isa-continued"}  # the first scan of each keeps page 1's text layer
FIELDS = {
    "loa": ("provider", "policy_numbers", "client_title", "client_name", "client_dob", "ni_number",
            "client_address", "client_postcode", "adviser_firm", "fca_frn", "adviser_name", "date_signed",
            "signature_present"),
    "loa_response": ("provider", "policy_number", "client_title", "client_name", "client_dob", "ni_number",
                     "client_address", "client_postcode", "plan_type", "valuation_date", "plan_value",
                     "transfer_value", "regular_contribution", "contribution_frequency", "annual_charge_percent",
                     "holdings"),
    "annual_statement": ("provider", "policy_number", "client_title", "client_name", "client_dob", "ni_number",
                         "client_address", "client_postcode", "plan_type", "valuation_date", "period_start",
                         "plan_value", "transfer_value", "regular_contribution", "contribution_frequency",
                         "annual_charge_percent", "holdings"),
}


def _new_canvas(buf):
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setCreator("heldout9")
    c.setProducer("heldout9")
    return c


def _draw(pages) -> bytes:
    buf = io.BytesIO()
    c = _new_canvas(buf)
    for i, fn in enumerate(pages, 1):
        fn(Pen(c), i, len(pages))
        c.showPage()
    c.save()
    return buf.getvalue()


def _scanned(pages, rng: random.Random, mixed: bool) -> bytes:
    style = scan_style(rng)
    images = render(_draw(pages), style["dpi"])
    buf = io.BytesIO()
    c = _new_canvas(buf)
    for i, img in enumerate(images):
        if mixed and i == 0:
            pages[0](Pen(c), 1, len(pages))
        else:
            draw_scan(c, degrade(img, rng, style), W, H)
        c.showPage()
    c.save()
    return buf.getvalue()


def specs(seed: str) -> list[dict]:
    """Every document's variant and flags, shuffled by the seed."""
    out = []
    for variant, (n, n_scan, n_unsigned) in PLAN.items():
        for i in range(n):
            scanned = i < n_scan
            out.append({"variant": variant, "scanned": scanned, "mixed": scanned and i == 0 and variant in MIXED,
                        "unsigned": False})
        # unsigned: one of the scans and the rest among the text documents
        picks = [k for k, s in enumerate(out) if s["variant"] == variant]
        if n_unsigned:
            chosen = [picks[n_scan - 1]] + picks[-(n_unsigned - 1):]
            for k in chosen:
                out[k]["unsigned"] = True
    random.Random(f"heldout9-order-{seed}").shuffle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the set into --out."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", default="20261209")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for n, spec in enumerate(specs(args.seed), 1):
        rng = random.Random(f"heldout9-{args.seed}-{n}")
        doc_type, build = BUILDERS[spec["variant"]]
        client = person(rng)
        provider = rng.choice(PROVIDERS[spec["variant"]])
        pages, rec = build(rng, client, provider, spec["unsigned"])
        data = _scanned(pages, rng, spec["mixed"]) if spec["scanned"] else _draw(pages)
        stem = f"h9-{n:03d}"
        (args.out / f"{stem}.pdf").write_bytes(data)
        truth = {"doc_type": doc_type, "variant": spec["variant"], "scanned": spec["scanned"],
                 "mixed": spec["mixed"], "record": {k: rec[k] for k in FIELDS[doc_type]}}
        (args.out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
