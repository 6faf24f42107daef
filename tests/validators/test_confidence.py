"""Sure and unsure (spec/record.md): an error stands only on values read with confidence >= the threshold."""

from __future__ import annotations

from provcheck.models import DocumentResult, Evidence, Source
from provcheck.rules import load_rule_pack
from provcheck.validators import ConsistencyIndex, validate
from tests.validators.conftest import AS_OF


def _evidence(confidence: float, method: str = "ocr") -> Evidence:
    return Evidence(page=1, bbox=(72.0, 100.0, 200.0, 112.0), text="x", confidence=confidence, method=method)


def _bad_ni(record):
    rec = record("loa")
    rec.ni_number = "QQ123456C"  # HMRC's placeholder prefix: an error on a sure value
    return rec


def _ni_issue(issues):
    [issue] = [i for i in issues if i.rule == "ni_number"]
    return issue


def test_an_error_on_a_confident_value_stays_an_error(record, pack):
    issue = _ni_issue(validate(_bad_ni(record), "loa", pack, AS_OF, {"ni_number": _evidence(0.8, "text")}))
    assert issue.severity == "error"
    assert "Not sure" not in issue.message


def test_the_same_error_on_an_unconfident_value_is_a_warning_naming_the_doubt(record, pack):
    issue = _ni_issue(validate(_bad_ni(record), "loa", pack, AS_OF, {"ni_number": _evidence(0.62)}))
    assert issue.severity == "warning"
    assert "National Insurance number could not be read clearly (confidence 0.62, read by OCR" in issue.message


def test_an_unsigned_letter_read_unsure(record, pack):
    rec = record("loa")
    rec.signature_present = False
    [issue] = validate(rec, "loa", pack, AS_OF, {"signature_present": _evidence(0.7)})
    assert (issue.rule, issue.severity) == ("signature", "warning")
    assert "the signature line could not be read clearly" in issue.message and "check it by eye" in issue.message


def test_the_threshold_comes_from_the_rule_pack(record, tmp_path):
    strict = tmp_path / "strict.yaml"
    strict.write_text("confidence_threshold: 0.5\n")
    evidence = {"ni_number": _evidence(0.62)}
    assert _ni_issue(validate(_bad_ni(record), "loa", load_rule_pack(strict), AS_OF, evidence)).severity == "error"
    doubtful = tmp_path / "doubtful.yaml"
    doubtful.write_text("confidence_threshold: 0.95\n")
    sure_text = {"ni_number": _evidence(0.9, "text")}
    assert _ni_issue(validate(_bad_ni(record), "loa", load_rule_pack(doubtful), AS_OF, sure_text)).severity == "warning"


def test_a_holding_rests_on_its_row(record, pack):
    rec = record("loa_response")
    rec.holdings[0].isin = rec.holdings[0].isin[:-1] + str((int(rec.holdings[0].isin[-1]) + 1) % 10)
    unsure_row = {"holdings": _evidence(0.95), "holdings[0]": _evidence(0.5)}
    [issue] = [i for i in validate(rec, "loa_response", pack, AS_OF, unsure_row) if i.rule == "isin"]
    assert issue.severity == "warning" and "fund holdings (row 1)" in issue.message
    sure_row = {"holdings": _evidence(0.5), "holdings[0]": _evidence(0.95, "text")}
    [issue] = [i for i in validate(rec, "loa_response", pack, AS_OF, sure_row) if i.rule == "isin"]
    assert issue.severity == "error"


def test_a_check_digit_failing_on_an_ocr_reading_is_never_sure(record, pack):
    # a check digit catches misreadings: on a scan the reader may be wrong however sure its words look
    rec = record("loa_response")
    rec.holdings[0].isin = rec.holdings[0].isin[:-1] + str((int(rec.holdings[0].isin[-1]) + 1) % 10)
    read = {"holdings[0]": _evidence(0.97, "ocr")}
    [issue] = [i for i in validate(rec, "loa_response", pack, AS_OF, read) if i.rule == "isin"]
    assert issue.severity == "warning" and "a misreading fails a check digit" in issue.message
    rec.ni_number = "QQ123456C"  # a rule without a check digit keeps its error on the same confident OCR
    read["ni_number"] = _evidence(0.97, "ocr")
    assert _ni_issue(validate(rec, "loa_response", pack, AS_OF, read)).severity == "error"


