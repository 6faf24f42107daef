"""Teaching a holdings column heading through the desk's routes: a pointed cell proposes the heading over it."""

from __future__ import annotations

import pytest
import yaml
from starlette.testclient import TestClient

from provcheck.ledger import Ledger
from provcheck.ledger.review import latest_run
from provcheck.review.server import create_app
from provcheck.rules.knowledge import use_knowledge
from tests.cli.conftest import json_lines, run_cli
from tests.extractor.column_docs import FUNDS, WORTH, holdings_statement, money, true_value, value_box
from tests.extractor.learned_docs import knowledge_copy

TOKEN = "t0ken-for-tests"
SAME = {"origin": "http://testserver"}


@pytest.fixture
def worth_batch(tmp_path):
    """An Aldgate Life statement whose value column is headed "Worth today", checked into a ledger."""
    folder = knowledge_copy(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    holdings_statement(docs / "w.pdf", "Aldgate Life", "AL12345678", value_heading=WORTH)
    done = run_cli("check", str(docs), "--out", str(tmp_path / "out"), "--ledger", str(tmp_path / "ledger.db"),
                   "--knowledge", str(folder), "--as-of", "2026-11-01")  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return tmp_path


@pytest.fixture
def client(worth_batch, tmp_path):
    folder = worth_batch / "knowledge"
    use_knowledge(folder)
    app = create_app(worth_batch / "ledger.db", TOKEN, reviewer="ana", cache_dir=tmp_path / "cache", knowledge=folder)
    with TestClient(app, follow_redirects=False) as c:
        assert c.get(f"/?token={TOKEN}").status_code == 303
        yield c
    use_knowledge(None)


def latest(batch):
    with Ledger.open(batch / "ledger.db") as ledger:
        doc = ledger.conn.execute("SELECT document_id FROM runs ORDER BY id DESC").fetchone()[0]
        return latest_run(ledger, doc)


def post(client, run, field, value, box=None):
    form = {"version": str(run.run_id), "field": field, "value": value}
    if box:
        form |= {"page": "1", **{k: str(v) for k, v in zip(("x0", "top", "x1", "bottom"), box, strict=True)}}
    return client.post(f"/doc/{run.document_id}/correct", data=form, headers=SAME)


def test_a_pointed_cell_teaches_its_column_heading_for_that_provider(client, worth_batch):
    run = latest(worth_batch)
    assert run.result.record.provider == "Aldgate Life" and run.result.record.holdings == []  # heading unknown
    fund, _, units, price = FUNDS[0]
    assert post(client, run, "holdings[0].fund_name", fund).status_code == 303  # add the row
    value = money(true_value(units, price)).replace(",", "")
    saved = post(client, latest(worth_batch), "holdings[0].value", value, value_box(0))
    assert saved.status_code == 303, saved.text
    assert saved.headers["location"] == f"/doc/{run.document_id}/teach?field=holdings%5B0%5D.value"
    offer = client.get(saved.headers["location"])
    assert f'<q id="t-label">{WORTH}</q>' in offer.text and '<b id="t-field">holdings.value</b>' in offer.text
    assert f'id="t-reads">{value}<' in offer.text
    assert 'name="field" value="holdings[0].value"' in offer.text  # the confirmation names the correction
    now = latest(worth_batch)
    done = client.post(f"/doc/{run.document_id}/teach", data={"version": str(now.run_id), "field": "holdings[0].value"},
                       headers=SAME)  # fmt: skip
    assert done.status_code == 303 and done.headers["location"] == "/learned"
    [entry] = yaml.safe_load((worth_batch / "knowledge" / "learned.yaml").read_text())["learned"]
    assert (entry["provider"], entry["field"], entry["label"]) == ("Aldgate Life", "holdings.value", WORTH)
    assert WORTH in client.get("/learned").text

    new = worth_batch / "new"
    new.mkdir()
    holdings_statement(new / "aldgate-2.pdf", "Aldgate Life", "AL87654321", value_heading=WORTH)
    holdings_statement(new / "cairngorm.pdf", "Cairngorm Assurance", "C987654321", value_heading=WORTH)
    checked = run_cli("check", str(new), "--json", "--knowledge", str(worth_batch / "knowledge"),
                      "--as-of", "2026-11-01")  # fmt: skip
    lines = json_lines(checked.stdout)
    want = [money(true_value(u, p)).replace(",", "") for _, _, u, p in FUNDS]
    assert [h["value"] for h in lines["aldgate-2.pdf"]["record"]["holdings"]] == want
    assert lines["cairngorm.pdf"]["record"]["holdings"] == []


def test_a_cell_pointed_at_nothing_under_a_heading_teaches_nothing(client, worth_batch):
    run = latest(worth_batch)
    post(client, run, "holdings[0].fund_name", "Some Fund")
    saved = post(client, latest(worth_batch), "holdings[0].value", "3000.00", (480.0, 20.0, 542.0, 30.0))
    offer = client.get(saved.headers["location"])
    assert 'id="no-proposal"' in offer.text or 'id="t-mismatch"' in offer.text
    assert not (worth_batch / "knowledge" / "learned.yaml").exists()
