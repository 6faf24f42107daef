"""The adviser firm of an LoA when no label or sentence names it: its regulatory footer or its letterhead.

An LoA is usually on the adviser firm's paper: the firm heads the page and its footer says
"X Ltd is authorised and regulated by the Financial Conduct Authority, FRN 123456". A
provider's own LoA form carries the provider's letterhead and footer instead, so a company
found this way is the adviser firm only when it is not the provider the LoA is addressed to.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provcheck.extractor.layout import Line
from provcheck.extractor.notvalues import without_emails
from provcheck.extractor.provider import is_title, registered_in, same_firm
from provcheck.rules.vocabulary import alternation, load_vocabulary

_NAME = r"[A-Z][\w&'\-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w&'\-]*){0,6}"
# what a regulatory footer says of the firm, as printed (case counts): a line without one of these
# is no such footer, and the footer pattern, dear at every position of a line, is not tried on it
_REGULATED = ("authorised", "regulated", "appointed representative", "registered with the financial conduct")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(regulated footer, registration footer, ends in a legal suffix, a firm word): from vocabulary.yaml."""
    voc = load_vocabulary()
    legal = alternation(voc.legal_suffixes, cased=True)
    # "Fairway Wealth Management Ltd is authorised and regulated by the Financial Conduct Authority"
    regulated = re.compile(
        rf"(?:^|[.;]\s+)(?P<v>{_NAME}\s+{legal}|{_NAME})\s*,?\s+(?:is|are)\s+(?:an?\s+)?"
        rf"(?:{'|'.join(_REGULATED)})",
    )
    # "Harbourside Independent Financial Advisers Ltd. Registered in England and Wales No. 06123450."
    registered = re.compile(
        rf"^\s*(?P<v>{_NAME}\s+{legal})\s*[.,]?\s+(?i:registered|company\s+(?:no|number|registration)|reg\.?\s+no)",
    )
    suffix = re.compile(rf"\s{legal}$")
    # words that make a line a firm's name rather than a person's or a title
    firm = re.compile(r"\b" + alternation([*voc.legal_suffixes, *voc.firm_words]) + r"(?!\w)", re.I)
    return regulated, registered, suffix, firm


def has_firm_word(text: str) -> bool:
    """Whether `text` holds a word that names a firm ("Wealth", "Financial Planning", "Ltd"...; vocabulary.yaml)."""
    return _patterns()[3].search(without_emails(text)) is not None


def footer_firm(pages: list[list[Line]], provider: str | None) -> tuple[str, int, Line, float] | None:
    """The firm a regulatory or registration footer names with its legal suffix, if not the provider."""
    return _footer_firm(pages, provider)


def has_legal_suffix(name: str) -> bool:
    """Whether a printed firm name ends in a legal suffix (Ltd, Limited, LLP, plc...; vocabulary.yaml)."""
    return _patterns()[2].search(name.strip()) is not None


def find_adviser_firm(pages: list[list[Line]], provider: str | None) -> tuple[str, int, Line, float] | None:
    """(firm as printed, page, line, confidence) from the regulatory footer or the letterhead, or None.

    Args:
        pages: the document's lines, page by page.
        provider: the provider already found, if any; a company that is the provider is never the firm.
    """
    footer = _footer_firm(pages, provider)
    if footer is not None:
        return footer
    return letterhead_firm(pages, provider)


def letterhead_firm(pages: list[list[Line]], provider: str | None) -> tuple[str, int, Line, float] | None:
    """The firm the letterhead names, if not the provider; None with the provider unknown."""
    if provider is None:
        return None  # with the provider unknown, a letterhead may be the provider's own
    return _letterhead_firm(pages, provider)


def _not_provider(name: str, provider: str | None) -> bool:
    if provider and same_firm(name, provider):
        return False
    return registered_in(name) is None


def _footer_firm(pages: list[list[Line]], provider: str | None) -> tuple[str, int, Line, float] | None:
    regulated, registered, _, _ = _patterns()
    for page_no, lines in enumerate(pages, start=1):
        for line in lines:
            text = line.text
            footer = [*regulated.finditer(text)] if any(w in text for w in _REGULATED) else []
            for m in [*footer, *registered.finditer(text)]:
                name = re.sub(r"(?<=Ltd)\.$", "", " ".join(m["v"].split()))
                if not has_firm_word(name) or not _not_provider(name, provider):
                    continue
                return name, page_no, line, 0.7
    return None


def _letterhead_firm(pages: list[list[Line]], provider: str) -> tuple[str, int, Line, float] | None:
    """The firm heading page 1: the largest type in its top fifth, named like a firm, not the provider."""
    if not pages or not pages[0]:
        return None
    first = pages[0]
    page_bottom = max(ln.bottom for ln in first)
    best: tuple[float, Line, str] | None = None
    for ln in first:
        if ln.top >= 0.2 * page_bottom:
            continue
        seg = max(ln.segments, key=lambda s: (s.size, len(s.text)))
        text = seg.text.strip(" ,")
        if not has_firm_word(text) or len(text.split()) > 7 or is_title(text) or any(c.isdigit() for c in text):
            continue
        if best is None or seg.size > best[0]:
            best = (seg.size, ln, text)
    if best is None or not _not_provider(best[2], provider):
        return None
    return best[2], 1, best[1], 0.55
