import pytest

from provcheck.models import DocumentResult, Source
from provcheck.validators.cross_document import ConsistencyIndex, disagreements, names_agree, same_policy


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Jane Anne Smith", "Jane Smith", True),
        ("Jane A. Smith", "JANE ANNE SMITH", True),
        ("J Smith", "Jane Smith", True),
        ("Jane Smith", "Jane Smyth", False),
        ("Jane Smith", "John Smith", False),
        ("Mary-Jane O'Neil", "Mary-Jane O'Neil", True),
        ("Jane Smith", "Jane Jones", False),
    ],
)
def test_names_agree(a, b, agree):
    assert names_agree(a, b) is agree


def _result(path, doc_type, record, status="clean"):
    return DocumentResult(source=Source(path=path, sha256="x"), doc_type=doc_type, record=record, status=status)


def test_same_policy_matches_loa_list_and_provider(record):
    loa, resp = record("loa"), record("loa_response")
    assert same_policy(loa, resp) == "AL12345678"
    resp.provider = "Brunswick Wealth"
    assert same_policy(loa, resp) is None
    loa.provider = None  # an LoA may not name the provider
    assert same_policy(loa, resp) == "AL12345678"


def test_disagreements_only_on_values_both_carry(record, pack):
    loa, resp = record("loa"), record("loa_response")
    rule = pack.rules.cross_document
    assert disagreements(loa, resp, rule) == []
    resp.ni_number, resp.client_dob = "AB123456D", None
    assert disagreements(resp, loa, rule) == [("ni_number", "AB123456D", "AB123456C")]


def test_index_flags_the_later_document_per_field(record, pack):
    index = ConsistencyIndex(pack)
    loa = record("loa")
    resp = record("loa_response")
    resp.client_dob, resp.client_name = "1961-04-14", "Jane Jones"
    other = record("loa_response")
    other.policy_number, other.ni_number = "AL99999999", "CE000000B"  # another plan: not compared
    assert index.check_and_add(_result("loa.pdf", "loa", loa)) == []
    assert index.check_and_add(_result("other.pdf", "loa_response", other)) == []
    issues = index.check_and_add(_result("resp.pdf", "loa_response", resp))
    assert sorted(i.field for i in issues) == ["client_dob", "client_name"]
    assert all(i.rule == "cross_document" and i.severity == "error" for i in issues)
    assert all("loa.pdf" in i.message and "AL12345678" in i.message for i in issues)


def test_index_ignores_failed_and_disabled(record, pack):
    index = ConsistencyIndex(pack)
    bad = record("loa")
    bad.ni_number = "CE000000B"
    index.check_and_add(_result("failed.pdf", "loa", bad, status="failed"))
    assert index.check_and_add(_result("resp.pdf", "loa_response", record("loa_response"))) == []
    off = pack.model_copy(deep=True)
    off.rules.cross_document.enabled = False
    index = ConsistencyIndex(off)
    index.check_and_add(_result("loa.pdf", "loa", bad))
    assert index.check_and_add(_result("resp.pdf", "loa_response", record("loa_response"))) == []
