"""Every route of the desk through Starlette's test client, over a real checked batch's ledger."""

from __future__ import annotations

import csv

import pytest
from starlette.testclient import TestClient

from provcheck.ledger import Ledger
from provcheck.review import queue
from provcheck.review.server import CSP, create_app

TOKEN = "t0ken-for-tests"
SAME = {"origin": "http://testserver"}


@pytest.fixture
def client(batch, tmp_path):
    app = create_app(batch / "ledger.db", TOKEN, reviewer="jsmith", cache_dir=tmp_path)
    with TestClient(app, follow_redirects=False) as c:
        yield c


@pytest.fixture
def signed(client):
    answer = client.get(f"/?token={TOKEN}")
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    assert (
        "httponly" in answer.headers["set-cookie"].lower() and "samesite=strict" in answer.headers["set-cookie"].lower()
    )
    return client


def waiting(batch, **filters):
    with Ledger.open(batch / "ledger.db") as ledger:
        return queue(ledger, **filters)


@pytest.mark.parametrize("path", ["/", "/doc/1", "/doc/1/page/1.png", "/static/desk.js"])
def test_every_page_needs_the_token(client, path):
    answer = client.get(path)
    assert answer.status_code == 401 and "token" in answer.text
    assert answer.headers["content-security-policy"] == CSP


def test_a_wrong_token_does_not_open_the_desk(client):
    assert client.get("/?token=guess").status_code == 401
    client.cookies.set("provcheck_review", "guess")
    assert client.get("/").status_code == 401


def test_queue_lists_waiting_documents_with_counts_and_filters(signed, batch):
    items = waiting(batch)
    page = signed.get("/")
    assert page.status_code == 200 and page.headers["content-security-policy"] == CSP
    assert f'<b id="waiting">{len(items)}</b>' in page.text
    assert all(f'href="/doc/{i.document_id}"' in page.text for i in items)
    loas = waiting(batch, doc_type="loa")
    filtered = signed.get("/?doc_type=loa")
    assert {f'href="/doc/{i.document_id}"' in filtered.text for i in items} == {True, False}
    assert all(f'href="/doc/{i.document_id}"' in filtered.text for i in loas)


def test_document_page_shows_record_boxes_and_page(signed, batch):
    item = waiting(batch, doc_type="annual_statement")[0]
    page = signed.get(f"/doc/{item.document_id}")
    assert page.status_code == 200
    assert 'class="box" data-field="plan_value"' in page.text and 'id="f-plan_value"' in page.text
    png = signed.get(f"/doc/{item.document_id}/page/1.png")
    assert (
        png.status_code == 200
        and png.headers["content-type"] == "image/png"
        and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    )
    assert signed.get(f"/doc/{item.document_id}/page/99.png").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/doc/99999",
        "/doc/99999/page/1.png",
        "/doc/..%2F..%2Fetc%2Fpasswd",
        "/doc/%2Fetc%2Fpasswd/page/1.png",
        "/doc/ledger.db",
        "/static/../templates/base.html",
    ],
)
def test_unknown_ids_and_paths_are_not_found(signed, path):
    answer = signed.get(path)
    assert answer.status_code == 404
    assert "root:" not in answer.text and "{%" not in answer.text


def test_correct_then_approve(signed, batch):
    item = waiting(batch, doc_type="annual_statement")[0]
    saved = signed.post(
        f"/doc/{item.document_id}/correct",
        data={"version": item.version, "field": "client_name", "value": "Ann Corrected"},
        headers=SAME,
    )
    assert saved.status_code == 303 and saved.headers["location"] == f"/doc/{item.document_id}#f-client_name"
    page = signed.get(f"/doc/{item.document_id}")
    assert 'value="Ann Corrected"' in page.text and "client_name" in page.text
    stale = signed.post(f"/doc/{item.document_id}/approve", data={"version": item.version}, headers=SAME)
    assert stale.status_code == 409 and "changed since you opened it" in stale.text
    fresh = waiting(batch, doc_type="annual_statement")[0]
    assert fresh.document_id == item.document_id and fresh.version > item.version
    done = signed.post(f"/doc/{item.document_id}/approve", data={"version": fresh.version}, headers=SAME)
    assert done.status_code == 303
    assert item.document_id not in {i.document_id for i in waiting(batch)}


def test_invalid_correction_is_refused_with_the_reason(signed, batch):
    item = waiting(batch, doc_type="annual_statement")[0]
    answer = signed.post(
        f"/doc/{item.document_id}/correct",
        data={"version": item.version, "field": "plan_value", "value": "1.00"},
        headers=SAME,
    )
    assert answer.status_code == 422 and "holdings add up to" in answer.text
    assert waiting(batch, doc_type="annual_statement")[0].version == item.version


def test_approve_with_an_error_needs_a_reason_and_reject_needs_one(signed, batch):
    item = waiting(batch, reason="loa_expired")[0]
    url = f"/doc/{item.document_id}"
    assert signed.post(url + "/approve", data={"version": item.version}, headers=SAME).status_code == 422
    assert signed.post(url + "/reject", data={"version": item.version, "reason": ""}, headers=SAME).status_code == 422
    ok = signed.post(url + "/reject", data={"version": item.version, "reason": "reissue"}, headers=SAME)
    assert ok.status_code == 303
    assert "rejected by jsmith" in signed.get(url).text


def test_approval_regenerates_the_check_out_folder(batch, tmp_path, checked_batch):
    # The batch's out/ is named by its absolute path in the ledger: use the session's own folder copy
    # only through a ledger whose origin is this copy's out/.
    with Ledger.open(batch / "ledger.db") as ledger:
        ledger.conn.execute("UPDATE batches SET origin = ?", (str((batch / "out").resolve()),))
    item = waiting(batch, doc_type="annual_statement")[0]
    with Ledger.open(batch / "ledger.db") as ledger:
        policy = ledger.conn.execute("SELECT policy_number FROM runs WHERE id = ?", (item.version,)).fetchone()[0]
    plans = lambda: {r["policy_number"] for r in csv.DictReader(open(batch / "out" / "plans.csv"))}  # noqa: E731
    assert policy not in plans()
    app = create_app(batch / "ledger.db", TOKEN, reviewer="jsmith", cache_dir=tmp_path)
    with TestClient(app, follow_redirects=False) as c:
        c.get(f"/?token={TOKEN}")
        assert (
            c.post(f"/doc/{item.document_id}/approve", data={"version": item.version}, headers=SAME).status_code == 303
        )
    assert policy in plans()
    assert policy not in open(batch / "out" / "exceptions.csv").read()


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://evil.example"},
        {"origin": "http://testserver", "sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
        {},
    ],
)
def test_cross_site_posts_are_refused(signed, batch, headers):
    item = waiting(batch)[0]
    for action, data in (
        ("approve", {}),
        ("reject", {"reason": "x"}),
        ("correct", {"field": "provider", "value": "x"}),
    ):
        answer = signed.post(
            f"/doc/{item.document_id}/{action}", data={"version": item.version, **data}, headers=headers
        )
        assert answer.status_code == 403
    assert waiting(batch)[0].version == item.version


def test_post_without_version_is_a_bad_request(signed, batch):
    item = waiting(batch)[0]
    assert signed.post(f"/doc/{item.document_id}/approve", data={}, headers=SAME).status_code == 400


def test_static_files_are_served_from_the_package(signed):
    js = signed.get("/static/desk.js")
    assert js.status_code == 200 and "keydown" in js.text
    assert "http" not in signed.get("/static/desk.css").text  # nothing loaded from elsewhere
