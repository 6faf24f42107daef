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


def _plain_loop(seen, result, rule):
    """The rule read straight: every earlier record, in run order, through same_policy and disagreements."""
    out, done = [], set()
    for path, doc_type, other in seen:
        policy = same_policy(result.record, other)
        if policy is None:
            continue
        for name, mine, theirs in disagreements(result.record, other, rule):
            if name not in done:
                done.add(name)
                out.append((name, mine, theirs, path, doc_type, policy))
    return out


def test_index_finds_what_a_plain_loop_over_every_earlier_document_finds(record, pack):
    import random

    rng = random.Random(6)
    rule = pack.rules.cross_document
    index, seen, found = ConsistencyIndex(pack), [], 0
    for n in range(400):
        doc_type = rng.choice(["loa", "loa_response", "annual_statement"])
        rec = record(doc_type)
        numbers = rng.sample([f"AL{k:08d}" for k in range(12)], rng.randint(0, 3))
        if doc_type == "loa":
            rec.policy_numbers = numbers
        else:
            rec.policy_number = numbers[0] if numbers else None
        rec.provider = rng.choice(["Aldgate Life", "Brunswick Wealth", None])
        rec.client_name = rng.choice(["Jane Anne Smith", "J Smith", "Jane Jones", None])
        rec.client_dob = rng.choice(["1961-03-14", "1961-04-14", None])
        rec.ni_number = rng.choice(["AB123456C", "AB 12 34 56 C", "CE000000B", None])
        result = _result(f"doc{n}.pdf", doc_type, rec)
        want = _plain_loop(seen, result, rule)
        got = index.check_and_add(result)
        assert [i.field for i in got] == [w[0] for w in want]
        found += len(got)
        for i, (_, mine, theirs, path, _, policy) in zip(got, want, strict=True):
            assert f"{mine} differs from {theirs}" in i.message and f"{path} for policy {policy}." in i.message
        if rec.policy_numbers or rec.policy_number:
            seen.append((result.source.path, doc_type, rec.model_copy(deep=True)))
    assert found > 100  # the draw makes many disagreements, so the comparison is not of empty lists


def test_index_keeps_no_record(record, pack):
    import sys

    index = ConsistencyIndex(pack)
    rec = record("loa_response")
    before = sys.getrefcount(rec)
    index.check_and_add(_result("resp.pdf", "loa_response", rec))
    assert sys.getrefcount(rec) == before  # a batch of thousands must not hold thousands of records
