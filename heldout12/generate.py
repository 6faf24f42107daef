"""Write heldout12: 80 documents (60 text, 20 scanned, 2 of them mixed) and their truth files.

    /work/main/.venv/bin/python heldout12/generate.py --out heldout12/docs --seed 20261205

Deterministic byte for byte: reportlab in invariant mode, every choice from a `random.Random` seeded by the seed
and the document number, scan noise from numpy generators seeded the same way. Scans are drawn by reportlab too
(pages rendered by pypdfium2, degraded, embedded as images), since pypdfium2's own save is not reproducible.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402
from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1
import loas  # noqa: E402
import replies  # noqa: E402
import statements  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from provcheck.models import FIELDS_BY_TYPE, Record  # noqa: E402

# variant: (doc type, text documents, scans, unsigned among text, unsigned among scans)
PLAN = {
    "loa-authority-to-deal": ("loa", 9, 4, 4, 2),
    "loa-email-printed": ("loa", 10, 3, 0, 0),
    "reply-valuation-two-level": ("loa_response", 10, 4, 0, 0),
    "reply-information-schedule": ("loa_response", 10, 3, 0, 0),
    "statement-sipp-shares": ("annual_statement", 10, 3, 0, 0),
    "statement-lifetime-isa-bonus": ("annual_statement", 11, 3, 0, 0),
}
MIXED = ("reply-valuation-two-level", "statement-sipp-shares")


def _build(variant: str, rng: random.Random, key: str, signed: bool):
    if variant == "loa-authority-to-deal":
        return loas.authority_to_deal(rng, key, signed)
    if variant == "loa-email-printed":
        return loas.email_letter(rng, key, signed)
    if variant == "reply-valuation-two-level":
        return replies.valuation_two_level(rng, key)
    if variant == "reply-information-schedule":
        return replies.information_schedule(rng, key)
    if variant == "statement-sipp-shares":
        return statements.sipp_shares(rng, key)
    return statements.lisa_bonus(rng, key)


def _text_pdf(pages) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def _degrade(img: Image.Image, rng: random.Random, nrng: np.random.Generator, bilevel: bool) -> Image.Image:
    img = img.convert("L").rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * rng.uniform(0.9, 1.0) + nrng.normal(0, rng.uniform(2, 6), arr.shape)
    if bilevel:
        arr = np.where(arr < rng.uniform(150, 185), 0, 255)
        specks = nrng.random(arr.shape) < 0.0006
        arr[specks] = 0
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _scan_pdf(pages, rng: random.Random, nrng: np.random.Generator, mixed: bool) -> bytes:
    source = pdfium.PdfDocument(_text_pdf(pages))
    bilevel = rng.random() < 0.4
    dpi = rng.choice([240, 300]) if bilevel else rng.choice([200, 220])
    quality = rng.randint(30, 50)
    images = []
    for i in range(len(source)):
        bitmap = source[i].render(scale=dpi / 72, grayscale=True)
        images.append(_degrade(bitmap.to_pil(), rng, nrng, bilevel))
    source.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    for i, (draw, img) in enumerate(zip(pages, images, strict=True)):
        if mixed and i == 0:
            draw(c)
        else:
            out = io.BytesIO()
            if bilevel:
                img.convert("1").save(out, format="PNG", optimize=True)
            else:
                img.save(out, format="JPEG", quality=quality)
            out.seek(0)
            c.drawImage(ImageReader(out), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    """Write every document and truth file of the set into --out."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    specs = []
    for variant, (kind, n_text, n_scan, unsigned_text, unsigned_scan) in PLAN.items():
        for i in range(n_text):
            specs.append((variant, kind, False, False, i >= unsigned_text))
        for i in range(n_scan):
            mixed = variant in MIXED and i == 0
            specs.append((variant, kind, True, mixed, i >= unsigned_scan))
    random.Random(f"{args.seed}-order").shuffle(specs)
    for n, (variant, kind, scanned, mixed, signed) in enumerate(specs, 1):
        key = f"{args.seed}-{n}"
        rng = random.Random(key)
        record, pages = _build(variant, rng, key, signed)
        record = Record.model_validate(record).for_type(kind)
        assert list(record) == list(FIELDS_BY_TYPE[kind])
        if scanned:
            digest = int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)
            data = _scan_pdf(pages, random.Random(key + "scan"), np.random.default_rng(digest), mixed)
        else:
            data = _text_pdf(pages)
        stem = f"h12-{n:03d}"
        (args.out / f"{stem}.pdf").write_bytes(data)
        truth = {"doc_type": kind, "variant": variant, "scanned": scanned, "mixed": mixed, "record": record}
        (args.out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")


if __name__ == "__main__":
    main()
