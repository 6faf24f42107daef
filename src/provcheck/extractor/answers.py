"""A questionnaire's answer marks: "Q3 Planholder's full name" over "A3 Mr Declan Yardley".

A provider's information schedule may number its questions and their answers alike. The question's
mark is a form's item number, which label matching passes over (labels.py `_ENUMERATOR`); the
answer's mark "A3" would be read as the start of the value ("A3MrDeclan", "A1BH5591588A"). So a
segment opening with "A<n>" under a line opening with "Q<n>" loses the mark before any finder
reads the page.
"""

from __future__ import annotations

import re

from provcheck.extractor.layout import Line

_QUESTION = re.compile(r"Q(\d{1,2})[.):]?")
_ANSWER = re.compile(r"A(\d{1,2})[.):]?")
_REACH = 3  # lines between a question and its answer (the question may wrap)


def drop_answer_marks(lines: list[Line]) -> list[Line]:
    """The page's lines with each answer mark that follows its question's mark taken out (in place)."""
    asked: dict[str, int] = {}
    for i, line in enumerate(lines):
        first = line.words[0].text if line.words else ""
        q = _QUESTION.fullmatch(first)
        if q:
            asked[q[1]] = i
            continue
        for seg in line.segments:
            a = _ANSWER.fullmatch(seg.words[0].text) if len(seg.words) > 1 else None
            if a is None or not 0 < i - asked.get(a[1], -99) <= _REACH:
                continue
            mark = seg.words[0]
            seg.words = seg.words[1:]
            line.words = [w for w in line.words if w is not mark]
    return lines
