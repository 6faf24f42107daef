#!/usr/bin/env python3
"""Write heldout7: 100 documents (75 with a text layer, 25 scanned) and a truth file beside each.

    /work/main/.venv/bin/python heldout7/generate.py --out heldout7/docs --seed 20261207

The same seed rebuilds every byte. See heldout7/README.md for what is in the set.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loas  # noqa: E402
import replies  # noqa: E402
import statements  # noqa: E402
from draw import Scan, write_scanned, write_text  # noqa: E402
from world import World  # noqa: E402

ANY = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General", "Prudential",
       "Phoenix Life", "ReAssure", "AJ Bell", "Hargreaves Lansdown", "Quilter", "Fidelity", "Transact", "Zurich",
       "Canada Life", "Utmost Life and Pensions", "Wesleyan", "LV=", "Nucleus"]
INSURERS = ["Aviva", "Aegon", "Royal London", "Scottish Widows", "Standard Life", "Legal & General"]
# (builder, doc type, count, providers to draw from)
PLAN = [
    (loas.joint, "loa", 8, ANY),
    (loas.landscape_form, "loa", 8, ANY),
    (loas.esigned, "loa", 7, ANY),
    (loas.own_letter, "loa", 7, ANY),
    (replies.multi_plan, "loa_response", 8, ["Aviva", "Royal London", "Prudential", "Phoenix Life", "Quilter",
                                             "Canada Life", "Zurich", "Standard Life"]),
    (replies.annuity, "loa_response", 7, ["Just", "Legal & General", "Aviva", "Canada Life", "Scottish Widows",
                                          "Standard Life", "Royal London"]),
    (replies.protection, "loa_response", 6, ["Legal & General", "Aviva", "Royal London", "Zurich", "Vitality", "LV="]),
    (replies.drawdown, "loa_response", 7, ["Aegon", "AJ Bell", "Hargreaves Lansdown", "Standard Life", "Aviva",
                                           "Royal London", "Fidelity", "Quilter"]),
    (replies.group_pension, "loa_response", 7, INSURERS),
    (statements.drawdown_landscape, "annual_statement", 7, ["AJ Bell", "Hargreaves Lansdown", "Aegon", "Royal London",
                                                             "Standard Life", "Prudential", "Phoenix Life"]),
    (statements.junior_isa, "annual_statement", 7, ["OneFamily", "Scottish Friendly", "Hargreaves Lansdown", "AJ Bell",
                                                     "Fidelity", "Vanguard", "interactive investor"]),
    (statements.group_annual, "annual_statement", 7, INSURERS),
    (statements.platform_valuation, "annual_statement", 7, ["Transact", "Quilter", "Nucleus", "Parmenion", "7IM",
                                                             "Novia", "Wealthtime", "abrdn Wrap",
                                                             "interactive investor"]),
    (statements.pension_three_pages, "annual_statement", 7, ["Aviva", "Royal London", "Aegon", "Standard Life",
                                                              "Prudential", "Phoenix Life", "ReAssure"]),
]
UNSIGNED = {loas.joint: 3, loas.landscape_form: 3}  # the first few of these layouts are left unsigned
SCANNED_EVERY = 4  # every fourth document (in the shuffled order) is scanned: 25 of 100
MIXED = 2  # the first two scanned documents of more than one page keep page 1's text layer


def jobs(seed: int) -> list[tuple]:
    """Every document to make, in a seeded order: (builder, doc type, provider, signed)."""
    rng = random.Random(seed)
    out = []
    for build, doc_type, count, providers in PLAN:
        for k in range(count):
            out.append((build, doc_type, providers[k % len(providers)], k >= UNSIGNED.get(build, 0)))
    rng.shuffle(out)
    return out


def scan_settings(rng: random.Random) -> Scan:
    """How one scan is degraded (README lists the ranges)."""
    bilevel = rng.random() < 0.3
    return Scan(dpi=rng.choice([300, 240]) if bilevel else rng.choice([200, 200, 240]),
                skew=rng.choice([-1, 1]) * rng.uniform(0.3, 2.0), blur=rng.uniform(0.3, 0.9),
                noise=rng.uniform(3.0, 7.0), light=rng.uniform(0.0, 0.18), quality=rng.randint(35, 60),
                bilevel=bilevel)


def main() -> None:
    """Write every document and its truth into --out."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    mixed = 0
    for i, (build, doc_type, provider, signed) in enumerate(jobs(args.seed), 1):
        rng = random.Random(args.seed * 1000 + i)
        world = World(rng)
        doc, record, variant = build(world, provider, signed) if doc_type == "loa" else build(world, provider)
        scanned = i % SCANNED_EVERY == 0
        pdf = args.out / f"h7-{i:03d}.pdf"
        if scanned:
            scan = scan_settings(rng)
            if len(doc.pages) > 1 and mixed < MIXED:
                scan.keep_text, mixed = (1,), mixed + 1
            write_scanned(doc, pdf, scan, rng)
        else:
            write_text(doc, pdf)
        truth = {"doc_type": doc_type, "variant": variant, "scanned": scanned,
                 "mixed": bool(scanned and scan.keep_text), "record": record}
        pdf.with_name(pdf.stem + ".truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                          encoding="utf-8")


if __name__ == "__main__":
    main()
