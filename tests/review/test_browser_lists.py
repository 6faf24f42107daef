"""List fields in a real browser (Debian chromium driven by Playwright): correct a misread fund value by
keyboard, approve, find the row in out/holdings.csv; teach a column heading and read the next document.

Skipped only when /usr/bin/chromium is absent (scripts/test installs it in CI). With PROVCHECK_SCREENSHOTS
set to a folder, the holdings editing is saved there as `review-holdings.png` (docs/screenshots/ has one).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from provcheck.ledger import Ledger
from provcheck.ledger.review import latest_run
from tests.cli.conftest import json_lines, run_cli
from tests.extractor.column_docs import FUNDS, WORTH, holdings_statement, money, true_value, value_box
from tests.extractor.learned_docs import knowledge_copy
from tests.review.conftest import CHROMIUM, running_desk

MISPRINT = "1,520.60"  # row 2 of FUNDS is 850.5 units at 1.20: 1,020.60

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


def checked(root: Path, **statement) -> Path:
    """One Aldgate Life statement checked into root/ledger.db and root/out with a private knowledge copy."""
    knowledge_copy(root)
    docs = root / "docs"
    docs.mkdir()
    holdings_statement(docs / "s.pdf", "Aldgate Life", "AL12345678", **statement)
    done = run_cli("check", str(docs), "--out", str(root / "out"), "--ledger", str(root / "ledger.db"),
                   "--knowledge", str(root / "knowledge"), "--as-of", "2026-11-01")  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return root


@pytest.fixture
def desk(request, tmp_path):
    """The desk over a batch made by `checked(**request.param)`: (batch folder, origin, document id)."""
    root = checked(tmp_path, **request.param)
    with running_desk(root / "ledger.db", root / "knowledge") as url:
        with Ledger.open(root / "ledger.db") as ledger:
            doc = ledger.conn.execute("SELECT document_id FROM runs ORDER BY id DESC").fetchone()[0]
        yield root, url, doc


def open_document(browser, url: str, doc: int):
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    page.goto(url)
    page.goto(url.split("/?")[0] + f"/doc/{doc}")
    page.wait_for_function("document.querySelector('.page img').complete")
    return page


@pytest.mark.parametrize("desk", [{"misprint": {1: MISPRINT}}], indirect=True)
def test_correct_a_misread_fund_value_by_keyboard_and_find_it_in_holdings_csv(desk, browser):
    root, url, doc = desk
    with Ledger.open(root / "ledger.db") as ledger:
        before = latest_run(ledger, doc).result
    assert before.status != "clean" and before.record.holdings[1].value == MISPRINT.replace(",", "")
    x0, top, x1, bottom = before.evidence["holdings[1]"].bbox
    page = open_document(browser, url, doc)

    # the row's evidence box is drawn where the row is, and clicking it selects the row
    img = page.locator('.page[data-page="1"] img').bounding_box()
    scale = img["width"] / float(page.get_attribute('.page[data-page="1"]', "data-width"))
    box = page.locator('.box[data-field="holdings[1]"]')
    shown = box.bounding_box()
    assert shown["x"] - img["x"] == pytest.approx(x0 * scale, abs=1.0)
    assert shown["y"] - img["y"] == pytest.approx(top * scale, abs=1.0)
    assert shown["width"] == pytest.approx((x1 - x0) * scale, abs=1.0)
    box.click()
    assert "active" in page.get_attribute("#f-holdings-1", "class")

    # keyboard: k and j move between fields and rows, Enter opens the row, Tab goes cell to cell
    page.click("h1")
    page.keyboard.press("k")
    assert "active" in page.get_attribute("#f-holdings-0", "class")
    page.keyboard.press("j")
    assert "active" in page.get_attribute("#f-holdings-1", "class")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "v-holdings-1-fund_name"
    for _ in range(4):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "v-holdings-1-value"
    page.keyboard.press("Control+A")
    page.keyboard.type("1020.60")
    if os.environ.get("PROVCHECK_SCREENSHOTS"):
        page.screenshot(path=str(Path(os.environ["PROVCHECK_SCREENSHOTS"]) / "review-holdings.png"))
    with page.expect_navigation():
        page.keyboard.press("Enter")  # save: validated at once, the row's error gone
    assert page.input_value("#v-holdings-1-value") == "1020.60"
    assert "browser-test correct holdings[1].value: 1520.60 → 1020.60" in page.text_content(".history")
    assert "active" in page.get_attribute("#f-holdings-1", "class")  # back on the row it corrected
    assert page.locator("#f-holdings-1 .issue.error").count() == 0
    page.click("h1")
    with page.expect_navigation():
        page.keyboard.press("a")  # approve
    assert "approved by browser-test" in page.text_content("#status")

    rows = list(csv.DictReader(open(root / "out" / "holdings.csv", encoding="utf-8-sig")))
    bond = [r for r in rows if r["fund_name"] == FUNDS[1][0]]
    assert len(bond) == 1 and "1020.60" in bond[0].values() and "1520.60" not in bond[0].values()


@pytest.mark.parametrize("desk", [{"value_heading": WORTH}], indirect=True)
def test_teach_a_column_heading_and_the_next_document_gets_its_values(desk, browser):
    root, url, doc = desk
    page = open_document(browser, url, doc)
    assert page.locator("#f-holdings-0").count() == 0  # no table read: "Worth today" is not a known heading
    fund, _, units, price = FUNDS[0]
    page.click("#f-holdings-new .rowname")
    page.keyboard.press("Enter")
    page.keyboard.type(fund)
    with page.expect_navigation():
        page.keyboard.press("Enter")  # a row added
    page.click("#f-holdings-0 .rowname")
    page.keyboard.press("Enter")
    page.focus("#v-holdings-0-value")
    page.keyboard.type(money(true_value(units, price)).replace(",", ""))
    # point at the printed value: a box drawn around it on the page image (points -> pixels)
    img = page.locator('.page[data-page="1"] img').bounding_box()
    scale = img["width"] / float(page.get_attribute('.page[data-page="1"]', "data-width"))
    x0, top, x1, bottom = value_box(0)
    page.mouse.move(img["x"] + x0 * scale, img["y"] + top * scale)
    page.mouse.down()
    page.mouse.move(img["x"] + x1 * scale, img["y"] + bottom * scale, steps=5)
    page.mouse.up()
    assert page.is_visible("#f-holdings-0 form:has(#v-holdings-0-value) .pointed")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/teach?field=holdings" in page.url
    assert page.text_content("#t-label") == WORTH and page.text_content("#t-field") == "holdings.value"
    with page.expect_navigation():
        page.click("#teach button")
    assert page.url.endswith("/learned") and WORTH in page.text_content("#learned")

    new = root / "new"
    new.mkdir()
    holdings_statement(new / "aldgate-2.pdf", "Aldgate Life", "AL87654321", value_heading=WORTH, client="Mr Tom Brown")
    done = run_cli("check", str(new), "--json", "--knowledge", str(root / "knowledge"), "--as-of", "2026-11-01",
                   "--ledger", str(root / "ledger.db"))  # fmt: skip
    line = json_lines(done.stdout)["aldgate-2.pdf"]
    assert [h["value"] for h in line["record"]["holdings"]] == [
        money(true_value(u, p)).replace(",", "") for _, _, u, p in FUNDS
    ]
    with Ledger.open(root / "ledger.db") as ledger:
        new_id = ledger.conn.execute("SELECT document_id FROM runs WHERE path LIKE '%/aldgate-2.pdf'").fetchone()[0]
    page.goto(url.split("/?")[0] + f"/doc/{new_id}")
    assert page.input_value("#v-holdings-2-value") == "300.00"
    assert page.locator('.box[data-field="holdings[2]"]').count() == 1


@pytest.fixture
def samples_desk(batch):
    with running_desk(batch / "ledger.db") as url:
        yield url


def test_policy_numbers_edited_and_added_by_keyboard(batch, samples_desk, browser):
    from provcheck.review import Desk, queue

    with Ledger.open(batch / "ledger.db") as ledger:
        run = next(
            r for r in (Desk(ledger).document(i.document_id) for i in queue(ledger, doc_type="loa"))
            if r.result.record.policy_numbers
        )
    numbers = run.result.record.policy_numbers
    page = open_document(browser, samples_desk, run.document_id)
    page.click("#f-policy_numbers-0 label")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+A")
    page.keyboard.type("ZZ9900113")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.input_value("#v-policy_numbers-0") == "ZZ9900113"
    assert f"correct policy_numbers[0]: {numbers[0]} → ZZ9900113" in page.text_content(".history")
    page.click("h1")
    for _ in range(len(numbers)):
        page.keyboard.press("j")  # from number 1 down to the "add a number" line
    assert "active" in page.get_attribute("#f-policy_numbers-new", "class")
    page.keyboard.press("Enter")
    page.keyboard.type("ZZ9900114")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.input_value(f"#v-policy_numbers-{len(numbers)}") == "ZZ9900114"
    assert f"correct policy_numbers[{len(numbers)}]: (none) → ZZ9900114" in page.text_content(".history")
