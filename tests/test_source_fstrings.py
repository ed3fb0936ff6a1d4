"""No f-string in the package formats a number or a tuple of numbers: that is a regular expression's quantifier
(``{1,70}``, ``{3}``) written with single braces inside an ``rf"..."`` string, which Python reads as an expression
and writes as ``(1, 70)`` or ``3``, silently changing what the pattern matches (round 26's bracketed ID remark)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "qualalliance"


def _numbers_only(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int)
    if isinstance(node, ast.Tuple):
        return all(_numbers_only(e) for e in node.elts)
    return False


def formatted_numbers(source: str) -> list[int]:
    """Line numbers of f-string fields whose expression is a number or a tuple of numbers."""
    return sorted(node.lineno for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.FormattedValue) and _numbers_only(node.value))


def test_the_check_finds_a_quantifier_in_single_braces():
    assert formatted_numbers('x = 1\np = rf"a{1,70}b" + rf"c{3}" + rf"d{{2,4}}" + f"{x}"\n') == [2, 2]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_f_string_formats_a_bare_number(path):
    assert formatted_numbers(path.read_text(encoding="utf-8")) == []
