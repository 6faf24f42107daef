"""`generate`: a corpus of sample documents, each with its NAME.truth.json beside it.

Document i of a corpus is drawn from the seed `seed * 1_000_003 + i`, so a corpus is a pure
function of (count, seed, scanned_fraction): regenerating gives byte-identical files. Doc types
alternate and providers rotate through the registry, so every provider gets every doc type in any
30 documents, and in two layouts in any 60.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from provcheck.errors import UsageError
from provcheck.models import DOC_TYPES
from provcheck.rules.registry import Provider
from provcheck.samplegen import scan
from provcheck.samplegen.houses import sample_houses, slug_of
from provcheck.samplegen.render import render
from provcheck.samplegen.truth import LAYOUTS, Truth, make_truth


@dataclass(frozen=True)
class Planned:
    """One document of a corpus, before it is drawn."""

    index: int
    seed: int
    provider_index: int
    doc_type: str
    layout: str
    kind: str  # text | scanned-pdf | png | tiff


def plan(count: int, seed: int, scanned_fraction: float = 0.0) -> list[Planned]:
    """Which document comes where: provider, doc type, layout and medium of each of `count` documents."""
    n_prov = len(sample_houses())
    if n_prov == 0:
        raise UsageError("No sample houses are in force: pass --knowledge samples/knowledge (issue 11).")
    out = []
    # Evenly spaced scans (every fourth document at a quarter), which land on every provider and doc type
    # because the doc type cycles in threes and providers change every three documents.
    n_scans = round(count * scanned_fraction)
    scans = {int((k + 0.5) * count / n_scans): k for k in range(n_scans)}
    for i in range(count):
        # Doc types alternate, providers change every three documents, and each round through all
        # providers shifts the layouts by two, so any 60 documents give every provider every doc type
        # in two layouts.
        doc_type = DOC_TYPES[i % len(DOC_TYPES)]
        p = (i // len(DOC_TYPES)) % n_prov
        round_ = i // (len(DOC_TYPES) * n_prov)
        layouts = LAYOUTS[doc_type]
        layout = layouts[(p + 2 * round_) % len(layouts)]
        kind = "text"
        if i in scans:
            kind = {4: "png", 9: "tiff"}.get(scans[i] % 10, "scanned-pdf")
        out.append(Planned(i, seed * 1_000_003 + i, p, doc_type, layout, kind))
    return out


def generate(
    out_dir: Path | str, count: int, seed: int, scanned_fraction: float = 0.0, force: bool = False
) -> list[Path]:
    """Write `count` sample documents and their truth files under `out_dir`.

    Text PDFs go to `out_dir/text/`, scans (image-only PDFs, PNG, TIFF) to `out_dir/scanned/`; each
    document NAME.ext has NAME.truth.json beside it.

    Args:
        out_dir: the folder to write into (created if missing).
        count: how many documents.
        seed: the corpus seed; the same arguments give byte-identical files.
        scanned_fraction: the share of documents (0-1) produced as scans instead of text PDFs.
        force: overwrite files that already exist; otherwise an existing file is an error.

    Returns:
        The paths of the documents written (not their truth files), in corpus order.

    Raises:
        UsageError: a bad argument, or a file exists and `force` is not set.
    """
    if count < 0:
        raise UsageError(f"--count {count}: give a number of documents, 0 or more.")
    if not 0.0 <= scanned_fraction <= 1.0:
        raise UsageError(f"--scanned-fraction {scanned_fraction}: give a share between 0 and 1.")
    out_dir = Path(out_dir)
    providers = sample_houses()
    planned = plan(count, seed, scanned_fraction)
    names = _names(planned, [slug_of(p) for p in providers])
    if not force:
        for name in names:
            for path in (out_dir / name, _truth_path(out_dir / name)):
                if path.exists():
                    raise UsageError(f"{path} already exists; choose an empty folder or pass --force to overwrite.")
    written = []
    with tempfile.TemporaryDirectory(prefix="provcheck-samples-") as tmp:
        for item, name in zip(planned, names, strict=True):
            target = out_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if item.kind == "text":
                truth = _truth(item, providers)
                render(truth.record, truth.doc_type, truth.layout, target, seed=truth.seed)
            else:
                truth, source = _single_page_source(item, providers, Path(tmp) / "source.pdf")
                truth.scanned = True
                scan_rng = random.Random(f"provcheck-scan-{item.seed}")
                if item.kind == "scanned-pdf":
                    scan.scan_pdf(source, target, scan_rng)
                else:
                    scan.scan_image(source, target, scan_rng)
            write_truth(truth, target)
            written.append(target)
    return written


def _truth(item: Planned, providers: tuple[Provider, ...], seed: int | None = None) -> Truth:
    seed = item.seed if seed is None else seed
    provider = providers[item.provider_index]
    return make_truth(random.Random(seed), provider, item.doc_type, item.layout, seed=seed)


def _single_page_source(item: Planned, providers: tuple[Provider, ...], path: Path) -> tuple[Truth, Path]:
    """Render the scan's source; a PNG or TIFF holds one page, so its document must fit on one.

    A longer draw is replaced by the next seed's (recorded in the truth), so the truth never
    describes a page the image does not have.
    """
    seed = item.seed
    for _ in range(50):
        truth = _truth(item, providers, seed)
        source = render(truth.record, truth.doc_type, truth.layout, path, seed=seed)
        if item.kind == "scanned-pdf" or scan.page_count(source) == 1:
            return truth, source
        seed += 7_919
    raise RuntimeError(f"no one-page {item.doc_type} in 50 draws from seed {item.seed}")


def write_truth(truth: Truth, document: Path) -> Path:
    """Write NAME.truth.json beside `document` (sorted keys, newline-terminated, stable bytes)."""
    path = _truth_path(document)
    path.write_text(json.dumps(truth.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _truth_path(document: Path) -> Path:
    return document.with_name(document.stem + ".truth.json")


def _names(planned: list[Planned], slugs: list[str]) -> list[str]:
    counters: Counter[tuple[str, str, str]] = Counter()
    names = []
    for item in planned:
        folder = "text" if item.kind == "text" else "scanned"
        key = (folder, slugs[item.provider_index], item.doc_type)
        counters[key] += 1
        ext = {"text": "pdf", "scanned-pdf": "pdf", "png": "png", "tiff": "tiff"}[item.kind]
        names.append(f"{folder}/{key[1]}-{item.doc_type}-{counters[key]:02d}.{ext}")
    return names
