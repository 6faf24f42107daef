import pytest

from provcheck.validators.ni_number import check_ni_number, ni_problems, normalise_ni


@pytest.mark.parametrize("ni", ["AB123456C", "AB 12 34 56 C", "ab123456d", "JZ999999A", "CE000000B"])
def test_valid_numbers_have_no_problems(ni):
    assert ni_problems(ni) == []


@pytest.mark.parametrize(
    ("ni", "phrase"),
    [
        ("QQ123456C", "placeholder"),  # HMRC's own placeholder (spec/domain.md)
        ("DA123456C", "first letter"),
        ("FA123456C", "first letter"),
        ("VA123456C", "first letter"),
        ("AO123456C", "second letter"),
        ("AD123456C", "second letter"),
        ("BG123456C", "does not allocate"),
        ("GB123456C", "does not allocate"),
        ("NK123456C", "does not allocate"),
        ("TN123456C", "does not allocate"),
        ("ZZ123456C", "does not allocate"),
        ("AB123456E", "suffix E"),
        ("AB12345C", "two letters, six digits"),
        ("AB1234567", "two letters, six digits"),
        ("A1123456C", "two letters, six digits"),
        ("AB123456", "two letters, six digits"),
    ],
)
def test_invalid_numbers_say_why(ni, phrase):
    problems = ni_problems(ni)
    assert problems
    assert any(phrase in p for p in problems)


def test_normalise():
    assert normalise_ni(" ab 12 34 56 c ") == "AB123456C"


def test_issue_names_field_value_and_fix(record, ctx):
    rec = record("loa")
    rec.ni_number = "AB123456E"
    issues = check_ni_number(rec, ctx().pack.rules.ni_number, ctx("loa"))
    assert len(issues) == 1
    issue = issues[0]
    assert (issue.rule, issue.field, issue.severity) == ("ni_number", "ni_number", "error")
    assert "AB123456E" in issue.message and "suffix E" in issue.message and "A-D" in issue.message
    assert "letter of authority" in issue.message


def test_null_and_clean_are_not_judged(record, ctx, pack):
    rec = record("loa")
    assert check_ni_number(rec, pack.rules.ni_number, ctx("loa")) == []
    rec.ni_number = None
    assert check_ni_number(rec, pack.rules.ni_number, ctx("loa")) == []
