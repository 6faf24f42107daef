"""The registry matchers look names and domains up by a line's words (issue 14): same answers, fewer tries.

`match_name` and the issuer's domain test once tried every registry name against every line.
They now try only the names whose first word, and the domains whose first label, the line
holds. Each is compared here with trying them all, on the sample documents' own lines and on
lines drawn around every registry name; and a change of knowledge must rebuild the tables.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from provcheck.extractor import issuer, registry_names
from provcheck.extractor.layout import build_lines
from provcheck.extractor.read import read_document
from provcheck.pipeline import CheckOptions
from provcheck.rules import load_providers
from provcheck.rules.knowledge import use_knowledge

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def sample_knowledge():
    use_knowledge(SAMPLES / "knowledge")
    yield
    use_knowledge(None)


def _plain_name(text: str, ocr: bool = False, next_line: str = "", monkeypatch=None):
    """`match_name` trying every name of the table, as before the index (and past its cache of answers)."""
    every = lambda folded: range(len(registry_names.name_table()))  # noqa: E731
    monkeypatch.setattr(registry_names, "_name_candidates", every)
    try:
        return registry_names.match_name.__wrapped__(text, ocr, next_line)
    finally:
        monkeypatch.undo()


def _plain_domain(text: str):
    """The issuer's domain test as it was: every registry domain's pattern searched in the line."""
    low = text.lower()
    for prov in load_providers():
        for domain in prov.domains:
            if re.search(r"(?<![\w.-])(?:www\.|[\w.+-]+@)?" + re.escape(domain) + r"(?![\w-])", low):
                return prov.name
    return None


def _indexed_domain(text: str):
    found = issuer._domain([SimpleNamespace(text=text)], ())  # a line is read by its text alone here
    return found.name if found is not None else None


def _sample_lines() -> list[tuple[str, str]]:
    """Every line of the sample text documents, with the line under it."""
    out = []
    options = CheckOptions(as_of=dt.date(2026, 11, 1), knowledge_path=SAMPLES / "knowledge")
    for pdf in sorted((SAMPLES / "text").glob("*.pdf"))[:60]:
        for page in read_document(pdf, options).pages:
            lines = [ln.text for ln in build_lines(page)]
            out += list(zip(lines, [*lines[1:], ""], strict=True))
    return out


def _drawn_lines(seed: int = 14) -> list[tuple[str, str]]:
    """Lines around every registry name and domain: cased, cut, glued and surrounded as print has them."""
    rnd = random.Random(seed)
    before = ["", "the ", "Provider: ", "Dear ", "12 ", "X", "M&", "Kestrel ", "(", "www.", "info@", "a.", "-"]
    after = ["", " Limited", " Financial Planning", " Road", ", Leeds", ".", "s", " Regulation Authority",
             " is authorised and regulated", "’s plan", "&Co", " Annual Statement", ".co.uk", "-x"]
    out = []
    for prov in load_providers():
        for name in [*prov.names(), *prov.domains]:
            for _ in range(6):
                word = rnd.choice([name, name.upper(), name.lower(), name.title(), name.replace(" ", "  ")])
                if rnd.random() < 0.2:
                    word = word[: rnd.randrange(1, len(word) + 1)]
                text = rnd.choice(before) + word + rnd.choice(after)
                out.append((text, rnd.choice(["", "Regulation Authority", "Your statement", name])))
    return out


def test_the_indexed_name_match_gives_what_trying_every_name_gives(sample_knowledge, monkeypatch):
    lines = _sample_lines() + _drawn_lines()
    assert len(lines) > 3000
    named = 0
    for text, below in lines:
        for ocr in (False, True):
            want = _plain_name(text, ocr, below, monkeypatch)
            got = registry_names.match_name.__wrapped__(text, ocr, below)
            assert got == want, (text, below, ocr)
            assert registry_names.match_name(text, ocr, below) == want, (text, below, ocr)  # kept answers too
            named += got is not None
    assert named > 500, "the drawn lines should name providers often"


def test_the_indexed_domain_test_gives_what_searching_every_domain_gives(sample_knowledge):
    lines = _sample_lines() + _drawn_lines()
    hits = 0
    for text, _ in lines:
        want = _plain_domain(text)
        assert _indexed_domain(text) == want, text
        hits += want is not None
    assert hits > 50


def test_non_ascii_letters_are_tried_against_every_name(sample_knowledge, monkeypatch):
    # re's case-insensitive match takes a long s for an s, which str.lower does not: such text skips the index
    text = "ſcottish Widows"
    assert registry_names.match_name(text) == _plain_name(text, monkeypatch=monkeypatch)
    assert list(registry_names._name_candidates(text.lower())) == list(range(len(registry_names.name_table())))


def test_a_change_of_knowledge_rebuilds_the_matchers(tmp_path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (tmp_path / "empty").mkdir()
    (folder / "p.yaml").write_text(
        "providers:\n  - name: Zephyrine Assurance\n    domains: [zephyrine.example]\n"
        "    source: invented for provcheck's tests; no real firm\n",
        encoding="utf-8",
    )
    try:
        use_knowledge(tmp_path / "empty")  # an empty folder: the bundled registry alone
        assert registry_names.match_name("Zephyrine Assurance") is None
        assert _indexed_domain("see zephyrine.example") is None
        use_knowledge(folder)
        assert registry_names.match_name("Zephyrine Assurance")[0].name == "Zephyrine Assurance"
        assert _indexed_domain("see www.zephyrine.example/help") == "Zephyrine Assurance"
        use_knowledge(tmp_path / "empty")
        assert registry_names.match_name("Zephyrine Assurance") is None
        assert _indexed_domain("see zephyrine.example") is None
    finally:
        use_knowledge(None)


def test_the_indexed_cue_search_gives_what_searching_every_cue_gives(sample_knowledge):
    from provcheck.extractor import classify
    from provcheck.extractor.labels import norm

    cues = classify._cues(classify.load_doc_type_rules())

    def plain(text: str) -> list:  # classify._matches as it was: every cue looked for
        padded, found = f" {text} ", []
        for cue in cues:
            needle = f" {cue.phrase} "
            i = padded.find(needle)
            while i >= 0:
                found.append((i, i + len(needle), cue))
                i = padded.find(needle, i + 1)
        spans = {(a, b) for a, b, _ in found}
        inside = lambda a, b: any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)  # noqa: E731
        return list(dict.fromkeys(cue for a, b, cue in found if not inside(a, b)))

    texts = [norm(text) for text, _ in _sample_lines()]
    texts += [" ".join(texts[i : i + 40]) for i in range(0, len(texts), 40)]  # whole pages, as classify reads them
    texts += [f"your {c.phrase} and {c.phrase}s  {c.phrase}" for c in cues]
    hits = 0
    for text in texts:
        want = plain(text)
        assert classify._matches(text, cues) == want, text
        hits += bool(want)
    assert hits > 300
