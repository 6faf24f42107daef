import random

from provcheck.dedupe.known import KnownMatcher
from provcheck.export.tables import ExportItem, build_tables, price_currency
from provcheck.models import Holding, Issue
from tests.known import write_known


def test_only_clean_documents_feed_crm_tables(mk):
    items = [
        ExportItem(mk("a" * 64)),
        ExportItem(mk("b" * 64, "needs_review", policy="PP200", ni="ZZ999999Z")),
    ]
    tables = build_tables(items)
    assert [p["policy_number"] for p in tables.plans] == ["PP100"]
    assert [e["policy_number"] for e in tables.exceptions] == ["PP200"]


def test_superseded_document_leaves_exceptions(mk):
    items = [ExportItem(mk("a" * 64, "rejected"), superseded=True), ExportItem(mk("b" * 64))]
    assert build_tables(items).exceptions == []


def test_one_row_per_plan_latest_valuation_wins(mk):
    old = mk("a" * 64, valuation_date="2025-03-31", value="900.00")
    new = mk("b" * 64, policy="pp 100", valuation_date="2026-03-31", value="1000.00")
    tables = build_tables([ExportItem(new), ExportItem(old)])
    assert len(tables.plans) == 1
    assert tables.plans[0]["valuation_amount"] == "1000.00"


def test_one_row_per_instrument(mk):
    h = [
        Holding(fund_name="Fund A", isin="GB0000000001", units="10", unit_price="2.00", value="20.00"),
        Holding(fund_name="Fund A again", isin="GB0000000001", units="10", unit_price="2.00", value="20.00"),
        Holding(fund_name="Fund B", units="100", unit_price="150", value="150.00"),
    ]
    tables = build_tables([ExportItem(mk("a" * 64, holdings=h))])
    assert [r["fund_name"] for r in tables.holdings] == ["Fund A", "Fund B"]
    assert [r["price_currency"] for r in tables.holdings] == ["GBP", "GBX"]
    assert tables.holdings[0]["plan_ref"] == tables.plans[0]["plan_ref"]


def test_holdings_csv_takes_the_documents_price_currency(mk):
    # the holding's own price_currency (read from the table's marks) wins over the row's arithmetic
    h = [
        Holding(fund_name="Fund P", units="10", unit_price="3", value="20.00", price_currency="GBX"),
        Holding(fund_name="Fund Q", units="100", unit_price="150", value="150.00", price_currency="GBP"),
    ]
    tables = build_tables([ExportItem(mk("a" * 64, holdings=h))])
    assert [r["price_currency"] for r in tables.holdings] == ["GBX", "GBP"]


def test_price_currency_unknown_when_arithmetic_fails():
    assert price_currency("10", "3", "20.00") is None


def test_clients_join_on_ni_number_and_plans_point_at_them(mk):
    a = mk("a" * 64, policy="PP1")
    b = mk("b" * 64, policy="PP2", name="Jane Smith")
    c = mk("c" * 64, policy="PP3", name="Bob Jones", ni="CD654321A")
    tables = build_tables([ExportItem(x) for x in (a, b, c)])
    assert len(tables.clients) == 2
    jane = next(r for r in tables.clients if r["last_name"] == "Smith")
    assert jane["match_status"] == "matched"
    assert {p["client_ref"] for p in tables.plans if p["policy_number"] in ("PP1", "PP2")} == {
        jane["client_ref"]
    }
    assert jane["address_line1"] == "1 High Street" and jane["town"] == "Leeds"


def test_client_without_strong_key_is_for_review(mk):
    r = mk("a" * 64, ni=None)
    r.record.client_postcode = None
    assert build_tables([ExportItem(r)]).clients[0]["match_status"] == "review"


def test_row_order_does_not_depend_on_input_order(mk):
    items = [ExportItem(mk(f"{i:x}" * 64, policy=f"PP{i}", ni=f"AB{i:06d}C")) for i in range(1, 9)]
    items.append(
        ExportItem(
            mk(
                "f" * 64,
                "rejected",
                policy="X",
                issues=[Issue(rule="r", field=None, severity="error", message="bad")],
            )
        )
    )
    first = build_tables(items)
    random.Random(4).shuffle(items)
    assert build_tables(items) == first
    assert "Error: bad" in first.exceptions[0]["reasons"]


def _client(mk, address):
    r = mk("a" * 64)
    r.record.client_address = address
    return build_tables([ExportItem(r)]).clients[0]


def test_town_is_before_the_county_and_the_country(mk):
    row = _client(mk, "1 High Street, Harrogate, North Yorkshire")
    assert (row["address_line1"], row["address_line2"], row["town"], row["county"]) == (
        "1 High Street",
        None,
        "Harrogate",
        "North Yorkshire",
    )
    row = _client(mk, "Flat 2, 1 Mill Lane, Bilton, Harrogate, N. Yorks., United Kingdom")
    assert row["town"] == "Harrogate" and row["county"] == "N. Yorks."
    assert [row["address_line1"], row["address_line2"], row["address_line3"]] == ["Flat 2", "1 Mill Lane", "Bilton"]
    assert _client(mk, "3 Tay Street, Perth, Perth & Kinross")["town"] == "Perth"


