#!/usr/bin/env python3
"""Write heldout6: ~80 text and ~20 scanned PDFs, each NAME.pdf with NAME.truth.json (see README.md).

    python heldout6/generate.py --out heldout6/docs --seed 20261204

Byte-reproducible: every choice comes from the seed, reportlab writes with invariant=1, nothing reads the clock.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loas  # noqa: E402
import numpy as np  # noqa: E402
import plans  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
import replies  # noqa: E402
import statements  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

LOA_PROVIDERS = sorted({p for ps in plans.PROVIDERS.values() for p in ps})


def plan_list(rng: random.Random) -> list[tuple]:
    """The 100 documents: (doc_type, layout, kind or sign)."""
    docs: list[tuple] = []
    signs = ["strokes", "curves", "image", "esign", "none"]
    for i in range(34):
        layout = ["letterhead", "form", "esign", "brief"][i % 4]
        sign = "esign" if layout == "esign" and i % 3 else signs[(i * 7 + i // 4) % 5]
        docs.append(("loa", layout, sign))
    kinds = ["personal_pension", "sipp", "isa", "gia", "onshore_bond", "offshore_bond", "with_profits",
             "stakeholder_pension", "workplace_pension"]
    for i in range(30):
        docs.append(("loa_response", ["cover", "prose", "multi", "grid"][i % 4], kinds[(i * 5) % len(kinds)]))
    st = ([("pension", k) for k in ["personal_pension"] * 5 + ["sipp"] * 4 + ["stakeholder_pension"] * 3]
          + [("platform", k) for k in ["isa"] * 5 + ["gia"] * 3 + ["sipp"] * 2]
          + [("bond", k) for k in ["onshore_bond"] * 3 + ["offshore_bond"] * 3]
          + [("wp", "with_profits")] * 4 + [("workplace", "workplace_pension")] * 4)
    docs += [("annual_statement", lay, k) for lay, k in st]
    rng.shuffle(docs)
    return docs


def scan(pdf: Path, rng: random.Random, mixed: bool) -> str:
    """Replace `pdf` by an image-only copy that looks scanned; return how it was made."""
    dpi = rng.choice([200, 240, 300])
    bilevel = rng.random() < 0.35
    skew = round(rng.uniform(0.3, 1.8) * rng.choice([-1, 1]), 2)
    noise = rng.choice([3, 5, 8])
    quality = rng.choice([40, 50, 60, 70])
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for page in doc:
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.6 if dpi >= 240 else 0.4))
        a = np.asarray(img, dtype=np.float32)
        ramp = np.linspace(0, rng.uniform(10, 35), a.shape[1], dtype=np.float32)[None, :]
        a = a - ramp + nrng.normal(0, noise, a.shape).astype(np.float32)
        if bilevel:
            a = np.where(a > rng.choice([150, 170, 185]), 255, 0)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=quality)
        pages.append((buf.getvalue(), img.size))
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for data, (w, h) in pages:
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    how = f"scan {dpi}dpi {'bilevel' if bilevel else 'grey'} skew {skew} noise {noise} jpeg q{quality}"
    if mixed and len(pages) > 1:
        # a mixed document: the covering page keeps its text layer, the pages after it were scanned
        images = pdfium.PdfDocument(out.getvalue())
        both = pdfium.PdfDocument.new()
        both.import_pages(doc, [0])
        both.import_pages(images, list(range(1, len(pages))))
        buf = io.BytesIO()
        both.save(buf)
        doc.close()
        # pdfium stamps the save time and a file ID: pin both (same lengths, so the xref offsets hold)
        data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20261204000000", buf.getvalue())
        data = re.sub(rb"<[0-9A-F]{32}>", b"<" + hashlib.md5(pdf.name.encode()).hexdigest().upper().encode() + b">",
                      data)
        pdf.write_bytes(data)
        return how + "; page 1 text, later pages scanned"
    doc.close()
    pdf.write_bytes(out.getvalue())
    return how


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=20261204)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    master = random.Random(args.seed)
    docs = plan_list(master)
    scanned = set(master.sample(range(len(docs)), 20))
    used: set[str] = set()
    for i, (doc_type, layout, what) in enumerate(docs):
        rng = random.Random(args.seed * 1000 + i)
        name = f"h6-{i + 1:03d}"
        pdf = args.out / f"{name}.pdf"
        if doc_type == "loa":
            provider = rng.choice(LOA_PROVIDERS)
            plan_type = rng.choice([k for k, ps in plans.PROVIDERS.items() if provider in ps and k != "with_profits"]
                                   or ["personal_pension"])
            record = loas.make(pdf, rng, layout, what, provider, plan_type)
            variant = f"loa/{layout}/{what}"
        else:
            nfunds = rng.choice([1, 2, 3, 4, 5, 6, 8]) if rng.random() < 0.8 else rng.randint(11, 17)
            if what == "with_profits":
                nfunds = rng.choice([1, 1, 2, 3])
            plan = plans.make(rng, what, nfunds, used, doc_type == "annual_statement")
            mod = replies if doc_type == "loa_response" else statements
            record = mod.make(pdf, rng, plan, layout)
            variant = f"{doc_type}/{layout}/{what}/{nfunds} funds"
        is_scan = i in scanned
        if is_scan:
            variant += "; " + scan(pdf, rng, doc_type != "loa" and i % 2 == 0)
        truth = {"doc_type": doc_type, "scanned": is_scan, "variant": variant, "record": record}
        (args.out / f"{name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")


if __name__ == "__main__":
    main()
