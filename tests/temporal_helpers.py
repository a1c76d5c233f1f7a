"""Shared helpers for the date-engine tests."""

from __future__ import annotations

from pathlib import Path

from conflict_db.temporal import TimeExpression, find_dates

REPO = Path(__file__).resolve().parents[1]


def expr(text: str, published, phrase: str) -> TimeExpression:
    """The single expression whose span contains (or is contained in) ``phrase``'s span."""
    i = text.index(phrase)
    j = i + len(phrase)
    hits = [e for e in find_dates(text, published) if e.start < j and i < e.end]
    assert len(hits) == 1, f"{phrase!r}: {hits}"
    return hits[0]


def shared_dir(*parts: str) -> Path | None:
    """../shared/<parts> relative to the repo root (or the nearest ancestor that has it)."""
    rel = Path("shared", *parts)
    for base in REPO.parents:
        if (base / rel).exists():
            return base / rel
    return None