def test_a_town_that_shares_a_county_name_stays_the_town(mk):
    assert _client(mk, "1 Saddler Street, Durham")["town"] == "Durham"
    assert _client(mk, "1 Saddler Street, Durham, County Durham")["county"] == "County Durham"
    row = _client(mk, "2 Castle Street, Kent")  # one line and a county: no town to give
    assert row["town"] is None and row["county"] == "Kent" and row["address_line1"] == "2 Castle Street"


def test_product_name_is_the_printed_plan_type_without_its_label(mk):
    from provcheck.export.tables import product_name
    from provcheck.models import Evidence

    r = mk("a" * 64)
    for text, expected in [
        ("Product: Stocks and Shares ISA", "Stocks and Shares ISA"),
        ("Plan type Individual Personal Pension", "Individual Personal Pension"),
        ("TYPE OF PLAN Self-Invested Personal Pension", "Self-Invested Personal Pension"),
        ("Flexible Retirement Account", "Flexible Retirement Account"),  # read under its label
        ("Product type:", None),
    ]:
        r.evidence["plan_type"] = Evidence(page=1, bbox=(0, 0, 1, 1), text=text, confidence=1.0, method="text")
        assert product_name(r) == expected
    assert build_tables([ExportItem(r)]).plans[0]["product_name"] is None  # the last: nothing printed
    del r.evidence["plan_type"]
    assert product_name(r) is None


def test_crm_client_id_only_from_the_crm(mk, tmp_path):
    a, b = mk("a" * 64, policy="PP1"), mk("b" * 64, policy="PP2")
    tables = build_tables([ExportItem(a), ExportItem(b)])
    assert tables.clients[0]["crm_client_id"] is None and {p["crm_client_id"] for p in tables.plans} == {None}
    assert tables.clients[0]["client_ref"].startswith("C")  # provcheck's own reference is not a CRM id
    # --known: the CRM's plans export knows plan PP1 as its client c0ffee-1, so that client is c0ffee-1.
    crm = write_known(
        tmp_path / "plans.csv",
        [{"plan_ref": "X1", "client_ref": "c0ffee-1", "provider_name": "Aldgate Life", "policy_number": "PP1",
          "valuation_date": "2026-03-31"}],
    )
    tables = build_tables([ExportItem(a), ExportItem(b)], KnownMatcher.load(crm))
    assert tables.clients[0]["crm_client_id"] == "c0ffee-1" == tables.clients[0]["client_ref"]
    assert {p["crm_client_id"] for p in tables.plans} == {"c0ffee-1"}
    elsewhere = write_known(
        tmp_path / "other.csv",
        [{"plan_ref": "X2", "client_ref": "beef-2", "provider_name": "Brunswick Wealth", "policy_number": "PP1",
          "valuation_date": "2026-03-31"}],
    )
    tables = build_tables([ExportItem(a), ExportItem(b)], KnownMatcher.load(elsewhere))
    assert tables.clients[0]["crm_client_id"] is None  # another provider's plan of that number: not this client


def test_rows_sort_by_provider_policy_valuation_date_then_content_hash(mk):
    def item(sha, provider, policy, when, status="clean"):
        return ExportItem(mk(sha * 64, status, provider=provider, policy=policy, valuation_date=when, ni=None))

    items = [
        item("9", "Zenith", "A1", "2026-01-01"),
        item("8", "Aldgate Life", "B2", "2026-01-01"),
        item("7", "Aldgate Life", "A9", "2026-01-01"),
        item("6", "Aldgate Life", "C3", "2025-01-01", "needs_review"),
        item("5", "Aldgate Life", "C3", "2026-01-01", "needs_review"),
        item("4", "Aldgate Life", "A0", "2026-01-01", "needs_review"),
    ]
    items[0].result.record.holdings = [Holding(fund_name="Z fund", value="1.00")]
    items[2].result.record.holdings = [Holding(fund_name="B fund", value="1.00"), Holding(fund_name="A fund")]
    tables = build_tables(items)
    assert [(p["provider_name"], p["policy_number"]) for p in tables.plans] == [
        ("Aldgate Life", "A9"),
        ("Aldgate Life", "B2"),
        ("Zenith", "A1"),
    ]
    assert [h["fund_name"] for h in tables.holdings] == ["B fund", "A fund", "Z fund"]  # plan order, then printed
    assert [e["source_doc_id"] for e in tables.exceptions] == ["4" * 16, "6" * 16, "5" * 16]  # C3: 2025 before 2026
    # no run time or ledger id anywhere: only the content hash names a document
    rows = [*tables.plans, *tables.holdings, *tables.clients, *tables.exceptions]
    assert not any(k.startswith("_") for r in rows for k in r)
    cells = {v for r in rows for v in r.values()}
    assert not any(isinstance(v, str) and "T" in v and ":" in v for v in cells)
