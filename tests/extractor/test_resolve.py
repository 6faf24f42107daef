"""The resolver on hand-built candidates, and on real statements drawn here with reportlab.

Each test sets the readings two or more finders could hand back and says, by hand, which one a
person reading the document would take, and the ruling's words a user of `explain` meets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.extractor import extract, read_document
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.document import Word
from provcheck.extractor.found import Found
from provcheck.extractor.resolve import Facts, resolve
from provcheck.pipeline import CheckOptions
from provcheck.rules.fields import FieldPrefs, FieldsFile, load_field_prefs


def _cand(field: str, value: object, finder: str, provider: str | None = None, role: str | None = None) -> Candidate:
    word = Word(str(value), 60.0, 100.0, 120.0, 110.0)
    return Candidate(field, value, Found(value, 1, [word], 0.9, "text", role=role), finder, 0.9, provider)


def _rulings(cands: list[Candidate], facts: Facts | None = None, provider: str | None = None) -> dict:
    res = resolve(cands, facts or Facts(), provider)
    return {name: [(r.candidate.value, r.won, r.reason) for r in rs] for name, rs in res.rulings.items()}


def test_a_labelled_value_beats_a_sentence_whichever_came_first() -> None:
    got = _rulings([_cand("plan_type", "isa", "sentence"), _cand("plan_type", "sipp", "labelled")])
    assert got["plan_type"][0] == ("sipp", True, "won: labelled beats sentence")
    assert got["plan_type"][1] == ("isa", False, "lost: labelled beats sentence")


def test_a_taught_wording_counts_only_for_its_own_provider() -> None:
    taught = _cand("policy_number", "ZX-001", "learned", provider="Quayside Assurance")
    plain = _cand("policy_number", "ZX-999", "sentence")
    mine = _rulings([plain, taught], provider="Quayside Assurance")["policy_number"]
    assert mine[0][:2] == ("ZX-001", True)  # learned ranks above sentence in fields.yaml
    other = _rulings([plain, taught], provider="Aldgate Life")["policy_number"]
    assert other[0][:2] == ("ZX-999", True)
    assert other[1] == (
        "ZX-001",
        False,
        "lost: taught for Quayside Assurance, and this document's provider is Aldgate Life",
    )
    unknown = _rulings([taught], provider=None)["policy_number"]
    assert unknown == [
        ("ZX-001", False, "lost: taught for Quayside Assurance, and this document's provider is not known")
    ]


def test_the_plan_value_the_holdings_add_up_to_wins_over_a_better_finder() -> None:
    cands = [_cand("plan_value", "10800.00", "labelled"), _cand("plan_value", "11000.00", "sentence")]
    got = _rulings(cands, Facts(holdings_total="11000.00"))["plan_value"]
    assert got[0] == ("11000.00", True, "won: agrees with the holdings total")
    assert got[1] == ("10800.00", False, "lost: disagrees with the holdings total")
    # with no table to check against, the finder order decides
    assert _rulings(cands)["plan_value"][0][:2] == ("10800.00", True)


def test_the_printed_table_total_counts_when_a_misread_row_breaks_the_sum() -> None:
    cands = [_cand("plan_value", "10800.00", "labelled"), _cand("plan_value", "11000.00", "sentence")]
    got = _rulings(cands, Facts(holdings_total="10100.00", printed_total="11000.00"))["plan_value"]
    assert got[0] == ("11000.00", True, "won: agrees with the holdings total")
    assert got[1] == ("10800.00", False, "lost: disagrees with the holdings total")


def test_an_opening_value_gives_way_even_when_the_holdings_add_up_to_it() -> None:
    cands = [
        _cand("plan_value", "11000.00", "labelled", role="opening"),
        _cand("plan_value", "11200.00", "labelled", role="closing"),
    ]
    got = _rulings(cands, Facts(holdings_total="11000.00"))["plan_value"]
    assert got[0][:2] == ("11200.00", True)
    assert got[1] == ("11000.00", False, "lost: an opening value; a closing one is printed")


def test_an_ni_number_hmrc_could_not_issue_loses_to_one_it_could() -> None:
    cands = [_cand("ni_number", "QQ123456C", "labelled"), _cand("ni_number", "AB123456C", "pattern")]
    got = _rulings(cands)["ni_number"]
    assert got[0] == ("AB123456C", True, "won: agrees with HMRC's NI number rules")
    assert got[1] == ("QQ123456C", False, "lost: disagrees with HMRC's NI number rules")


def test_a_valuation_date_that_ends_the_period_wins_but_the_period_is_no_evidence_for_itself() -> None:
    facts = Facts(period_end="2025-04-05")
    period = _cand("valuation_date", "2025-04-05", "period")
    labelled = _cand("valuation_date", "2025-02-28", "labelled")
    assert _rulings([period, labelled], facts)["valuation_date"][0][:2] == ("2025-02-28", True)
    sentence = _cand("valuation_date", "2025-04-05", "sentence")
    got = _rulings([labelled, sentence], facts)["valuation_date"]
    assert got[0] == ("2025-04-05", True, "won: agrees with the statement period's end")


def test_the_finder_order_is_data() -> None:
    prefs = FieldsFile(default=load_field_prefs().default, fields={"plan_type": FieldPrefs(finders=["sentence"])})
    cands = [_cand("plan_type", "sipp", "labelled"), _cand("plan_type", "isa", "sentence")]
    res = resolve(cands, Facts(), prefs=prefs)
    assert res.value("plan_type") == "isa"
    assert res.rulings["plan_type"][1].reason == "lost: fields.yaml counts only sentence for plan_type"


# a statement whose "Fund value" the two holdings rows (6,000 + 5,000) do not add up to
ALDGATE_ROWS = [
    "Plan number: AL1234567",
    "Fund value|£10,800.00",
    "",
    "Fund|Units|Price|Value",
    "Aldgate Global Equity|2000.00|3.0000|6,000.00",
    "Aldgate Managed Bond|3000.00|1.6667|5,000.00",
]


def _statement(path: Path, rows: list[str], prose: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 790.0
    for text in ["Aldgate Life", "Your annual statement", "Mrs Jane Smith", *rows]:
        for col, cell in zip((60, 250, 340, 430), text.split("|"), strict=False):
            c.drawString(col, y, cell)
        y -= 16
    for sentence in prose:
        c.drawString(60, y - 6, sentence)
        y -= 20
    c.save()
    return path


def test_on_a_real_statement_the_holdings_total_outweighs_a_label(tmp_path: Path) -> None:
    """A "Fund value" label gives an amount the table does not add up to; a sentence gives the one it does."""
    rows = ALDGATE_ROWS
    prose = ["The value of your plan on 5 April 2026 was £11,000.00."]
    pdf = _statement(tmp_path / "s.pdf", rows, prose)
    ex = extract(read_document(pdf, CheckOptions(as_of=dt.date(2026, 11, 1))))
    assert ex.record.plan_value == "11000.00"
    rulings = ex.resolution.rulings["plan_value"]
    assert (rulings[0].candidate.finder, rulings[0].reason) == ("sentence", "won: agrees with the holdings total")
    lost = next(r for r in rulings if r.candidate.value == "10800.00")
    assert (lost.candidate.finder, lost.won, lost.reason) == (
        "labelled",
        False,
        "lost: disagrees with the holdings total",
    )


def test_a_firm_read_from_a_sentence_that_is_the_provider_gives_way() -> None:
    """The firm in "I authorise Acme Life to release..." is the provider: two readings say so, the third not."""
    from provcheck.extractor import steps

    cands = [
        _cand("provider", "Acme Life", "issuer"),
        _cand("adviser_firm", "Acme Life", "pattern"),
        _cand("adviser_firm", "Acme Life Ltd", "labelled_weak"),
        _cand("adviser_firm", "Nova Wealth", "sentence"),
    ]
    for c in cands:
        c.found.confidence = 0.8  # as read from running text: a reading the provider may overrule
    res = resolve(cands, Facts())
    assert res.value("adviser_firm") == "Acme Life"
    steps.adviser_firm(res, [], ["text"], load_field_prefs(), Facts())
    rulings = res.rulings["adviser_firm"]
    assert (rulings[0].candidate.value, rulings[0].won) == ("Nova Wealth", True)
    assert [(r.candidate.finder, r.reason) for r in rulings if r.kept_out] == [
        ("pattern", "lost: names the provider"),
        ("labelled_weak", "lost: names the provider"),
    ]


def _read_at(field: str, value: object, finder: str, top: float, conf: float, method: str = "ocr") -> Candidate:
    word = Word(str(value), 60.0, top, 120.0, top + 10.0, conf=conf)
    return Candidate(field, value, Found(value, 1, [word], conf, method), finder, conf)


def test_a_value_read_alike_at_two_places_is_surer_than_either() -> None:
    # the policy number in a scan's heading and again in its body: both misread alike is unlikely
    heading = _read_at("policy_number", "AL20554812", "labelled", 100.0, 0.7)
    body = _read_at("policy_number", "AL20554812", "pattern", 400.0, 0.6)
    res = resolve([heading, body], Facts())
    won = res.winner("policy_number")
    assert won is not None and won.found.confidence == 0.88  # 1 - 0.3 * 0.4
    assert "read alike at 2 places (confidence 0.70 -> 0.88)" in res.rulings["policy_number"][0].reason
    res.repick("policy_number", [], load_field_prefs(), Facts())  # deciding again counts the agreement once
    assert res.winner("policy_number").found.confidence == 0.88


def test_the_same_words_read_twice_and_other_values_do_not_agree() -> None:
    once = _read_at("policy_number", "AL20554812", "labelled", 100.0, 0.7)
    same_words = _read_at("policy_number", "AL20554812", "pattern", 102.0, 0.7)  # overlaps the first
    other = _read_at("policy_number", "AL20554813", "pattern", 400.0, 0.9)
    won = resolve([once, same_words, other], Facts()).winner("policy_number")
    assert won is not None and won.value == "AL20554812" and won.found.confidence == 0.7


def _res(cands: list[Candidate], facts: Facts):
    return resolve(cands, facts)


def test_a_value_the_sums_contradict_chosen_only_by_finder_order_is_unsure() -> None:
    # two readings of different amounts, the holdings adding up to neither: the finders' order chose
    cands = [_cand("plan_value", "10800.00", "labelled"), _cand("plan_value", "12500.00", "sentence")]
    res = _res(cands, Facts(holdings_total="11000.00"))
    won = res.winner("plan_value")
    assert won is not None and won.value == "10800.00"
    # each read at 0.9: the winner keeps its share, 0.9 * 0.9 / 1.8
    assert won.found.confidence == 0.45
    assert won.found.evidence().basis == "contested"
    assert "sentence read '12500.00'" in res.rulings["plan_value"][0].reason


def test_no_doubt_without_a_rival_of_another_value_or_without_a_sum_that_disagrees() -> None:
    alone = _res([_cand("plan_value", "10800.00", "labelled")], Facts(holdings_total="11000.00"))
    assert alone.winner("plan_value").found.confidence == 0.9  # a real misprint: nothing to choose from
    same = [_cand("plan_value", "10800.00", "labelled"), _cand("plan_value", "10800.00", "sentence")]
    assert _res(same, Facts(holdings_total="11000.00")).winner("plan_value").found.evidence().basis is None
    rivals = [_cand("plan_value", "10800.00", "labelled"), _cand("plan_value", "12500.00", "sentence")]
    unchecked = _res(rivals, Facts()).winner("plan_value")  # no table: the order decides, sure as read
    assert unchecked.found.confidence == 0.9 and not unchecked.found.contested


def test_a_rival_that_lost_for_a_reason_leaves_the_winner_sure() -> None:
    # an opening value gives way to a closing one by its wording, not by the finders' order
    cands = [
        _cand("plan_value", "11000.00", "labelled", role="closing"),
        _cand("plan_value", "9000.00", "labelled", role="opening"),
    ]
    won = _res(cands, Facts(holdings_total="11500.00")).winner("plan_value")
    assert won.value == "11000.00" and won.found.confidence == 0.9


def test_a_weak_rival_barely_dents_a_strong_reading() -> None:
    strong = _cand("plan_value", "10800.00", "labelled")
    strong = Candidate(
        "plan_value", strong.value, Found(strong.value, 1, strong.found.words, 0.98, "text"), "labelled", 0.98
    )
    weak = _cand("plan_value", "250.00", "sentence")
    weak = Candidate("plan_value", weak.value, Found(weak.value, 1, weak.found.words, 0.05, "text"), "sentence", 0.05)
    won = _res([strong, weak], Facts(holdings_total="11000.00")).winner("plan_value")
    assert 0.9 < won.found.confidence < 0.98  # 0.98 * 0.98 / 1.03 = 0.932


def test_deciding_again_does_not_doubt_twice() -> None:
    cands = [_cand("plan_value", "10800.00", "labelled"), _cand("plan_value", "12500.00", "sentence")]
    facts = Facts(holdings_total="11000.00")
    res = _res(cands, facts)
    res.repick("plan_value", [], load_field_prefs(), facts)
    assert res.winner("plan_value").found.confidence == 0.45


def _sum_issue(pdf: Path):
    from provcheck.pipeline import check_paths

    (result,) = list(check_paths([pdf], CheckOptions(as_of=dt.date(2026, 11, 1))))
    return next(i for i in result.issues if i.rule == "holdings_sum")


def test_on_a_real_statement_a_sum_that_fails_on_a_contested_value_is_a_warning(tmp_path: Path) -> None:
    """Two amounts the holdings add up to neither: the label's wins by order, and the sum's error is a doubt."""
    rows = ALDGATE_ROWS
    prose = ["The value of your plan on 5 April 2026 was £11,500.00."]
    issue = _sum_issue(_statement(tmp_path / "two.pdf", rows, prose))
    assert issue.severity == "warning" and "chosen between readings that differ" in issue.message
    # the same statement printing one amount only: a document that does not add up, and sure of it
    alone = _sum_issue(_statement(tmp_path / "one.pdf", rows, []))
    assert alone.severity == "error" and "Not sure" not in alone.message


def test_a_reading_barely_read_gives_way_to_one_read_whichever_finder() -> None:
    from dataclasses import replace

    labelled = _cand("policy_numbers", ["Wo938727"], "labelled")
    barely = replace(labelled, score=0.0, found=replace(labelled.found, confidence=0.0))  # a word OCR read at 0.0
    pattern = replace(_cand("policy_numbers", ["W6938727"], "pattern"), score=0.73)
    assert _rulings([barely, pattern])["policy_numbers"][0][:2] == (["W6938727"], True)
    # read at all, the labelled reading still comes first
    assert _rulings([labelled, pattern])["policy_numbers"][0][:2] == (["Wo938727"], True)
