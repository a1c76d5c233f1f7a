"""Shared helpers for the extraction tests (not a test module by itself)."""
from datetime import date

from conflict_db.extract.events import extract


def events(text, published="2020-06-10", title=None):
    return extract(text, published, title)


def of_type(evs, t):
    return [e for e in evs if e.type == t]


def one(evs, t):
    found = of_type(evs, t)
    assert len(found) == 1, (t, [(e.type, e.evidence) for e in evs])
    return found[0]


def d(s):
    return date.fromisoformat(s)
