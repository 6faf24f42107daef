"""`signature`: unsigned is an error; a signature area that could not be judged is a warning, never unsigned."""

from provcheck.rules import load_rule_pack
from provcheck.validators import validate
from provcheck.validators.signature import check_signature
from tests.validators.conftest import AS_OF


def test_signed_is_clean(record, ctx, pack):
    assert check_signature(record("loa"), pack.rules.signature, ctx("loa")) == []


def test_not_judged_is_one_warning_and_not_missing_twice(record, pack):
    rec = record("loa")
    rec.signature_present = None
    [issue] = validate(rec, "loa", pack, AS_OF)
    assert (issue.rule, issue.field, issue.severity) == ("signature", "signature_present", "warning")
    assert "whether it is signed is not known" in issue.message


def test_not_judged_with_the_rule_off_is_left_to_required(record, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("rules:\n  signature: {enabled: false}\n")
    rec = record("loa")
    rec.signature_present = None
    [issue] = validate(rec, "loa", load_rule_pack(mine), AS_OF)
    assert (issue.rule, issue.field, issue.severity) == ("required", "signature_present", "warning")


def test_other_doc_types_are_not_judged(record, ctx, pack):
    rec = record("loa_response")
    assert check_signature(rec, pack.rules.signature, ctx("loa_response")) == []
