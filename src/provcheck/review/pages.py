"""Page images for the desk: pdfium renders each page once to a PNG in the server's cache folder.

The file is found through the ledger (the run's placed path, else its path) and served only when its
bytes still hash to the document's sha256, so the page shown is the page the record was read from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

SCALE = 2.0  # 144 dpi: sharp enough to read small print, a few hundred KB a page


@dataclass(frozen=True)
class PageImage:
    """A rendered page: the PNG and the page's size in PDF points (the unit of evidence bboxes)."""

    png: Path
    width_pt: float
    height_pt: float


def source_file(conn, document_id: int) -> Path | None:
    """The document's file on disk with its recorded content, or None when it has gone or changed."""
    doc = conn.execute("SELECT sha256 FROM documents WHERE id = ?", (document_id,)).fetchone()
    if doc is None:
        return None
    rows = conn.execute(
        "SELECT placed_path, path FROM runs WHERE document_id = ? ORDER BY id DESC", (document_id,)
    ).fetchall()
    for row in rows:
        for candidate in (row["placed_path"], row["path"]):
            if candidate and Path(candidate).is_file() and _sha256(Path(candidate)) == doc["sha256"]:
                return Path(candidate)
    return None


def page_sizes(source: Path) -> list[tuple[float, float]]:
    """Each page's size in PDF points, without rendering any; empty when the file is not a PDF.

    The document page lays out every page from these and the browser asks for each PNG as it scrolls
    into view, so a long document opens as fast as a short one.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(source))
    except (pdfium.PdfiumError, OSError):
        return []
    try:
        return [(float(w), float(h)) for w, h in (pdf.get_page_size(i) for i in range(len(pdf)))]
    finally:
        pdf.close()


def render_page(source: Path, document_id: int, page: int, cache: Path) -> PageImage | None:
    """Page `page` (1-based) of a PDF as a cached PNG; None when the file is not a PDF or has no such page."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(source))
    except (pdfium.PdfiumError, OSError):
        return None
    try:
        if not 1 <= page <= len(pdf):
            return None
        handle = pdf[page - 1]
        width, height = handle.get_size()
        target = cache / f"{document_id}-{page}.png"
        if not target.is_file():
            image = handle.render(scale=SCALE).to_pil()
            partial = target.with_suffix(".part")
            image.save(partial, format="PNG")
            partial.replace(target)
        return PageImage(png=target, width_pt=float(width), height_pt=float(height))
    finally:
        pdf.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
