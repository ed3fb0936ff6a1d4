"""The report's building blocks: tables, quotes and figures, independent of output format."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


class Missing(Exception):
    """A table or figure cannot be built from this run; the message says why."""


@dataclass(frozen=True)
class Quote:
    """A quote that traces back to its document: the text is ``documents.text[start:end]``.

    ``span_start``/``span_end`` are the coded span's offsets (inside start..end), so the
    renderers can highlight it.
    """

    text: str
    doc_id: str
    turn: int
    start: int
    end: int
    span_start: int
    span_end: int
    participant_id: str = ""
    code: str = ""

    @property
    def span(self) -> str:
        return self.text[self.span_start - self.start:self.span_end - self.start]

    def parts(self) -> tuple[str, str, str]:
        """(before, span, after) of the quote text."""
        a, b = self.span_start - self.start, self.span_end - self.start
        if not 0 <= a <= b <= len(self.text):
            return self.text, "", ""
        return self.text[:a], self.text[a:b], self.text[b:]

    def cite(self) -> str:
        who = f"{self.participant_id}, " if self.participant_id else ""
        return f"{who}{self.doc_id}, turn {self.turn}, chars {self.span_start}–{self.span_end}"

    def plain(self) -> str:
        return f"“{self.text}” ({self.cite()})"


Cell = str | list  # a list holds str and Quote items, shown one per line


@dataclass
class ReportTable:
    """One table of the report.

    ``display`` holds formatted cells (str, or lists of str/Quote); ``raw`` the
    numbers behind it for the spreadsheet (None: the display is written instead).
    The first column is the row header unless ``row_header`` is False.
    """

    key: str
    title: str
    display: pd.DataFrame
    note: str = ""
    raw: pd.DataFrame | None = None
    sources: list[str] = field(default_factory=list)
    text_columns: tuple[str, ...] = ()   # long text: wrapped columns in LaTeX
    row_header: bool = True
    number: int = 0


@dataclass
class ReportFigure:
    key: str
    title: str
    caption: str
    alt: str
    png: bytes
    svg: bytes
    number: int = 0
