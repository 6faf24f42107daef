"""The one bundled-file loader (rules/loader.py `BundledFile`) every knowledge module reads its data file with.

The bundled file is read and validated once; a file the caller names is read on every call and
refused with the file, the key path and the reason, as every knowledge file is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from provcheck.errors import ConfigError
from provcheck.rules import doctypes, fields, places, registry, vocabulary
from provcheck.rules.loader import DATA_DIR, BundledFile, read_yaml


class Small(BaseModel):
    model_config = ConfigDict(extra="forbid")

    words: list[str]


def test_the_bundled_file_is_read_once_until_cleared(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text("words: [one]\n", encoding="utf-8")
    small = BundledFile(Small, lambda: path)
    first = small.load()
    path.write_text("words: [two]\n", encoding="utf-8")
    assert small.load() is first and first.words == ["one"]  # validated once: a constant of the package
    small.cache_clear()
    assert small.load().words == ["two"]


def test_a_named_file_is_read_on_every_call(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    small = BundledFile(Small, "not-read.yaml")
    path.write_text("words: [a]\n", encoding="utf-8")
    assert small.load(path).words == ["a"]
    path.write_text("words: [b]\n", encoding="utf-8")
    assert small.load(path).words == ["b"]


def test_a_bad_file_is_refused_naming_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("words: [a]\nwrds: [b]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        BundledFile(Small, lambda: path).load()
    assert f"{path}: wrds: unknown key; did you mean 'words'?" in err.value.message


def test_a_relative_name_is_under_data() -> None:
    assert BundledFile(Small, "places.yaml").path == DATA_DIR / "places.yaml"


def test_every_knowledge_module_reads_its_bundled_file_through_it() -> None:
    # one loader, not a copy per module: each module's bundled file is a BundledFile of its own schema
    expected = {
        fields.BUNDLED: (fields.FieldsFile, registry.registry().fields),
        doctypes.BUNDLED: (doctypes.DocTypeRules, registry.registry().doc_types),
        places.BUNDLED: (places.Places, "places.yaml"),
        vocabulary.BUNDLED: (vocabulary.Vocabulary, "vocabulary.yaml"),
        registry.BUNDLED: (registry.Registry, "registry.yaml"),
    }
    for bundled, (model, name) in expected.items():
        assert isinstance(bundled, BundledFile)
        assert bundled.model is model and bundled.path == DATA_DIR / name
    assert fields.load_field_prefs() is fields.BUNDLED.load()
    assert doctypes.load_doc_type_rules() is doctypes.BUNDLED.load()
    assert vocabulary.load_vocabulary() is vocabulary.BUNDLED.load()
    assert registry.registry() is registry.BUNDLED.load()


def test_a_key_written_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    # YAML itself keeps the last of two equal keys silently: a second list of the same name in a
    # data file would drop the first without a word
    path = tmp_path / "twice.yaml"
    path.write_text("words: [one]\nother:\n  a: 1\n  a: 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"twice\.yaml: line 4, column 3: .*'a' is written twice"):
        read_yaml(path)


def test_merge_keys_and_equal_keys_in_different_mappings_still_load(tmp_path: Path) -> None:
    path = tmp_path / "fine.yaml"
    path.write_text("base: &b {a: 1}\nx: {<<: *b, c: 2}\ny: {a: 3}\n", encoding="utf-8")
    assert read_yaml(path) == {"base": {"a": 1}, "x": {"a": 1, "c": 2}, "y": {"a": 3}}
