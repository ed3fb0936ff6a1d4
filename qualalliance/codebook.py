"""Codebooks: the themes a study codes for, with the rules that find them.

A codebook is a YAML file in the structure qualitative researchers use (MacQueen,
McLellan, Kay & Milstein 1998, "Codebook development for team-based qualitative
analysis"): per code an ``id``, a short ``label``, an optional ``parent``, a full
``definition``, when to use it (``include``), when not to (``exclude``) and
``examples``.  qualalliance adds the matching rules the rule coder applies:

``phrases``          lemma phrases, matched case-insensitively on lemmas;
``negated_phrases``  lemma phrases that *deny* the code ("unsafe" for safety); a match
                     is coded with ``negated=True`` unless a negation cue flips it back;
``patterns``         spaCy ``Matcher`` token patterns (lists of token dicts);
``exclude_patterns`` phrases (strings) or token patterns that veto an overlapping match;
``roles``            the speaker roles the code applies to (default: all).

``color`` (``#RRGGBB``) is the colour a QDA program shows the code in; it travels
with REFI-QDA exports and imports and plays no part in coding.

Loading is strict: an unknown or duplicated key, a duplicate id, a missing parent, a
bad pattern or a wrong type raises :class:`~qualalliance.errors.ConfigError` naming the
file, the line, the code and the key.  ``Codebook.sha256`` hashes the canonical form for
run manifests.

``python -m qualalliance.codebook docs`` regenerates ``docs/codebook.md`` from the
packaged codebook.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import ConfigError
from .schema import ROLES
from .yamlio import line_of, parse_yaml

DEFAULT_CODEBOOK = "codebook.yaml"  # inside qualalliance/data/

TOP_KEYS = {"name": True, "version": True, "description": False, "references": False, "codes": True}
CODE_KEYS = {
    "id": True, "label": True, "parent": False, "definition": True, "include": False,
    "exclude": False, "examples": False, "phrases": False, "negated_phrases": False,
    "patterns": False, "exclude_patterns": False, "roles": False, "color": False,
}
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
COLOR_RE = re.compile(r"^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")  # REFI-QDA's RGBType
RESERVED_IDS = {"doc_id", "turn"}  # would clash with code_matrix key columns


@dataclass
class Code:
    """One code of a codebook (see module docstring for the keys)."""

    id: str
    label: str
    definition: str
    parent: str | None = None
    include: str = ""
    exclude: str = ""
    examples: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    negated_phrases: list[str] = field(default_factory=list)
    patterns: list[list[dict]] = field(default_factory=list)
    exclude_patterns: list[Any] = field(default_factory=list)  # str (phrase) or token pattern
    roles: list[str] = field(default_factory=lambda: list(ROLES))
    color: str = ""  # "#RRGGBB" (REFI-QDA), display only
    line: int | None = field(default=None, compare=False)

    @property
    def has_rules(self) -> bool:
        """True when the rule coder can apply this code (grouping codes have no rules)."""
        return bool(self.phrases or self.negated_phrases or self.patterns)

    def to_dict(self) -> dict:
        out = {"id": self.id, "label": self.label}
        if self.parent:
            out["parent"] = self.parent
        out["definition"] = self.definition
        for key in ("include", "exclude"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        for key in ("examples", "phrases", "negated_phrases", "patterns", "exclude_patterns"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if list(self.roles) != list(ROLES):
            out["roles"] = list(self.roles)
        if self.color:
            out["color"] = self.color
        return out


@dataclass
class Codebook:
    name: str
    version: str
    codes: list[Code]
    description: str = ""
    references: list[str] = field(default_factory=list)
    path: str | None = field(default=None, compare=False)

    # -- lookup -----------------------------------------------------------
    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.codes]

    @property
    def applicable(self) -> list[Code]:
        """Codes with matching rules, in codebook order (the code_matrix columns)."""
        return [c for c in self.codes if c.has_rules]

    def __getitem__(self, code_id: str) -> Code:
        for c in self.codes:
            if c.id == code_id:
                return c
        raise KeyError(code_id)

    def __contains__(self, code_id: str) -> bool:
        return code_id in self.ids

    def children(self, code_id: str) -> list[Code]:
        return [c for c in self.codes if c.parent == code_id]

    @property
    def coder(self) -> str:
        """The ``coder`` value of rule codings made with this codebook."""
        return f"qualalliance-rules/{self.name}@{self.version}"

    # -- identity ---------------------------------------------------------
    def to_dict(self) -> dict:
        out = {"name": self.name, "version": self.version}
        if self.description:
            out["description"] = self.description
        if self.references:
            out["references"] = list(self.references)
        out["codes"] = [c.to_dict() for c in self.codes]
        return out

    @property
    def sha256(self) -> str:
        """Hash of the canonical form: same codes and rules => same hash, whatever the layout."""
        canonical = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    # -- display ----------------------------------------------------------
    def to_table(self) -> pd.DataFrame:
        rows = []
        for c in self.codes:
            rows.append({
                "id": c.id, "label": c.label, "parent": c.parent or "",
                "roles": "all" if list(c.roles) == list(ROLES) else ",".join(c.roles),
                "phrases": len(c.phrases) + len(c.negated_phrases), "patterns": len(c.patterns),
                "exclusions": len(c.exclude_patterns), "definition": c.definition,
            })
        return pd.DataFrame(rows, columns=["id", "label", "parent", "roles", "phrases", "patterns",
                                           "exclusions", "definition"])

    def summary(self) -> str:
        return (f"{self.name} {self.version}: {len(self.codes)} codes "
                f"({len(self.applicable)} with rules), sha256 {self.sha256[:12]}")


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

def _text(value, where: str, path: str, line) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where} must be non-empty text, got {value!r}", path, line)
    return " ".join(value.split())


def _text_list(value, where: str, path: str, line) -> list[str]:
    if not isinstance(value, list):
        raise ConfigError(f"{where} must be a list of text, got {type(value).__name__}", path, line)
    out, seen = [], {}
    for i, item in enumerate(value):
        text = _text(item, f"{where}[{i}]", path, line)
        norm = text.lower()
        if norm in seen:
            raise ConfigError(f"{where}: {text!r} is listed twice (items {seen[norm]} and {i})", path, line)
        seen[norm] = i
        out.append(text)
    return out


def _plain(obj):
    """Turn YamlMapping trees (qualalliance.yamlio) into plain dicts/lists (for patterns and hashing)."""
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


_VOCAB = []


def _check_pattern(pattern, where: str, path: str, line) -> list[dict]:
    """Compile one token pattern with spaCy's validating Matcher."""
    if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
        raise ConfigError(f"{where} must be a non-empty list of token dicts "
                          f"(e.g. [{{LEMMA: feel}}, {{LOWER: safe}}]), got {pattern!r}", path, line)
    pattern = _plain(pattern)
    from spacy.matcher import Matcher  # lazy: spaCy is heavy and only needed for patterns
    from spacy.vocab import Vocab

    if not _VOCAB:
        _VOCAB.append(Vocab())
    try:
        Matcher(_VOCAB[0], validate=True).add("check", [pattern])
    except Exception as exc:  # spaCy raises MatchPatternError / ValueError with long messages
        detail = " ".join(str(exc).split())
        raise ConfigError(f"{where} is not a valid spaCy token pattern: {detail}", path, line) from None
    return pattern


