"""OCR look-alikes mended only where a check digit or the provider's pattern settles them.

The valid ISINs are checked against the `isin` validator's own Luhn and SEDOL checks first, so
a mistake in the test data cannot pass for a repair.
"""

import pytest

from provcheck.extractor.document import Word
from provcheck.extractor.ocrfix import MENDED, fit_pattern, repair_codes, repair_isin, sedol_ok, unsettled_isin
from provcheck.validators.isin import isin_valid

VALID = ["GB00B0VHNJ97", "GB00BXV29F34", "LU00TX8VQKK6", "IE00C4S9DL20", "US0378331005", "IE0026YNCT42"]


@pytest.mark.parametrize("isin", VALID)
def test_the_test_isins_are_valid(isin):
    assert isin_valid(isin)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("GBOOB0VHNJ97", "GB00B0VHNJ97"),  # zeros read as the letter O
        ("GBOOBOVHNJ97", "GB00B0VHNJ97"),  # ... also inside the SEDOL, which has no vowels
        ("LUOOTX8VQKK6", "LU00TX8VQKK6"),
        ("IEQOC4S9DL20", "IE00C4S9DL20"),  # a UK or Irish code starts "00": Q there is a 0
        ("LUQOTX8VQKK6", None),  # ... not so elsewhere
        ("1EQ026YNCT42", "IE0026YNCT42"),  # ... judged on the country as settled: "1E" is IE (bench/defects)
        ("GB00B0VHNJ97", "GB00B0VHNJ97"),  # right as read
        ("GBOOB0VHNJ98", None),  # a wrong check digit is not mended into another code
        ("LUOOVVRIXHO7", "LU00VVR1XH07"),  # every 0 read as O, 1 as I: the check digit is the only digit
        ("INSTRUCTIONS", None),  # a word, not a code: it has no digit at all
        ("GB00b0vhnj97", None),  # lower case: not a code as OCR reads one
    ],
)
def test_repair_isin(read, meant):
    assert repair_isin(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("GB00BXVZ9F34", "GB00BXV29F34"),  # Z read for 2 in the SEDOL
        ("GB00B6DFSJ73", "GB00B6DF5J73"),  # S read for 5
        # B->8 passes both check digits too, but "8DSJJP0" is no SEDOL ever issued: one with letters starts with one
        ("GB00BDSJJP07", "GB00BD5JJP07"),
        ("GBOOBDSJJPO7", "GB00BD5JJP07"),  # ... also with the zeros read as O (samples/scanned, Brunswick)
        ("GB00BSTLN879", None),  # S->5 and L->1 both pass: ambiguous, left for the validator
        ("GB00BQ7S8058", None),  # S->5 and 8->B both pass
        ("GBOOBIFR8HS7", "GB00B1FR8H57"),  # I in the body is a 1, and one more swap, S->5
    ],
)
def test_a_uk_isin_takes_look_alike_swaps_only_when_exactly_one_reading_passes_both_check_digits(read, meant):
    assert repair_isin(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("GBOOBW35MS540", "GB00BW35M540"),  # "S5" for a 5: one character too many, only one reading passes
        ("lEOOXKTDCKC2", "IE00XKTDCKC2"),  # a sans-serif capital I read as a lower-case l
        ("GB00b0vhnj97", None),  # other lower case is still no code
    ],
)
def test_a_doubled_stroke_or_a_lower_case_l_is_mended(read, meant):
    assert repair_isin(read) == meant


def test_the_sedol_shape_rule():
    assert sedol_ok("BD5JJP0") and sedol_ok("0263494")
    assert not sedol_ok("8DSJJP0")  # passes its check digit, but a SEDOL with letters starts with one


def test_a_non_uk_isin_takes_no_guessed_swap():
    # one Luhn digit alone would let a tenth of wrong swaps pass
    assert repair_isin("LU00TX8V0KK6") is None  # 0 read for Q: swapping it back would be a guess


def _w(text, x0, x1, top=100.0):
    return Word(text, x0, top, x1, top + 10, 0.5, 10.0)


def test_repair_codes_joins_a_code_split_at_a_misjudged_gap():
    words = [_w("ISIN:", 10, 30), _w("GBOOBX", 35, 70), _w("V29F34", 73, 105), _w("next", 200, 220)]
    out = repair_codes(words)
    assert [w.text for w in out] == ["ISIN:", "GB00BXV29F34", "next"]
    assert (out[1].x0, out[1].x1) == (35, 105)
    assert out[1].conf == pytest.approx(MENDED * 0.5)  # a mended code is less sure than its reading
    assert out[0].conf == 0.5


def test_repair_codes_joins_a_code_split_in_three():
    words = [_w("GBOOB", 35, 60), _w("I", 63, 66), _w("FR8HS7", 69, 105), _w("18,973.202", 150, 200)]
    assert [w.text for w in repair_codes(words)] == ["GB00B1FR8H57", "18,973.202"]


def test_repair_codes_leaves_a_code_read_right_at_its_confidence():
    words = [_w("GB00B0VHNJ97", 35, 105)]
    assert repair_codes(words)[0].conf == 0.5


def test_repair_codes_does_not_join_across_lines():
    words = [_w("GBOOBX", 35, 70, top=100), _w("V29F34", 73, 105, top=130)]
    assert [w.text for w in repair_codes(words)] == ["GBOOBX", "V29F34"]


@pytest.mark.parametrize(
    ("read", "pattern", "meant"),
    [
        ("ALO8081119", r"^AL\d{8}$", "AL08081119"),
        ("DIS656584Z", r"^DI\d{7}[A-Z]$", "DI5656584Z"),
        ("AL12345678", r"^AL\d{8}$", "AL12345678"),
        ("109023297", r"^C\d{9}$", None),  # a letter not on the page is never added (issue 11)
        ("612345", r"^HM\d{6}$", None),  # ... the "HM612345" of issue 11
        ("10902329", r"^C\d{9}$", None),  # nor a digit
        ("566915", r"^KW[A-Z]{2}\d{6}$", None),  # nor letters the pattern leaves open
        ("ALOOOOOOOO", r"^AL\d{8}$", None),  # more than three swaps: not a misreading
        ("AL1234567", r"^AL\d{8}$", None),
    ],
)
def test_fit_pattern(read, pattern, meant):
    assert fit_pattern(read, pattern) == meant


def test_fit_pattern_gives_up_when_two_readings_fit():
    # "S5S" fits "two digits and a letter" as "55S" and "a letter and two digits" as "S55"
    assert fit_pattern("S5S", r"^(\d\d[A-Z]|[A-Z]\d\d)$") is None


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        ("GBOOBSTMQW2E", "GB00BSTMQW2E"),  # issue 10: no check settles it, its places do what they can
        ("GB00B15KXQ87", "GB00B15KXQ87"),  # a wrong check digit, kept as printed
        ("6BOOB15KXQ87", "GB00B15KXQ87"),  # a digit read for a country letter
        ("GBOOBS5TMQW2E", "GB00B5TMQW2E"),  # a stroke doubled as its look-alike: the letter goes
        ("GBO00B15KXQ87", "GB00B15KXQ87"),  # ... an O read beside its 0
        ("INSTRUCTIONS", None),  # a word: no digit as read
        ("GB00b5tmqw2e", None),  # lower case: not a code as OCR reads one
        ("GB00B15KXQ8", None),  # eleven characters: no code
        ("12345678901A", None),  # no country letters
    ],
)
def test_unsettled_isin_keeps_a_code_shaped_reading_for_the_isin_check(read, kept):
    assert unsettled_isin(read) == kept
    assert kept is None or not isin_valid(kept)  # only codes no check settles come this way
