"""The corpus: names, truth files beside documents, reproducibility, no silent overwrite, scans, the CLI."""

import json
from pathlib import Path

import pdfplumber
import pytest
from typer.testing import CliRunner

from provcheck.cli import app
from provcheck.errors import UsageError
from provcheck.models import DOC_TYPES
from provcheck.samplegen import generate, plan, providers, render


def test_plan_covers_every_provider_and_doc_type_in_text():
    planned = plan(80, seed=2025, scanned_fraction=0.25)
    text = {(p.provider_index, p.doc_type) for p in planned if p.kind == "text"}
    assert text == {(i, d) for i in range(len(providers())) for d in DOC_TYPES}
    kinds = [p.kind for p in planned]
    assert kinds.count("png") == 2 and kinds.count("tiff") == 2 and kinds.count("scanned-pdf") == 16
    scanned_providers = {p.provider_index for p in planned if p.kind != "text"}
    assert len(scanned_providers) == len(providers())
    assert {p.doc_type for p in planned if p.kind != "text"} == set(DOC_TYPES)
    layouts: dict = {}
    for p in planned:
        layouts.setdefault((p.provider_index, p.doc_type), set()).add(p.layout)
    assert all(len(v) >= 2 for v in layouts.values())


def test_generate_writes_truth_beside_each_document_and_is_reproducible(tmp_path: Path):
    a = generate(tmp_path / "a", 4, seed=3)
    b = generate(tmp_path / "b", 4, seed=3)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes()
        ta, tb = pa.with_name(pa.stem + ".truth.json"), pb.with_name(pb.stem + ".truth.json")
        assert ta.read_bytes() == tb.read_bytes()
        truth = json.loads(ta.read_text())
        assert truth["scanned"] is False and truth["doc_type"] in pa.name


def test_generate_refuses_to_overwrite_unless_forced(tmp_path: Path):
    generate(tmp_path, 1, seed=1)
    with pytest.raises(UsageError, match="already exists"):
        generate(tmp_path, 1, seed=1)
    assert len(generate(tmp_path, 1, seed=1, force=True)) == 1


def test_scans_are_image_only_at_the_source_page_size(tmp_path: Path):
    written = generate(tmp_path, 5, seed=4, scanned_fraction=1.0)
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert pdfs and all(p.parent.name == "scanned" for p in written)
    assert {p.suffix for p in written} >= {".pdf", ".png"}
    for image in (p for p in written if p.suffix != ".pdf"):
        # An image holds one page, so the document its truth describes must fit on one.
        truth = json.loads(image.with_name(image.stem + ".truth.json").read_text())
        source = render(truth["record"], truth["doc_type"], truth["layout"], tmp_path / "src.pdf", truth["seed"])
        with pdfplumber.open(source) as doc:
            assert len(doc.pages) == 1
    for pdf in pdfs:
        truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text())
        assert truth["scanned"] is True
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                assert not page.chars and page.images
                assert abs(page.width - 595.28) < 1.0 and abs(page.height - 841.89) < 1.0


def test_cli_samples_writes_and_reports(tmp_path: Path):
    result = CliRunner().invoke(app, ["samples", "--out", str(tmp_path), "--count", "2", "--seed", "9"])
    assert result.exit_code == 0, result.output
    assert "Wrote 2 documents" in result.output
    assert len(list(tmp_path.rglob("*.truth.json"))) == 2


def test_cli_samples_has_help_with_an_example():
    result = CliRunner().invoke(app, ["samples", "--help"])
    assert result.exit_code == 0
    assert "provcheck samples --out" in result.output
