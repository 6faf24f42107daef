"""Knowledge kept on disk (rules/cache.py): read back while its inputs are the same, never when they changed.

Each test points PROVCHECK_CACHE at a folder of its own, so what one keeps no other reads.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from provcheck.errors import ConfigError
from provcheck.rules import cache
from provcheck.rules.knowledge import build, build_kept

from .test_knowledge import TARN  # an invented provider

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "knowledge"


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_VAR, str(folder))
    return folder


class Counted:
    """A build that says how often it ran."""

    def __init__(self, value: object) -> None:
        self.value, self.runs = value, 0

    def __call__(self) -> object:
        self.runs += 1
        return self.value


def test_a_second_run_reads_what_the_first_kept(kept: Path) -> None:
    build_it = Counted({"a": [1, 2]})
    first = cache.cached("thing", ["x"], build_it)
    second = cache.cached("thing", ["x"], build_it)
    assert first == second == {"a": [1, 2]}
    assert build_it.runs == 1
    assert len(list(kept.glob("thing-*.pickle"))) == 1


def test_other_inputs_are_built_afresh(kept: Path) -> None:
    build_it = Counted("v")
    cache.cached("thing", ["x"], build_it)
    cache.cached("thing", ["y"], build_it)
    cache.cached("thing", ["x", ""], build_it)  # parts are told apart by their lengths, not run together
    assert build_it.runs == 3


def test_a_changed_file_is_read_again(kept: Path, tmp_path: Path) -> None:
    data = tmp_path / "data.yaml"
    data.write_text("a: 1\n")

    def read() -> str:
        return data.read_text()

    assert cache.cached("file", cache.file_parts([data]), read) == "a: 1\n"
    data.write_text("a: 2\n")
    assert cache.cached("file", cache.file_parts([data]), read) == "a: 2\n"


def test_a_torn_entry_is_built_again_and_written_over(kept: Path) -> None:
    build_it = Counted([3])
    cache.cached("thing", ["x"], build_it)
    (entry,) = kept.glob("thing-*.pickle")
    entry.write_bytes(b"\x80\x05not a pickle")
    assert cache.cached("thing", ["x"], build_it) == [3]
    assert build_it.runs == 2
    assert cache.cached("thing", ["x"], build_it) == [3]
    assert build_it.runs == 2


def test_an_error_is_never_kept(kept: Path) -> None:
    runs = []

    def broken() -> None:
        runs.append(1)
        raise ConfigError("bad file")

    for _ in range(2):
        with pytest.raises(ConfigError):
            cache.cached("thing", ["x"], broken)
    assert len(runs) == 2
    assert not list(kept.glob("thing-*"))


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_VAR, "off")
    monkeypatch.chdir(tmp_path)
    build_it = Counted("v")
    cache.cached("thing", ["x"], build_it)
    cache.cached("thing", ["x"], build_it)
    assert build_it.runs == 2
    assert cache.folder() is None
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_folder_that_cannot_be_written_is_no_cache(kept: Path) -> None:
    kept.mkdir()
    kept.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert cache.cached("thing", ["x"], Counted("v")) == "v"
    finally:
        kept.chmod(stat.S_IRWXU)


def test_a_folder_that_cannot_be_made_is_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(cache.ENV_VAR, str(blocker / "cache"))  # under a file: never a folder
    build_it = Counted("v")
    assert cache.cached("thing", ["x"], build_it) == "v"
    assert cache.cached("thing", ["x"], build_it) == "v"
    assert build_it.runs == 2


def test_only_the_newest_entries_of_a_kind_are_kept(kept: Path) -> None:
    for i in range(cache.KEPT + 3):
        cache.cached("thing", [str(i)], Counted(i))
    cache.cached("other", ["x"], Counted(0))
    assert len(list(kept.glob("thing-*.pickle"))) == cache.KEPT
    assert len(list(kept.glob("other-*.pickle"))) == 1


PATTERNS = [
    r"(?<![\w])plan value(?![\w])",
    r"(?P<v>\d[\d,]*(?:\.\d\d)?)\s+(?i:as at|on)\s+(?P<d>\w+)",
    r"^(?:Mr|Mrs|Ms|Dr)\.?(?=\s|$)",
    r"(?s)a.b|(c)(?(1)d|e)",
]


@pytest.mark.parametrize("flags", [0, re.I, re.M | re.S])
def test_kept_patterns_are_the_patterns_re_compiles(kept: Path, flags: int) -> None:
    made = cache.compiled("test", PATTERNS, flags)
    again = cache.compiled("test", PATTERNS, flags)  # read back from the entry the first call wrote
    assert len(list(kept.glob("regex-test-*.pickle"))) == 1
    for rx, back, pattern in zip(made, again, PATTERNS, strict=True):
        plain = re.compile(pattern, flags)
        assert rx == plain and back == plain  # equal patterns run the same program
        assert (back.pattern, back.flags, back.groups, back.groupindex) == (
            plain.pattern,
            plain.flags,
            plain.groups,
            plain.groupindex,
        )
    text = "Total 12,345.67 as at April, plan value; Mrs Smith"
    assert [bool(rx.search(text)) for rx in again] == [bool(re.search(p, text, flags)) for p in PATTERNS]
    assert again[1].search(text)["v"] == "12,345.67"


def test_patterns_are_compiled_as_re_does_when_its_internals_are_laid_out_otherwise(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, parse, code = cache._engine()

    def refuse(*args: object) -> None:
        raise TypeError("compile() takes other arguments here")

    monkeypatch.setattr(cache, "_engine", lambda: (refuse, parse, code))
    made = cache.compiled("other", PATTERNS)
    assert made == [re.compile(p) for p in PATTERNS]
    with pytest.raises(re.error):  # a bad pattern is still re's own error, not hidden by the fallback
        cache.compiled("bad", ["(unclosed"])


def test_kept_knowledge_is_what_build_reads(kept: Path) -> None:
    fresh = build(SAMPLES)
    assert build_kept(SAMPLES) == fresh  # built and kept
    assert build_kept(SAMPLES) == fresh  # read back
    assert list(kept.glob("knowledge-*.pickle"))


def test_kept_knowledge_follows_its_folder(kept: Path, tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    assert build_kept(folder).provider("Tarn Pensions") is None
    (folder / "tarn.yaml").write_text(TARN)
    assert build_kept(folder).provider("Tarn Pensions") is not None
    (folder / "tarn.yaml").write_text(TARN.replace("Tarn Pensions", "Tarn Savings"))
    now = build_kept(folder)
    assert now.provider("Tarn Pensions") is None and now.provider("Tarn Savings") is not None


def test_a_bad_knowledge_file_fails_every_run(kept: Path, tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "bad.yaml").write_text(TARN.replace("kind:", "knd:"))
    for _ in range(2):
        with pytest.raises(ConfigError, match="knd"):
            build_kept(folder)
