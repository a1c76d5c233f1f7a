"""Character spans of an article: direct-speech quotes, blanked text, overlaps and lookups."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .sentences import split_clauses as _split_clauses


@lru_cache(maxsize=512)
def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence, cached: evidence and place spans ask for them again."""
    return _split_clauses(text, start, end)


def quote_spans(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Direct speech: quoted spans that start with a capital letter (or a whole quoted line)."""
    spans = []
    search = _QUOTE_OPEN.search
    for s, e in lines:
        line = text[s:e]
        n = len(line)
        m = search(line)  # jump from opening quote to opening quote (no per-char loop)
        while m is not None:
            i = m.start()
            ch = line[i]
            close = "”" if ch == "“" else "\""
            j = line.find(close, i + 1)
            if ch == "“" and j == -1:
                j = line.find("\"", i + 1)
            if j == -1:
                j = n  # quote runs to the end of the paragraph
            inner = line[i + 1:j].lstrip(" '‘…[.")
            if inner[:1].isupper() or (i == 0 and inner):
                spans.append((s + i, s + min(j + 1, n)))
            m = search(line, j + 1)
    return spans


_QUOTE_OPEN = re.compile("[\"“]")


_BLANK_RX = re.compile(r"[^\n]+")


def _spaces(m: re.Match) -> str:
    return " " * (m.end() - m.start())


def blank_outside(text: str, lines: list[tuple[int, int]]) -> str:
    """``text`` with everything outside ``lines`` turned to spaces (newlines kept)."""
    parts = []
    prev = 0
    for s, e in lines:
        if s > prev:
            parts.append(_BLANK_RX.sub(_spaces, text[prev:s]))
        parts.append(text[s:e])
        prev = e
    if prev < len(text):
        parts.append(_BLANK_RX.sub(_spaces, text[prev:]))
    return "".join(parts)


def case_exotic(text: str, s: int, e: int) -> bool:
    """True when text[s:e] holds a character that re.IGNORECASE equates with an ASCII letter
    but str.lower() does not lower to it (İ ı ſ): keyword pre-filters on ``.lower()`` are
    not safe there, so the full regex runs."""
    seg = text[s:e]
    return not seg.isascii() and ("ı" in seg or "İ" in seg or "ſ" in seg)


def inside(spans_starts, spans, pos: int) -> bool:
    k = bisect.bisect_right(spans_starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def span_gap(a0: int, a1: int, b0: int, b1: int) -> int:
    if a1 <= b0:
        return b0 - a1
    if b1 <= a0:
        return a0 - b1
    return 0
