"""Label matching at the start of a segment (extractor/labels.py over rules/data/labels.yaml)."""

from __future__ import annotations

import pytest

from provcheck.extractor.document import Word
from provcheck.extractor.labels import match_labels
from provcheck.extractor.layout import Segment
from provcheck.extractor.values import VALUE_PARSERS

ALL = set(VALUE_PARSERS)


def _seg(text: str) -> Segment:
    words, x = [], 60.0
    for token in text.split():
        words.append(Word(token, x, 100.0, x + 5.0 * len(token), 110.0, size=10.0))
        x += 5.0 * len(token) + 3.0
    return Segment(words)


def _best(text: str, weak: bool = False) -> tuple[str, str] | None:
    hits = match_labels(_seg(text), ALL, ocr=False, weak=weak)
    return (hits[0].field, hits[0].rest) if hits else None


@pytest.mark.parametrize(
    ("text", "field", "rest"),
    [
        # wordings UK providers print that the samples do not use
        ("Contract no. LW 2231 9087", "policy_number", "LW 2231 9087"),
        ("Scheme reference: S123456", "policy_number", "S123456"),
        ("Life assured: Mr Peter Holloway", "client_name", "Mr Peter Holloway"),
        ("Member's full name", "client_name", ""),
        ("NINO: JT552109B", "ni_number", "JT552109B"),
        ("National Insurance No. JT 55 21 09 B", "ni_number", "JT 55 21 09 B"),
        ("Cash-in value £4,650.00", "transfer_value", "£4,650.00"),
        ("Surrender value: £60,892.10", "transfer_value", "£60,892.10"),
        ("Value as at 30 April 2025", "valuation_date", "30 April 2025"),
        ("Total value of your plan £120,450.00", "plan_value", "£120,450.00"),
        ("Type of contract: Personal Pension Plan", "plan_type", "Personal Pension Plan"),
        ("FCA ref 612345", "fca_frn", "612345"),
        # the form's furniture around a label
        ("4. National Insurance No.: PC401122D", "ni_number", "PC401122D"),
        ("(b) Date of birth 05/08/1958", "client_dob", "05/08/1958"),
        ("To (provider) Pendleton Wealth Platform", "provider", "Pendleton Wealth Platform"),
        ("Fund value ........ £4,743.63", "plan_value", "£4,743.63"),
        # a bilingual form prints the other language's label first (a Welsh and English LoA)
        ("Rhif polisi / Policy number P152-36319", "policy_number", "P152-36319"),
        ("Dyddiad geni / Date of birth 10 May 1959", "client_dob", "10 May 1959"),
        ("Child's address 81 Mill Lane, Keswick", "client_address", "81 Mill Lane, Keswick"),
        ("Description of account Stakeholder Child Trust Fund", "plan_type", "Stakeholder Child Trust Fund"),
        # an estate's LoA, signed by its executors: the plans' late owner is the client
        ("Full name of the deceased Owain Uttley", "client_name", "Owain Uttley"),
        ("Last address 5 Copper Beech Drive, Bradford", "client_address", "5 Copper Beech Drive, Bradford"),
        # a discretionary manager's own fee
        ("Annual management fee 0.60% a year, plus VAT", "annual_charge_percent", "0.60% a year, plus VAT"),
        ("Annual mgmt charge .... 0.75%", "annual_charge_percent", "0.75%"),  # a secure message's abbreviation
    ],
)
def test_a_label_and_what_follows_it(text, field, rest):
    assert _best(text) == (field, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Client Services Team",  # "Client" runs straight into words: a phrase, not a label
        "To be completed by the policyholder",
        "Client authority form",
        "your address or other details change, and keep this statement",
    ],
)
def test_a_free_text_label_running_into_words_is_no_label(text):
    fields = {"client_name", "provider", "client_address", "adviser_name", "adviser_firm"}
    assert match_labels(_seg(text), fields, ocr=False) == []


def test_a_free_text_label_marked_off_by_a_colon_still_counts():
    assert _best("Client: Mr John Smith") == ("client_name", "Mr John Smith")


def test_weak_labels_only_when_asked():
    # "Your reference" in a reply is as often the adviser's own reference as the plan number
    assert _best("Your reference: HWP/AC/0042") is None
    assert _best("Your reference: HWP/AC/0042", weak=True) == ("policy_number", "HWP/AC/0042")
    # a workplace scheme's member number is the plan's only when no plan number is printed
    assert _best("Member number: TP-55102-K", weak=True) == ("policy_number", "TP-55102-K")
    assert _best("Member number: TP-55102-K")[0] != "policy_number"


