"""The cheap test before a sentence pattern never turns away a text the pattern matches (extractor/needles.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provcheck.extractor.needles import may_match, needles
from provcheck.extractor.sentences import _patterns

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "text"


def _ok(rx: re.Pattern[str], text: str) -> bool:
    return may_match(needles(rx), text, text.lower(), text.isascii())


@pytest.mark.parametrize(
    ("pattern", "found"),
    [
        (r"\bFCA\s*:?\s*(?P<v>\d{6,7})\b", (("FCA", False),)),
        (r"(?i:in the name of|on behalf of)\s+X", (("in the name of", True), ("on behalf of", True))),
        (r"[Mm]y advis[eo]r is (?P<v>\w+)", (("y advis", False),)),
        (r"(?i)Policy\s+No", (("policy", True),)),
        (r"(?i:ab(?-i:CD))", (("ab", True),)),  # the case-sensitive part is shorter: the longer one is used
        (r"\d+(?:a|\w)", None),  # a branch with no plain string: nothing known
        (r"(?:x)*\s", None),  # what may repeat no times is no needle
    ],
)
def test_the_strings_read_off_a_pattern(pattern, found):
    assert needles(re.compile(pattern)) == found


@pytest.mark.parametrize(
    "text",
    [
        "İn the name of Mr John Smith",  # a dotted capital I: case-blind "i" matches it, lower() does not
        "IN THE NAME OF Mr John Smith",
        "on behalf of Mrs Ann Lee",
        "in reſpect of Mr Owen Trask",  # the long s matches a case-blind "s"
        "Firm reference number 123456",
        "the FCA 612345 register",
    ],
)
def test_a_text_a_sentence_pattern_matches_is_never_turned_away(text):
    for rxs in _patterns().values():
        for rx, _ in rxs:
            if rx.search(text):
                assert _ok(rx, text), (rx.pattern, text)


def test_over_the_samples_pages_no_match_is_lost_and_tries_are_saved():
    pdfium = pytest.importorskip("pypdfium2")
    texts = []
    for pdf in sorted(SAMPLES.glob("*.pdf"))[:20]:
        doc = pdfium.PdfDocument(pdf)
        texts += [" ".join(page.get_textpage().get_text_range().split()) for page in doc]
    tried = saved = 0
    for rxs in _patterns().values():
        for rx, _ in rxs:
            for text in texts:
                tried += 1
                if not _ok(rx, text):
                    saved += 1
                    assert rx.search(text) is None, (rx.pattern, text[:80])
    assert saved > tried // 10  # whole pages, longer than paragraphs: still a share is turned away


@pytest.mark.parametrize(
    "text",
    [
        "Signed electronically by Jane Smith on 3 March 2026 14:02",
        "SIGNED BY: Jane Smith",
        "signed by: jane smith",  # the name must be capitalised: no stamp
        "DocuSign Envelope ID: 1234-ABCD",
        "Electronically ſigned",  # the long s: the pattern is run, whatever it says
        "Yours sincerely",
        "",
    ],
)
def test_a_guarded_pattern_answers_as_the_pattern_does(text):
    from provcheck.extractor.needles import Guarded
    from provcheck.extractor.signature import E_SIGNED

    assert isinstance(E_SIGNED, Guarded)
    got, want = E_SIGNED.search(text), E_SIGNED.rx.search(text)
    assert (got and got.span()) == (want and want.span())


def test_kept_needles_are_the_needles_of_each_pattern(tmp_path, monkeypatch):
    from provcheck.extractor.needles import kept_needles
    from provcheck.rules.cache import ENV_VAR

    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    patterns = [r"(?i:in the name of|on behalf of)\s+X", r"\d+(?:a|\w)", r"[Mm]y advis[eo]r is (?P<v>\w+)"]
    first, again = kept_needles(patterns), kept_needles(patterns)  # the second from the entry the first wrote
    assert first == again == [needles(re.compile(p)) for p in patterns]
    assert len(list(tmp_path.glob("needles-*.pickle"))) == 1
    assert kept_needles(patterns[:2]) == first[:2]  # other patterns: their own entry
    assert len(list(tmp_path.glob("needles-*.pickle"))) == 2
