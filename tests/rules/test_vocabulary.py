"""The shared word lists (rules/vocabulary.py, data/vocabulary.yaml): strict loading, and each list in use.

Each "in use" test adds a word that is in no Python source to a copy of the bundled file, points
the loader at the copy, and checks that the stage that had its own list before now acts on the word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from provcheck.errors import ConfigError
from provcheck.rules import vocabulary
from provcheck.rules.vocabulary import VOCABULARY_FILE, load_vocabulary, read_vocabulary


def _bundled() -> dict:
    return yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def teach(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """teach(edit): the bundled vocabulary changed by `edit(data)` is in force until the test ends."""

    def apply(edit) -> None:
        data = _bundled()
        edit(data)
        path = tmp_path / "vocabulary.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        monkeypatch.setattr(vocabulary, "VOCABULARY_FILE", path)
        vocabulary.reload()

    yield apply
    monkeypatch.undo()
    vocabulary.reload()


def test_the_bundled_file_loads() -> None:
    voc = load_vocabulary()
    assert "Limited" in voc.legal_suffixes and "Wealth" in voc.firm_words
    assert voc.title_forms()["doctor"] == "Dr" and voc.month_numbers()["sept"] == 9
    assert voc.ocr_lookalikes.as_digit["O"] == "0"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.update(legal_sufixes=["Ltd"]), "legal_sufixes: unknown key; did you mean 'legal_suffixes'?"),
        (lambda d: d.update(firm_words="Wealth"), "firm_words: Input should be a valid list"),
        (lambda d: d.pop("titles"), "titles: Field required"),
        (lambda d: d["months"].pop(12), "months: give the names of each month 1 to 12"),
        (lambda d: d["titles"]["Dr"].append("Mr"), "'Mr' is listed under both"),
        (lambda d: d["ocr_lookalikes"]["as_digit"].update(O="oh"), "as_digit.O: each entry maps one character"),
        (lambda d: d["ocr_lookalikes"]["readers"].update(dates="OX"), "readers.dates: 'X' not in as_digit"),
        (lambda d: d["legal_suffixes"].append("  "), "legal_suffixes: entry 9 is empty"),
        (lambda d: d["joint_holders"].update(extra=[]), "joint_holders.extra: unknown key"),
    ],
)
def test_a_malformed_file_is_refused_naming_file_and_key(tmp_path: Path, edit, message: str) -> None:
    data = _bundled()
    edit(data)
    path = tmp_path / "vocabulary.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        read_vocabulary(path)
    assert str(path) in str(exc.value) and message in str(exc.value)


def test_a_file_that_is_no_yaml_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected a mapping"):
        read_vocabulary(path)
    path.write_text("titles: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        read_vocabulary(path)


def test_legal_suffixes_come_from_the_data(teach) -> None:
    from provcheck.extractor.adviser import has_legal_suffix
    from provcheck.extractor.registry_names import strip_legal

    assert strip_legal("Pennine Life Limited") == "Pennine Life"
    assert strip_legal("Pennine Life Cyf") == "Pennine Life Cyf"
    teach(lambda d: d["legal_suffixes"].append("Cyf"))  # the Welsh "Limited"
    assert strip_legal("Pennine Life Cyf") == "Pennine Life"
    assert has_legal_suffix("Afon Financial Cyf")


def test_firm_words_come_from_the_data(teach) -> None:
    from provcheck.extractor.adviser import has_firm_word
    from provcheck.extractor.sentences import find_patterns
    from tests.extractor.test_loa_parts import _lines

    sentence = "I authorise Tegid Cynghori to act on my behalf."
    assert not has_firm_word("Tegid Cynghori")
    assert "adviser_firm" not in find_patterns(_lines([(60, 100, sentence)]), {"adviser_firm"})
    teach(lambda d: d["firm_words"].append("Cynghori"))
    assert has_firm_word("Tegid Cynghori")
    # the labels' <FIRM_WORD> macro is the same list
    assert find_patterns(_lines([(60, 100, sentence)]), {"adviser_firm"})["adviser_firm"][0] == "Tegid Cynghori"


def test_provider_words_come_from_the_data(teach) -> None:
    from provcheck.extractor.provider import footer_issuer
    from tests.extractor.test_loa_parts import _lines

    pages = _lines([(60, 800, "Nantlle Cymdeithas Limited is authorised by the Prudential Regulation Authority.")])
    assert footer_issuer(pages) is None
    teach(lambda d: d["provider_words"].append("cymdeithas"))
    assert footer_issuer(pages)[0] == "Nantlle Cymdeithas"


def test_name_continuations_come_from_the_data(teach) -> None:
    from provcheck.extractor.registry_names import _whole

    text = "Aviva Quarry"
    assert _whole(text, 0, 5)
    teach(lambda d: d["name_continues"].append("quarry"))
    assert not _whole(text, 0, 5)


def test_titles_come_from_the_data(teach) -> None:
    from provcheck.dedupe.names import parse_name as name_key
    from provcheck.extractor.parsers import parse_name
    from provcheck.extractor.values import VALUE_PARSERS

    assert parse_name("Doctor Ann Lee") == ("Dr", "Ann Lee")
    assert parse_name("Cllr Ann Lee") == (None, "Cllr Ann Lee")
    teach(lambda d: d["titles"].update(Cllr=["Councillor"]))
    assert parse_name("Councillor Ann Lee") == ("Cllr", "Ann Lee")
    assert VALUE_PARSERS["client_name"]("Cllr Ann Lee and Mr Tom Lee") == "Cllr Ann Lee"
    assert name_key("Cllr Ann Lee") == name_key("Ann Lee")


def test_post_nominals_come_from_the_data(teach) -> None:
    from provcheck.dedupe.names import parse_name as name_key

    assert name_key("Ann Lee FCA") != name_key("Ann Lee")
    teach(lambda d: d["post_nominals"].append("fca"))
    assert name_key("Ann Lee FCA") == name_key("Ann Lee")


def test_joiners_come_from_the_data(teach) -> None:
    from provcheck.extractor.values import VALUE_PARSERS

    assert VALUE_PARSERS["client_name"]("Mr John Carter with Mrs Ann Carter") == "Mr John Carter with Mrs Ann Carter"
    teach(lambda d: d["joint_holders"]["joiners"].append("with"))
    assert VALUE_PARSERS["client_name"]("Mr John Carter with Mrs Ann Carter") == "Mr John Carter"


def test_month_names_come_from_the_data(teach) -> None:
    from provcheck.extractor.parsers import parse_date

    assert parse_date("3 Ionawr 2025") is None
    teach(lambda d: d["months"][1].append("ionawr"))  # January in Welsh
    assert parse_date("3 Ionawr 2025") == "2025-01-03"


def test_valedictions_come_from_the_data(teach) -> None:
    from provcheck.extractor.signature import is_valediction

    assert is_valediction("Yours faithfully,") and not is_valediction("Cofion cynnes,")
    teach(lambda d: d["valedictions"].append("cofion cynnes"))
    assert is_valediction("Cofion cynnes,")


def test_ocr_lookalikes_come_from_the_data(teach) -> None:
    from provcheck.extractor.ocrfix import fit_pattern
    from provcheck.extractor.parsers import parse_date, parse_ni

    assert parse_ni("AB 12 34 5b C") is None
    assert fit_pattern("AL1234567Y", r"AL\d{8}") is None
    assert parse_date("O3/O4/2025") == "2025-04-03"  # O for 0 is bundled

    def edit(d: dict) -> None:
        d["ocr_lookalikes"]["as_digit"].update(b="6", Y="4")
        d["ocr_lookalikes"]["readers"]["ni_numbers"] += "b"

    teach(edit)
    assert parse_ni("AB 12 34 5b C") == "AB123456C"
    assert fit_pattern("AL1234567Y", r"AL\d{8}") == "AL12345674"


def test_client_words_come_from_the_data(teach) -> None:
    from provcheck.extractor.sections import heading_kind
    from provcheck.extractor.signature import is_signature_label

    assert is_signature_label("policyholder's signature") and heading_kind("policyholder details") == "client"
    assert not is_signature_label("annuitant's signature") and heading_kind("annuitant details") == "other"
    teach(lambda d: d["client_words"].append("annuitant"))
    assert is_signature_label("annuitant's signature") and heading_kind("annuitant details") == "client"


def test_second_holder_headings_come_from_the_data(teach) -> None:
    from provcheck.extractor.sections import heading_kind

    assert heading_kind("client 2") == "second_holder" and heading_kind("spouse") == "other"
    teach(lambda d: d["joint_holders"]["second_holder"].append("spouse"))
    assert heading_kind("spouse") == "second_holder"


def test_abbreviations_come_from_the_data(teach) -> None:
    from provcheck.extractor.sentences import find_in_sentences
    from tests.extractor.test_loa_parts import _lines

    pages = _lines([(60, 100, "The value of your plan (acct. 6512483) was £349,314.77 on 5 April 2025.")])
    assert find_in_sentences(pages, "plan_value") is None  # "acct." ends the sentence before the amount
    teach(lambda d: d["abbreviations"].append("acct"))
    assert find_in_sentences(pages, "plan_value")[0] == "349314.77"


def test_regulator_words_come_from_the_data(teach) -> None:
    from provcheck.extractor.registry_names import _a_bodys_name, _whole

    assert _a_bodys_name(" Regulation Authority", ocr=False) and not _a_bodys_name(" Tribunal", ocr=False)
    teach(lambda d: d["regulator_words"].append("tribunal"))
    assert _a_bodys_name(" Tribunal", ocr=False) and not _whole("Aviva Tribunal", 0, 5)
