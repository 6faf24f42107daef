"""The knowledge in force: the bundled registry, then the firm's knowledge folder (spec/record.md "Knowledge").

A knowledge folder holds YAML files (any names, read in sorted path order) in the bundled
schema (rules/providers.py `KnowledgeFile`): providers a firm deals with that provcheck does not
know, aliases or formats for ones it does, label wordings, and the wordings a reviewer taught in
the desk for one provider (`learned.yaml`, rules/learned.py). They are read by the same strict
loader as the bundled data, so a bad file stops the run naming the file, key and reason. Later
wins: a folder's entry for a known provider adds its names and replaces what it sets. A rule
pack (`--rules`) is applied after all of this, by the validators.

The default folder is `provcheck/knowledge` in the user's config directory (platformdirs), or
`PROVCHECK_KNOWLEDGE`; an absent folder is no knowledge, not an error.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from provcheck.errors import ConfigError
from provcheck.rules.learned import LearnedWording, check_wordings, column_fields
from provcheck.rules.loader import DATA_DIR, load_model, read_yaml
from provcheck.rules.providers import KnowledgeFile, Provider

ENV_VAR = "PROVCHECK_KNOWLEDGE"
BUNDLED = "bundled"


def default_folder() -> Path:
    """The knowledge folder used without `--knowledge`: `PROVCHECK_KNOWLEDGE`, else the user's config dir."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return platformdirs.user_config_path("provcheck") / "knowledge"


@dataclass(frozen=True)
class Knowledge:
    """Everything provcheck knows in this run, and where each piece came from."""

    folder: Path | None
    providers: tuple[Provider, ...]
    origins: dict[str, tuple[str, ...]] = field(default_factory=dict)  # provider name -> files
    label_files: tuple[str, ...] = ()  # files that added label wordings
    labels: Any = None  # the merged `Labels`
    learned: tuple[LearnedWording, ...] = ()  # wordings taught in the desk, each for one provider
    learned_files: tuple[str, ...] = ()  # files that held them

    def provider(self, name: str | None) -> Provider | None:
        """The provider of that short name, if any."""
        return next((p for p in self.providers if name is not None and p.name == name), None)

    def added(self) -> tuple[Provider, ...]:
        """The providers the knowledge folder added (not bundled): the sample houses, a firm's own."""
        return tuple(p for p in self.providers if BUNDLED not in self.origins.get(p.name, ()))


def folder_files(folder: Path) -> list[Path]:
    """The YAML files of a knowledge folder, in sorted path order, hidden ones skipped."""
    if not folder.is_dir():
        if folder.exists():
            raise ConfigError(f"{folder}: --knowledge must be a folder of YAML files, not a file.")
        return []
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() in (".yaml", ".yml"):
            out.append(path)
    return out


def _merge_provider(old: Provider, new: Provider) -> Provider:
    """A later entry for a known provider: its names are added, what it sets replaces the earlier."""
    data = old.model_dump()
    upd = new.model_dump(exclude_unset=True)
    for key in ("entities", "former_names", "aliases", "letterhead", "domains"):
        extra = [v for v in upd.pop(key, []) if v not in data[key]]
        data[key] = data[key] + extra
    upd.pop("name", None)
    if "source" in upd:
        upd["source"] = f"{old.source}; {upd['source']}"
    data.update(upd)
    return Provider.model_validate(data)


