"""Read a file into pages of positioned words: the text layer where it is usable, OCR where not.

The decision is per page (issue 6): a page whose text layer is empty, garbage (fonts without
a Unicode map) or too thin for its images is OCR'd: from the scan's own pixels where the page
is just that one image (issue 14), rendered otherwise. Images (PNG/JPEG/TIFF, also when named
.pdf) are OCR'd frame by frame. Whatever cannot be read raises DocumentFailure
with the spec's rule name and a message saying what to do.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from provcheck.errors import DocumentFailure
from provcheck.extractor.document import Document, Page
from provcheck.extractor.graphics import page_graphics
from provcheck.extractor.guard import check_streams, largest_image
from provcheck.extractor.sniff import IMAGE, PDF, sniff
from provcheck.extractor.textlayer import image_dpi, page_words, text_quality
from provcheck.models import Issue

if TYPE_CHECKING:
    from PIL import Image

    from provcheck.pipeline import CheckOptions

# A text layer with fewer usable characters than this, on a page with images, is a scan.
MIN_TEXT_CHARS = 25
# Share of usable characters below which a text layer is garbage.
MIN_TEXT_QUALITY = 0.85
MIN_OCR_DPI = 100
# A scanned page is read at its own resolution, but not below this: 150-175 dpi scans read
# better brought up to 200 dpi (field F1 0.94 -> 0.97 on samples/scanned), and 250-300 dpi gained
# nothing more while Tesseract's time grows with the pixels.
SCAN_MIN_DPI = 200


def read_document(path: Path, options: CheckOptions) -> Document:
    """Read `path` (a PDF or an image, judged by its bytes) into a Document.

    Raises:
        DocumentFailure: the file is empty, not a PDF or image, encrypted without a working
            password, too large, or unreadable.
    """
    kind, what = sniff(path)
    limits = options.limits
    if kind == "empty":
        raise DocumentFailure("unreadable", "the file is empty (0 bytes). Ask the sender for the document again.")
    if os.path.getsize(path) > limits.max_file_bytes:
        raise DocumentFailure(
            "too_large",
            f"the file is over {limits.max_file_bytes // (1 << 20)} MB. Split it or raise the limit.",
        )
    if kind == "damaged_pdf":
        raise DocumentFailure(
            "unreadable",
            "the PDF is damaged beyond repair (it has no valid PDF header). Ask the sender for a fresh copy.",
        )
    if kind == IMAGE:
        return _read_image(path, what, options)
    if kind != PDF:
        raise DocumentFailure(
            "not_a_pdf",
            f"this is not a PDF or an image: it looks like {what}. Save or print it as a PDF and add it again.",
        )
    check_streams(path, limits.max_stream_bytes)  # before pdfium, which would inflate a bomb whole
    return _read_pdf(path, options)


def _open_pdf(path: Path, passwords: tuple[str, ...]) -> pdfium.PdfDocument:
    tried_password = False
    for password in (None, *passwords):
        try:
            return pdfium.PdfDocument(str(path), password=password)
        except pdfium.PdfiumError:
            code = raw.FPDF_GetLastError()
            if code == raw.FPDF_ERR_PASSWORD:
                tried_password = tried_password or password is not None
                continue
            if code == raw.FPDF_ERR_SECURITY:
                raise DocumentFailure(
                    "encrypted",
                    "the PDF uses an encryption scheme that cannot be opened. "
                    "Ask the provider for an unprotected copy.",
                ) from None
            raise DocumentFailure(
                "unreadable",
                "the PDF is damaged beyond repair (its structure cannot be read). Ask the sender for a fresh copy.",
            ) from None
    hint = "none of the passwords given opened it" if tried_password else "no password was given"
    raise DocumentFailure(
        "encrypted",
        f"the PDF is password-protected and {hint}. Providers often use the client's date of birth or postcode: "
        "supply it with --password or --passwords FILE.",
    )


def _read_pdf(path: Path, options: CheckOptions) -> Document:
    limits = options.limits
    pdf = _open_pdf(path, options.passwords)
    try:
        try:
            count = len(pdf)
        except pdfium.PdfiumError:
            count = 0
        if count <= 0:
            raise DocumentFailure("unreadable", "the PDF has no readable pages. Ask the sender for a fresh copy.")
        doc = Document(pages=[], page_count=count)
        tried = min(count, limits.max_pages)
        loaded = 0
        for index in range(tried):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:  # listed in the page tree but not there, or broken
                continue
            loaded += 1
            try:
                doc.pages.append(_read_pdf_page(page, index + 1, options, doc, path))
            finally:
                page.close()
        if loaded == 0:
            raise DocumentFailure(
                "unreadable",
                f"no page of the PDF can be loaded (its page tree lists {count}, but loops or points at pages "
                "that are not there). Ask the sender for a fresh copy.",
            )
        doc.page_count, issues = _count_pages(pdf, count, tried, loaded, limits.max_pages)
        doc.issues = issues + doc.issues
        return doc
    finally:
        pdf.close()


def _count_pages(
    pdf: pdfium.PdfDocument, count: int, tried: int, loaded: int, max_pages: int
) -> tuple[int, list[Issue]]:
    """The pages that really exist, and warnings, when the page tree's /Count may not be believed.

    pdfium takes /Count on trust, so a tree claiming a million pages over one is only found out
    by loading: within the cap every page was tried; beyond it, the last claimed page is probed.
    """
    beyond = count - tried
    if beyond and loaded < tried and not _loads(pdf, count - 1):
        beyond = 0  # pages were missing within the cap and the last one is missing too: the count lies
    real = loaded + beyond
    issues = []
    if real < count:
        issues.append(
            Issue(
                rule="pages_missing",
                field=None,
                severity="warning",
                message=f"The PDF's page tree lists {count} pages but only {real} can be loaded; the other "
                f"{count - real} are missing or broken and were skipped. Check the document is complete.",
            )
        )
    if beyond:
        issues.append(
            Issue(
                rule="page_cap",
                field=None,
                severity="warning",
                message=f"Only the first {max_pages} of {real} pages were read (page cap). "
                "Check the rest by hand or raise --max-pages.",
            )
        )
    return real, issues


def _loads(pdf: pdfium.PdfDocument, index: int) -> bool:
    try:
        pdf[index].close()
    except pdfium.PdfiumError:
        return False
    return True


def _read_pdf_page(page: pdfium.PdfPage, number: int, options: CheckOptions, doc: Document, path: Path) -> Page:
    width, height = page.get_size()
    words = page_words(page, height)
    hlines, boxes, curves, images = page_graphics(page, height)
    good, quality = text_quality(words)
    out = Page(number=number, width=width, height=height, words=words, hlines=hlines, boxes=boxes, marks=curves)
    usable = good >= MIN_TEXT_CHARS and quality >= MIN_TEXT_QUALITY
    if usable or (images == 0 and good == 0 and not words):
        # a usable layer, or a truly blank page (nothing to OCR)
        return out
    if images == 0 and quality >= MIN_TEXT_QUALITY:
        return out  # a short but clean text page: OCR would only find the same words
    dpi = _ocr_dpi(width, height, options, image_dpi(page))
    skipped = None
    if dpi is None:
        skipped = ("page_too_large", f"Page {number} is too large to OCR ({width:.0f} x {height:.0f} pt)")
    else:
        w_px, h_px = largest_image(page)
        if w_px * h_px > options.limits.max_stream_bytes:  # at a byte a pixel or more, over the decompressed cap
            what = f"Page {number} holds an image of {w_px} x {h_px} pixels, too large to decode"
            skipped = ("image_too_large", what)
    if skipped is not None:
        rule, what = skipped
        doc.issues.append(
            Issue(rule=rule, field=None, severity="warning", message=f"{what}; it was skipped. Check it by hand.")
        )
        return Page(number=number, width=width, height=height, method="ocr")
    assert dpi is not None  # a page with no OCR resolution was skipped above
    # PIL (scanimage) is imported by the runs that meet a scan or an image, not by every run
    from provcheck.extractor.scanimage import _has_masks, scan_image

    image, scale = scan_image(page, dpi, masked=_has_masks(path))
    out = _ocr_page(image, number, width, height, scale)
    doc.ocr_pages.append(number)
    return out


def _ocr_dpi(width: float, height: float, options: CheckOptions, scanned: float | None = None) -> int | None:
    """The OCR resolution, or None if the pixel cap leaves too little.

    The configured dpi, or the scan's own resolution when that is lower (but not below
    SCAN_MIN_DPI, where upsampling still helps Tesseract), lowered to respect the pixel cap.
    """
    dpi = options.ocr_dpi if scanned is None else min(options.ocr_dpi, max(round(scanned), SCAN_MIN_DPI))
    pixels = (width / 72 * dpi) * (height / 72 * dpi)
    if pixels > options.limits.max_pixels:
        dpi = int(dpi * (options.limits.max_pixels / pixels) ** 0.5)
    return dpi if dpi >= MIN_OCR_DPI else None


# grey level under which a scan's pale marks count: a blank signature area is sure only without them
FAINT_LEVEL = 200


def _ocr_page(image: Image.Image, number: int, width: float, height: float, scale: float) -> Page:
    from provcheck.extractor.cleanup import clean_page
    from provcheck.extractor.ocr import ink_marks, ocr_image, read_box_line  # numpy: imported by runs meeting a scan
    from provcheck.extractor.ocrboxes import read_boxes
    from provcheck.extractor.ocrmissed import second_look

    # ink is looked for on the image OCR reads: deskewed as its word boxes are, rules and specks lifted
    cleaned, boxes = clean_page(image, 72 / scale)
    words = ocr_image(cleaned, scale, cleaned=True)
    words = second_look(cleaned, words, scale)  # lines the page pass dropped, read alone
    words = read_boxes(cleaned, boxes, words, scale, read_box_line)  # a form's character boxes, box by box
    return Page(
        number=number,
        width=width,
        height=height,
        words=words,
        method="ocr",
        marks=ink_marks(cleaned, words, scale),
        faint=ink_marks(cleaned, words, scale, FAINT_LEVEL),
    )


_TO_GREY = {"1", "L", "LA", "P", "PA", "RGB", "RGBA"}


def _read_image(path: Path, what: str, options: CheckOptions) -> Document:
    from PIL import Image

    from provcheck.extractor.scanimage import at_dpi  # sets PIL's own pixel cap aside: ours applies

    limits = options.limits
    try:
        img = Image.open(path)
        frames = getattr(img, "n_frames", 1)
    except (OSError, Image.DecompressionBombError, ValueError) as exc:
        raise DocumentFailure("unreadable", f"the file looks like {what} but cannot be decoded ({exc}).") from None
    doc = Document(pages=[], page_count=frames)
    try:
        for index in range(min(frames, limits.max_pages)):
            try:
                img.seek(index)
                w_px, h_px = img.size
                if w_px * h_px > limits.max_pixels * 2:
                    raise DocumentFailure(
                        "too_large",
                        f"the image is {w_px} x {h_px} pixels, over the size provcheck will decode.",
                    )
                # straight to grey where PIL's conversion is the same as through RGB (16-bit modes are not)
                frame = img.convert("L" if img.mode in _TO_GREY else "RGB")
            except (OSError, ValueError) as exc:
                raise DocumentFailure("unreadable", f"{what} cannot be decoded ({exc}).") from None
            dpi = img.info.get("dpi", (0, 0))[0] or 0
            dpi = float(dpi) if 50 <= float(dpi) <= 1200 else 200.0
            width, height = w_px * 72 / dpi, h_px * 72 / dpi
            # a bilevel (fax, Group 4) scan under 200 dpi is read at its own resolution: brought up to
            # 200 dpi its strokes blur grey (or turn blocky) and read worse (samples/scanned F1 0.970
            # -> 0.966); a grey one reads better for it (0.970 -> 0.974, heldout-scanned 0.852 -> 0.862)
            low_bilevel = img.mode == "1" and dpi < SCAN_MIN_DPI
            target = round(dpi) if low_bilevel else _ocr_dpi(width, height, options, dpi) or round(dpi)
            image, scale = at_dpi(frame, width, height, target)
            doc.pages.append(_ocr_page(image, index + 1, width, height, scale))
            doc.ocr_pages.append(index + 1)
    finally:
        img.close()
    return doc
