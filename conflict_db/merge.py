"""One real-world event, many reports: when two mentions describe the same event.

Two mentions are the same event when they have the same type, both are dated and their dates
overlap at their precision (a range only matches a range with the same first and last day), they happen in the same place or (where one names no place) share
an actor, and, for casualty tolls, they count to the same day. Events are the connected
components of that relation, so the result does not depend on the order articles arrive in.
An event's fields are derived from all its mentions (see `derive`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# Coarser than a month is too vague to say two reports are the same event.
MERGEABLE_PRECISIONS = {"day", "approx", "week", "month", "range"}
APPROX_SLACK = timedelta(days=2)
PRECISION_RANK = {"day": 0, "approx": 1, "week": 2, "range": 3, "month": 4, "quarter": 5,
                  "season": 5, "year": 6, "decade": 7, "unknown": 9}
STATUS_RANK = {"occurred": 0, "claimed": 1, "planned": 2}


@dataclass(frozen=True, slots=True)
class MentionFacts:
    """What one report says about an event, as merging needs it."""

    type: str
    status: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    places: frozenset[str]
    actors: frozenset[str]
    killed_low: int | None = None
    killed_high: int | None = None
    count: int | None = None
    sort_key: tuple = ()  # a content-based order: (published, article key, offset)
    evidence: str = ""
    confidence: float | None = None


def window(m: MentionFacts) -> tuple[date, date] | None:
    if m.date_start is None or m.date_precision not in MERGEABLE_PRECISIONS:
        return None
    end = m.date_end or m.date_start
    if m.date_precision == "approx":
        return m.date_start - APPROX_SLACK, end + APPROX_SLACK
    return m.date_start, end


def compatible(a: MentionFacts, b: MentionFacts) -> bool:
    if a.type != b.type:
        return False
    wa, wb = window(a), window(b)
    if wa is None or wb is None or wa[0] > wb[1] or wb[0] > wa[1]:
        return False
    if "range" in (a.date_precision, b.date_precision):
        # A span of days ("the past five days of clashes") is a campaign, not one of its days.
        if a.date_precision != b.date_precision or abs((a.date_start - b.date_start).days) > 1 or abs(
                ((a.date_end or a.date_start) - (b.date_end or b.date_start)).days) > 1:
            return False
    if a.type == "casualty_report":
        # Tolls for different periods are different reports (500 by the 10th, 697 by the 12th).
        if abs(((a.date_end or a.date_start) - (b.date_end or b.date_start)).days) > 1:
            return False
        if a.killed_low is not None and b.killed_low is not None and not _close(a.killed_low, b.killed_low):
            return False
    if a.places and b.places:
        return bool(a.places & b.places)
    return bool(a.actors & b.actors)


def _close(x: int, y: int) -> bool:
    return min(x, y) >= 0.8 * max(x, y)


def candidate_window(m: MentionFacts) -> tuple[date, date] | None:
    """Dates an event must overlap to possibly merge with `m` (for the SQL pre-filter)."""
    w = window(m)
    if w is None:
        return None
    return w[0] - APPROX_SLACK, w[1] + APPROX_SLACK


@dataclass(slots=True)
class Derived:
    status: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    killed_low: int | None
    killed_high: int | None
    count: int | None
    summary: str
    confidence: float | None


def derive(mentions: list[MentionFacts]) -> Derived:
    """An event's fields from its reports: most precise date, low/high tolls, strongest status."""
    ordered = sorted(mentions, key=lambda m: m.sort_key)
    best = min(
        ordered,
        key=lambda m: (
            PRECISION_RANK.get(m.date_precision, 9),
            ((m.date_end or m.date_start) - m.date_start).days if m.date_start else 0,
            m.date_start or date.max,
        ),
    )
    lows = [m.killed_low for m in mentions if m.killed_low is not None]
    highs = [m.killed_high if m.killed_high is not None else m.killed_low for m in mentions
             if m.killed_low is not None or m.killed_high is not None]
    counts = [m.count for m in mentions if m.count is not None]
    confidences = [m.confidence for m in mentions if m.confidence is not None]
    combined = None
    if confidences:
        miss = 1.0
        for c in confidences:
            miss *= 1.0 - max(0.0, min(1.0, c))
        combined = round(1.0 - miss, 4)
    return Derived(
        status=min((m.status for m in mentions), key=lambda s: STATUS_RANK.get(s, 3)),
        date_start=best.date_start,
        date_end=best.date_end,
        date_precision=best.date_precision,
        # ACLED codes the conservative (lowest) count; the high keeps the largest reported.
        killed_low=min(lows) if lows else None,
        killed_high=max(highs) if highs else None,
        count=max(counts) if counts else None,
        summary=ordered[0].evidence,
        confidence=combined,
    )


CORE_PRECISIONS = {"day", "approx"}


def cluster(mentions: dict[int, MentionFacts]) -> list[list[int]]:
    """Group mentions into events; a function of the set alone, so ingest order cannot matter.

    Day-precise reports form the cores (connected components of `compatible`). A vaguer report
    ("later this month", "over the past week") joins the one core it fits; when it fits
    several it stays apart, so it can never bridge two different days into one event. Vague
    reports that join no core group among themselves.
    """
    ids = sorted(mentions)
    core = [i for i in ids if mentions[i].date_precision in CORE_PRECISIONS]
    vague = [i for i in ids if mentions[i].date_precision not in CORE_PRECISIONS]
    parent = {i: i for i in ids}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for n, a in enumerate(core):
        for b in core[n + 1:]:
            if compatible(mentions[a], mentions[b]):
                union(a, b)
    core_roots = {i: find(i) for i in core}
    unattached = []
    for v in vague:
        roots = {core_roots[c] for c in core if compatible(mentions[v], mentions[c])}
        if len(roots) == 1:
            union(v, roots.pop())
        else:
            unattached.append(v)
    for n, a in enumerate(unattached):
        for b in unattached[n + 1:]:
            if compatible(mentions[a], mentions[b]):
                union(a, b)
    groups: dict[int, list[int]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())