def _extend(base: Any, over: Any) -> Any:
    """Label wordings merged: mappings merge, lists are extended (no repeats), anything else replaces."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = _extend(out[key], value) if key in out else value
        return out
    if isinstance(base, list) and isinstance(over, list):
        return base + [v for v in over if v not in base]
    return over


def build(folder: Path | None) -> Knowledge:
    """Read the bundled registry and then `folder` (None: none) into the knowledge in force.

    Raises:
        ConfigError: a file is unreadable, not YAML, or breaks the schema (file, key and reason named).
    """
    from provcheck.rules.registry import Labels, registry

    sources: list[tuple[str, Path]] = [(BUNDLED, DATA_DIR / rel) for rel in registry().providers]
    if folder is not None:
        sources += [(str(p), p) for p in folder_files(folder)]
    labels_path = DATA_DIR / registry().labels
    labels_raw = read_yaml(labels_path)
    labels = load_model(labels_path, Labels, labels_raw)
    providers: dict[str, Provider] = {}
    origins: dict[str, tuple[str, ...]] = {}
    label_files: list[str] = []
    learned: list[tuple[Path, list[LearnedWording]]] = []
    for origin, path in sources:
        data = read_yaml(path)
        if data is None:
            continue  # an empty file in a firm's folder teaches nothing
        kf = load_model(path, KnowledgeFile, data)
        for prov in kf.providers:
            key = prov.name.casefold()
            if key in providers:
                if origin == BUNDLED or origins[providers[key].name][-1] == origin:
                    raise ConfigError(f"{path}: providers: '{prov.name}' is defined twice. Keep one entry.")
                providers[key] = _merge_provider(providers[key], prov)
            else:
                providers[key] = prov
            name = providers[key].name
            origins[name] = (*origins.get(name, ()), origin)
        if kf.labels:
            labels_raw = _extend(labels_raw, kf.labels)
            labels = load_model(path, Labels, labels_raw)  # errors name the file that broke them
            label_files.append(origin)
        if kf.learned:
            learned.append((path, kf.learned))
    _check_names_unique(providers.values(), origins)
    names = {p.name for p in providers.values()}
    for path, wordings in learned:  # checked once every provider is known: a file may teach for a later one
        check_wordings(path, wordings, names, set(labels.fields) | column_fields(labels.holdings_columns))
    taught = tuple(dict.fromkeys(w for _, ws in learned for w in ws))
    return Knowledge(
        folder,
        tuple(providers.values()),
        origins,
        tuple(label_files),
        labels,
        learned=taught,
        learned_files=tuple(str(p) for p, _ in learned),
    )


def build_kept(folder: Path | None) -> Knowledge:
    """`build(folder)`, kept in the cache folder (rules/cache.py) while the files it reads are unchanged.

    The key holds every bundled data file and every file of `folder`, by name and contents, and the
    folder's name as given (the result records both).

    Raises:
        ConfigError: as `build` does (an error is never kept: a bad file is read again on every run).
    """
    from provcheck.rules import cache

    files = sorted(DATA_DIR.rglob("*.yaml")) + (folder_files(folder) if folder is not None else [])
    parts = [os.fspath(folder) if folder is not None else "", *cache.file_parts(files)]
    return cache.cached("knowledge", parts, lambda: build(folder))


def _check_names_unique(providers: Any, origins: dict[str, tuple[str, ...]]) -> None:
    """One brand name must lead to one provider, or identification would depend on file order.

    A legal entity may issue for two brands (one company runs a platform and a self-invested
    service): its legal name and numbers may be shared, and then decide nothing on their own.
    """
    seen: dict[str, str] = {}
    for prov in providers:
        brands = [prov.name, *prov.aliases, *prov.letterhead, *prov.former_names]
        for n in {" ".join(x.casefold().split()) for x in brands}:
            other = seen.get(n)
            if other is not None and other != prov.name:
                where = origins[prov.name][-1]
                where = "the bundled registry (rules/data/providers)" if where == BUNDLED else where
                raise ConfigError(
                    f"{where}: providers: '{prov.name}' is printed as '{n}', which already names '{other}'. "
                    "Remove the name from one of them."
                )
            seen[n] = prov.name


_active: Knowledge | None = None
_active_key: object = object()


def use_knowledge(folder: Path | None = None) -> Knowledge:
    """Put the knowledge of `folder` (None: the default folder) in force for this process and return it.

    Caches derived from the knowledge (compiled label lists, name tables) are cleared when it changes,
    so a second run in one process with another folder never sees the first one's words.
    """
    global _active, _active_key
    chosen = folder if folder is not None else default_folder()
    key = chosen.resolve() if chosen.exists() else chosen
    if _active is not None and key == _active_key:
        return _active
    if folder is not None and not folder.exists():
        raise ConfigError(f"--knowledge {folder}: no such folder. Give a folder of YAML files.")
    knowledge = build_kept(chosen if chosen.exists() else None)
    _active, _active_key = knowledge, key
    _clear_derived_caches()
    return knowledge


def forget_active() -> None:
    """Drop the knowledge in force, so the next `use_knowledge` reads its folder again (a wording was taught)."""
    global _active, _active_key
    _active, _active_key = None, object()


def active() -> Knowledge:
    """The knowledge in force (the default folder's, if none was chosen)."""
    return _active if _active is not None else use_knowledge(None)


_DERIVED = ("provcheck.extractor", "provcheck.validators", "provcheck.samplegen", "provcheck.dedupe")


def _clear_derived_caches() -> None:
    # Stages keep lru_caches of tables built from labels and providers; they are pure functions of the
    # knowledge, so clearing them all when it changes is safe and keeps those modules free of plumbing.
    for name, module in list(sys.modules.items()):
        if not name.startswith(_DERIVED):
            continue
        for obj in list(vars(module).values()):
            clear = getattr(obj, "cache_clear", None)
            if callable(clear) and getattr(obj, "__module__", None) == name:
                clear()
