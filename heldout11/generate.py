"""Write heldout11: 80 documents (60 text, 20 scanned, 2 of them mixed) and their truth, deterministically.

/work/main/.venv/bin/python heldout11/generate.py --out heldout11/docs --seed 20261204
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import layouts  # noqa: E402

from provcheck.models import Record  # noqa: E402

rl_config.invariant = 1
# variant: (documents, scanned among them, mixed among the scans, unsigned LoAs)
PLAN = {
    "loa-provider-schedule": (13, 3, 0, 3),
    "loa-tickbox-footbox": (13, 3, 0, 3),
    "reply-policy-schedule": (14, 3, 0, 0),
    "reply-running-text": (13, 4, 1, 0),
    "statement-smpi-contributions": (14, 4, 1, 0),
    "statement-endowment-bonus": (13, 3, 0, 0),
}


def specs(seed: int) -> list[dict]:
    """Every document's variant and scan flags, shuffled by the seed."""
    out = []
    for variant, (count, scans, mixed, unsigned) in PLAN.items():
        for i in range(count):
            # the unsigned ones are spread: one among the scans, the rest among text documents
            out.append(
                {
                    "variant": variant,
                    "scanned": i < scans,
                    "mixed": i < mixed,
                    "unsigned": i in ((0, scans, scans + 1)[:unsigned] if unsigned else ()),
                }
            )
    random.Random(seed).shuffle(out)
    return out


def draw(path: Path, pages, seed: str, images: list[Path] | None = None, keep_first: bool = False) -> None:
    """Draw the pages as text, or the page images (keeping page 1 as text for a mixed scan)."""
    c = canvas.Canvas(str(path), pagesize=(layouts.W, layouts.H), invariant=1, pageCompression=1)
    c.setCreator("heldout11")
    c.setTitle("")
    for i, page in enumerate(pages):
        if images is None or (keep_first and i == 0):
            page(c, random.Random(f"{seed}-page{i}"))
        else:
            # reportlab names an image by its file name: a relative name in the image's own folder keeps that fixed
            here = os.getcwd()
            os.chdir(images[i].parent)
            try:
                c.drawImage(images[i].name, 0, 0, layouts.W, layouts.H)
            finally:
                os.chdir(here)
        c.showPage()
    c.save()


def scan_images(text_pdf: Path, rng: random.Random, folder: Path, seed: int) -> list[Path]:
    """Each page rendered, skewed, blurred, noised and saved as greyscale JPEG or bilevel PNG."""
    doc = pdfium.PdfDocument(str(text_pdf))
    bilevel = rng.random() < 0.35
    dpi = rng.choice([240, 260]) if bilevel else rng.choice([200, 210, 220])
    quality = rng.randint(38, 68)
    out = []
    try:
        for i, page in enumerate(doc):
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=False, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
            arr = np.asarray(img, dtype=np.float32)
            noise = np.random.default_rng(seed * 100 + i).normal(0, rng.uniform(3, 8), arr.shape)
            shade = np.linspace(1.0, 1.0 - rng.uniform(0.0, 0.15), arr.shape[1])[None, :]
            arr = np.clip(arr * shade + noise, 0, 255).astype(np.uint8)
            img = Image.fromarray(arr, "L")
            if bilevel:
                cut = rng.randint(140, 175)
                img = img.point(lambda v, cut=cut: 255 if v > cut else 0).convert("1")
                target = folder / f"p{i}.png"
                img.save(target, optimize=False)
            else:
                target = folder / f"p{i}.jpg"
                img.save(target, "JPEG", quality=quality, optimize=False)
            out.append(target)
    finally:
        doc.close()
    return out


def main() -> None:
    """Write the set."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for n, spec in enumerate(specs(args.seed), start=1):
        name = f"h11-{n:03d}"
        rng = random.Random(f"{args.seed}-{n}")
        doc_type, build = layouts.LAYOUTS[spec["variant"]]
        pages, rec = build(rng, not spec["unsigned"]) if doc_type == "loa" else build(rng)
        record = Record.model_validate(rec).for_type(doc_type)
        pdf = args.out / f"{name}.pdf"
        page_seed = f"{args.seed}-{n}"
        if spec["scanned"]:
            with tempfile.TemporaryDirectory() as tmp:
                text_pdf = Path(tmp) / "text.pdf"
                draw(text_pdf, pages, page_seed)
                images = scan_images(text_pdf, rng, Path(tmp), args.seed + n)
                draw(pdf, pages, page_seed, images, keep_first=spec["mixed"])
        else:
            draw(pdf, pages, page_seed)
        truth = {
            "doc_type": doc_type,
            "variant": spec["variant"],
            "scanned": spec["scanned"],
            "mixed": spec["mixed"],
            "record": record,
        }
        (args.out / f"{name}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
