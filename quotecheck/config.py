"""The newsroom's configuration: its publisher, the outlets it treats as primary sources, the
rules it runs, and when a check fails.

Read, as linters read theirs, from ``--config PATH`` or else from the nearest of these, looking
in the current directory and then in each directory above it:

* ``quotecheck.toml``: keys at the top level, or under a ``[quotecheck]`` table;
* ``pyproject.toml``: a ``[tool.quotecheck]`` table;
* ``setup.cfg`` (or any INI file given with ``--config``): a ``[quotecheck]`` section.

A ``pyproject.toml`` or ``setup.cfg`` without a quotecheck section is passed over: these files
belong to other tools too, so one that cannot be parsed and does not name quotecheck is passed
over with a warning. Options on the command line override the file. A file quotecheck cannot use
is a ``ConfigError`` with a one-line message naming the file.

Keys: ``publisher`` (text), ``primary_sources`` (outlet names), ``rules`` and ``ignore`` (rule ids
or patterns such as ``QC2*``), ``fail_on`` (``error``, ``warning``, ``info`` or ``never``). Dashes
may stand for underscores (``fail-on``). In INI files a list is comma- or line-separated.
"""

from __future__ import annotations

import configparser
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import ConfigError
from .model import Report
from .rules import FAIL_ON

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: Files looked for in each directory, in this order.
CONFIG_FILES: tuple[str, ...] = ("quotecheck.toml", "pyproject.toml", "setup.cfg")
KEYS: tuple[str, ...] = ("publisher", "primary_sources", "rules", "ignore", "fail_on")
DEFAULT_FAIL_ON = "error"


@dataclass(frozen=True, slots=True)
class Config:
    """Settings from a configuration file, then from the command line."""

    publisher: str | None = None
    primary_sources: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = DEFAULT_FAIL_ON
    #: The file these came from, if any.
    path: str | None = None

    def override(self, **options: Any) -> Config:
        """This configuration with every option that was given (not None) taking precedence."""
        given = {key: value for key, value in options.items() if value is not None}
        for key in ("primary_sources", "rules", "ignore"):
            if key in given:
                given[key] = tuple(given[key])
        if "fail_on" in given:
            given["fail_on"] = _fail_on(given["fail_on"], where="--fail-on")
        return replace(self, **given)


def _fail_on(value: Any, *, where: str) -> str:
    if not isinstance(value, str) or value.lower() not in FAIL_ON:
        raise ConfigError(f"{where}: fail_on must be one of {', '.join(FAIL_ON)}, not {value!r}")
    return value.lower()


def _strings(value: Any, *, key: str, where: str) -> tuple[str, ...]:
    """A list of strings from a TOML array, or from a comma- or line-separated string."""
    if isinstance(value, str):
        items = [part.strip() for line in value.splitlines() for part in line.split(",")]
        return tuple(item for item in items if item)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item.strip() for item in value if item.strip())
    raise ConfigError(f"{where}: {key} must be a list of strings")


def from_mapping(data: Mapping[str, Any], *, where: str) -> Config:
    """A ``Config`` from the keys of a quotecheck table or section; unknown keys are an error."""
    values: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = raw_key.replace("-", "_")
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key {raw_key!r} (known: {', '.join(KEYS)})")
        if key == "publisher":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{where}: publisher must be a non-empty string")
            values[key] = value.strip()
        elif key == "fail_on":
            values[key] = _fail_on(value, where=where)
        else:
            values[key] = _strings(value, key=key, where=where)
    return Config(**values, path=where)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({_one_line(str(exc))})") from None
    except UnicodeDecodeError:
        # TOML is UTF-8 by definition; a Latin-1 "Café" is not a file we can read.
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{path}: {exc.strerror or 'cannot be read'}") from None


def _read_ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
    except configparser.Error as exc:
        raise ConfigError(f"{path}: not a valid INI file ({_one_line(str(exc))})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{path}: {exc.strerror or 'cannot be read'}") from None
    return parser


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _section(path: Path, *, explicit: bool) -> Mapping[str, Any] | None:
    """The quotecheck settings in ``path``, or None when it has no quotecheck section."""
    where = str(path)
    if path.suffix == ".toml":
        data = _read_toml(path)
        if path.name == "pyproject.toml":
            table = data.get("tool", {}).get("quotecheck")
        elif "quotecheck" in data:
            table = data["quotecheck"]
            if set(data) - {"quotecheck"}:
                raise ConfigError(f"{where}: keys outside the [quotecheck] table: put them all in it, or all at the top")
        else:
            table = data
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{where}: quotecheck settings must be a table")
        if table is None and explicit:
            raise ConfigError(f"{where}: no [tool.quotecheck] table")
        return table
    parser = _read_ini(path)
    if parser.has_section("quotecheck"):
        return dict(parser.items("quotecheck"))
    if explicit:
        raise ConfigError(f"{where}: no [quotecheck] section")
    return None


#: What a shared file (``pyproject.toml``, ``setup.cfg``) holds when it has quotecheck settings.
#: What a shared file (pyproject.toml, setup.cfg) that may hold our settings mentions.
_OUR_NAME = b"quotecheck"


def _names_quotecheck(path: Path) -> bool:
    """Whether a shared file mentions quotecheck at all, so that a broken one may be ours."""
    try:
        return _OUR_NAME in path.read_bytes()
    except OSError:
        return False


def _shared_section(path: Path, *, warn: Callable[[str], None] | None) -> Mapping[str, Any] | None:
    """The quotecheck settings of a ``pyproject.toml`` or ``setup.cfg`` found on the way up.

    Another tool's broken file ("[tool.black]" with "line =") says nothing about quotecheck: it
    is passed over with a warning rather than stopping every run under it. A broken file that
    names quotecheck is still an error, since its settings may be the ones meant.
    """
    try:
        return _section(path, explicit=False)
    except ConfigError as exc:
        if _names_quotecheck(path):
            raise
        if warn is not None:
            warn(f"{exc.message}; passed over, it has no quotecheck settings")
        return None


def find(start: Path | None = None, *, warn: Callable[[str], None] | None = None) -> Path | None:
    """The nearest configuration file with quotecheck settings, from ``start`` upwards."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "quotecheck.toml" or _shared_section(candidate, warn=warn) is not None:
                return candidate
    return None


def load(
    path: str | Path | None = None, *, start: Path | None = None, warn: Callable[[str], None] | None = None
) -> Config:
    """The configuration at ``path``, or else the one found from ``start`` (the current
    directory) upwards, or else the defaults. ``warn`` hears of shared files passed over."""
    if path is not None:
        explicit = Path(path)
        if not explicit.exists():
            raise ConfigError(f"{explicit}: no such configuration file")
        if explicit.is_dir():
            raise ConfigError(f"{explicit}: is a directory, not a configuration file")
        found: Path | None = explicit
    else:
        found = find(start, warn=warn)
    if found is None:
        return Config()
    table = _section(found, explicit=path is not None)
    return from_mapping(table or {}, where=str(found))


def publisher_from_config(report: Report, name: str) -> Report:
    """``report`` with its publisher labelled as coming from the configuration, when it is the
    configuration's ``name`` passed in as an option (a JSONL record may name its own)."""
    if report.publisher is None or report.publisher.source != "option" or report.publisher.name != name:
        return report
    return replace(report, publisher=replace(report.publisher, source="config"))
