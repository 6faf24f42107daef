"""extractor/labels.py: a segment's label hits are matched once a text, never kept across knowledge.

`match_labels` keeps each distinct segment's answer by its word texts (issue 14's speed work). The
answer depends on the labels in force too, which a knowledge folder extends (`labels: fields`): a
change of knowledge must drop every kept answer. And a kept answer is tied afresh to the segment
asked about, never to the one first matched.
"""

from __future__ import annotations

from pathlib import Path

from provcheck.extractor.document import Word
from provcheck.extractor.labels import _label_hits, match_labels
from provcheck.extractor.layout import Segment
from provcheck.rules.knowledge import use_knowledge

WORDING = "labels:\n  fields:\n    policy_number: [savings pot code]\n"  # as tests/rules/test_knowledge.py teaches


def _seg(text: str, x: float = 60.0) -> Segment:
    words = []
    for token in text.split():
        words.append(Word(token, x, 100.0, x + 5.0 * len(token), 110.0, size=10.0))
        x += 5.0 * len(token) + 3.0
    return Segment(words)


def test_label_hits_follow_the_knowledge_in_force(tmp_path: Path):
    empty, folder = tmp_path / "empty", tmp_path / "knowledge"
    empty.mkdir()
    folder.mkdir()
    (folder / "labels.yaml").write_text(WORDING, encoding="utf-8")
    text, fields = "Savings pot code: SP123456", {"policy_number"}
    try:
        use_knowledge(empty)
        assert match_labels(_seg(text), fields, ocr=False) == []
        use_knowledge(folder)
        hits = match_labels(_seg(text), fields, ocr=False)
        assert [(h.field, h.n_words, h.label, h.rest) for h in hits] == [
            ("policy_number", 3, "savings pot code", "SP123456")
        ]
        use_knowledge(empty)
        assert match_labels(_seg(text), fields, ocr=False) == []  # the folder's answer was not kept
    finally:
        use_knowledge(None)


def test_a_kept_answer_is_tied_to_the_segment_asked_about():
    first, second = _seg("Policy number: AB123456"), _seg("Policy number: AB123456", x=300.0)
    fields = {"policy_number", "plan_value"}
    a = match_labels(first, fields, ocr=False)
    hits = _label_hits.cache_info().hits
    b = match_labels(second, set(fields), ocr=False)  # the same texts and fields: answered from the cache
    assert _label_hits.cache_info().hits == hits + 1
    kept = [(h.field, h.n_words, h.score, h.label) for h in a]
    assert kept == [("policy_number", 2, 100.0, "policy number")]
    assert [(h.field, h.n_words, h.score, h.label) for h in b] == kept
    assert all(h.segment is first for h in a) and all(h.segment is second for h in b)
    assert match_labels(first, {"plan_value"}, ocr=False) == []  # other fields asked: another answer