def _check_code(raw, index: int, path: str) -> Code:
    where = f"codes[{index}]"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} must be a mapping with id, label, definition ...", path, None)
    code_id = raw.get("id")
    if not isinstance(code_id, str) or not ID_RE.match(code_id) or code_id in RESERVED_IDS:
        raise ConfigError(f"{where}: key 'id' must be a lowercase identifier like 'set_setting' "
                          f"(not doc_id/turn), got {code_id!r}", path, line_of(raw, "id"))
    where = f"code {code_id!r}"
    for key in raw:
        if key not in CODE_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} (allowed: {', '.join(CODE_KEYS)})",
                              path, line_of(raw, key))
    for key, required in CODE_KEYS.items():
        if required and key not in raw:
            raise ConfigError(f"{where}: missing required key {key!r}", path, line_of(raw))

    def ln(key):
        return line_of(raw, key)

    code = Code(
        id=code_id,
        label=_text(raw["label"], f"{where}: key 'label'", path, ln("label")),
        definition=_text(raw["definition"], f"{where}: key 'definition'", path, ln("definition")),
        line=line_of(raw),
    )
    if raw.get("parent") is not None:
        code.parent = _text(raw["parent"], f"{where}: key 'parent'", path, ln("parent"))
    for key in ("include", "exclude"):
        if key in raw:
            setattr(code, key, _text(raw[key], f"{where}: key {key!r}", path, ln(key)))
    for key in ("examples", "phrases", "negated_phrases"):
        if key in raw:
            setattr(code, key, _text_list(raw[key], f"{where}: key {key!r}", path, ln(key)))
    if "patterns" in raw:
        if not isinstance(raw["patterns"], list):
            raise ConfigError(f"{where}: key 'patterns' must be a list of token patterns", path, ln("patterns"))
        code.patterns = [_check_pattern(p, f"{where}: key 'patterns' item {i}", path, ln("patterns"))
                         for i, p in enumerate(raw["patterns"])]
    if "exclude_patterns" in raw:
        items = raw["exclude_patterns"]
        if not isinstance(items, list):
            raise ConfigError(f"{where}: key 'exclude_patterns' must be a list of phrases or token patterns",
                              path, ln("exclude_patterns"))
        for i, p in enumerate(items):
            item_where = f"{where}: key 'exclude_patterns' item {i}"
            if isinstance(p, str):
                code.exclude_patterns.append(_text(p, item_where, path, ln("exclude_patterns")))
            else:
                code.exclude_patterns.append(_check_pattern(p, item_where, path, ln("exclude_patterns")))
    if "color" in raw:
        if not isinstance(raw["color"], str) or not COLOR_RE.match(raw["color"]):
            raise ConfigError(f"{where}: key 'color' must be a colour like '#1f77b4' (quote it in YAML), "
                              f"got {raw['color']!r}", path, ln("color"))
        code.color = raw["color"]
    if "roles" in raw:
        roles = raw["roles"]
        if isinstance(roles, str):
            roles = [roles]
        if not isinstance(roles, list) or not roles:
            raise ConfigError(f"{where}: key 'roles' must be a non-empty list of {', '.join(ROLES)}", path, ln("roles"))
        bad = [r for r in roles if r not in ROLES]
        if bad:
            raise ConfigError(f"{where}: key 'roles' has unknown role(s) {', '.join(map(repr, bad))} "
                              f"(allowed: {', '.join(ROLES)})", path, ln("roles"))
        code.roles = [r for r in ROLES if r in roles]  # canonical order
    return code


