"""Is the LoA signed? An e-signature statement, or ink at the signature line.

Ink is vector curves on a text page, or dark marks no OCR word explains on a scan.
"""

from __future__ import annotations

import re

from provcheck.extractor.document import Page, Word
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line

E_SIGNED = re.compile(
    r"(signed electronically|electronically signed|e-signed|esigned|digitally signed|signed digitally|docusign|"
    r"adobe sign|/s/|electronic signature)",
    re.I,
)
# "Signature", "Signed", "Client's signature", "Member signature", "Policyholder 1 signature" (normalised text)
LABEL = re.compile(
    r"^(?:(?:client|policyholder|planholder|plan holder|policy holder|member|scheme member|investor|applicant|"
    r"customer|account holder|bondholder|life assured|your)(?:'s|s'|s)?\s+(?:\d\s+)?)?(signature|signed)\b"
)


def find_signature(lines_by_page: list[list[Line]], pages: list[Page]) -> tuple[bool, int, list[Word], float] | None:
    """(signed?, page, evidence words, confidence), or None when there is no signature line at all."""
    label_hit: tuple[int, Line, list[Word]] | None = None
    for page_no, lines in enumerate(lines_by_page, start=1):
        for line in lines:
            m = E_SIGNED.search(line.text)
            if m:
                return True, page_no, line.words, 0.9
    for page_no, lines in enumerate(lines_by_page, start=1):
        page = pages[page_no - 1]
        for line in lines:
            for seg in line.segments:
                if not LABEL.match(norm(seg.text)) or len(seg.words) > 6:
                    continue
                label_hit = label_hit or (page_no, line, seg.words)
                x0, x1 = seg.x0 - 20, seg.x1 + 260
                top, bottom = seg.top - 50, seg.bottom + 50
                for mx0, mtop, mx1, mbot in page.marks:
                    if mx1 >= x0 and mx0 <= x1 and mbot >= top and mtop <= bottom:
                        return True, page_no, seg.words, 0.8
                if page.method == "ocr":
                    # Tesseract reads a scribble as low-confidence junk words
                    junk = [
                        w
                        for w in page.words
                        if w.conf < 0.4
                        and w.x1 >= x0
                        and w.x0 <= x1
                        and w.bottom >= top
                        and w.top <= bottom
                        and w not in seg.words
                        and len(w.text) >= 2
                    ]
                    if junk:
                        return True, page_no, seg.words + junk, 0.6
    if label_hit is None:
        return None
    page_no, _line, words = label_hit
    return False, page_no, words, 0.7
