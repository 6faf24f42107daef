"""The client's unlabelled address block: how sure its reading is comes from whose block it is shown to be."""

from __future__ import annotations

from provcheck.extractor.addressblock import find_address_block
from provcheck.extractor.layout import build_lines
from tests.extractor.test_loa_parts import _page

BLOCK = [
    (60, 120, "{name}"),
    (60, 133, "12 Mill Lane"),
    (60, 146, "Headingley"),
    (60, 159, "Leeds"),
    (60, 172, "LS6 2AB"),
]
BODY = [(60, 260, "Dear Jane,"), (60, 280, "Please find your annual statement enclosed."), (60, 780, "Page 1 of 1")]


def _postcode(name_line: str, name: str | None = None, conf: float = 1.0):
    page = _page([(x, y, t.format(name=name_line)) for x, y, t in BLOCK] + BODY)
    for w in page.words:
        w.conf = conf
    found = {c.field: c for c in find_address_block([build_lines(page)], [page.method], name)}
    return found["client_postcode"]


def test_a_block_under_the_clients_name_or_a_title_is_sure_on_a_text_layer():
    named = _postcode("Jane Patel", name="Jane Patel")
    titled = _postcode("Mrs Jane Patel")
    assert named.value == titled.value == "LS6 2AB"
    assert named.score >= titled.score >= 0.8  # a format error on it stays an error


def test_a_block_only_its_shape_names_is_not_sure():
    assert _postcode("Jane Patel").score < 0.8


def test_a_poorly_read_block_is_not_sure():
    assert _postcode("Mrs Jane Patel", conf=0.7).score < 0.8 <= _postcode("Mrs Jane Patel", conf=1.0).score
