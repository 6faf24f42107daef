"""The desk in a real browser (Debian chromium driven by Playwright): queue, overlay geometry, correct, approve.

Skipped only when /usr/bin/chromium is absent (scripts/test installs it in CI).
"""

from __future__ import annotations

import csv
import json

import pytest

from provcheck.ledger import Ledger
from provcheck.review import export_batch, queue
from tests.review.conftest import CHROMIUM, running_desk

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium (scripts/test installs it)"
    ),
]


@pytest.fixture
def desk_url(batch):
    with running_desk(batch / "ledger.db") as url:
        yield url


def test_review_in_a_real_browser(batch, desk_url, browser):
    with Ledger.open(batch / "ledger.db") as ledger:
        item = queue(ledger, doc_type="annual_statement")[0]
        run = ledger.conn.execute("SELECT batch_id, result_json FROM runs WHERE id = ?", (item.version,)).fetchone()

    result = json.loads(run["result_json"])
    x0, top, x1, bottom = result["evidence"]["plan_value"]["bbox"]
    policy = result["record"]["policy_number"]

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(desk_url)
    assert page.url.endswith("/") and "token" not in page.url
    assert int(page.text_content("#waiting")) == len(queue(Ledger.open(batch / "ledger.db")))
    page.click(f'a.open[href="/doc/{item.document_id}"]')
    page.wait_for_url(f"**/doc/{item.document_id}")
    img = page.locator('.page[data-page="1"] img')
    img.wait_for()
    page.wait_for_function("document.querySelector('.page img').complete")
    width_pt = float(page.get_attribute('.page[data-page="1"]', "data-width"))
    shown, box = img.bounding_box(), page.locator('.box[data-field="plan_value"]').bounding_box()
    scale = shown["width"] / width_pt
    assert box["x"] - shown["x"] == pytest.approx(x0 * scale, abs=1.0)
    assert box["y"] - shown["y"] == pytest.approx(top * scale, abs=1.0)
    assert box["width"] == pytest.approx((x1 - x0) * scale, abs=1.0)
    assert box["height"] == pytest.approx((bottom - top) * scale, abs=1.0)

    page.click("#f-plan_value label")  # clicking a field highlights its box
    assert "active" in page.get_attribute('.box[data-field="plan_value"]', "class")

    page.click("#f-client_name label")
    page.keyboard.press("Enter")  # edit
    page.keyboard.press("Control+A")
    page.keyboard.type("Ann Browser")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # save
    assert page.input_value("#v-client_name") == "Ann Browser"
    assert "browser-test correct client_name" in page.text_content(".history")
    page.click("h1")  # leave the field so the key goes to the page
    with page.expect_navigation():
        page.keyboard.press("a")  # approve
    assert "approved by browser-test" in page.text_content("#status")

    with Ledger.open(batch / "ledger.db") as ledger:
        export_batch(ledger, run["batch_id"], batch / "after")
    rows = {r["policy_number"]: r for r in csv.DictReader(open(batch / "after" / "plans.csv"))}
    assert policy in rows
    assert policy not in open(batch / "after" / "exceptions.csv").read()


@pytest.fixture
def teach_desk(teach_batch):
    with running_desk(teach_batch / "ledger.db", teach_batch / "knowledge") as url:
        yield url


