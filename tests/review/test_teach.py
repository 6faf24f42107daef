"""Teaching through the desk's routes: a pointed correction, its proposal, confirming it, listing and removing it.

Over a real ledger of statements drawn with reportlab (tests/review/conftest.py `teach_batch`) and a
private copy of the sample knowledge folder, which is where the wording must be written.
"""

from __future__ import annotations

import pytest
import yaml
from starlette.testclient import TestClient

from provcheck.ledger import Ledger
from provcheck.ledger.review import latest_run
from provcheck.review.server import create_app
from provcheck.rules.knowledge import use_knowledge
from tests.extractor.learned_docs import UNKNOWN_LABEL, VALUE_X

TOKEN = "t0ken-for-tests"
SAME = {"origin": "http://testserver"}
# the amount's line: drawn at baseline 648 pt from the bottom of an 842 pt page, 10 pt Helvetica
VALUE_BOX = {"page": "1", "x0": str(VALUE_X - 3), "top": "183", "x1": str(VALUE_X + 70), "bottom": "199"}


@pytest.fixture
def client(teach_batch, tmp_path):
    folder = teach_batch / "knowledge"
    use_knowledge(folder)  # what `provcheck review --knowledge` puts in force
    app = create_app(teach_batch / "ledger.db", TOKEN, reviewer="ana", cache_dir=tmp_path, knowledge=folder)
    with TestClient(app, follow_redirects=False) as c:
        assert c.get(f"/?token={TOKEN}").status_code == 303
        yield c
    use_knowledge(None)


def _doc(batch, name: str):
    with Ledger.open(batch / "ledger.db") as ledger:
        row = ledger.conn.execute(
            "SELECT document_id FROM runs WHERE path LIKE ? ORDER BY id DESC", (f"%/{name}",)
        ).fetchone()
        run = latest_run(ledger, row["document_id"])
        return run.document_id, run.run_id, run.result


def _correct(client, doc_id, version, value, located=True):
    form = {"version": str(version), "field": "plan_value", "value": value, **(VALUE_BOX if located else {})}
    return client.post(f"/doc/{doc_id}/correct", data=form, headers=SAME)


def test_a_pointed_correction_proposes_the_label_and_confirming_writes_it(client, teach_batch):
    doc_id, version, result = _doc(teach_batch, "a.pdf")
    assert result.record.provider == "Aldgate Life" and result.record.plan_value is None
    saved = _correct(client, doc_id, version, "48210.33")
    assert saved.status_code == 303 and saved.headers["location"] == f"/doc/{doc_id}/teach?field=plan_value"
    offer = client.get(saved.headers["location"])
    assert offer.status_code == 200
    assert f'<q id="t-label">{UNKNOWN_LABEL}</q>' in offer.text and "Aldgate Life" in offer.text
    assert 'id="t-reads">48210.33<' in offer.text
    _, now, _ = _doc(teach_batch, "a.pdf")
    done = client.post(f"/doc/{doc_id}/teach", data={"version": str(now), "field": "plan_value"}, headers=SAME)
    assert done.status_code == 303 and done.headers["location"] == "/learned"
    written = yaml.safe_load((teach_batch / "knowledge" / "learned.yaml").read_text(encoding="utf-8"))
    (entry,) = written["learned"]
    assert entry["provider"] == "Aldgate Life" and entry["field"] == "plan_value" and entry["label"] == UNKNOWN_LABEL
    assert entry["taught_by"] == "ana" and entry["from_document"] == result.source.sha256
    listing = client.get("/learned")
    assert listing.status_code == 200 and f'<td class="label">{UNKNOWN_LABEL}</td>' in listing.text
    again = client.post(f"/doc/{doc_id}/teach", data={"version": str(now), "field": "plan_value"}, headers=SAME)
    assert again.status_code == 422 and "already learned" in again.text
    gone = client.post(
        "/learned/remove",
        data={"index": "0", "provider": "Aldgate Life", "field": "plan_value", "label": UNKNOWN_LABEL},
        headers=SAME,
    )
    assert gone.status_code == 303
    assert yaml.safe_load((teach_batch / "knowledge" / "learned.yaml").read_text(encoding="utf-8"))["learned"] == []
    assert 'id="none"' in client.get("/learned").text


def test_nothing_is_learned_without_a_page_location(client, teach_batch):
    doc_id, version, _ = _doc(teach_batch, "a.pdf")
    saved = _correct(client, doc_id, version, "48210.33", located=False)
    assert saved.status_code == 303 and "/teach" not in saved.headers["location"]
    offer = client.get(f"/doc/{doc_id}/teach?field=plan_value")
    assert "did not point at the value" in offer.text and 'id="teach"' not in offer.text
    _, now, _ = _doc(teach_batch, "a.pdf")
    refused = client.post(f"/doc/{doc_id}/teach", data={"version": str(now), "field": "plan_value"}, headers=SAME)
    assert refused.status_code == 422
    assert not (teach_batch / "knowledge" / "learned.yaml").exists()


