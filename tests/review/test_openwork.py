"""Open work: LoAs with no provider reply (real checked batch and hand-made ledger rows), the chase CSV, corrections."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io

from starlette.testclient import TestClient

from provcheck.ledger import Ledger, now
from provcheck.models import DocumentResult, Record, Source
from provcheck.review import Desk
from provcheck.review.openwork import chase_csv, corrections, norm_policy, open_loas
from provcheck.review.server import create_app

AT = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def _doc(ledger, batch, doc_type, status="clean", **fields):
    name = f"{doc_type}-{fields.get('policy_number') or fields.get('policy_numbers')}-{fields}"
    source = Source(path=f"/in/{name}.pdf", sha256=hashlib.sha256(name.encode()).hexdigest(), pages=1)
    result = DocumentResult(source=source, doc_type=doc_type, record=Record(**fields), status=status)
    return ledger.record_run(batch, result, path=source.path, arrived_at=now(), started_at=now()).document_id


def test_policy_numbers_compare_by_letters_and_digits():
    assert norm_policy(" bw-313151/y ") == norm_policy("BW313151Y") == "BW313151Y"
    assert norm_policy("AL 6610 1608") == "AL66101608" != norm_policy("AL66101609")


def test_an_loa_is_open_until_a_later_reply_of_the_same_provider_for_one_of_its_plans(tmp_path):
    with Ledger.open(tmp_path / "l.db") as ledger:
        batch = ledger.start_batch("check", "-")
        signed = {"provider": "Aldgate Life", "client_name": "Mark White", "date_signed": "2026-07-31"}
        answered = _doc(ledger, batch, "loa", policy_numbers=["AL-6610-1608", "AL28054411"], **signed)
        early = _doc(ledger, batch, "loa", policy_numbers=["AL11112222"], **signed)
        other = _doc(ledger, batch, "loa", policy_numbers=["AL33334444"], **{**signed, "date_signed": "2026-11-01"})
        _doc(ledger, batch, "loa_response", provider="aldgate life", policy_number="al66101608",
             valuation_date="2026-08-20")  # fmt: skip
        _doc(ledger, batch, "annual_statement", provider="Aldgate Life", policy_number="AL11112222",
             valuation_date="2026-04-05")  # fmt: skip  # valued before the signing: not a reply to it
        _doc(ledger, batch, "loa_response", provider="Brunswick Wealth", policy_number="AL33334444",
             valuation_date="2026-11-20")  # fmt: skip  # another provider's plan of that number
        loas = open_loas(ledger, at=AT)
    assert [o.document_id for o in loas] == [early, other]  # oldest first; the answered one is gone
    assert answered not in {o.document_id for o in loas}
    assert [o.days_waiting for o in loas] == [(dt.date(2026, 12, 1) - dt.date(2026, 7, 31)).days, 30]
    assert loas[0].policy_numbers == ("AL11112222",) and loas[0].client_name == "Mark White"
    assert {o.days_since_arrival for o in loas} == {0}  # they arrived after AT: never a negative age
    with Ledger.open(tmp_path / "l.db") as ledger:
        later = open_loas(ledger, at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    assert {o.days_since_arrival for o in later} == {3}


def test_open_loas_in_a_real_batch_and_a_correction_that_closes_one(ledger):
    loas = open_loas(ledger, at=AT)
    assert loas, "the generated batch has LoAs whose replies are for other plans"
    assert [o.days_waiting for o in loas] == sorted((o.days_waiting for o in loas), reverse=True)
    kinds = dict(
        ledger.conn.execute(
            "SELECT document_id, doc_type FROM runs WHERE id IN (SELECT MAX(id) FROM runs GROUP BY document_id)"
        ).fetchall()
    )
    assert all(kinds[o.document_id] == "loa" for o in loas)
    # A reviewer reads the reply's policy number as the LoA's (and its date as after the signing): answered.
    target = next(
        o for o in loas
        if any(e.result.doc_type == "annual_statement" and e.result.record.provider == o.provider
               for e in ledger.entries())
    )  # fmt: skip
    reply = next(
        e for e in ledger.entries()
        if e.result.doc_type == "annual_statement" and e.result.record.provider == target.provider
    )  # fmt: skip
    desk = Desk(ledger, as_of=AT.date())
    version = desk.document(reply.document_id).run_id
    desk.correct(reply.document_id, "policy_number", target.policy_numbers[0], "jsmith", version=version)
    version = desk.document(reply.document_id).run_id
    desk.correct(reply.document_id, "valuation_date", target.date_signed, "jsmith", version=version)
    after = open_loas(ledger, at=AT)
    assert target.document_id not in {o.document_id for o in after} and len(after) == len(loas) - 1
    counted = corrections(ledger)
    assert counted.total == 2
    assert dict(counted.by_field) == {"policy_number": 1, "valuation_date": 1}
    assert counted.by_provider == [(target.provider, 2)]


def test_chase_csv_columns_and_formula_guard(tmp_path):
    with Ledger.open(tmp_path / "l.db") as ledger:
        batch = ledger.start_batch("check", "-")
        _doc(ledger, batch, "loa", provider="Aldgate Life", policy_numbers=["AL1", "AL2"],
             client_name='=HYPERLINK("http://x","y")', date_signed="2026-10-01")  # fmt: skip
        data = chase_csv(open_loas(ledger, at=AT))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [
        ["provider", "policy_numbers", "client_name", "date_signed", "days_waiting"],
        ["Aldgate Life", "AL1; AL2", '\'=HYPERLINK("http://x","y")', "2026-10-01", "61"],
    ]


def test_open_work_page_and_chase_download(batch, tmp_path):
    with Ledger.open(batch / "ledger.db") as ledger:
        loas = open_loas(ledger)
    app = create_app(batch / "ledger.db", "tok", reviewer="jsmith", cache_dir=tmp_path)
    with TestClient(app, follow_redirects=False) as client:
        assert client.get("/open").status_code == 401  # the token, as every page
        client.get("/?token=tok")
        page = client.get("/open")
        assert page.status_code == 200
        assert f'<b id="open-count">{len(loas)}</b>' in page.text
        assert all(f'href="/doc/{o.document_id}"' in page.text for o in loas)
        chase = client.get("/open/chase.csv")
        assert chase.status_code == 200 and chase.headers["content-type"].startswith("text/csv")
        assert chase.headers["content-disposition"].startswith('attachment; filename="chase-list-')
        rows = list(csv.DictReader(io.StringIO(chase.content.decode("utf-8-sig"))))
        assert [r["provider"] for r in rows] == [o.provider for o in loas]