def parse_codebook(data, path: str = "<codebook>") -> Codebook:
    """Validate a parsed YAML document (dict) and return a :class:`Codebook`."""
    if not isinstance(data, dict):
        raise ConfigError("a codebook must be a mapping with name, version and codes", path, 1)
    for key in data:
        if key not in TOP_KEYS:
            raise ConfigError(f"unknown top-level key {key!r} (allowed: {', '.join(TOP_KEYS)})",
                              path, line_of(data, key))
    for key, required in TOP_KEYS.items():
        if required and key not in data:
            raise ConfigError(f"missing required top-level key {key!r}", path, 1)
    if not isinstance(data["version"], str):
        raise ConfigError(f"key 'version' must be text; quote it (version: \"{data['version']}\")",
                          path, line_of(data, "version"))
    codes_raw = data["codes"]
    if not isinstance(codes_raw, list) or not codes_raw:
        raise ConfigError("key 'codes' must be a non-empty list of codes", path, line_of(data, "codes"))
    book = Codebook(
        name=_text(data["name"], "key 'name'", path, line_of(data, "name")),
        version=_text(data["version"], "key 'version'", path, line_of(data, "version")),
        description=_text(data["description"], "key 'description'", path, line_of(data, "description"))
        if data.get("description") else "",
        references=_text_list(data["references"], "key 'references'", path, line_of(data, "references"))
        if data.get("references") else [],
        codes=[],
        path=path,
    )
    seen: dict[str, Code] = {}
    for i, raw in enumerate(codes_raw):
        code = _check_code(raw, i, path)
        if code.id in seen:
            raise ConfigError(f"code {code.id!r}: duplicate id (first defined at line {seen[code.id].line})",
                              path, code.line)
        seen[code.id] = code
        book.codes.append(code)
    for code in book.codes:
        if code.parent is None:
            continue
        if code.parent not in seen:
            raise ConfigError(f"code {code.id!r}: key 'parent' names {code.parent!r}, which is not a code "
                              "in this codebook", path, code.line)
        # walk up: a cycle would make the hierarchy meaningless
        chain, node = [code.id], code
        while node.parent is not None:
            if node.parent in chain:
                raise ConfigError(f"code {code.id!r}: key 'parent' makes a cycle ({' -> '.join(chain + [node.parent])})",
                                  path, code.line)
            chain.append(node.parent)
            node = seen[node.parent]
    return book