@pytest.mark.parametrize(
    ("text", "field", "rest"),
    [
        # a bare noun labels plan numbers only with an item number closing it
        ("Policy 1: CA/55/102938", "policy_numbers", "CA/55/102938"),
        ("Plan (2) AB123456", "policy_numbers", "AB123456"),
        ("Account 1", "policy_numbers", ""),
        ("Plan reference 2: IR-500121-I", "policy_numbers", "IR-500121-I"),
        # a name printed in parts
        ("Forename(s)", "forenames", ""),
        ("First name(s): Joanne", "forenames", "Joanne"),
        ("Surname", "surname", ""),
        # e-signature audit wording
        ("Signing time: 04/03/2026 | 09:15 GMT", "date_signed", "04/03/2026 | 09:15 GMT"),
    ],
)
def test_item_numbers_name_parts_and_signing_labels(text, field, rest):
    hits = {h.field: h for h in match_labels(_seg(text), ALL, ocr=False)}
    assert field in hits
    assert hits[field].rest == rest


@pytest.mark.parametrize("text", ["Policy documents will follow", "Plan 3 March 2026", "Date 3 March 2026"])
def test_no_item_number_where_a_word_or_a_date_follows(text):
    hits = {h.field for h in match_labels(_seg(text), ALL, ocr=False)}
    assert "policy_numbers" not in hits


def test_a_date_label_keeps_its_day():
    hit = next(h for h in match_labels(_seg("Date 3 March 2026"), ALL, ocr=False) if h.field == "date_signed")
    assert hit.rest == "3 March 2026"


def test_an_exact_label_beats_a_longer_fuzzy_one_on_an_ocr_page():
    # "policyholder mr" is close to the label "policyholder name", but "policyholder" is exact:
    # the title stays in the value
    hits = match_labels(_seg("Policyholder: Mr Gareth Green"), {"client_name"}, ocr=True)
    assert [(h.field, h.n_words, h.rest) for h in hits] == [("client_name", 1, "Mr Gareth Green")]


def test_a_misread_label_still_matches_on_an_ocr_page():
    hits = match_labels(_seg("Plan numbcr: AL12345678"), {"policy_number"}, ocr=True)
    assert hits and hits[0].field == "policy_number" and hits[0].rest == "AL12345678"
    assert not match_labels(_seg("Plan numbcr: AL12345678"), {"policy_number"}, ocr=False)


def _items_scanned(raw: list[str], lead: int, segment: Segment, fields: set[str]) -> dict:
    """`_match_items` as it read every item noun of every field, before they were kept by first word."""
    from provcheck.extractor.labelends import item_end as _item_end
    from provcheck.extractor.labels import LabelHit, _item_labels, _prefix_words

    hits: dict = {}
    for field_name, syns in _item_labels().items():
        if field_name not in fields:
            continue
        for syn, k in syns:
            prefix, used = _prefix_words(raw[lead:], k)
            if prefix != syn or lead + used >= len(raw):
                continue
            end = _item_end(raw, lead + used)
            if end > lead + used:
                hits[field_name] = LabelHit(field_name, segment, end, 100.0, f"{syn} #")
                break
    return hits


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        ("Policy 1: AB123", True),
        ("Plan (2) XY99", True),
        ("Policy ref 3: Q1", True),
        ("Bond #1", True),
        ("Plan 2", True),
        ("Scheme", False),
        ("Total 1: 500", False),
    ],
)
def test_item_nouns_kept_by_first_word_match_as_a_full_scan(text, labelled):
    from provcheck.extractor.labels import _match_items, _prefix_words

    seg = _seg(text)
    raw = [w.text for w in seg.words]
    for lead in (0, 1):
        hits: dict = {}
        _match_items(raw, lead, frozenset(VALUE_PARSERS), hits, _prefix_words(raw[lead:], 1)[0])
        scanned = _items_scanned(raw, lead, seg, set(VALUE_PARSERS))
        assert {f: tuple(h) for f, h in hits.items()} == {
            f: (h.field, h.n_words, h.score, h.label) for f, h in scanned.items()
        }
        if lead == 0:
            assert bool(hits) == labelled


