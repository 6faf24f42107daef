"""Fictional UK provider paperwork with ground truth: the sample corpus generator.

Ground truth comes first: `make_truth` draws a client and plan for one registry provider and doc
type and decides what the document prints; `render` then prints exactly that record. The truth
(`Truth.to_json`, written as NAME.truth.json beside NAME.pdf/.png/.tiff) is::

    {"doc_type": ..., "record": {every field of the doc type, spec/record.md forms; null / [] when
     not printed}, "scanned": bool, "layout": "<layout id>", "provider_in_registry": true, "seed": N}

Library API:

- `generate(out_dir, count, seed, scanned_fraction=0.0, force=False) -> list[Path]`: a whole corpus
  (what `provcheck samples` runs). Same arguments, byte-identical files.
- `make_truth(rng, provider, doc_type, layout=None, seed=0) -> Truth`: one truth. `provider` is a
  `provcheck.rules.registry.Provider` (see `providers()`); `LAYOUTS[doc_type]` lists layout ids.
- `render(record, doc_type, layout, path, seed=0) -> Path`: one text PDF of a record (`Record` or
  its dict). Every non-null field is printed; nothing printed contradicts the record.
- `scan_pdf(source, target, rng)` / `scan_image(source, target, rng)`: a scanned variant of a
  rendered PDF (image-only PDF; PNG or TIFF of page 1).
- `write_truth(truth, document_path)`: the NAME.truth.json beside a document.

Injecting a defect (the truth must then say what the page says)::

    import random
    from pathlib import Path
    from provcheck.samplegen import make_truth, providers, render, write_truth

    truth = make_truth(random.Random(7), providers()[0], "annual_statement", "stmt-boxed", seed=7)
    truth.record.ni_number = "QQ123456C"          # HMRC's placeholder: invalid
    truth.record.holdings[0].value = "1.00"       # holdings no longer sum to plan_value
    truth.record.valuation_date = "2031-01-01"    # a future date
    render(truth.record, truth.doc_type, truth.layout, "bad.pdf", seed=truth.seed)
    write_truth(truth, Path("bad.pdf"))

A record whose `provider` is not in the registry renders with a house style derived from its
name; set `truth.provider_in_registry = False` for it.
"""

from __future__ import annotations

from provcheck.rules.registry import Provider
from provcheck.samplegen.corpus import generate, plan, write_truth
from provcheck.samplegen.houses import sample_houses
from provcheck.samplegen.render import render
from provcheck.samplegen.scan import scan_image, scan_pdf
from provcheck.samplegen.truth import LAYOUTS, Truth, make_truth


def providers() -> tuple[Provider, ...]:
    """The sample houses samples are drawn for: the knowledge folder's providers (samples/knowledge), in file order."""
    return sample_houses()


__all__ = [
    "LAYOUTS",
    "Truth",
    "generate",
    "make_truth",
    "plan",
    "providers",
    "render",
    "scan_image",
    "scan_pdf",
    "write_truth",
]