def test_teach_a_wording_and_the_next_document_of_that_provider_is_read_right(teach_batch, teach_desk, browser):
    from tests.cli.conftest import json_lines, run_cli
    from tests.extractor.learned_docs import UNKNOWN_LABEL, VALUE_X, statement

    with Ledger.open(teach_batch / "ledger.db") as ledger:
        doc_id = ledger.conn.execute("SELECT document_id FROM runs WHERE path LIKE '%/a.pdf'").fetchone()[0]
    origin = teach_desk.split("/?")[0]

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(teach_desk)
    page.goto(f"{origin}/doc/{doc_id}")
    page.wait_for_function("document.querySelector('.page img').complete")
    assert page.input_value("#v-plan_value") == ""  # provcheck did not know the wording
    page.click("#f-plan_value label")
    page.keyboard.press("Enter")  # edit
    page.keyboard.type("48210.33")
    # point at the amount: a box around it, drawn on the page image (points -> pixels)
    img = page.locator('.page[data-page="1"] img').bounding_box()
    scale = img["width"] / float(page.get_attribute('.page[data-page="1"]', "data-width"))
    page.mouse.move(img["x"] + (VALUE_X - 3) * scale, img["y"] + 183 * scale)
    page.mouse.down()
    page.mouse.move(img["x"] + (VALUE_X + 70) * scale, img["y"] + 199 * scale, steps=5)
    page.mouse.up()
    assert page.is_visible("#f-plan_value .pointed") and page.is_visible(".pointer")
    assert float(page.input_value("#f-plan_value input[name=x0]")) == pytest.approx(VALUE_X - 3, abs=1.0)
    with page.expect_navigation():
        page.keyboard.press("Enter")  # save the correction, with where it is
    assert page.url.endswith(f"/doc/{doc_id}/teach?field=plan_value")
    assert page.text_content("#t-label") == UNKNOWN_LABEL and page.text_content("#t-provider") == "Aldgate Life"
    with page.expect_navigation():
        page.click("#teach button")  # the reviewer confirms
    assert page.url.endswith("/learned")
    assert page.text_content("#learned td.label") == UNKNOWN_LABEL
    assert (teach_batch / "knowledge" / "learned.yaml").is_file()

    # documents not seen before, checked afterwards: another Aldgate Life statement, and another house's
    new = teach_batch / "new"
    new.mkdir()
    statement(new / "aldgate-2.pdf", "Aldgate Life", "AL87654321", "£91,000.05", client="Mr Tom Brown")
    statement(new / "cairngorm-2.pdf", "Cairngorm Assurance", "C987654321", "£5,432.10", client="Ms Ada Lee")
    done = run_cli("check", str(new), "--json", "--knowledge", str(teach_batch / "knowledge"), "--as-of", "2026-11-01",
                   "--ledger", str(teach_batch / "ledger.db"))  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    lines = json_lines(done.stdout)
    ours, theirs = lines["aldgate-2.pdf"], lines["cairngorm-2.pdf"]
    assert ours["record"]["provider"] == "Aldgate Life" and ours["record"]["plan_value"] == "91000.05"
    assert ours["evidence"]["plan_value"]["basis"] == "learned"
    assert ours["evidence"]["plan_value"]["text"] == f"{UNKNOWN_LABEL} £91,000.05"
    assert theirs["record"]["provider"] == "Cairngorm Assurance" and theirs["record"]["plan_value"] is None

    # and the desk shows the new document read right, its box on the amount
    with Ledger.open(teach_batch / "ledger.db") as ledger:
        new_id = ledger.conn.execute("SELECT document_id FROM runs WHERE path LIKE '%/aldgate-2.pdf'").fetchone()[0]
    page.goto(f"{origin}/doc/{new_id}")
    assert page.input_value("#v-plan_value") == "91000.05"
    assert "learned wording" in page.text_content("#f-plan_value .conf")
    assert page.locator('.box[data-field="plan_value"]').count() == 1


def test_open_work_in_a_real_browser(batch, desk_url, browser, tmp_path):
    from provcheck.review.openwork import open_loas

    with Ledger.open(batch / "ledger.db") as ledger:
        loas = open_loas(ledger)
    assert loas, "the generated batch has LoAs whose replies are for other plans"
    oldest = loas[0]

    page = browser.new_page(accept_downloads=True)
    page.goto(desk_url)
    with page.expect_navigation():
        page.click("#nav-open")
    assert page.url.endswith("/open")
    rows = page.locator("#open-loas tbody tr")
    assert rows.count() == len(loas)
    first = rows.nth(0).locator("td").all_text_contents()
    assert first[0] == str(oldest.document_id) and first[2] == oldest.provider
    assert first[3] == ", ".join(oldest.policy_numbers) and first[1] == str(oldest.days_waiting)

    with page.expect_download() as info:
        page.click("#chase")
    download = info.value
    assert download.suggested_filename.startswith("chase-list-") and download.suggested_filename.endswith(".csv")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    chased = list(csv.DictReader(open(saved, encoding="utf-8-sig")))
    assert [(r["provider"], r["policy_numbers"]) for r in chased] == [
        (o.provider, "; ".join(o.policy_numbers)) for o in loas
    ]
    assert chased[0]["days_waiting"] == str(oldest.days_waiting)