@pytest.mark.parametrize(
    "text",
    [
        "Policy number: AB123456",
        "Plan value £12,000.00",
        "1. Date of birth 14/03/1961",
        "Total plan value as at 5 April 2025",
        "Policy 2: XY998877",
        "Client name: Mr John Smith",
    ],
)
def test_the_fields_asked_for_get_the_hits_they_get_when_asked_alone(text):
    # one field's label never depends on the other fields asked for: each call gets its own fields, in order
    seg = _seg(text)
    every = match_labels(seg, ALL, ocr=False)
    assert every, text
    for hit in every:
        alone = match_labels(_seg(text), {hit.field}, ocr=False)
        assert [(h.field, h.n_words, h.label) for h in alone] == [(hit.field, hit.n_words, hit.label)]
    some = {h.field for h in every[1:]}
    assert [h.field for h in match_labels(seg, some, ocr=False)] == [h.field for h in every if h.field in some]
    assert match_labels(seg, set(), ocr=False) == []


def test_a_segment_whose_words_change_is_matched_again():
    seg = _seg("Policy number: AB123456")
    assert match_labels(seg, ALL, ocr=False)[0].field == "policy_number"
    seg.words = _seg("Date of birth: 14/03/1961").words  # a segment split or mended after a first look
    assert match_labels(seg, ALL, ocr=False)[0].field == "client_dob"
    seg.words.append(Word("x", 400.0, 100.0, 405.0, 110.0, size=10.0))  # grown in place
    assert match_labels(seg, ALL, ocr=False)[0].rest == "14/03/1961 x"
    assert match_labels(seg, ALL, ocr=False, weak=True) == []  # the weak labels are looked for apart


@pytest.mark.parametrize(
    ("text", "field", "rest"),
    [
        ("D0B 14/03/1958", "client_dob", "14/03/1958"),  # a digit for a letter, in a label too short for fuzz
        ("T1tle Mrs", "client_title", "Mrs"),
        ("NI N0. JT 48 27 91 B", "ni_number", "JT 48 27 91 B"),  # the longer label, not "NI" and a value "N0."
        ("Dateof birth: 14/03/1958", "client_dob", "14/03/1958"),  # two words joined
    ],
)
def test_labels_ocr_split_joined_or_misread_on_an_ocr_page(text, field, rest):
    hits = [h for h in match_labels(_seg(text), ALL, ocr=True) if h.field == field]
    assert hits and hits[0].rest == rest and hits[0].score < 100  # less sure than a label read as printed
    assert not [h for h in match_labels(_seg(text), ALL, ocr=False) if h.field == field and h.rest == rest]


@pytest.mark.parametrize("text", ["T0 be completed by the adviser", "N1 2AB", "Dated 14/03/2026"])
def test_no_misread_label_from_short_words_or_longer_ones(text):
    # two-letter labels ("to", "ni") are too short to tell from a misread word; "Dated" is not "date"
    hits = match_labels(_seg(text), ALL, ocr=True)
    assert all(h.score == 100 for h in hits), [(h.field, h.label, h.score) for h in hits]


@pytest.mark.parametrize(
    ("text", "field", "rest"),
    [
        # a number is no misread label word: "period 6" is not "period end"
        ("Statement period 6 April 2025 to 5 April 2026", "period_start", "6 April 2025 to 5 April 2026"),
        # another field's label read as printed explains the words a fuzzy one would guess at
        ("Statement period from 6 April 2025 to 5 April 2026", "period_start", "6 April 2025 to 5 April 2026"),
    ],
)
def test_on_an_ocr_page_a_fuzzy_label_does_not_take_a_value_or_an_exact_labels_words(text, field, rest):
    hits = match_labels(_seg(text), ALL, ocr=True)
    assert [(h.field, h.rest) for h in hits] == [(field, rest)]


def test_a_fuzzy_label_still_reads_a_misspelt_one_on_an_ocr_page():
    hits = match_labels(_seg("Valuaton date 5 April 2026"), ALL, ocr=True)
    assert hits[0].field == "valuation_date" and hits[0].rest == "5 April 2026" and hits[0].score < 100


@pytest.mark.parametrize("text", ["Date of death 26 June 2025", "Date of issue 02/08/2025"])
def test_a_date_of_another_event_is_no_bare_date_label(text):
    # "Date" alone labels the signing date; "Date of death" is another event's, whatever follows
    assert all(h.field != "date_signed" for h in match_labels(_seg(text), ALL, ocr=False))
    assert _best("Date: 02/08/2025") == ("date_signed", "02/08/2025")


def test_a_certificate_number_is_a_weak_plan_number_label():
    # a bond's certificate names the plan; a valuation certificate's own number does not: weak, so a
    # "Plan number" label printed too wins (labels.yaml weak_fields); an LoA's list of plans may still name it so
    assert _best("Certificate number AMB 0091 2231") == ("policy_numbers", "AMB 0091 2231")
    assert _best("Certificate number AMB 0091 2231", weak=True) == ("policy_number", "AMB 0091 2231")
