"""What is worked out once a document is that document's alone: never another's, never stale (issue 14)."""

from __future__ import annotations

from provcheck.extractor.document import Page, Word
from provcheck.extractor.layout import build_lines
from provcheck.extractor.perdoc import once
from provcheck.extractor.sections import SectionMap, lines_under, section_map, skipped_words


def _pages(rows: list[tuple[float, str, bool]]) -> list[list]:
    """One page's lines from (top, text, bold) rows, each word 30 pt wide at 11 pt."""
    words = []
    for top, text, bold in rows:
        for i, t in enumerate(text.split()):
            words.append(Word(t, 60 + 34 * i, top, 90 + 34 * i, top + 11, size=11, bold=bold))
    return [build_lines(Page(1, 595, 842, words))]


def _second_holder_doc() -> list[list]:
    return _pages(
        [(100, "Client 1", True), (120, "Name Ann Lee", False), (160, "Client 2", True), (180, "Name Bo Lee", False)]
    )


def _one_holder_doc() -> list[list]:
    return _pages([(100, "Client 1", True), (120, "Name Ann Lee", False), (160, "Plan details", True)])


def test_worked_out_once_for_the_same_pages():
    pages = _one_holder_doc()
    calls = []
    first = once(pages, "probe", lambda: calls.append(1) or object())
    assert once(pages, "probe", lambda: calls.append(1) or object()) is first
    assert calls == [1]
    assert section_map(pages) is section_map(pages)


def test_another_document_is_worked_out_afresh():
    one = _one_holder_doc()
    assert skipped_words(one, {"client_name"}) == frozenset()
    two = _second_holder_doc()  # read after the first, as a worker reads a batch
    skipped = skipped_words(two, {"client_name"})
    bo = [w for ln in two[0] for w in ln.words if w.text in ("Bo", "Lee")][-2:]
    assert {id(w) for w in bo} <= skipped
    assert lines_under(two, "second_holder") != frozenset()
    # and back to the first document's own answer, not the second's
    assert skipped_words(one, {"client_name"}) == frozenset()
    assert section_map(one).headings == SectionMap(one).headings


def test_a_document_of_the_same_content_is_its_own():
    first = _second_holder_doc()
    kept = section_map(first)
    again = _second_holder_doc()  # equal words, other objects: ids of the first would be wrong for it
    assert section_map(again) is not kept
    words = {id(w) for ln in again[0] for w in ln.words}
    assert skipped_words(again, {"client_name"}) <= words


def test_pages_grown_in_place_are_read_afresh():
    pages = _one_holder_doc()
    assert lines_under(pages, "second_holder") == frozenset()
    # the same list object, now holding a second holder's heading below
    pages[0].extend(_pages([(300, "Client 2", True), (320, "Name Bo Lee", False)])[0])
    assert lines_under(pages, "second_holder") != frozenset()
