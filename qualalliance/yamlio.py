"""The one strict YAML reader for the package's YAML files (study.yaml, codebooks, lexicons).

Safe loading only; a duplicated key is an error (YAML would keep the last one silently);
mapping keys are kept as written (YAML 1.1 would turn ``yes:`` into True and ``1:`` into
1); every mapping remembers its own line and the line of each key, for messages.  One
message format, raised as :class:`~qualalliance.errors.ConfigError` with the file and
line:

- ``invalid YAML: <problem>``
- ``duplicate key 'x' (first at line N)``
- ``keys must be plain names, not lists or mappings``
- ``<where>.<key>: unknown key (did you mean <nearest>?)`` (:func:`check_keys`)
"""

from __future__ import annotations

import os
from typing import Any, Iterable

import yaml

from .errors import ConfigError
from .stage_params import unknown_key


class YamlMapping(dict):
    """A mapping read from YAML that remembers its line and the line of each key."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.line: int | None = None
        self.lines: dict[Any, int] = {}


class _Problem(Exception):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.message, self.line = message, line


class StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when available: 10x faster
    """SafeLoader that rejects duplicate keys and keeps key line numbers."""


def _construct_mapping(loader, node, deep=False) -> YamlMapping:
    out = YamlMapping()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode):
            raise _Problem("keys must be plain names, not lists or mappings", line)
        key = key_node.value
        if key in out:
            raise _Problem(f"duplicate key {key!r} (first at line {out.lines[key]})", line)
        out[key] = loader.construct_object(value_node, deep=True)
        out.lines[key] = line
    return out


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_yaml(text: str, path: str | os.PathLike | None = None) -> Any:
    """Parse YAML *text* strictly (see module docstring); *path* names it in messages."""
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except _Problem as exc:
        raise ConfigError(exc.message, path, exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"invalid YAML: {problem}", path, None if mark is None else mark.line + 1) from None


def read_yaml(path: str | os.PathLike) -> Any:
    """Read and parse a UTF-8 YAML file strictly."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise ConfigError("no such file", path) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 (byte {exc.start})", path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", path) from None
    return parse_yaml(text, path)


def line_of(mapping: Any, key: Any = None) -> int | None:
    """The line of *key* in *mapping* (else of the mapping itself; None for plain dicts)."""
    if isinstance(mapping, YamlMapping):
        return mapping.lines.get(key, mapping.line) if key is not None else mapping.line
    return None


def check_keys(mapping: dict, allowed: Iterable[str], where: str, path, required: Iterable[str] = ()) -> None:
    """An unknown key is ``<where>.<key>: unknown key (did you mean ...?)``; a missing one is
    ``<where> lacks required key 'k'``."""
    allowed = list(allowed)
    unknown = [k for k in mapping if k not in allowed]
    if unknown:
        raise ConfigError(unknown_key(where, unknown[0], allowed), path, line_of(mapping, unknown[0]))
    missing = [k for k in required if k not in mapping]
    if missing:
        raise ConfigError(f"{where or 'the file'} lacks required key {missing[0]!r}", path, line_of(mapping))


__all__ = ["StrictLoader", "YamlMapping", "check_keys", "line_of", "parse_yaml", "read_yaml"]
