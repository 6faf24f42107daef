"""The desk's routes for list fields: a holding's cell or a policy number, behind the same guard as every route."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from provcheck.ledger import Ledger
from provcheck.review import Desk, queue
from provcheck.review.server import create_app

TOKEN = "t0ken-for-tests"
SAME = {"origin": "http://testserver"}


@pytest.fixture
def client(batch, tmp_path):
    app = create_app(batch / "ledger.db", TOKEN, reviewer="jsmith", cache_dir=tmp_path)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def statement(batch):
    with Ledger.open(batch / "ledger.db") as ledger:
        for item in queue(ledger, doc_type="annual_statement"):
            run = Desk(ledger).document(item.document_id)
            if len(run.result.record.holdings) >= 2:
                return run
    pytest.fail("no waiting statement has two holdings")


def test_document_page_shows_each_row_its_cells_and_its_box(client, batch):
    run = statement(batch)
    client.get(f"/?token={TOKEN}")
    page = client.get(f"/doc/{run.document_id}").text
    first = run.result.record.holdings[0]
    assert 'id="f-holdings-0" data-field="holdings[0]"' in page
    assert 'class="box" data-field="holdings[1]"' in page  # the row's evidence box, drawn like a field's
    assert 'name="field" value="holdings[0].value"' in page and f'value="{first.value}"' in page
    n = len(run.result.record.holdings)
    assert f'name="field" value="holdings[{n}].fund_name"' in page  # the row to add
    assert 'name="field" value="holdings[0]"' in page  # removing the row


def test_correct_a_cell_through_the_desk(client, batch):
    run = statement(batch)
    client.get(f"/?token={TOKEN}")
    form = {"version": str(run.run_id), "field": "holdings[1].fund_name", "value": "Renamed Fund"}
    done = client.post(f"/doc/{run.document_id}/correct", data=form, headers=SAME)
    assert done.status_code == 303 and done.headers["location"] == f"/doc/{run.document_id}#f-holdings-1"
    page = client.get(f"/doc/{run.document_id}").text
    assert 'value="Renamed Fund"' in page and "jsmith correct holdings[1].fund_name" in page


@pytest.mark.parametrize("field", ["holdings[99].value", "holdings[0].colour", "policy_numbers[0].value",
                                   "../etc/passwd", "holdings[-1].value"])  # fmt: skip
def test_a_bad_row_index_or_cell_is_refused_with_4xx(client, batch, field):
    run = statement(batch)
    client.get(f"/?token={TOKEN}")
    form = {"version": str(run.run_id), "field": field, "value": "1.00"}
    answer = client.post(f"/doc/{run.document_id}/correct", data=form, headers=SAME)
    assert answer.status_code == 422 and 'role="alert"' in answer.text
    with Ledger.open(batch / "ledger.db") as ledger:
        assert Desk(ledger).document(run.document_id).run_id == run.run_id  # nothing recorded


def test_without_the_token_or_from_another_site_a_row_is_not_changed(client, batch):
    run = statement(batch)
    form = {"version": str(run.run_id), "field": "holdings[0]", "value": ""}
    assert client.post(f"/doc/{run.document_id}/correct", data=form, headers=SAME).status_code == 401
    client.get(f"/?token={TOKEN}")
    foreign = client.post(f"/doc/{run.document_id}/correct", data=form, headers={"origin": "http://evil.example"})
    assert foreign.status_code == 403
    cross = client.post(f"/doc/{run.document_id}/correct", data=form, headers={"sec-fetch-site": "cross-site"})
    assert cross.status_code == 403
    with Ledger.open(batch / "ledger.db") as ledger:
        assert Desk(ledger).document(run.document_id).run_id == run.run_id


def test_remove_a_row_through_the_desk(client, batch):
    run = statement(batch)
    client.get(f"/?token={TOKEN}")
    gone, kept = run.result.record.holdings[0], run.result.record.holdings[1]
    form = {"version": str(run.run_id), "field": "holdings[0]", "value": ""}
    assert client.post(f"/doc/{run.document_id}/correct", data=form, headers=SAME).status_code == 303
    page = client.get(f"/doc/{run.document_id}").text
    assert f"correct holdings[0]: the row of {gone.fund_name} → (none)" in page
    assert f'id="v-holdings-0-fund_name" name="value" value="{kept.fund_name}"' in page
    with Ledger.open(batch / "ledger.db") as ledger:
        assert len(Desk(ledger).document(run.document_id).result.record.holdings) == len(run.result.record.holdings) - 1
