from provcheck.models import Record
from provcheck.validators.required import check_required
from provcheck.validators.signature import check_signature


def test_clean_records_miss_nothing(record, ctx, pack):
    for doc_type in ("loa", "loa_response", "annual_statement"):
        assert check_required(record(doc_type), pack.rules.required, ctx(doc_type)) == []


def test_one_warning_per_missing_field_in_pack_order(ctx, pack):
    issues = check_required(Record(), pack.rules.required, ctx("annual_statement"))
    assert [i.field for i in issues] == pack.required["annual_statement"]
    assert {i.severity for i in issues} == {"warning"} and {i.rule for i in issues} == {"required"}
    assert issues[0].message.startswith("No provider name found")


def test_empty_list_is_missing(record, ctx, pack):
    rec = record("loa")
    rec.policy_numbers = []
    [issue] = check_required(rec, pack.rules.required, ctx("loa"))
    assert issue.field == "policy_numbers"


def test_unsigned_loa_is_an_error_of_its_own(record, ctx, pack):
    rec = record("loa")
    rec.signature_present = False
    assert check_required(rec, pack.rules.required, ctx("loa")) == []
    [issue] = check_signature(rec, pack.rules.signature, ctx("loa"))
    assert (issue.field, issue.severity) == ("signature_present", "error")
