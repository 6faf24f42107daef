"""Write heldout14: 80 documents (60 text, 20 scanned, 2 of them mixed) and their truth (README.md).

/work/main/.venv/bin/python heldout14/generate.py --out heldout14/docs --seed 20261207
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layouts  # noqa: E402
from common import Page  # noqa: E402

rl_config.invariant = 1

# variant: (builder, doc_type, documents, scanned, mixed, unsigned (text, scanned))
PLAN = {
    "loa-power-of-attorney": (layouts.loa_power_of_attorney, "loa", 13, 3, 0, (2, 1)),
    "loa-digital-certificate": (layouts.loa_digital_certificate, "loa", 13, 3, 0, (2, 1)),
    "reply-dual-currency-summary": (layouts.reply_dual_currency, "loa_response", 14, 4, 1, None),
    "reply-deferred-member": (layouts.reply_deferred_member, "loa_response", 13, 3, 0, None),
    "statement-cash-savings": (layouts.statement_cash_isa, "annual_statement", 14, 4, 0, None),
    "statement-portfolio-report": (layouts.statement_portfolio_report, "annual_statement", 13, 3, 1, None),
}


def _jobs(seed: int) -> list[dict]:
    jobs = []
    for variant, (_, doc_type, count, scans, mixed, unsigned) in PLAN.items():
        for i in range(count):
            scanned = i >= count - scans
            jobs.append({"variant": variant, "doc_type": doc_type, "scanned": scanned,
                         "mixed": scanned and i == count - 1 and mixed > 0,
                         "signed": not (unsigned and (i < unsigned[0] or (scanned and i == count - scans)))})
    random.Random(seed).shuffle(jobs)
    return jobs


def _paint(c, doc: dict, only: int | None = None) -> None:
    w, h = doc["size"]
    pages = doc["pages"]
    for n, fn in enumerate(pages, 1):
        if only is not None and n != only:
            continue
        fn(Page(c, w, h), n, len(pages))
        c.showPage()


def _text_pdf(doc: dict, only: int | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=doc["size"], invariant=1, pageCompression=1)
    c.setTitle("Document")
    c.setAuthor("")
    c.setCreator("")
    _paint(c, doc, only)
    c.save()
    return buf.getvalue()


def _degrade(img: Image.Image, rng: random.Random, nrng: np.random.Generator, bilevel: bool) -> Image.Image:
    img = img.convert("L")
    img = img.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    arr = np.asarray(img).astype(np.float32)
    arr += nrng.normal(0, rng.uniform(2.5, 6), arr.shape)
    shade = np.linspace(1.0, 1.0 - rng.uniform(0.0, 0.12), arr.shape[1], dtype=np.float32)
    arr *= shade[None, :]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L")
    if bilevel:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("L")
    return out


def _scan_pdf(doc: dict, text: bytes, rng: random.Random, nrng: np.random.Generator, mixed: bool) -> bytes:
    bilevel = rng.random() < 0.35
    dpi = rng.choice([240, 260]) if bilevel else 200
    quality = rng.randint(35, 55)
    pdf = pdfium.PdfDocument(text)
    images = []
    try:
        for page in pdf:
            img = page.render(scale=dpi / 72, grayscale=True).to_pil()
            images.append(_degrade(img, rng, nrng, bilevel))
    finally:
        pdf.close()
    w, h = doc["size"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=doc["size"], invariant=1, pageCompression=1)
    c.setTitle("Scan")
    for n, img in enumerate(images, 1):
        if mixed and n == 1:
            doc["pages"][0](Page(c, w, h), 1, len(images))
        else:
            data = io.BytesIO()
            if bilevel:
                img.save(data, "PNG", optimize=False)
            else:
                img.save(data, "JPEG", quality=quality)
            data.seek(0)
            c.drawImage(ImageReader(data), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    """Write the set into --out (replacing it)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=20261207)
    args = ap.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    for k, job in enumerate(_jobs(args.seed), 1):
        build, doc_type = PLAN[job["variant"]][:2]

        def make(k=k, job=job, build=build, doc_type=doc_type):
            rng = random.Random(f"{args.seed}-{k}")
            return build(rng, job["signed"]) if doc_type == "loa" else build(rng)

        doc = make()
        stem = f"h14-{k:03d}"
        if job["scanned"]:
            text = _text_pdf(doc)
            if job["mixed"]:
                doc = make()  # page 1 is painted again from the same random stream: the same page
            data = _scan_pdf(doc, text, random.Random(f"scan-{args.seed}-{k}"),
                             np.random.default_rng(args.seed * 1000 + k), job["mixed"])
        else:
            data = _text_pdf(doc)
        (args.out / f"{stem}.pdf").write_bytes(data)
        truth = {"doc_type": doc_type, "variant": job["variant"], "scanned": job["scanned"], "mixed": job["mixed"],
                 "record": doc["record"]}
        (args.out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")


if __name__ == "__main__":
    main()
