from __future__ import annotations

import re
from html.parser import HTMLParser

from provcheck.report.batch import BatchReport
from provcheck.report.html import render_html

from .conftest import make_result, random_results


class _Refs(HTMLParser):
    """Collects every tag and every attribute that could load something."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "srcset", "data", "action", "poster", "xlink:href") and value:
                self.refs.append(value)


def _page(required, extra=()):
    report = BatchReport(required)
    for spec in random_results(80, seed=5):
        report.add(make_result(**spec))
    for result in extra:
        report.add(result)
    return render_html(report.to_json())


def test_html_is_self_contained(required):
    page = _page(required)
    parser = _Refs()
    parser.feed(page)
    assert parser.refs == []  # nothing to fetch: no src, no href
    assert "script" not in parser.tags and "link" not in parser.tags and "img" not in parser.tags
    assert not re.search(r"url\(|@import", page)
    assert "http://" not in page and "https://" not in page
    assert parser.tags.count("svg") >= 4


def test_html_escapes_text_from_documents(required):
    hostile = make_result(
        "x", provider='<script>alert("x")</script>', status="needs_review", missing=["plan_value"]
    )
    page = _page(required, [hostile])
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_html_shows_the_figures(required):
    specs = random_results(80, seed=5)
    page = _page(required)
    assert f">{len(specs)}<" in page  # documents tile
    for provider in {s["provider"] for s in specs if s["provider"]}:
        assert provider in page
