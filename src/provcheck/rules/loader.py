"""Strict loading of knowledge files: YAML in, pydantic models out, or a ConfigError.

Every error names the file, the key path and the reason, and for an unknown key the closest
valid one, so a user can fix a rules, provider or mapping file without reading code.

The schemas of knowledge files are built at their first validation (pydantic's `defer_build`):
a run whose knowledge comes from the cache (rules/cache.py) validates none of them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ValidationError

from provcheck.errors import ConfigError

M = TypeVar("M", bound=BaseModel)

DATA_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def _safe_loader() -> Any:
    """The YAML loader, made at first use: a run whose knowledge comes from the cache (rules/cache.py) reads no YAML.

    libyaml's parser, where PyYAML was built with it: the pure-Python one took most of a run's start-up
    (0.38 s for the registry and the sample knowledge against 0.03 s); both read safe YAML the same way.
    """
    import yaml

    class SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        """The safe loader, refusing a key written twice in one mapping.

        YAML keeps the last of two equal keys without a word, so a second `holdings_titles:` in a
        data file silently dropped the first list; a strict loader says so, naming the line.
        """

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    again = key in seen
                except TypeError:  # an unhashable key: the base constructor reports it
                    continue
                if again:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key {key!r} is written twice in one mapping", key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return SafeLoader


def _valid_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None
    return value


# A string that must compile as a regular expression (provider policy-number patterns).
RegexStr = Annotated[str, AfterValidator(_valid_regex)]


def read_yaml(path: Path) -> Any:
    """Read a YAML file safely; raises ConfigError naming the file and line on bad syntax."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found. Check the path and run again.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc}).") from None
    import yaml

    try:
        return yaml.load(text, Loader=_safe_loader())  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{path}:{where}: not valid YAML ({problem}). Fix the syntax and run again.") from None


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The valid keys of the model reached by following `loc` (best effort, for suggestions)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            break
        annotation = fields[part].annotation
        current = _inner_model(annotation)
    fields = getattr(current, "model_fields", None)
    return list(fields) if fields else []


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def explain(path: Path | str, model: type[BaseModel], exc: ValidationError) -> str:
    """Turn a pydantic ValidationError into file / key path / reason lines."""
    lines = []
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        key = ".".join(str(p) for p in loc) or "(top level)"
        reason = err.get("msg", "invalid")
        if err.get("type") in ("value_error", "assertion_error"):
            reason = err.get("ctx", {}).get("error") or reason  # our own message, without pydantic's "Value error, "
            reason = str(reason)
        if err.get("type") == "literal_error":  # a misspelt choice: say which one was meant
            choices = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
            close = difflib.get_close_matches(str(err.get("input")), choices, n=1, cutoff=0.6)
            if close:
                reason += f"; did you mean '{close[0]}'?"
        if err.get("type") == "extra_forbidden" and loc:
            valid = _fields_at(model, loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), valid, n=1)
            reason = "unknown key" + (f"; did you mean '{close[0]}'?" if close else f"; valid keys: {', '.join(valid)}")
        lines.append(f"{path}: {key}: {reason}")
    return "\n".join(lines)


def load_model(path: Path, model: type[M], data: Any | None = None) -> M:
    """Validate `data` (or the YAML at `path`) into `model`, or raise ConfigError naming what is wrong."""
    raw = read_yaml(path) if data is None else data
    if raw is None:
        raise ConfigError(f"{path}: the file is empty. Add its settings and run again.")
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of keys to values at the top level, got {type(raw).__name__}.")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(explain(path, model, exc) + "\nFix the file and run again.") from None


def listed(key: str) -> Callable[[], str]:
    """Where data/registry.yaml says a bundled file is (its `key`), looked up at first use.

    The registry is itself a bundled file, read through this module, so it is imported then.
    """

    def where() -> str:
        from provcheck.rules.registry import registry

        return getattr(registry(), key)

    return where


class BundledFile(Generic[M]):
    """A knowledge file shipped in data/, read strictly once and kept; a user's own file read on each call.

    One copy of what fields.yaml, doc_types.yaml, places.yaml and vocabulary.yaml each need: the bundled file is
    a constant of the installed package, so it is validated at first use only, while a file a caller names may
    have changed since (the tests and `--rules`-style options give their own).

    Args:
        model: the file's schema.
        where: the bundled file's name under data/, or a function giving it (a name listed in data/registry.yaml
            is looked up only when first needed, since the registry is itself a bundled file).
    """

    def __init__(self, model: type[M], where: str | Path | Callable[[], str | Path]) -> None:
        self.model = model
        self._where = where
        self._value: M | None = None

    @property
    def path(self) -> Path:
        """Where the bundled file is (a relative name is under data/)."""
        where = self._where() if callable(self._where) else self._where
        return DATA_DIR / where

    def load(self, path: Path | None = None) -> M:
        """The bundled file's model (read at first use), or the file at `path` read now.

        Raises:
            ConfigError: the file is missing, not YAML, or breaks the schema (file, key and reason named).
        """
        if path is not None:
            return load_model(path, self.model)
        if self._value is None:
            from provcheck.rules import cache

            bundled = self.path  # kept while its bytes are the same: a bundled file hardly ever changes
            self._value = cache.cached(
                f"file-{bundled.stem}", cache.file_parts([bundled]), lambda: load_model(bundled, self.model)
            )
        return self._value

    def cache_clear(self) -> None:
        """Forget the bundled file's model, so the next `load()` reads it again (a caller swapped the file)."""
        self._value = None
