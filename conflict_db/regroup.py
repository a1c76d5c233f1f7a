"""Regrouping stored reports into events after new ones arrive (the rules are in `merge`).

Everything here works on rows through one connection, in the caller's transaction, and
takes a handful of statements per regrouping step whatever the number of new reports: a
batch of articles is regrouped at once, not report by report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import and_, bindparam, false, func, literal, select, union_all, update
from sqlalchemy.engine import Connection

from .bulk import among, chunked, execute_chunked, update_many
from .merge import (
    CORE_PRECISIONS,
    MAX_WINDOW,
    MentionFacts,
    UnionFind,
    cluster,
    follows,
    is_strong,
    window,
)
from .models import Event, Mention, MergeKey
from .refresh import new_events, refresh_events
from .reports import REPORTS_OF_EVENTS, Stored, light, load
from .units import Unit, read_units

_m, _e, _k = Mention.__table__.c, Event.__table__.c, MergeKey.__table__.c


@lru_cache(maxsize=None)
def _candidates_statement(dialect: str):
    """Pairs (report, stored report) of one type sharing a place or an actor, with overlapping windows.

    Reports that both name places match on a shared place, otherwise on a shared actor. A
    strong report looks at the strong reports of its day and at the weak ones around it that
    are not settled; a weak report at the strong reports in its window and at the weak ones of
    the very same window that name a place if it does (or none if it does not); those with
    another site or precision only bring their events into the region, where `merge.cluster`
    does not join them. Each case is its own select so that every probe is an index range on
    (key, placed, strong, settled, dates) holding only the rows it wants: a busy key (an actor
    named everywhere) does not make the others slower. A window other than a range is at most
    MAX_WINDOW long (`merge.window`), which bounds the ranges below.
    """
    a = MergeKey.__table__.alias("a")
    b = MergeKey.__table__.alias("b")
    if dialect == "sqlite":
        def shift(column, days: int):
            return func.date(column, f"{days:+d} days")
    else:
        def shift(column, days: int):
            return column + literal(days)
    span = MAX_WINDOW.days

    def case(a_strong: bool, a_kind: str, a_placed: bool | None, b_placed: bool, b_strong: bool, when):
        same_key = and_(b.c.type == a.c.type, b.c.kind == a.c.kind, b.c.key_id == a.c.key_id,
                        b.c.placed == b_placed, b.c.strong == b_strong)
        on_a = [a.c.strong == a_strong, a.c.kind == a_kind] + ([] if a_placed is None else [a.c.placed == a_placed])
        return (select(a.c.mention_id, a.c.kind, a.c.key_id, b.c.mention_id, _m.event_id, b.c.strong, b.c.placed,
                       b.c.date_start, b.c.date_end)
                .select_from(a.join(b, and_(same_key, when)).join(Mention.__table__, _m.id == b.c.mention_id))
                .where(among(a.c.mention_id), *on_a))

    same_day = b.c.date_start == a.c.date_start
    around = and_(b.c.settled == false(), b.c.date_start >= shift(a.c.date_start, -span),
                  b.c.date_start <= a.c.date_start, b.c.date_end >= a.c.date_start)
    # (a settled report needs no strong ones: it stays apart)
    inside = and_(a.c.settled == false(), b.c.settled == false(), b.c.date_start >= a.c.date_start,
                  b.c.date_start <= a.c.date_end, b.c.date_start <= shift(a.c.date_start, span))
    # settled either way, named so the index seeks on to the dates
    same_dates = and_(b.c.settled.in_([False, True]), b.c.date_start == a.c.date_start,
                      b.c.date_end == a.c.date_end)
    return union_all(
        # a strong report (it names a place)
        case(True, "p", None, True, True, and_(b.c.settled == false(), same_day)),
        case(True, "p", None, True, False, around),
        case(True, "a", None, False, False, around),
        # a weak report that names a place
        case(False, "p", True, True, True, inside),
        case(False, "p", True, True, False, same_dates),
        # a weak report that names none: on its actors
        case(False, "a", False, True, True, inside),
        case(False, "a", False, False, False, same_dates),
    )


_SETTLED = select(_k.mention_id).where(among(_k.mention_id), _k.settled).distinct()
ELSEWHERE = 0  # in `Region.beyond`: an event that is not stored (ids start at 1), for "fits another day"


# How a report met in a lookup is followed: probed for what it may now match, or only read, as
# its grouping cannot change (`neighbourhood`). The reports of a bridged event are probed
# when they are strong themselves. Ordered: a report reached twice is followed the stronger way.
_READ, _PROBE, _PROBE_IF_STRONG = 0, 2, 1


@dataclass(slots=True)
class Region:
    """The reports whose grouping can change when new ones arrive, and what regrouping needs of the rest."""

    found: dict[int, Stored]  # every report of the events read report by report
    probed: set[int]  # looked up in merge_keys; the others keep their grouping
    beyond: dict[int, set[int]]  # a probed weak report -> the events it fits
    settled: set[int]  # probed weak reports found to fit strong reports of two days
    units: dict[int, Unit]  # the other events reached, each read as one report


def neighbourhood(conn: Connection, mention_ids: Iterable[int], known: dict[int, Stored] | None = None) -> Region:
    """The reports whose grouping can change when these arrive, and what lies beyond them.

    A report's grouping changes only if a new report fits it: a strong report (a day and a
    place) may join the strong reports of its day and place, and a weak one may join the one
    event it fits or leave it for the apart reports of its date. So the new reports are
    probed, and from a new strong report the weak reports that fit it, unless they are settled
    (they fit strong reports of two days, or are ranges, which fit none, so stay apart whatever
    arrives) or belong to an event it joins (they still fit that one event). When new strong
    reports join two stored events into one, the strong reports of those events are probed
    too, for the weak reports that fitted both. The events of the reports met are read: in
    full when one of their reports is probed or they are bridged or tolls (whose counts must
    agree report by report), otherwise as one report each (`units`). Nothing chains across
    days, and a settled report is not looked at again, so the region stays small however dense
    the database grows, and an event costs the same however many reports it has.

    `known`: reports as `load` would return them (those just stored), not read again.
    """
    mention_ids = list(mention_ids)
    new = set(mention_ids)
    known = dict(known or {})  # and every report read so far, so none is read twice
    statement = _candidates_statement(conn.dialect.name)
    region = Region({}, set(), {}, set(), {})
    reached: dict[int, str] = {}  # event -> type, for every event of the region
    event_of: dict[int, int] = {}  # report met -> its event
    whole: set[int] = set()  # events read report by report
    links = UnionFind()  # strong reports of one day found to be the same event
    bridged: set[int] = set()
    # Only the reports it starts from can be settled (reprocess regroups stored ones): those met
    # later are weak reports the lookup finds unsettled, or strong ones. A settled report fits
    # two days for good: it stays apart.
    for (i,) in chunked(conn, _SETTLED, mention_ids):
        region.beyond.setdefault(i, set()).add(ELSEWHERE)
    frontier = dict.fromkeys(mention_ids, _PROBE)
    while frontier:
        known.update(load(conn, [i for i in frontier if i not in known]))
        probe = [i for i, how in frontier.items() if i in known and i not in region.probed and (
            how == _PROBE or (how == _PROBE_IF_STRONG and is_strong(known[i].facts)))]
        region.probed.update(probe)
        for i in probe:
            reached[known[i].event_id] = known[i].facts.type
            whole.add(known[i].event_id)
        following: dict[int, int] = {}
        rows: dict[int, list] = {}
        for row in chunked(conn, statement, probe):
            rows.setdefault(row[0], []).append(row)
        checks: dict[int, list[tuple[int, int]]] = {}
        for i in probe:
            a = known[i].facts
            for m, how, event_id, strong in _matches(a, known[i].keys, rows.get(i, ()), i, region):
                event_of[m] = event_id
                if how == _READ and a.type != "casualty_report":
                    # The lookup matched it as the rules do: its event is reached, and a strong
                    # report of a's day and place is the same event as a.
                    reached[event_id] = a.type
                    if strong and is_strong(a):
                        links.union(i, m)
                else:
                    checks.setdefault(m, []).append((i, how))
        if checks:
            known.update(load(conn, [c for c in checks if c not in known]))
            for c, b in ((c, known[c].facts) for c in checks if c in known):
                for i, how in checks[c]:
                    a = known[i].facts
                    if c != i and follows(a, b):
                        reached[known[c].event_id] = b.type
                        if how != _READ and c not in region.probed:
                            following[c] = max(following.get(c, _READ), how)
                        if a.type == "casualty_report":
                            whole.add(known[c].event_id)
                        if is_strong(a) and is_strong(b):
                            links.union(i, c)
        # New reports of one day that join two stored events bridge them: a weak report that
        # fitted both now fits one, so the strong reports of those events are probed for it.
        joined = _events_joined(links, lambda i: known[i].event_id if i in known else event_of[i], exclude=new)
        newly = {e for events in joined if len(events) > 1 for e in events} - bridged
        bridged |= newly
        whole |= newly
        for other, _ in chunked(conn, REPORTS_OF_EVENTS, newly):
            if other not in region.probed:
                following[other] = max(following.get(other, _READ), _PROBE_IF_STRONG)
        frontier = following
    members: dict[int, list[int]] = {}
    for m, event_id in chunked(conn, REPORTS_OF_EVENTS, reached):
        members.setdefault(event_id, []).append(m)
    region.units, irregular = read_units(conn, {e: ids for e, ids in members.items() if e not in whole}, reached)
    whole |= irregular
    full = [m for e in whole for m in members.get(e, ())]
    known.update(load(conn, [m for m in full if m not in known]))
    region.found = {m: known[m] for m in full}
    return region


def _events_joined(links: UnionFind, event_of, exclude: set[int]) -> list[set[int]]:
    """For each set of linked reports, the events of its reports that are not in `exclude`."""
    out: dict[int, set[int]] = {}
    for i in links.parent:
        if i not in exclude:
            out.setdefault(links.find(i), set()).add(event_of(i))
    return list(out.values())


def _matches(a: MentionFacts, keys, rows, i: int, region: Region) -> list[tuple[int, int, int, bool]]:
    """The stored reports to check against `a`: (report, how to follow it, its event, strong).

    `rows` come from the lookup (`_candidates_statement`), which already matches places and
    actors as the rules do; only actors that are mere sources are left to drop here.
    """
    if window(a) is None or not (a.places or a.actors):
        return []
    strong = is_strong(a)
    strong_hits: dict[int, int] = {}
    days: set[date] = set()
    weak_hits: dict[int, int] = {}
    for _, kind, key_id, m, event_id, b_strong, _, b_start, _ in rows:
        if (kind, key_id) not in keys:
            continue  # an actor that is only a source
        if b_strong:
            strong_hits[m] = event_id
            days.add(b_start)
        else:
            weak_hits[m] = event_id
    if strong:
        # The strong reports of its day are read (unless it bridges their events: see
        # `neighbourhood`); the weak ones that fit it may now fit it alone, or one event more,
        # but for those of an event it joins: they fit that one event still.
        joins = set(strong_hits.values()) if a.type != "casualty_report" else set()
        return ([(m, _READ, e, True) for m, e in sorted(strong_hits.items())]
                + [(m, _READ if e in joins else _PROBE, e, False) for m, e in sorted(weak_hits.items())])
    out = [(m, _READ, e, False) for m, e in sorted(weak_hits.items())]
    # The stored rows are the exact fits of a weak report, but for tolls (their counts must
    # agree too) and ranges (which fit no single day).
    exact = a.type != "casualty_report" and a.date_precision != "range"
    events = set(strong_hits.values())
    if exact and len(events) > 1:
        region.beyond[i] = events
        if len(days) > 1:
            region.settled.add(i)
    else:
        out += [(m, _READ, e, True) for m, e in sorted(strong_hits.items())]
    return out


def recluster(conn: Connection, mention_ids: Iterable[int], preferred: dict[int, int],
              known: dict[int, Stored] | None = None) -> set[int]:
    """Regroup the reports around these into events and refresh them; returns the events touched.

    Each group keeps the id of the event that already holds most of its reports (or that
    `preferred` names for a re-extracted report), so ids stay stable as reports arrive. Only
    the events whose reports changed are derived again: the new reports' (each stored in an
    empty event of its own) and those that gained or lost one.
    """
    mention_ids = list(mention_ids)
    region = neighbourhood(conn, mention_ids, known)
    found, units = region.found, region.units
    # A unit takes part as one report, named by its event's id negated (report ids are positive).
    facts = {i: s.facts for i, s in found.items()}
    kept = _kept(region)
    for e, unit in units.items():
        facts[-e] = unit.facts
        if not is_strong(unit.facts):
            kept[-e] = None  # weak reports of their date alone: apart, with their own kind
    inside = {s.event_id for s in found.values()} | set(units)
    outside = {i: events - inside for i, events in region.beyond.items()}
    groups = cluster(facts, outside, kept)
    execute_chunked(conn, _SETTLE, region.settled)
    taken: set[int] = set()

    def reports(i: int) -> list[int]:
        return units[-i].members if i < 0 else [i]

    def event_of(i: int) -> int:
        return -i if i < 0 else found[i].event_id

    def claim_order(group: list[int]):
        vague = all(facts[i].date_precision not in CORE_PRECISIONS for i in group)
        return (-sum(len(reports(i)) for i in group), vague, sorted(m for i in group for m in reports(i)))

    homeless: list[list[int]] = []
    choice: dict[int, int] = {}  # report or unit -> its event now
    for group in sorted(groups, key=claim_order):
        votes: dict[int, int] = {}
        for i in group:
            event_id = preferred.get(i, event_of(i))
            votes[event_id] = votes.get(event_id, 0) + len(reports(i))
        choices = sorted((-n, event_id) for event_id, n in votes.items() if event_id not in taken)
        if not choices:
            homeless.append(group)
            continue
        event_id = choices[0][1]
        taken.add(event_id)
        choice.update((i, event_id) for i in group if event_of(i) != event_id)
    for group, event_id in zip(homeless, new_events(conn, [facts[g[0]].type for g in homeless])):
        choice.update((i, event_id) for i in group)
    # and the events of the new reports, left empty until now (`store.save_events`)
    touched = {event_of(i) for i in choice} | set(choice.values()) | {found[i].event_id for i in mention_ids}
    # Every report of a touched event is in the region; the reports of its units are read now.
    derived = dict(found)
    derived.update(light(conn, [m for e, unit in units.items() if e in touched for m in unit.members],
                         {e: unit.facts.type for e, unit in units.items()}))
    moves = {m: event_id for i, event_id in choice.items() for m in reports(i)}
    if moves:
        update_many(conn, Mention.__table__, "id", [{"event_id": e, "id": i} for i, e in moves.items()])
        for i, event_id in moves.items():
            derived[i].event_id = event_id
    refresh_events(conn, touched, derived)
    return touched


def _kept(region: Region) -> dict[int, int | None]:
    """The weak reports read but not probed: each stays with a strong report of its event, or apart."""
    anchors: dict[int, int] = {}
    for i, stored in region.found.items():
        if is_strong(stored.facts):
            anchors.setdefault(stored.event_id, i)
    return {i: anchors.get(stored.event_id) for i, stored in region.found.items()
            if i not in region.probed and not is_strong(stored.facts)}


_SETTLE = update(MergeKey.__table__).where(among(_k.mention_id)).values(settled=True)
_STRONG_KEYS = select(_k.type, _k.kind, _k.key_id, _k.date_start).where(among(_k.mention_id), _k.strong)
_s = MergeKey.__table__.alias("s")
# Settled is said of a report: every key of one found on this key and day is unsettled.
_UNSETTLE = (update(MergeKey.__table__)
             .where(_k.settled, _k.mention_id.in_(
                 select(_s.c.mention_id).where(
                     _s.c.settled, _s.c.type == bindparam("t"), _s.c.kind == bindparam("k"),
                     _s.c.key_id == bindparam("i"), _s.c.date_start <= bindparam("day"),
                     _s.c.date_end >= bindparam("day"))),
                    ~select(_m.id).where(_m.id == _k.mention_id, _m.date_precision == "range").exists())
             .values(settled=False))


def matched_with(conn: Connection, mention_ids: Iterable[int]) -> set[int]:
    """The other stored reports these are looked up against when they arrive (`_candidates_statement`)."""
    ids = set(mention_ids)
    return {row[3] for row in chunked(conn, _candidates_statement(conn.dialect.name), ids)} - ids


def unsettle_around(conn: Connection, mention_ids: Iterable[int]) -> None:
    """Before these reports are removed: the weak reports they helped settle may fit one day again.

    Settled is for good only while reports are added; a weak report that fitted one of these
    strong reports and one other day is looked at again the next time a report arrives there.
    A range stays settled: it fits no day at all.
    """
    keys = set(chunked(conn, _STRONG_KEYS, mention_ids))
    if keys:
        conn.execute(_UNSETTLE, [{"t": t, "k": k, "i": i, "day": day} for t, k, i, day in keys])
