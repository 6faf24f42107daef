"""Knowledge built once and kept on disk: read from the user's cache folder while its inputs are unchanged.

Reading the bundled YAML and a knowledge folder into checked models, and deriving from them what
the finders need, was a third of a one-page `check` (issue 14). What is built depends only on the
bytes of the files read and on the code that reads them, so each result is kept pickled under a
key that hashes both: the inputs' contents (and names, where the result records them), the source
of the modules that define or build it (rules/, models.py, extractor/needles.py), and the versions
of Python, pydantic and PyYAML. Any change gives another key, so a stale entry is never read; an
entry that cannot be read is rebuilt; a cache folder that cannot be written is no cache at all,
never an error. Errors are never kept: a bad file is read (and reported) on every run.

The folder is `PROVCHECK_CACHE`, else `provcheck` in the user's cache directory (platformdirs);
`PROVCHECK_CACHE=off` turns the cache off. Entries are the user's own, like Python's bytecode
beside a module, and are loaded with `pickle`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ENV_VAR = "PROVCHECK_CACHE"
KEPT = 8  # entries kept for one kind: a few knowledge folders in use, and the tests' own

_ROOT = Path(__file__).resolve().parents[1]  # the provcheck package
# The code a kept result depends on: the models it is made of and the loaders and finders' helpers that build it.
_CODE = ("rules", "models.py", "extractor/needles.py")

_code_digest: bytes | None = None


def folder() -> Path | None:
    """Where entries are kept; None when the cache is off."""
    env = os.environ.get(ENV_VAR)
    if env is not None:
        return None if env.strip().lower() in ("", "0", "off", "no") else Path(env)
    import platformdirs

    return platformdirs.user_cache_path("provcheck", appauthor=False)


def _code() -> bytes:
    """A digest of the code behind every entry, read once a process."""
    global _code_digest
    if _code_digest is None:
        import importlib.util

        import pydantic

        digest = hashlib.sha256(f"{sys.version}\0{pydantic.VERSION}\0".encode())
        # PyYAML's version (its __init__ names it), found without importing it: a cached run reads no YAML
        spec = importlib.util.find_spec("yaml")
        if spec is not None and spec.origin:
            digest.update(hashlib.sha256(Path(spec.origin).read_bytes()).digest())
        for rel in _CODE:
            path = _ROOT / rel
            files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
            for file in files:
                digest.update(file.relative_to(_ROOT).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(file.read_bytes()).digest())
        _code_digest = digest.digest()
    return _code_digest


def file_parts(paths: Iterable[Path]) -> list[bytes]:
    """Key parts for files read: each one's path as given and its contents (an absent file is marked so)."""
    parts: list[bytes] = []
    for path in paths:
        parts.append(os.fsencode(path))
        try:
            parts.append(path.read_bytes())
        except OSError:
            parts.append(b"\0absent")
    return parts


def key(kind: str, parts: Iterable[bytes | str]) -> str:
    """The entry name for `kind` built from `parts` by the code in force."""
    digest = hashlib.sha256(_code())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return f"{kind}-{digest.hexdigest()[:32]}.pickle"


def cached(kind: str, parts: Iterable[bytes | str], build: Callable[[], T]) -> T:
    """`build()`, or what an earlier run's `build()` returned for the same `parts` and code.

    Args:
        kind: what is kept (a file name's prefix: "knowledge", "needles").
        parts: everything the result depends on besides the code: file contents, names, strings.
        build: makes the result; what it raises is raised (and nothing is kept).

    Returns:
        The result, from the cache when an entry for this key can be read.
    """
    where = folder()
    if where is None:
        return build()
    path = where / key(kind, parts)
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)  # noqa: S301 (the user's own cache folder, written below)
    except FileNotFoundError:
        pass
    except Exception:  # a torn or foreign entry: build afresh and write it over
        pass
    value = build()
    _write(path, value)
    return value


def _engine() -> tuple[Callable[..., re.Pattern[str]], Callable[..., Any], Callable[..., Any]]:
    """The steps of `re.compile` in CPython: the C engine's constructor, the parser, the code generator."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    return _sre.compile, _parser.parse, _compiler._code


def compiled(kind: str, patterns: Sequence[str], flags: int = 0) -> list[re.Pattern[str]]:
    """`re.compile(pattern, flags)` of each pattern, its compiled program kept in the cache folder.

    Python's regex compiler is itself Python: the patterns built from the label wordings (hundreds
    of phrases, macros expanding to long alternations) took more of a one-page document than its
    reading. Its output, the program the C engine runs, depends only on the pattern, the flags and
    the interpreter (Python's version is in every key), so that is kept, and each pattern is made
    from it by the engine's own constructor, the last step of `re.compile`. An interpreter whose
    compiler is laid out otherwise compiles every pattern as usual.

    Args:
        kind: what the patterns are (a cache file's prefix).
        patterns: the patterns, in order.
        flags: flags for all of them.

    Returns:
        The compiled patterns, equal (same program) to `re.compile`'s.
    """
    try:
        make, parse, code = _engine()
    except (ImportError, AttributeError):  # pragma: no cover (another interpreter's layout)
        return [re.compile(p, flags) for p in patterns]

    def program(pattern: str) -> tuple[object, ...]:
        # what re._compiler.compile hands to _sre.compile
        tree = parse(pattern, flags)
        index = tree.state.groupdict
        names: list[str | None] = [None] * tree.state.groups
        for name, i in index.items():
            names[i] = name
        program = [int(op) for op in code(tree, flags)]  # plain ints: the opcodes are named ints, not picklable
        return (pattern, flags | tree.state.flags, program, tree.state.groups - 1, dict(index), tuple(names))

    try:
        programs = cached(f"regex-{kind}", [str(flags), *patterns], lambda: [program(p) for p in patterns])
        return [make(*prog) for prog in programs]
    except Exception:  # noqa: BLE001 (internals laid out otherwise, or a bad pattern: `re` itself says which)
        return [re.compile(p, flags) for p in patterns]


def _write(path: Path, value: object) -> None:
    """Keep `value` at `path` (written whole, then renamed into place); drop the kind's oldest entries."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        kind = path.name.rsplit("-", 1)[0]
        entries = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEPT:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # a read-only or full folder, or a value that cannot be kept: the run goes on uncached
