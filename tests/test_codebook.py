"""Codebook format: the packaged codebook, strict validation, hashing."""

from __future__ import annotations

import textwrap

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from qualalliance.codebook import (
    Codebook, default_codebook_path, load_codebook, markdown_table, parse_codebook,
)
from qualalliance.errors import ConfigError

REQUIRED_IDS = {"bond", "goals", "tasks", "rupture", "repair", "safety", "trust", "set_setting", "anxiety",
                "reassurance", "surrender", "insight", "mystical", "emotional_release", "embodiment",
                "connectedness", "integration", "hope", "compassion", "challenging_experience"}

MINIMAL = """\
name: test-book
version: "0.1"
codes:
  - id: safety
    label: Safety
    definition: Feeling safe.
    phrases: [feel safe]
"""


def write(tmp_path, text, name="book.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(tmp_path, text) -> ConfigError:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_codebook(path)
    err = info.value
    assert err.path == str(path)
    assert "\n" not in err.one_line()
    return err


# -- the packaged codebook ---------------------------------------------------

def test_default_codebook_validates_and_covers_required_ids():
    book = load_codebook()
    assert book.path == str(default_codebook_path())
    assert REQUIRED_IDS <= set(book.ids)
    assert REQUIRED_IDS <= {c.id for c in book.applicable}
    for code in book.codes:
        if code.id in REQUIRED_IDS:
            assert code.definition and code.include and code.exclude, code.id
            assert len(code.examples) >= 2, code.id
            assert len(code.phrases) + len(code.patterns) >= 5, code.id
            assert code.parent in book.ids, code.id
    assert book.coder == f"qualalliance-rules/{book.name}@{book.version}"
    assert len(book.sha256) == 64


def test_default_codebook_has_the_negated_phrases_the_docs_promise():
    book = load_codebook()
    assert "unsafe" in book["safety"].negated_phrases
    assert "hopeless" in book["hope"].negated_phrases
    assert "distrust" in book["trust"].negated_phrases


def test_minimal_codebook_defaults(tmp_path):
    book = load_codebook(write(tmp_path, MINIMAL))
    code = book["safety"]
    assert code.roles == ["therapist", "participant", "other"]
    assert code.parent is None and code.examples == [] and code.has_rules
    assert code.line == 4
    assert "safety" in book and "trust" not in book


# -- strict validation ---------------------------------------------------------

def test_unknown_code_key_names_file_line_code_and_key(tmp_path):
    err = error_of(tmp_path, MINIMAL + "    phrase: [oops]\n")
    assert "code 'safety'" in err.message and "unknown key 'phrase'" in err.message
    assert err.line == 8


def test_unknown_top_level_key(tmp_path):
    err = error_of(tmp_path, "colour: blue\n" + MINIMAL)
    assert "unknown top-level key 'colour'" in err.message and err.line == 1


def test_duplicate_id(tmp_path):
    err = error_of(tmp_path, MINIMAL + """\
  - id: safety
    label: Again
    definition: Twice.
""")
    assert "code 'safety': duplicate id (first defined at line 4)" in err.message
    assert err.line == 8


def test_missing_parent(tmp_path):
    err = error_of(tmp_path, MINIMAL + "    parent: container\n")
    assert "code 'safety'" in err.message and "parent" in err.message and "'container'" in err.message


def test_parent_cycle(tmp_path):
    err = error_of(tmp_path, """\
name: b
version: "1"
codes:
  - {id: a, label: A, definition: x, parent: b}
  - {id: b, label: B, definition: y, parent: a}
""")
    assert "cycle" in err.message


@pytest.mark.parametrize("pattern, words", [
    ('[{LEMMA: {INN: [feel]}}]', "not a valid spaCy token pattern"),
    ('[{LOWER: safe, OP: "%"}]', "not a valid spaCy token pattern"),
    ('[{NOT_AN_ATTR: safe}]', "not a valid spaCy token pattern"),
    ('feel safe', "must be a non-empty list of token dicts"),
    ('[]', "must be a non-empty list of token dicts"),
])
def test_bad_pattern(tmp_path, pattern, words):
    err = error_of(tmp_path, MINIMAL + f"    patterns:\n      - {pattern}\n")
    assert "code 'safety': key 'patterns' item 0" in err.message and words in err.message
    assert err.line == 8


def test_bad_exclude_pattern(tmp_path):
    err = error_of(tmp_path, MINIMAL + "    exclude_patterns:\n      - [{LOWER: {IN: safe}}]\n")
    assert "key 'exclude_patterns' item 0" in err.message


def test_duplicated_yaml_key(tmp_path):
    err = error_of(tmp_path, MINIMAL + "    phrases: [feel safe again]\n")
    assert "duplicate key 'phrases' (first at line 7)" in err.message and err.line == 8


@pytest.mark.parametrize("extra, words", [
    ("    roles: [patient]\n", "unknown role(s) 'patient'"),
    ("    examples: [fine, 3]\n", "key 'examples'[1] must be non-empty text"),
    ("    negated_phrases: unsafe\n", "key 'negated_phrases' must be a list of text"),
])
def test_wrong_values(tmp_path, extra, words):
    err = error_of(tmp_path, MINIMAL + extra)
    assert words in err.message


def test_phrase_listed_twice(tmp_path):
    err = error_of(tmp_path, MINIMAL.replace("phrases: [feel safe]", "phrases: [feel safe, Feel  Safe]"))
    assert "'Feel Safe' is listed twice" in err.message


def test_version_must_be_text(tmp_path):
    err = error_of(tmp_path, MINIMAL.replace('version: "0.1"', "version: 0.1"))
    assert "quote it" in err.message


def test_bad_id_and_missing_required_key(tmp_path):
    err = error_of(tmp_path, MINIMAL.replace("id: safety", "id: Safety"))
    assert "lowercase identifier" in err.message
    err = error_of(tmp_path, MINIMAL.replace("    definition: Feeling safe.\n", ""))
    assert "missing required key 'definition'" in err.message


def test_reserved_id(tmp_path):
    err = error_of(tmp_path, MINIMAL.replace("id: safety", "id: turn"))
    assert "doc_id/turn" in err.message


def test_not_yaml_and_missing_file(tmp_path):
    err = error_of(tmp_path, "name: [unclosed\n")
    assert err.message.startswith("invalid YAML: ") and err.line is not None
    with pytest.raises(ConfigError, match="not found"):
        load_codebook(tmp_path / "absent.yaml")


# -- identity -------------------------------------------------------------------

def test_hash_ignores_layout_but_not_content(tmp_path):
    a = load_codebook(write(tmp_path, MINIMAL, "a.yaml"))
    flow = 'name: test-book\nversion: "0.1"\ncodes: [{id: safety, label: Safety, definition: Feeling safe.,' \
           ' phrases: [feel safe]}]\n'
    b = load_codebook(write(tmp_path, "# a comment\n" + flow, "b.yaml"))
    c = load_codebook(write(tmp_path, MINIMAL.replace("feel safe", "felt safe"), "c.yaml"))
    assert a.sha256 == b.sha256
    assert a.sha256 != c.sha256


_ids = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True).filter(lambda s: s not in ("doc_id", "turn"))
_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
                max_size=20).map(lambda s: " ".join(s.split())).filter(bool)


@settings(max_examples=40, deadline=None)
@given(ids=st.lists(_ids, min_size=1, max_size=5, unique=True),
       phrases=st.lists(_text, max_size=4, unique_by=lambda s: s.lower()),
       label=_text)
def test_round_trip_through_yaml(ids, phrases, label):
    data = {"name": "prop", "version": "1", "codes": [
        {"id": i, "label": label, "definition": f"def {i}", **({"phrases": phrases} if phrases else {}),
         **({"parent": ids[0]} if n else {})} for n, i in enumerate(ids)]}
    book = parse_codebook(data, "<prop>")
    again = parse_codebook(yaml.safe_load(yaml.safe_dump(book.to_dict(), allow_unicode=True)), "<again>")
    assert again == book and again.sha256 == book.sha256
    assert isinstance(book, Codebook) and [c.id for c in book.codes] == ids


def test_markdown_table_escapes_pipes():
    import pandas as pd

    text = markdown_table(pd.DataFrame({"a": ["x|y"], "b": [1]}))
    assert text.splitlines() == ["| a | b |", "|---|---|", "| x\\|y | 1 |"]
