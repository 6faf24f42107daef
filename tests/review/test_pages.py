"""A long document opens without rendering every page: sizes come from pdfium, each PNG only when asked for."""

from __future__ import annotations

import pypdfium2 as pdfium
from starlette.testclient import TestClient

from provcheck.review.pages import page_sizes
from provcheck.review.server import create_app
from tests.cli.conftest import run_cli


def _joined(sources, target, pages):
    joined = pdfium.PdfDocument.new()
    for path in sources * pages:
        if len(joined) >= pages:
            break
        src = pdfium.PdfDocument(str(path))
        joined.import_pages(src, list(range(min(len(src), pages - len(joined)))))
        src.close()
    joined.save(str(target))
    joined.close()


def test_document_page_renders_no_page_until_its_png_is_asked_for(checked_batch, tmp_path):
    sources = sorted((checked_batch / "samples" / "text").glob("*annual_statement*.pdf"))
    inbox = tmp_path / "in"
    inbox.mkdir()
    _joined(sources, inbox / "long.pdf", 6)
    sizes = page_sizes(inbox / "long.pdf")
    assert len(sizes) == 6 and all(w > 500 and h > 700 for w, h in sizes)  # A4 is 595 x 842 points
    done = run_cli("check", str(inbox), "--out", str(tmp_path / "out"), "--ledger", str(tmp_path / "l.db"))
    assert done.returncode in (0, 1), done.stderr

    cache = tmp_path / "cache"
    cache.mkdir()
    with TestClient(create_app(tmp_path / "l.db", "tok", reviewer="jsmith", cache_dir=cache)) as client:
        client.get("/?token=tok")
        page = client.get("/doc/1")
        assert page.status_code == 200 and page.text.count('class="page" data-page=') == 6
        assert page.text.count('loading="lazy"') == 5  # every page after the first loads as it scrolls in
        assert list(cache.iterdir()) == []
        assert client.get("/doc/1/page/1.png").content[:4] == b"\x89PNG"
        assert [p.name for p in cache.iterdir()] == ["1-1.png"]
