import hashlib
import sys

import pytest

from provcheck.dedupe import DuplicateIndex
from provcheck.models import DocumentResult, Record, Source
from provcheck.pipeline import CheckOptions

JANE = {"client_name": "Jane Anne Smith", "client_dob": "1961-03-14", "client_postcode": "SW1A 1AA"}
PLAN = {"provider": "Aviva", "policy_number": "PP12345678", "valuation_date": "2025-04-05"}


def doc(path, doc_type="annual_statement", content=None, status="clean", **fields):
    sha = hashlib.sha256((content or path).encode()).hexdigest()
    return DocumentResult(
        source=Source(path=path, sha256=sha), doc_type=doc_type, record=Record(**fields), status=status
    )


def kinds(duplicates):
    return [(d.of, d.kind) for d in duplicates]


def test_first_document_has_no_duplicates_and_exact_copy_is_found():
    index = DuplicateIndex()
    assert index.check_and_add(doc("a.pdf", content="x", **JANE, **PLAN)) == []
    dups = index.check_and_add(doc("b.pdf", content="x", **JANE, **PLAN))
    assert kinds(dups) == [("a.pdf", "exact")] and dups[0].score == 1.0  # exact beats same_plan and same_client


def test_exact_even_for_unknown_documents():
    index = DuplicateIndex()
    index.check_and_add(doc("a.pdf", doc_type="unknown", content="x"))
    assert kinds(index.check_and_add(doc("b.pdf", doc_type="unknown", content="x"))) == [("a.pdf", "exact")]


def test_same_plan_ignores_case_and_spacing_and_beats_same_client():
    index = DuplicateIndex()
    index.check_and_add(doc("a.pdf", **JANE, **PLAN))
    later = dict(PLAN, provider="AVIVA ", policy_number="pp 1234-5678")
    assert kinds(index.check_and_add(doc("b.pdf", doc_type="loa_response", **JANE, **later))) == [
        ("a.pdf", "same_plan")
    ]


def test_same_plan_needs_the_same_valuation_date():
    index = DuplicateIndex()
    index.check_and_add(doc("2024.pdf", **JANE, **dict(PLAN, valuation_date="2024-04-05")))
    assert index.check_and_add(doc("2025.pdf", **JANE, **PLAN)) == []  # next year's statement: no repeat


def test_same_client_when_the_plan_cannot_be_told_apart():
    index = DuplicateIndex()
    index.check_and_add(doc("a.pdf", **JANE, **PLAN))
    # policy number not read on the later copy, name printed another way
    later = doc(
        "b.pdf",
        client_name="SMITH, Mrs J. A.",
        client_dob="1961-03-14",
        client_postcode="SW1A 1AA",
        provider="Aviva",
        valuation_date="2025-04-05",
    )
    dups = index.check_and_add(later)
    assert kinds(dups) == [("a.pdf", "same_client")] and 0.8 <= dups[0].score < 1.0


def test_no_same_client_for_different_plans_or_across_doc_types():
    index = DuplicateIndex()
    index.check_and_add(doc("loa.pdf", doc_type="loa", provider="Aviva", policy_numbers=["PP12345678"], **JANE))
    index.check_and_add(doc("resp.pdf", doc_type="loa_response", **JANE, **PLAN))  # LoA then its response
    assert index.check_and_add(doc("other.pdf", **JANE, **dict(PLAN, policy_number="PP99"))) == []
    assert index.check_and_add(doc("ll.pdf", **JANE, **dict(PLAN, provider="Royal London"))) == []
    assert kinds(index.check_and_add(doc("loa2.pdf", doc_type="loa", provider="Aviva", **JANE))) == [
        ("loa.pdf", "same_client")
    ]


def test_near_miss_clients_are_not_duplicates():
    index = DuplicateIndex()
    index.check_and_add(doc("a.pdf", doc_type="loa", **JANE))
    twin = dict(JANE, client_name="Paul Smith")
    mother = dict(JANE, client_dob="1935-07-01")
    assert index.check_and_add(doc("b.pdf", doc_type="loa", **twin)) == []
    assert index.check_and_add(doc("c.pdf", doc_type="loa", **mother)) == []


def test_known_csv_rows_are_matches_never_duplicates(tmp_path):
    from provcheck.dedupe.known import KnownMatcher

    crm = tmp_path / "crm.csv"
    crm.write_text(
        "client_ref,first_name,last_name,date_of_birth,postcode,provider_name,policy_number,valuation_date\n"
        "C1,Jane,Smith,14/03/1961,SW1A 1AA,Aviva,PP12345678,2025-04-05\n"
        "C2,Paul,Smith,1990-01-01,SW1A 1AA,,,\n"
        ",Ann,Jones,1970-01-01,LS1 1AA,,,\n",
        encoding="utf-8",
    )
    index = DuplicateIndex.for_run(CheckOptions(known_path=crm))
    # a plan and a client on file: not duplicates (spec/record.md: duplicates are between documents)
    assert index.check_and_add(doc("a.pdf", **JANE, **PLAN)) == []
    assert index.check_and_add(doc("b.pdf", doc_type="loa", **dict(JANE, client_name="Mrs Jane A Smyth"))) == []
    # ...but matches, named by the CRM's reference
    known = KnownMatcher.load(crm)
    jane = {"name": "Mrs Jane A Smyth", "dob": "1961-03-14", "ni": None, "postcode": "SW1A 1AA"}
    assert known.client_ref(**jane) == "C1"
    assert known.client_ref(**dict(jane, name="Paul Smith")) is None  # same day and street, another person
    assert known.client_ref(name="Paul Smith", dob="1990-01-01", ni=None, postcode="SW1A 1AA") == "C2"
    assert known.client_ref(name="Ann Jones", dob="1970-01-01", ni=None, postcode="LS1 1AA") is None  # no ref
    # a client row not matched, a plan row of the same provider and policy number gives its client
    plans = [("AVIVA", "pp 1234 5678")]
    assert known.client_ref(name="J Brown", dob=None, ni=None, postcode=None, plans=plans) == "C1"


def test_seed_takes_clean_results_only():
    index = DuplicateIndex()
    added = index.seed([doc("old-clean.pdf", content="x"), doc("old-review.pdf", content="y", status="needs_review")])
    assert added == 1
    assert kinds(index.check_and_add(doc("new.pdf", content="x"))) == [("old-clean.pdf", "exact")]
    assert index.check_and_add(doc("again.pdf", content="y")) == []  # rework, the ledger's business


def test_several_earlier_documents_strongest_first():
    index = DuplicateIndex()
    index.check_and_add(doc("a.pdf", doc_type="loa", content="x", **JANE))
    index.check_and_add(doc("b.pdf", doc_type="loa", content="y", **JANE))
    dups = index.check_and_add(doc("c.pdf", doc_type="loa", content="y", **JANE))
    assert kinds(dups) == [("b.pdf", "exact"), ("a.pdf", "same_client")]


def test_cli_bad_known_file_exits_2(tmp_path, monkeypatch, capsys):
    from provcheck.cli import main

    bad = tmp_path / "crm.csv"
    bad.write_text("colour\nred\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["provcheck", "check", str(tmp_path), "--known", str(bad)])
    with pytest.raises(SystemExit) as caught:
        main()
    assert caught.value.code == 2
    assert str(bad) in capsys.readouterr().err