def test_nothing_is_learned_for_a_provider_that_is_not_resolved(client, teach_batch):
    doc_id, version, result = _doc(teach_batch, "t.pdf")
    assert result.record.provider in (None, "Tarn Pensions")
    _correct(client, doc_id, version, "3300.00")
    offer = client.get(f"/doc/{doc_id}/teach?field=plan_value")
    assert "provider is not resolved" in offer.text and 'id="teach"' not in offer.text
    assert not (teach_batch / "knowledge" / "learned.yaml").exists()


def test_a_box_beside_the_value_is_not_learned(client, teach_batch):
    doc_id, version, _ = _doc(teach_batch, "a.pdf")
    wrong = {**VALUE_BOX, "x0": "380", "x1": "450"}  # nothing there: the label would read nothing back
    form = {"version": str(version), "field": "plan_value", "value": "48210.33", **wrong}
    client.post(f"/doc/{doc_id}/correct", data=form, headers=SAME)
    offer = client.get(f"/doc/{doc_id}/teach?field=plan_value")
    assert 'id="teach"' not in offer.text
    assert not (teach_batch / "knowledge" / "learned.yaml").exists()


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/doc/{id}/teach", {"version": "1", "field": "plan_value"}),
        ("/learned/remove", {"index": "0", "provider": "Aldgate Life", "field": "plan_value", "label": "x"}),
    ],
)
def test_teaching_posts_need_the_token_and_the_desks_origin(client, teach_batch, path, data):
    doc_id, _, _ = _doc(teach_batch, "a.pdf")
    url = path.format(id=doc_id)
    foreign = client.post(url, data=data, headers={"origin": "http://evil.example"})
    assert foreign.status_code == 403
    cross = client.post(url, data=data, headers={"sec-fetch-site": "cross-site", **SAME})
    assert cross.status_code == 403
    client.cookies.clear()
    assert client.post(url, data=data, headers=SAME).status_code == 401
    assert client.get("/learned").status_code == 401
    assert not (teach_batch / "knowledge" / "learned.yaml").exists()


def test_removing_a_wording_that_changed_is_refused(client, teach_batch):
    doc_id, version, _ = _doc(teach_batch, "a.pdf")
    _correct(client, doc_id, version, "48210.33")
    _, now, _ = _doc(teach_batch, "a.pdf")
    client.post(f"/doc/{doc_id}/teach", data={"version": str(now), "field": "plan_value"}, headers=SAME)
    stale = client.post(
        "/learned/remove", data={"index": "0", "provider": "Aldgate Life", "field": "plan_value", "label": "other"},
        headers=SAME,
    )  # fmt: skip
    assert stale.status_code == 409
    assert len(yaml.safe_load((teach_batch / "knowledge" / "learned.yaml").read_text())["learned"]) == 1
    assert client.get("/doc/999999/teach?field=plan_value").status_code == 404


def _lines(*rows: tuple[float, float, str]):
    """One page: each row (x, top, text) drawn as words 30 pt apart."""
    from provcheck.extractor.document import Page, Word
    from provcheck.extractor.layout import build_lines

    words = [Word(t, x + 30 * i, top, x + 30 * i + 25, top + 10) for x, top, text in rows
             for i, t in enumerate(text.split())]  # fmt: skip
    return build_lines(Page(1, 595, 842, words))


def test_the_label_is_left_of_the_value_else_above_it():
    from provcheck.review.teach import label_beside, pointed_words

    lines = _lines((60, 100, "Sum held today:"), (300, 100, "£1,000.00"), (300, 140, "Closing worth"),
                   (300, 156, "£2,000.00"))  # fmt: skip
    left = label_beside(lines, pointed_words(lines, (295, 98, 330, 112)))
    assert left is not None and left[0] == "Sum held today"  # the colon is not part of the label
    above = label_beside(lines, pointed_words(lines, (295, 154, 330, 168)))
    assert above is not None and above[0] == "Closing worth"
    click = pointed_words(lines, (310, 160, 310, 160))  # a click: the word under it
    assert [w.text for w in click] == ["£2,000.00"]
    assert pointed_words(lines, (500, 500, 540, 520)) == []  # nothing there


def test_nothing_is_learned_when_the_original_file_has_gone(client, teach_batch):
    doc_id, version, _ = _doc(teach_batch, "a.pdf")
    _correct(client, doc_id, version, "48210.33")
    (teach_batch / "docs" / "a.pdf").unlink()
    offer = client.get(f"/doc/{doc_id}/teach?field=plan_value")
    assert "original file is not where" in offer.text and 'id="teach"' not in offer.text


def test_a_click_on_the_value_points_at_its_word(client, teach_batch):
    doc_id, version, _ = _doc(teach_batch, "a.pdf")
    click = {"page": "1", "x0": str(VALUE_X + 20), "top": "190", "x1": str(VALUE_X + 20), "bottom": "190"}
    form = {"version": str(version), "field": "plan_value", "value": "48210.33", **click}
    saved = client.post(f"/doc/{doc_id}/correct", data=form, headers=SAME)
    assert saved.headers["location"].endswith("/teach?field=plan_value")
    offer = client.get(saved.headers["location"])
    assert f'<q id="t-label">{UNKNOWN_LABEL}</q>' in offer.text and 'id="teach"' in offer.text
