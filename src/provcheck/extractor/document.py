"""What reading a file yields: pages of positioned words, whichever way they were read."""

from __future__ import annotations

from dataclasses import dataclass, field

from provcheck.models import Issue


@dataclass(slots=True)
class Word:
    """One word with its box in PDF points from the page's top-left ([x0, top, x1, bottom])."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float = 1.0  # OCR confidence 0-1; 1.0 for a text layer
    size: float = 0.0  # font size (height) in points
    bold: bool = False


@dataclass(slots=True)
class Page:
    """One page: its size in points, its words in reading order, and how they were read."""

    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    method: str = "text"  # "text" or "ocr"
    hlines: list[tuple[float, float, float]] = field(default_factory=list)  # ruling lines: (y, x0, x1)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # rectangles x0, top, x1, bottom
    # ink-like marks (x0, top, x1, bottom): vector curves on text pages, dark blobs no word explains on scans
    marks: list[tuple[float, float, float, float]] = field(default_factory=list)
    # a scan's pale marks as well (pencil, faded ink): where there are some, a blank-looking area is not sure
    faint: list[tuple[float, float, float, float]] = field(default_factory=list)


@dataclass
class Document:
    """A read document: pages, which pages were OCR'd, and whole-document warnings (page cap hit...)."""

    pages: list[Page]
    page_count: int
    ocr_pages: list[int] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
