"""extractor/tablewords.py: a cleaned heading is worked out once a text, and never kept across knowledge.

`_clean` is cached by its text (issue 14's speed work). Its answer also depends on the heading words
in force, which a knowledge folder may extend (`labels: holdings_columns`): a change of knowledge
must drop every kept answer, or a document read with one firm's knowledge would see another's words.
"""

from __future__ import annotations

from pathlib import Path

from provcheck.extractor import tablewords
from provcheck.extractor.tablewords import _clean, column_of
from provcheck.rules.knowledge import use_knowledge

# an invented heading: "zorblax" is no word of the bundled headings, "zorbiax" one letter from it
TAUGHT = "labels:\n  holdings_columns:\n    value: [Zorblax worth]\n"


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    empty, folder = tmp_path / "empty", tmp_path / "knowledge"
    empty.mkdir()
    folder.mkdir()
    (folder / "headings.yaml").write_text(TAUGHT, encoding="utf-8")
    return empty, folder


def test_a_cleaned_heading_follows_the_knowledge_in_force(tmp_path):
    empty, folder = _folders(tmp_path)
    try:
        use_knowledge(empty)
        assert _clean("Zorbiax worth") == "zorbiax worth"  # no heading word near it: left as read
        assert column_of("Zorbiax worth") is None
        use_knowledge(folder)
        assert _clean("Zorbiax worth") == "zorblax worth"  # one letter from the folder's heading word
        assert column_of("Zorbiax worth") == "value"
        use_knowledge(empty)
        assert _clean("Zorbiax worth") == "zorbiax worth"  # the folder's answer was not kept
        assert column_of("Zorbiax worth") is None
    finally:
        use_knowledge(None)


def test_a_text_is_cleaned_once_and_the_answer_is_the_uncached_one(tmp_path):
    empty, _ = _folders(tmp_path)
    try:
        use_knowledge(empty)
        texts = ["Fund name", "Units held", "Vaiue (£)", "Unlts Price", "Val ue at 5 April", "Book cost (£)"]
        first = [_clean(t) for t in texts]
        hits = _clean.cache_info().hits
        assert [_clean(t) for t in texts] == first
        assert _clean.cache_info().hits == hits + len(texts)  # the second pass was answered from the cache
        assert first == [tablewords._clean.__wrapped__(t) for t in texts]
        assert first[2] == "value" and first[3] == "units price"  # marks left out, misread words mended
    finally:
        use_knowledge(None)
