import pytest

from provcheck.validators.postcode import check_postcode, normalise_postcode, postcode_problem


# One per format of spec/domain.md, plus the special case; real, well-known postcodes.
@pytest.mark.parametrize(
    "code", ["M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA", "SW1A 1AA"]
)
def test_valid_formats(code):
    assert postcode_problem(code) is None


@pytest.mark.parametrize("code", ["sw1a1aa", "SW1A  1AA", " m1 1ae "])
def test_unnormalised_forms_are_valid_after_normalising(code):
    assert postcode_problem(code) is None


def test_normalise():
    assert normalise_postcode("sw1a1aa") == "SW1A 1AA"
    assert normalise_postcode("m1 1ae") == "M1 1AE"


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        ("SW1A 1AC", "C"),  # inward letters never C, I, K, M, O, V
        ("SW1A 1IA", "I"),
        ("M1 1AK", "K"),
        ("B33 8MO", "M and O"),
        ("SW1A 1A", "format"),
        ("1W1A 1AA", "format"),
        ("SWW1A 1AA", "format"),
        ("SW1A 11A", "format"),
        ("SW1A1", "format"),
    ],
)
def test_invalid(code, phrase):
    problem = postcode_problem(code)
    assert problem is not None and phrase in problem


def test_issue(record, ctx, pack):
    rec = record("loa")
    rec.client_postcode = "SW1A 1AV"
    [issue] = check_postcode(rec, pack.rules.postcode, ctx("loa"))
    assert (issue.rule, issue.field, issue.severity) == ("postcode", "client_postcode", "error")
    assert "SW1A 1AV" in issue.message
