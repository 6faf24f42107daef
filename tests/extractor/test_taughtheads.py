"""Taught column headings: a provider's "Worth today" heads its value column, for that provider's tables only."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from provcheck.errors import ConfigError
from provcheck.extractor.tablehead import column_of
from provcheck.extractor.taughtheads import headings
from provcheck.rules.knowledge import build
from tests.cli.conftest import json_lines, run_cli
from tests.extractor.column_docs import FUNDS, WORTH, holdings_statement, money, true_value
from tests.extractor.learned_docs import knowledge_copy


def taught(folder, field="holdings.value", label=WORTH, provider="Aldgate Life"):
    entry = {"provider": provider, "field": field, "label": label, "taught_by": "jsmith",
             "taught_at": dt.datetime(2026, 11, 1, tzinfo=dt.UTC).isoformat(), "from_document": "0" * 64}  # fmt: skip
    (folder / "learned.yaml").write_text(yaml.safe_dump({"learned": [entry]}), encoding="utf-8")
    return folder


def test_a_heading_is_known_only_while_it_is_in_force():
    assert column_of(WORTH) is None
    with headings([("value", WORTH)]):
        assert column_of(WORTH) == "value"
        assert column_of("Unit price") == "unit_price"  # the bundled headings still count
    assert column_of(WORTH) is None  # the cache did not keep the taught answer


def test_the_loader_takes_a_column_field_and_refuses_an_unknown_one(tmp_path):
    folder = taught(knowledge_copy(tmp_path))
    assert [w.field for w in build(folder).learned] == ["holdings.value"]
    taught(folder, field="holdings.colour")
    with pytest.raises(ConfigError, match="holdings.colour"):
        build(folder)


def test_a_taught_heading_reads_that_providers_tables_only(tmp_path):
    folder = taught(knowledge_copy(tmp_path))
    docs = tmp_path / "docs"
    docs.mkdir()
    holdings_statement(docs / "aldgate.pdf", "Aldgate Life", "AL12345678", value_heading=WORTH)
    holdings_statement(docs / "cairngorm.pdf", "Cairngorm Assurance", "C123456789", value_heading=WORTH)
    holdings_statement(docs / "plain.pdf", "Cairngorm Assurance", "C123456780")
    done = run_cli("check", str(docs), "--json", "--knowledge", str(folder), "--as-of", "2026-11-01")
    assert done.returncode in (0, 1), done.stderr
    lines = json_lines(done.stdout)
    ours, theirs, plain = lines["aldgate.pdf"], lines["cairngorm.pdf"], lines["plain.pdf"]
    want = [money(true_value(u, p)).replace(",", "") for _, _, u, p in FUNDS]
    assert ours["record"]["provider"] == "Aldgate Life"
    assert [h["value"] for h in ours["record"]["holdings"]] == want
    assert ours["evidence"]["holdings"]["basis"] == "learned"
    assert theirs["record"]["provider"] == "Cairngorm Assurance" and theirs["record"]["holdings"] == []
    assert [h["value"] for h in plain["record"]["holdings"]] == want  # a known heading needs no teaching
    assert plain["evidence"]["holdings"].get("basis") != "learned"
