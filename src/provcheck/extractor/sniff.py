"""What a file's bytes are, whatever its name says (spec/record.md, "Inputs")."""

from __future__ import annotations

import zipfile
from pathlib import Path

PDF = "pdf"
IMAGE = "image"

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
_OTHER_MAGIC = (
    (b"GIF8", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (Word/Excel .doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
# Real PDFs may carry junk before the header; readers accept it within the first KiB.
PDF_HEADER_WINDOW = 1024


def sniff(path: Path) -> tuple[str, str]:
    """Classify a file by its first bytes.

    Returns:
        (kind, description): kind is "pdf", "image", "empty" or "other"; description says what
        the bytes look like, for messages ("an HTML page", "a ZIP archive (OpenDocument text)").
    """
    with open(path, "rb") as fh:
        head = fh.read(PDF_HEADER_WINDOW)
    if not head:
        return "empty", "an empty file (0 bytes)"
    if b"%PDF-" in head:
        return PDF, "a PDF"
    for magic, what in _IMAGE_MAGIC:
        if head.startswith(magic):
            return IMAGE, what
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            return "other", what
    if head.startswith(b"PK\x03\x04"):
        return "other", _describe_zip(path, head)
    if b" obj" in head and (b"endobj" in head or b"<<" in head):
        return "damaged_pdf", "a damaged PDF (PDF objects without a valid PDF header)"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text[:300]:
        return "other", "an HTML page (perhaps a web page saved instead of the PDF it links to)"
    if text.startswith(b"<?xml") or text.startswith(b"<"):
        return "other", "an XML or markup file"
    try:
        head.decode("utf-8")
        return "other", "a plain text file"
    except UnicodeDecodeError:
        return "other", "binary data of an unknown kind"


def _describe_zip(path: Path, head: bytes) -> str:
    # ODF stores its mimetype first and uncompressed, so the head names it even when the ZIP is damaged.
    if b"mimetypeapplication/vnd.oasis.opendocument.text" in head:
        return "an OpenDocument text file (.odt) in a ZIP"
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100].decode("ascii", "replace")
                if "opendocument.text" in mime:
                    return "an OpenDocument text file (.odt) in a ZIP"
                return f"an OpenDocument file ({mime}) in a ZIP"
            if "word/document.xml" in names:
                return "a Word document (.docx)"
            if any(n.startswith("xl/") for n in names):
                return "an Excel workbook (.xlsx)"
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        pass
    return "a ZIP archive"