def test_a_sum_rests_on_the_plan_value_too(record, pack):
    rec = record("loa_response")
    rec.plan_value = "9000.00"
    rec.transfer_value = "9000.00"
    evidence = {"plan_value": _evidence(0.55), "holdings": _evidence(0.99, "text")}
    [issue] = [i for i in validate(rec, "loa_response", pack, AS_OF, evidence) if i.rule == "holdings_sum"]
    assert issue.severity == "warning" and "the plan value could not be read clearly" in issue.message


def test_whole_document_issues_and_warnings_are_left_alone(record, pack):
    rec = record("loa")
    rec.fca_frn = None
    [issue] = validate(rec, "loa", pack, AS_OF, {"fca_frn": _evidence(0.1)})
    assert (issue.rule, issue.severity, issue.message) == (
        "required",
        "warning",
        "No FCA firm reference number found: check the letter of authority by eye or ask the client for a "
        "completed letter.",
    )


def test_a_record_given_whole_is_sure(record, pack):
    assert _ni_issue(validate(_bad_ni(record), "loa", pack, AS_OF)).severity == "error"


def _result(path, rec, doc_type, confidence):
    return DocumentResult(
        source=Source(path=path, sha256=""),
        doc_type=doc_type,
        record=rec,
        evidence={"client_dob": _evidence(confidence)},
        status="clean",
    )


def test_documents_that_disagree_on_an_unsure_value_warn(record, pack):
    loa, resp = record("loa"), record("loa_response")
    resp.client_dob = "1962-03-14"
    for loa_conf, resp_conf, severity in ((0.9, 0.9, "error"), (0.6, 0.9, "warning"), (0.9, 0.6, "warning")):
        index = ConsistencyIndex(pack)
        assert index.check_and_add(_result("loa.pdf", loa, "loa", loa_conf)) == []
        [issue] = index.check_and_add(_result("resp.pdf", resp, "loa_response", resp_conf))
        assert (issue.rule, issue.severity) == ("cross_document", severity)
        if loa_conf < 0.8:
            assert "client date of birth on loa.pdf could not be read clearly" in issue.message


def test_a_sum_on_a_table_read_by_ocr_is_never_sure(record, pack):
    # a row OCR dropped lowers no word's confidence, yet fails the sum as a wrong statement does
    rec = record("loa_response")
    rec.plan_value = "9000.00"
    rec.transfer_value = "9000.00"
    sure_plan = {"plan_value": _evidence(0.99, "text")}
    on_text = {**sure_plan, "holdings": _evidence(0.99, "text")}
    [issue] = [i for i in validate(rec, "loa_response", pack, AS_OF, on_text) if i.rule == "holdings_sum"]
    assert issue.severity == "error" and "Not sure" not in issue.message
    on_scan = {**sure_plan, "holdings": _evidence(0.97, "ocr")}
    [issue] = [i for i in validate(rec, "loa_response", pack, AS_OF, on_scan) if i.rule == "holdings_sum"]
    assert issue.severity == "warning" and "a row missed or misread there fails the sum" in issue.message
    # a rule that is not the document's own arithmetic keeps its error on the same confident OCR
    rec.ni_number = "QQ123456C"
    on_scan["ni_number"] = _evidence(0.97, "ocr")
    assert _ni_issue(validate(rec, "loa_response", pack, AS_OF, on_scan)).severity == "error"


def test_a_sum_on_a_contested_plan_value_names_the_choice(record, pack):
    rec = record("loa_response")
    rec.plan_value = "9000.00"
    rec.transfer_value = "9000.00"
    chosen = _evidence(0.45, "text").model_copy(update={"basis": "contested"})
    evidence = {"plan_value": chosen, "holdings": _evidence(0.99, "text")}
    [issue] = [i for i in validate(rec, "loa_response", pack, AS_OF, evidence) if i.rule == "holdings_sum"]
    assert issue.severity == "warning"
    assert "the plan value on page 1 was chosen between readings that differ" in issue.message
    sure = {**evidence, "plan_value": _evidence(0.9, "text").model_copy(update={"basis": "contested"})}
    # a contest the winner came out of sure (a weak rival) leaves the error standing
    [kept] = [i for i in validate(rec, "loa_response", pack, AS_OF, sure) if i.rule == "holdings_sum"]
    assert kept.severity == "error"
