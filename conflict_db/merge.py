"""One real-world event, many reports: when two mentions describe the same event.

Two mentions can be the same event (`compatible`) when they have the same type, both are
dated and their dates overlap at their precision (a range only matches a range with the same
first and last day), they happen in the same place or (where one names no place) share an
actor, and, for casualty tolls, they count to the same day.

Grouping (`cluster`) starts from strong reports, those that give a day and a place: reports of
the same day sharing a place are one event. A weaker report (an approximate or coarser date,
or no place) joins the one event it is compatible with; when it fits several it stays apart,
so it can never bridge two events. Weak reports left apart group only with reports of the
very same date that put the event in the same place (their first place), or, between reports
that name no place, share an actor: a report's other places ("as rebels advanced from Qusair")
and reports with no place do not link them, where they would chain one town's reports to the
next. Nothing chains day after day or place after place, and the grouping is a
function of the set of reports, whatever order they arrive in. An event's fields are derived
from all its mentions (see `derive`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

# Coarser than a month is too vague to say two reports are the same event.
MERGEABLE_PRECISIONS = {"day", "approx", "week", "month", "range"}
APPROX_SLACK = timedelta(days=2)
# A month and its slack. A wider window (an approximate date inherited from a year) is as vague
# as the precisions left out above; ranges are exempt, as they only match the same range.
MAX_WINDOW = timedelta(days=40)
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
    # The places and actors that count for merging, by any key naming each one (stored: their ids).
    places: frozenset
    actors: frozenset
    killed_low: int | None = None
    killed_high: int | None = None
    count: int | None = None
    sort_key: tuple = ()  # a content-based order: (published, article key, offset)
    evidence: str = ""
    confidence: float | None = None
    # Where it puts the event: the first of its places (the most specific, first named); None
    # exactly when `places` is empty.
    site: object = None


def window(m: MentionFacts) -> tuple[date, date] | None:
    if m.date_start is None or m.date_precision not in MERGEABLE_PRECISIONS:
        return None
    start, end = m.date_start, m.date_end or m.date_start
    if m.date_precision == "approx":
        start, end = start - APPROX_SLACK, end + APPROX_SLACK
    if m.date_precision != "range" and end - start > MAX_WINDOW:
        return None
    return start, end


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


def _combined(confidences: list[float]) -> float:
    """The chance that at least one report is right, taking them as independent."""
    miss = 1.0
    for c in confidences:
        miss *= 1.0 - max(0.0, min(1.0, c))
    return round(1.0 - miss, 4)


def _close(x: int, y: int) -> bool:
    return min(x, y) >= 0.8 * max(x, y)


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
    if len(mentions) == 1:  # most events: the same result, without the sorting
        m = mentions[0]
        return Derived(
            status=m.status, date_start=m.date_start, date_end=m.date_end, date_precision=m.date_precision,
            killed_low=m.killed_low, killed_high=m.killed_low if m.killed_high is None else m.killed_high,
            count=m.count, summary=m.evidence, confidence=None if m.confidence is None else _combined([m.confidence]))
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
    combined = _combined(confidences) if confidences else None
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


CORE_PRECISIONS = {"day"}


def is_strong(m: MentionFacts) -> bool:
    """A report that states a day and a place: the core of an event."""
    return m.date_precision in CORE_PRECISIONS and m.date_start is not None and bool(m.places)


def same_day(a: MentionFacts, b: MentionFacts) -> bool:
    return is_strong(a) and is_strong(b) and a.date_start == b.date_start and compatible(a, b)


def same_date(a: MentionFacts, b: MentionFacts) -> bool:
    """Weak reports group only when they state exactly the same date or period, and both put the
    event in the same place or neither names one (and they share an actor)."""
    return ((a.date_start, a.date_end, a.date_precision) == (b.date_start, b.date_end, b.date_precision)
            and a.site == b.site and compatible(a, b))


def follows(a: MentionFacts, b: MentionFacts) -> bool:
    """Whether regrouping around `a` must also look at `b` (see `cluster`)."""
    if is_strong(a) and is_strong(b):
        return same_day(a, b)
    if is_strong(a) or is_strong(b):
        return compatible(a, b)
    return same_date(a, b)


def cluster(mentions: dict[int, MentionFacts], outside: dict[int, set] | None = None,
            kept: dict[int, int | None] | None = None) -> list[list[int]]:
    """Group mentions into events; a function of the set alone, so ingest order cannot matter.

    `outside` names, for a weak report, the events it also fits among reports not given here:
    each counts as one more event it fits. `kept` names weak reports whose grouping is known
    not to change: each with the strong report it stays with, or None if it stays apart.
    """
    outside = outside or {}
    kept = kept or {}
    ids = sorted(mentions)
    strong = [i for i in ids if is_strong(mentions[i])]
    weak = [i for i in ids if not is_strong(mentions[i])]
    links = UnionFind()
    find, union = links.find, links.union

    by_day: dict[tuple, list[int]] = {}
    for i in strong:
        by_day.setdefault((mentions[i].type, mentions[i].date_start), []).append(i)
    for (kind, _), members in by_day.items():
        _link(mentions, members, union, same_day if kind == "casualty_report" else None, _places)
    roots = {i: find(i) for i in strong}
    # A strong report's window is its day: the ones a weak report can fit lie in its window.
    days: dict[str, list[tuple[date, int]]] = {}
    for i in strong:
        days.setdefault(mentions[i].type, []).append((mentions[i].date_start, i))
    for entries in days.values():
        entries.sort()
    apart = []
    for v in weak:
        if v in kept:
            if kept[v] is None:
                apart.append(v)
            else:
                union(v, kept[v])
            continue
        w = window(mentions[v])
        entries = days.get(mentions[v].type, []) if w else []
        if entries:
            entries = entries[bisect_left(entries, w[0], key=_first):bisect_right(entries, w[1], key=_first)]
        fits = {roots[c] for _, c in entries if compatible(mentions[v], mentions[c])}
        if len(fits) == 1 and not outside.get(v):
            union(v, fits.pop())
        else:
            apart.append(v)
    same: dict[tuple, list[int]] = {}
    for v in apart:
        m = mentions[v]
        if window(m) is not None:  # otherwise it matches nothing
            same.setdefault((m.type, m.date_start, m.date_end, m.date_precision, bool(m.places)), []).append(v)
    for (kind, *_), members in same.items():
        _link(mentions, members, union, same_date if kind == "casualty_report" else None, _site_or_actors)
    groups: dict[int, list[int]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


class UnionFind:
    """Sets of ids joined pair by pair; each set is named by its smallest id."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _places(m: MentionFacts):
    return m.places


def _site_or_actors(m: MentionFacts):
    return (m.site,) if m.places else m.actors


def _link(mentions: dict[int, MentionFacts], members: list[int], union, pairwise, keys) -> None:
    """Union the reports of one type and date that are compatible, all naming a place or none.

    For most types that is sharing one of their `keys` (places, a site, actors), so reports are
    linked through them in one pass: the same closure as linking every compatible pair. Tolls
    must also agree on counts, which is not transitive: `pairwise` tests those pair by pair.
    """
    if len(members) < 2:
        return
    if pairwise is not None:
        for n, a in enumerate(members):
            for b in members[n + 1:]:
                if pairwise(mentions[a], mentions[b]):
                    union(a, b)
        return
    first: dict[str, int] = {}
    for i in members:
        m = mentions[i]
        for key in keys(m):
            union(i, first.setdefault(key, i))


def _first(pair: tuple):
    return pair[0]
