"""heldout8: an eighth independent held-out set (see README.md). Rebuilds every document and truth file:

python heldout8/generate.py --out heldout8/docs --seed 20261208
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loas  # noqa: E402
import replies  # noqa: E402
import statements  # noqa: E402
from common import Faker  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from scan import MixedCanvas, image_pdf, scan_images  # noqa: E402

LOA_PROVIDERS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General",
                 "Canada Life", "Zurich", "Prudential", "Phoenix Life", "ReAssure", "LV=", "Wesleyan",
                 "Utmost Life and Pensions", "Scottish Friendly", "Chesnara"]
REPLY_PROVIDERS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Phoenix Life",
                   "ReAssure", "LV=", "Wesleyan", "Legal & General"]
BOND_PROVIDERS = ["Aviva", "Canada Life", "Prudential", "Zurich", "Legal & General", "Quilter", "Royal London",
                  "Utmost Wealth Solutions", "Scottish Widows"]
OFFSHORE = ["Canada Life", "Utmost Wealth Solutions", "Quilter", "Prudential"]
WRAP_PROVIDERS = ["Transact", "AJ Bell", "Quilter", "Parmenion", "Nucleus", "abrdn Wrap", "7IM", "Novia",
                  "Wealthtime", "Fundment", "Fidelity", "interactive investor"]

# variant: (doc_type, text count, scanned count)
PLAN = [("loa-bulleted-witness", "loa", 9, 3), ("loa-letter-split-name", "loa", 9, 3),
        ("reply-questionnaire", "loa_response", 11, 3), ("reply-value-history", "loa_response", 11, 3),
        ("statement-wrap-pack", "annual_statement", 10, 4), ("statement-bond-annual", "annual_statement", 10, 4)]
UNSIGNED = {"loa-bulleted-witness": {1, 5, 10}, "loa-letter-split-name": {2, 7, 11}}  # indices within the variant
MIXED = {"reply-value-history": 12, "statement-wrap-pack": 11}  # the scanned index that keeps page 1's text
ROTATED = {("reply-questionnaire", 12), ("statement-bond-annual", 12)}
FAX = {("loa-bulleted-witness", 9), ("loa-letter-split-name", 10), ("reply-questionnaire", 11)}


def _prefix(provider: str, rng: random.Random) -> str:
    letters = "".join(w[0] for w in provider.replace("&", " ").split() if w[0].isalpha()).upper()
    letters = (letters + "X")[:2] if len(letters) < 2 else letters[:3]
    return letters + rng.choice(["", "P", "B", "W"])


def _draw(variant: str, fk: Faker, rng: random.Random, index: int, images=None) -> tuple[bytes, dict]:
    buf = io.BytesIO()
    c = MixedCanvas(buf, invariant=1, images=images) if images else canvas.Canvas(buf, invariant=1)
    c.setTitle("")
    if variant.startswith("loa-"):
        provider = rng.choice(LOA_PROVIDERS)
        make = loas.bulleted_witness if variant == "loa-bulleted-witness" else loas.letter_split_name
        rec = make(fk, rng, c, provider, _prefix(provider, rng), index not in UNSIGNED[variant])
    elif variant == "reply-questionnaire":
        provider = rng.choice(REPLY_PROVIDERS)
        rec = replies.questionnaire(fk, rng, c, provider, _prefix(provider, rng))
    elif variant == "reply-value-history":
        provider = rng.choice(BOND_PROVIDERS)
        rec = replies.value_history(fk, rng, c, provider, _prefix(provider, rng), provider in OFFSHORE)
    elif variant == "statement-wrap-pack":
        provider = rng.choice(WRAP_PROVIDERS)
        rec = statements.wrap_pack(fk, rng, c, provider, _prefix(provider, rng))
    else:
        provider = rng.choice(BOND_PROVIDERS)
        rec = statements.bond_annual(fk, rng, c, provider, _prefix(provider, rng), provider in OFFSHORE)
    c.save()
    return buf.getvalue(), rec


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    jobs = [(v, t, i, i >= n_text) for v, t, n_text, n_scan in PLAN for i in range(n_text + n_scan)]
    rng.shuffle(jobs)
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    for number, (variant, doc_type, index, scanned) in enumerate(jobs, start=1):
        key = f"{args.seed}-{variant}-{index}"
        doc_rng = random.Random(key)
        pdf, rec = _draw(variant, Faker(doc_rng), doc_rng, index)
        mixed = scanned and MIXED.get(variant) == index
        if scanned:
            fax = f"{rng.randint(1, 28):02d}/10/2026 {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}" \
                if (variant, index) in FAX else None
            images = scan_images(pdf, doc_rng, (variant, index) in ROTATED, fax)
            if mixed:  # the same document drawn again (same seed), its later pages replaced by their scans
                again = random.Random(key)
                pdf, _ = _draw(variant, Faker(again), again, index, images)
            else:
                pdf = image_pdf(images)
        name = f"h8-{number:03d}"
        (args.out / f"{name}.pdf").write_bytes(pdf)
        truth = {"doc_type": doc_type, "variant": variant, "scanned": scanned, "mixed": mixed, "record": rec}
        (args.out / f"{name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")


if __name__ == "__main__":
    main()
