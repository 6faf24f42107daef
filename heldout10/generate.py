"""Write heldout10: 80 documents and their truth (README.md), deterministic byte for byte.

/work/main/.venv/bin/python heldout10/generate.py --out heldout10/docs --seed 20261210
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from variants import VARIANTS, WEB  # noqa: E402

from provcheck.models import Record  # noqa: E402

rl_config.invariant = 1

# variant: (documents, scanned, mixed among the scanned, unsigned, unsigned among the scanned)
PLAN = {
    "loa-numbered-letter": (14, 4, 0, 3, 1),
    "loa-two-column-form": (13, 3, 0, 3, 1),
    "reply-plan-summary": (13, 3, 0, 0, 0),
    "reply-transfer-quote": (14, 4, 1, 0, 0),
    "statement-asset-class": (13, 3, 1, 0, 0),
    "statement-sipp-drawdown": (13, 3, 0, 0, 0),
}


def specs(rng: random.Random) -> list[dict]:
    """Specs."""
    out = []
    for variant, (n, scanned, mixed, unsigned, unsigned_scanned) in PLAN.items():
        for i in range(n):
            is_scan = i < scanned
            if is_scan:
                signed = not (i < unsigned_scanned)
            else:
                signed = not (scanned <= i < scanned + unsigned - unsigned_scanned)
            out.append({"variant": variant, "scanned": is_scan, "mixed": is_scan and i < mixed, "signed": signed})
    rng.shuffle(out)
    return out


def draw(rec_pages, provider: str | None, images: list | None = None, keep_first: bool = False) -> bytes:
    """The document's PDF; with `images`, each page is its scan instead (but page 1 when `keep_first`)."""
    _, size, _, pages = rec_pages
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    w, h = size
    for i, page in enumerate(pages, 1):
        if images and not (keep_first and i == 1):
            c.drawImage(ImageReader(images[i - 1]), 0, 0, w, h)
            c.showPage()
            continue
        page(c)
        if provider:
            c.setFont("Helvetica", 7.5)
            c.setFillGray(0.4)
            c.drawString(40, 24, WEB.get(provider, ""))
            c.drawRightString(w - 40, 24, f"Page {i} of {len(pages)}")
            c.setFillGray(0)
        c.showPage()
    c.save()
    return buf.getvalue()


def degrade(img: Image.Image, rng: random.Random, bilevel: bool) -> Image.Image:
    """Degrade."""
    img = img.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    arr = np.asarray(img, dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31 - 1))
    arr = arr + noise.normal(0, rng.uniform(2, 6), arr.shape)
    ramp = np.linspace(1.0, 1.0 - rng.uniform(0.0, 0.12), arr.shape[1], dtype=np.float32)[None, :]
    arr = np.clip(arr * ramp, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L")
    if bilevel:
        cut = rng.randint(140, 175)
        out = out.point(lambda v: 255 if v > cut else 0).convert("1")
    return out


def scan_images(pdf: bytes, rng: random.Random) -> list[io.BytesIO]:
    """Each page rendered with pypdfium2 and degraded: greyscale JPEG, or bilevel PNG."""
    bilevel = rng.random() < 0.3
    dpi = rng.choice([250, 300]) if bilevel else rng.choice([200, 220, 240])
    quality = rng.randint(35, 60)
    src = pdfium.PdfDocument(pdf)
    out = []
    for page in src:
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = degrade(img, rng, bilevel)
        data = io.BytesIO()
        if bilevel:
            img.save(data, format="PNG")
        else:
            img.save(data, format="JPEG", quality=quality)
        data.seek(0)
        out.append(data)
    src.close()
    return out


def main() -> None:
    """Main."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"heldout10-{args.seed}")
    for n, spec in enumerate(specs(rng), 1):
        drng = random.Random(f"heldout10-{args.seed}-{n}")
        doc_type, fn = VARIANTS[spec["variant"]]
        built = fn(drng, spec["signed"]) if doc_type == "loa" else fn(drng)
        rec, _, provider, _ = built
        pdf = draw(built, provider)
        if spec["scanned"]:
            # the same drawing, its text pages drawn again but for the first of a mixed one
            again = (
                fn(random.Random(f"heldout10-{args.seed}-{n}"), spec["signed"])
                if doc_type == "loa"
                else fn(random.Random(f"heldout10-{args.seed}-{n}"))
            )
            pdf = draw(again, provider, scan_images(pdf, drng), keep_first=spec["mixed"])
        record = Record.model_validate(rec).for_type(doc_type)
        truth = {
            "doc_type": doc_type,
            "variant": spec["variant"],
            "scanned": spec["scanned"],
            "mixed": spec["mixed"],
            "record": record,
        }
        stem = f"h10-{n:03d}"
        (args.out / f"{stem}.pdf").write_bytes(pdf)
        (args.out / f"{stem}.truth.json").write_text(
            json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
