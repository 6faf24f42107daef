"""The learned finder and its scoping: a taught wording reads its provider's documents and no other's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from provcheck.extractor.candidate import Candidate
from provcheck.extractor.document import Page, Word
from provcheck.extractor.found import Found
from provcheck.extractor.layout import build_lines
from provcheck.extractor.learned import find_learned
from provcheck.extractor.resolve import Facts, resolve
from provcheck.pipeline import CheckOptions, check_file
from provcheck.rules.fields import load_field_prefs
from provcheck.rules.knowledge import use_knowledge
from provcheck.rules.learned import LearnedWording
from tests.extractor.learned_docs import UNKNOWN_LABEL, WEAK_LABEL, knowledge_copy, statement

SHA = "ab" * 32


def _teach(folder, *wordings: LearnedWording) -> None:
    import yaml

    entries = [w.model_dump(mode="json") for w in wordings]
    (folder / "learned.yaml").write_text(yaml.safe_dump({"learned": entries}), encoding="utf-8")
    use_knowledge(None)  # a new run reads the folder again


def _wording(provider: str = "Aldgate Life", field: str = "plan_value", label: str = UNKNOWN_LABEL):
    return LearnedWording(provider=provider, field=field, label=label, taught_by="t", taught_at=dt.datetime(2026, 1, 1),
                          from_document=SHA)  # fmt: skip


def _line_page(*runs: tuple[float, str], y: float = 100.0) -> list:
    """One page of one line: each run of words starts at x and its words are 30 pt apart."""
    words = []
    for x, text in runs:
        for i, t in enumerate(text.split()):
            words.append(Word(t, x + 30 * i, y, x + 30 * i + 25, y + 10))
    return build_lines(Page(1, 595, 842, words))


def test_a_taught_label_heads_the_value_beside_it():
    lines = _line_page((60, "Sum held for you today"), (300, "£1,234.50"))
    got = find_learned([lines], ["text"], (_wording(),))
    assert len(got) == 1
    cand = got[0]
    assert (cand.field, cand.finder, cand.provider) == ("plan_value", "learned", "Aldgate Life")
    assert Decimal(str(cand.value)) == Decimal("1234.50")
    assert cand.found.basis == "learned" and cand.found.words[-1].text == "£1,234.50"


def test_a_scans_misread_label_is_still_taught_but_not_on_a_text_page():
    lines = _line_page((60, "Sum he1d for you today"), (300, "£1,234.50"))
    assert [c.value for c in find_learned([lines], ["ocr"], (_wording(),))] == ["1234.50"]
    assert find_learned([lines], ["text"], (_wording(),)) == []


def test_a_later_place_of_the_label_is_tried_when_the_first_heads_no_value():
    first = _line_page((60, "Sum held for you today is shown below"), y=100.0)
    second = _line_page((60, "Sum held for you today"), (300, "£2,000.00"), y=400.0)
    lines = build_lines(Page(1, 595, 842, [w for ln in first + second for w in ln.words]))
    assert [c.value for c in find_learned([lines], ["text"], (_wording(),))] == ["2000.00"]


def test_a_label_that_is_not_there_gives_nothing():
    lines = _line_page((60, "Sum held for you"), (300, "£1,234.50"))
    assert find_learned([lines], ["text"], (_wording(),)) == []


def test_a_value_the_fields_parser_refuses_gives_nothing():
    lines = _line_page((60, "Sum held for you today"), (300, "see overleaf"))
    assert find_learned([lines], ["text"], (_wording(),)) == []


def _cand(provider: str, score: float = 0.95) -> Candidate:
    found = Found(Decimal("10"), 1, [Word("10", 0, 0, 1, 1)], score, "text", basis="learned")
    return Candidate("plan_value", Decimal("10"), found, "learned", score, provider)


def _other(finder: str, score: float = 1.0) -> Candidate:
    found = Found(Decimal("99"), 1, [Word("99", 0, 0, 1, 1)], score, "text")
    return Candidate("plan_value", Decimal("99"), found, finder, score)


def test_a_taught_candidate_counts_only_on_its_providers_document():
    prefs = load_field_prefs()
    assert resolve([_cand("Cairngorm Assurance")], Facts(), "Aldgate Life", prefs).winner("plan_value") is None
    assert resolve([_cand("Aldgate Life")], Facts(), None, prefs).winner("plan_value") is None
    won = resolve([_cand("Aldgate Life")], Facts(), "Aldgate Life", prefs).winner("plan_value")
    assert won is not None and won.found.basis == "learned"


def test_a_taught_wording_outranks_a_weak_reading_but_not_a_known_label():
    prefs = load_field_prefs()
    for weak in ("labelled_weak", "sentence", "pattern"):
        res = resolve([_other(weak), _cand("Aldgate Life")], Facts(), "Aldgate Life", prefs)
        assert res.value("plan_value") == Decimal("10"), weak
    res = resolve([_other("labelled"), _cand("Aldgate Life")], Facts(), "Aldgate Life", prefs)
    assert res.value("plan_value") == Decimal("99")


@pytest.fixture
def knowledge(tmp_path):
    folder = knowledge_copy(tmp_path)
    yield folder
    use_knowledge(None)


def _check(path, folder):
    return check_file(path, CheckOptions(as_of=dt.date(2026, 11, 1), knowledge_path=folder))


def test_a_whole_check_reads_the_taught_wording_only_on_its_providers_documents(tmp_path, knowledge):
    ours = statement(tmp_path / "a.pdf", "Aldgate Life", "AL12345678", "£48,210.33")
    theirs = statement(tmp_path / "c.pdf", "Cairngorm Assurance", "C123456789", "£7,001.00")
    before = _check(ours, knowledge)
    assert before.record.provider == "Aldgate Life"
    assert before.record.plan_value is None  # provcheck does not know the wording
    _teach(knowledge, _wording())
    after = _check(ours, knowledge)
    assert after.record.plan_value == "48210.33"
    assert after.evidence["plan_value"].basis == "learned"
    other = _check(theirs, knowledge)
    assert other.record.provider == "Cairngorm Assurance"
    assert other.record.plan_value is None


def test_a_taught_wording_outranks_a_weak_reading(tmp_path, knowledge):
    ours = statement(tmp_path / "a.pdf", "Aldgate Life", "AL12345678", "£48,210.33", label=WEAK_LABEL)
    before = _check(ours, knowledge)
    assert before.evidence["plan_value"].basis is None and before.evidence["plan_value"].confidence < 0.9
    _teach(knowledge, _wording(label=WEAK_LABEL))
    after = _check(ours, knowledge)
    assert after.record.plan_value == "48210.33"
    assert after.evidence["plan_value"].basis == "learned" and after.evidence["plan_value"].confidence > 0.9


def test_a_taught_wording_outranks_a_weak_label(tmp_path, knowledge):
    # "Our reference" is a weak policy-number label (labels.yaml weak_fields): often the adviser's reference
    doc = statement(tmp_path / "r.pdf", "Aldgate Life", "AL12345678", "£1.00", policy_label="Contract identifier",
                    extra=(("Our reference:", "REF-7781"),))  # fmt: skip
    assert _check(doc, knowledge).record.policy_number == "REF-7781"
    _teach(knowledge, _wording(field="policy_number", label="Contract identifier"))
    after = _check(doc, knowledge)
    assert after.record.policy_number == "AL12345678" and after.evidence["policy_number"].basis == "learned"