def default_codebook_path() -> Path:
    return Path(str(resources.files("qualalliance") / "data" / DEFAULT_CODEBOOK))


def load_codebook(path: str | Path | Codebook | None = None) -> Codebook:
    """Load and strictly validate a codebook; ``None`` gives the packaged default."""
    if isinstance(path, Codebook):
        return path
    path = default_codebook_path() if path is None else Path(path)
    if not path.is_file():
        raise ConfigError("codebook file not found", path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read codebook: {exc}", path) from None
    return parse_codebook(parse_yaml(text, str(path)), str(path))


# ---------------------------------------------------------------------------
# Markdown: the `show` table and the full docs page
# ---------------------------------------------------------------------------

def _md_cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def markdown_table(df: pd.DataFrame) -> str:
    head = "| " + " | ".join(map(_md_cell, df.columns)) + " |"
    rule = "|" + "|".join("---" for _ in df.columns) + "|"
    body = ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join([head, rule, *body]) + "\n"


def render_docs(book: Codebook) -> str:
    """The full Markdown reference of a codebook (docs/codebook.md for the default one)."""
    out = [f"# Codebook: {book.name} {book.version}", "",
           "<!-- Generated from qualalliance/data/codebook.yaml by `python -m qualalliance.codebook docs`;"
           " do not edit by hand (tests/test_codebook_docs.py checks they agree). -->", ""]
    if book.description:
        out += [book.description, ""]
    out += [f"Codebook hash (sha256 of the canonical form): `{book.sha256}`", "",
            "Structure after MacQueen et al. (1998): each code has a definition, when to use it "
            "(include), when not to (exclude) and examples. The rule coder matches the lemma "
            "phrases and token patterns listed under each code; see [coding.md](coding.md) for "
            "how matching, negation and hedging work. Codes without rules are grouping codes "
            "(parents) and are not applied by the rule coder.", "",
            "## Overview", "", markdown_table(book.to_table().drop(columns=["definition"]))]
    if book.references:
        out += ["## References", ""] + [f"- {r}" for r in book.references] + [""]
    for code in book.codes:
        out += [f"## `{code.id}` — {code.label}", ""]
        facts = []
        if code.parent:
            facts.append(f"parent: `{code.parent}`")
        children = book.children(code.id)
        if children:
            facts.append("children: " + ", ".join(f"`{c.id}`" for c in children))
        facts.append("applies to: " + ("all roles" if list(code.roles) == list(ROLES) else ", ".join(code.roles)))
        out += ["*" + "; ".join(facts) + "*", "", f"**Definition.** {code.definition}", ""]
        if code.include:
            out += [f"**Use when.** {code.include}", ""]
        if code.exclude:
            out += [f"**Do not use when.** {code.exclude}", ""]
        if code.examples:
            out += ["**Examples.**", ""] + [f"- “{e}”" for e in code.examples] + [""]
        if code.phrases:
            out += ["**Phrases (lemmas).** " + ", ".join(f"`{p}`" for p in code.phrases), ""]
        if code.negated_phrases:
            out += ["**Negated phrases** (coded with `negated=True`). "
                    + ", ".join(f"`{p}`" for p in code.negated_phrases), ""]
        if code.patterns:
            out += ["**Token patterns.**", ""] + [f"- `{json.dumps(p, ensure_ascii=False)}`"
                                                  for p in code.patterns] + [""]
        if code.exclude_patterns:
            out += ["**Exclusions** (a match overlapping one of these is dropped). "
                    + ", ".join(f"`{p if isinstance(p, str) else json.dumps(p, ensure_ascii=False)}`"
                                for p in code.exclude_patterns), ""]
        if not code.has_rules:
            out += ["*Grouping code: no rules; applied by human coders or through its children.*", ""]
    return "\n".join(out).rstrip() + "\n"


def _main(argv=None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m qualalliance.codebook",
                                     description="Codebook utilities.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    docs = sub.add_parser("docs", help="write the Markdown reference of a codebook")
    docs.add_argument("--codebook", default=None, help="codebook YAML (default: the packaged one)")
    docs.add_argument("-o", "--out", default="docs/codebook.md", help="output file ('-' for stdout)")
    args = parser.parse_args(argv)
    text = render_docs(load_codebook(args.codebook))
    if args.out == "-":
        print(text, end="")
    else:
        from .tables import write_text

        write_text(args.out, text)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
