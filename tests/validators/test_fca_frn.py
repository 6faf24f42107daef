import pytest

from provcheck.validators.fca_frn import check_fca_frn


@pytest.mark.parametrize(
    ("frn", "ok"),
    [
        ("123456", True),
        ("1012345", True),
        ("12345", False),
        ("12345678", False),
        ("12345A", False),
        ("", False),
    ],
)
def test_frn(record, ctx, pack, frn, ok):
    rec = record("loa")
    rec.fca_frn = frn
    issues = check_fca_frn(rec, pack.rules.fca_frn, ctx("loa"))
    assert (issues == []) is ok
    if not ok:
        assert issues[0].field == "fca_frn" and issues[0].severity == "error"


def test_not_judged_on_other_doc_types(record, ctx, pack):
    rec = record("loa_response")
    rec.fca_frn = "x"
    assert check_fca_frn(rec, pack.rules.fca_frn, ctx("loa_response")) == []
