"""Regrouping stored reports into events after new ones arrive (the rules are in `merge`).

Everything here works on rows through one connection, in the caller's transaction, and
takes a handful of statements per regrouping step whatever the number of new reports: a
batch of articles is regrouped at once, not report by report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache

from sqlalchemy import and_, bindparam, delete, false, func, literal, select, union_all, update
from sqlalchemy.engine import Connection

from .bulk import among, chunked, execute_chunked, insert_many, insert_rows, update_many
from .merge import (CORE_PRECISIONS, MAX_WINDOW, MentionFacts, UnionFind, cluster, derive, follows, is_strong,
                    window)
from .models import Actor, Article, Event, EventActor, EventPlace, Mention, MentionActor, MentionPlace, MergeKey, Place

_m, _e, _a = Mention.__table__.c, Event.__table__.c, Article.__table__.c
_p, _ac = Place.__table__.c, Actor.__table__.c
_mp, _ma, _k = MentionPlace.__table__.c, MentionActor.__table__.c, MergeKey.__table__.c

# A country is too coarse to say two reports are the same event ("Friends of Syria", "in Syria"):
# for merging, a report that names only countries counts as naming no place.
COUNTRY_ONLY = and_(_p.admin1.is_(None), _p.name == _p.country)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(slots=True)
class Stored:
    """A stored report: its event, what merging knows of it, and the keys it is found by."""

    event_id: int
    facts: MentionFacts
    keys: frozenset[tuple[str, int]]  # ("p", specific place id) and ("a", actor id), as in merge_keys
    place_ids: tuple[int, ...] = ()  # every place and actor it names, in order
    actor_ids: tuple[int, ...] = ()


_FACT_ROWS = (select(_m.id, _m.event_id, _m.status, _m.date_start, _m.date_end, _m.date_precision, _m.killed_low,
                     _m.killed_high, _m.count, _m.char_start, _m.evidence, _m.confidence, _e.type, _a.key,
                     _a.published_date)
              .select_from(Mention.__table__.join(Event.__table__, _e.id == _m.event_id)
                           .join(Article.__table__, _a.id == _m.article_id))
              .where(among(_m.id)))
# In order of position, so that a report's places and actors are listed as it names them.
_FACT_PLACES = (select(_mp.mention_id, _p.id, _p.key, COUNTRY_ONLY)
                .join(Place.__table__, _p.id == _mp.place_id).where(among(_mp.mention_id))
                .order_by(_mp.mention_id, _mp.position))
_FACT_ACTORS = (select(_ma.mention_id, _ac.id, _ac.name, _ac.kind)
                .join(Actor.__table__, _ac.id == _ma.actor_id).where(among(_ma.mention_id))
                .order_by(_ma.mention_id, _ma.position))
_MENTIONS_OF_EVENTS = select(_m.id, _m.event_id).where(among(_m.event_id))


def load(conn: Connection, mention_ids: Iterable[int]) -> dict[int, Stored]:
    """Stored reports by id. For merging, only places (not mere countries) and actors (not sources) count."""
    place_ids: dict[int, list[int]] = {}
    places: dict[int, set[str]] = {}
    sites: dict[int, str] = {}
    keys: dict[int, set[tuple[str, int]]] = {}
    for mention_id, place_id, key, country_only in chunked(conn, _FACT_PLACES, mention_ids):
        place_ids.setdefault(mention_id, []).append(place_id)
        if not country_only:
            places.setdefault(mention_id, set()).add(key)
            keys.setdefault(mention_id, set()).add(("p", place_id))
            sites.setdefault(mention_id, key)  # rows come by position: the first place that counts
    actor_ids: dict[int, list[int]] = {}
    actors: dict[int, set[str]] = {}
    for mention_id, actor_id, name, kind in chunked(conn, _FACT_ACTORS, mention_ids):
        actor_ids.setdefault(mention_id, []).append(actor_id)
        if kind != "source":
            actors.setdefault(mention_id, set()).add(name)
            keys.setdefault(mention_id, set()).add(("a", actor_id))
    return {
        i: Stored(event_id, MentionFacts(
            type=kind, status=status, date_start=start, date_end=end, date_precision=precision,
            places=frozenset(places.get(i, ())), actors=frozenset(actors.get(i, ())),
            killed_low=low, killed_high=high, count=count,
            sort_key=(published or date.max, key, char_start), evidence=evidence, confidence=confidence,
            site=sites.get(i),
        ), frozenset(keys.get(i, ())), tuple(place_ids.get(i, ())), tuple(actor_ids.get(i, ())))
        for (i, event_id, status, start, end, precision, low, high, count, char_start, evidence, confidence,
             kind, key, published) in chunked(conn, _FACT_ROWS, mention_ids)
    }


@lru_cache(maxsize=None)
def _candidates_statement(dialect: str):
    """Pairs (report, stored report) of one type sharing a place or an actor, with overlapping windows.

    Reports that both name places match on a shared place, otherwise on a shared actor. A
    strong report looks at the strong reports of its day and at the weak ones around it that
    are not settled; a weak report at the strong reports in its window and at the weak ones of
    the very same dates that name a place if it does (or none if it does not); of those, the
    ones with another site are dropped by `merge.follows`. Each case is
    its own select so that every probe is an index range on (key, placed, strong, settled,
    dates) holding only the rows it wants: a busy key (an actor named everywhere) does not make
    the others slower. A window other than a range is at most MAX_WINDOW long
    (`merge.window`), which bounds the ranges below.
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


# How a report of the region is followed: probed for what it may now match, or only read, as
# its grouping cannot change (`neighbourhood`). The reports of a bridged event are probed
# when they are strong themselves. Ordered: a report reached twice is followed the stronger way.
_READ, _PROBE, _PROBE_IF_STRONG = 0, 2, 1


@dataclass(slots=True)
class Region:
    """The reports whose grouping can change when new ones arrive, and what regrouping needs of the rest."""

    found: dict[int, Stored]
    probed: set[int]  # looked up in merge_keys; the others keep their grouping
    beyond: dict[int, set[int]]  # a probed weak report -> the events it fits
    settled: set[int]  # probed weak reports found to fit strong reports of two days


def neighbourhood(conn: Connection, mention_ids: Iterable[int], known: dict[int, Stored] | None = None) -> Region:
    """The reports whose grouping can change when these arrive, and what lies beyond them.

    A report's grouping changes only if a new report fits it: a strong report (a day and a
    place) may join the strong reports of its day and place, and a weak one may join the one
    event it fits or leave it for the apart reports of its date. So the new reports are
    probed, and from a new strong report the weak reports that fit it, unless they are settled
    (they fit strong reports of two days, or are ranges, which fit none, so stay apart whatever
    arrives). When new strong reports join two stored events into one, the strong reports of
    those events are probed too, for the weak reports that fitted both. The rest are read, not
    probed: the events of the reports found, the strong reports of a new one's day and place,
    and the strong reports and same-date weak reports a weak report fits. Nothing chains
    across days, and a settled report is not looked at again, so the region stays small
    however dense the database grows.

    `known`: reports as `load` would return them (those just stored), not read again.
    """
    mention_ids = list(mention_ids)
    new = set(mention_ids)
    known = dict(known or {})  # and every report read so far, so none is read twice
    statement = _candidates_statement(conn.dialect.name)
    region = Region({}, set(), {}, set())
    found = region.found
    links = UnionFind()  # strong reports of one day found to be the same event
    bridged: set[int] = set()
    frontier = dict.fromkeys(mention_ids, _PROBE)
    while frontier:
        known.update(load(conn, [i for i in frontier if i not in known]))
        loaded = {i: known[i] for i in frontier if i in known}
        probe = [i for i, how in frontier.items() if i in loaded and (
            how == _PROBE or (how == _PROBE_IF_STRONG and is_strong(loaded[i].facts)))]
        found.update(loaded)
        region.probed.update(probe)
        following: dict[int, int] = {}

        def follow(i: int, how: int) -> None:
            if i not in region.probed and (i not in found or how != _READ):
                following[i] = max(following.get(i, _READ), how)

        for other, event_id in chunked(conn, _MENTIONS_OF_EVENTS, {s.event_id for s in loaded.values()}):
            follow(other, _PROBE_IF_STRONG if event_id in bridged else _READ)
        rows: dict[int, list] = {}
        for row in chunked(conn, statement, probe):
            rows.setdefault(row[0], []).append(row)
        checks: dict[int, list[tuple[int, int]]] = {}
        for i in probe:
            for m, how in _matches(found[i].facts, found[i].keys, rows.get(i, ()), i, region):
                checks.setdefault(m, []).append((i, how))
        if checks:
            known.update(load(conn, [c for c in checks if c not in known]))
            for c, b in ((c, known[c].facts) for c in checks if c in known):
                for i, how in checks[c]:
                    a = found[i].facts
                    if c != i and follows(a, b):
                        follow(c, how)
                        if is_strong(a) and is_strong(b):
                            links.union(i, c)
        # New reports of one day that join two stored events bridge them: a weak report that
        # fitted both now fits one, so the strong reports of those events are probed for it.
        joined = _events_joined(links, lambda i: known[i].event_id, exclude=new)
        newly = {e for events in joined if len(events) > 1 for e in events} - bridged
        bridged |= newly
        for other, _ in chunked(conn, _MENTIONS_OF_EVENTS, newly):
            follow(other, _PROBE_IF_STRONG)
        frontier = following
    return region


def _events_joined(links: UnionFind, event_of, exclude: set[int]) -> list[set[int]]:
    """For each set of linked reports, the events of its reports that are not in `exclude`."""
    out: dict[int, set[int]] = {}
    for i in links.parent:
        if i not in exclude:
            out.setdefault(links.find(i), set()).add(event_of(i))
    return list(out.values())


def _matches(a: MentionFacts, keys, rows, i: int, region: Region) -> list[tuple[int, int]]:
    """The stored reports to check against `a`, each with how to follow it.

    `rows` come from the lookup (`_candidates_statement`), which already matches places and
    actors as the rules do; only actors that are mere sources are left to drop here.
    """
    if window(a) is None or not (a.places or a.actors):
        return []
    strong = is_strong(a)
    strong_hits: dict[int, int] = {}
    days: set[date] = set()
    weak_hits: set[int] = set()
    for _, kind, key_id, m, event_id, b_strong, _, b_start, _ in rows:
        if (kind, key_id) not in keys:
            continue  # an actor that is only a source
        if b_strong:
            strong_hits[m] = event_id
            days.add(b_start)
        else:
            weak_hits.add(m)
    if strong:
        # The strong reports of its day are read (unless it bridges their events: see
        # `neighbourhood`); the weak ones that fit it may now fit it alone, or one event more.
        return [(m, _READ) for m in sorted(strong_hits)] + [(m, _PROBE) for m in sorted(weak_hits)]
    out = [(m, _READ) for m in sorted(weak_hits)]
    # The stored rows are the exact fits of a weak report, but for tolls (their counts must
    # agree too) and ranges (which fit no single day).
    exact = a.type != "casualty_report" and a.date_precision != "range"
    events = set(strong_hits.values())
    if exact and len(events) > 1:
        region.beyond[i] = events
        if len(days) > 1:
            region.settled.add(i)
    else:
        out += [(m, _READ) for m in sorted(strong_hits)]
    return out


def recluster(conn: Connection, mention_ids: Iterable[int], preferred: dict[int, int],
              known: dict[int, Stored] | None = None) -> set[int]:
    """Regroup the reports around these into events and refresh them; returns the events touched.

    Each group keeps the id of the event that already holds most of its reports (or that
    `preferred` names for a re-extracted report), so ids stay stable as reports arrive. Only
    the events whose reports changed are derived again: the new reports' and those that gained
    or lost one (a new report is stored in an event of its own, already derived from it).
    """
    region = neighbourhood(conn, mention_ids, known)
    found = region.found
    inside = {s.event_id for s in found.values()}
    outside = {i: events - inside for i, events in region.beyond.items()}
    groups = cluster({i: s.facts for i, s in found.items()}, outside, _kept(region))
    execute_chunked(conn, _SETTLE, region.settled)
    taken: set[int] = set()

    def claim_order(group: list[int]):
        vague = all(found[i].facts.date_precision not in CORE_PRECISIONS for i in group)
        return (-len(group), vague, group)

    homeless: list[list[int]] = []
    moves: dict[int, int] = {}
    for group in sorted(groups, key=claim_order):
        votes: dict[int, int] = {}
        for i in group:
            event_id = preferred.get(i, found[i].event_id)
            votes[event_id] = votes.get(event_id, 0) + 1
        choices = sorted((-n, event_id) for event_id, n in votes.items() if event_id not in taken)
        if not choices:
            homeless.append(group)
            continue
        event_id = choices[0][1]
        taken.add(event_id)
        moves.update((i, event_id) for i in group if found[i].event_id != event_id)
    for group, event_id in zip(homeless, new_events(conn, [found[g[0]].facts.type for g in homeless])):
        moves.update((i, event_id) for i in group)
    touched = {found[i].event_id for i in moves}
    if moves:
        update_many(conn, Mention.__table__, "id", [{"event_id": e, "id": i} for i, e in moves.items()])
        for i, event_id in moves.items():
            found[i].event_id = event_id
    touched |= set(moves.values())
    # Every report of a touched event is in the region, so its events are derived from it alone.
    refresh_events(conn, touched, found)
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
_UNSETTLE = (update(MergeKey.__table__)
             .where(_k.settled, _k.type == bindparam("t"), _k.kind == bindparam("k"), _k.key_id == bindparam("i"),
                    _k.date_start <= bindparam("day"), _k.date_end >= bindparam("day"),
                    ~select(_m.id).where(_m.id == _k.mention_id, _m.date_precision == "range").exists())
             .values(settled=False))


def unsettle_around(conn: Connection, mention_ids: Iterable[int]) -> None:
    """Before these reports are removed: the weak reports they helped settle may fit one day again.

    Settled is for good only while reports are added; a weak report that fitted one of these
    strong reports and one other day is looked at again the next time a report arrives there.
    A range stays settled: it fits no day at all.
    """
    keys = set(chunked(conn, _STRONG_KEYS, mention_ids))
    if keys:
        conn.execute(_UNSETTLE, [{"t": t, "k": k, "i": i, "day": day} for t, k, i, day in keys])


def new_events(conn: Connection, types: list[str]) -> list[int]:
    """Empty events of these types, to hold reports until `refresh_events` derives their fields."""
    if not types:
        return []
    now = utcnow()
    return insert_rows(conn, Event.__table__, [
        {"type": t, "status": "occurred", "date_precision": "unknown", "created_at": now, "updated_at": now}
        for t in types])


_DERIVED = ("status", "date_start", "date_end", "date_precision", "killed_low", "killed_high", "count", "summary",
            "confidence")


def event_fields(reports: list[MentionFacts]) -> dict:
    """An event's columns derived from its reports (`merge.derive`)."""
    derived = derive(reports)
    return {name: getattr(derived, name) for name in _DERIVED}


_DROP_EVENT_PLACES = delete(EventPlace.__table__).where(among(EventPlace.__table__.c.event_id))
_DROP_EVENT_ACTORS = delete(EventActor.__table__).where(among(EventActor.__table__.c.event_id))
_DROP_EVENTS = delete(Event.__table__).where(among(_e.id))


def refresh_events(conn: Connection, event_ids: Iterable[int], region: dict[int, Stored] | None = None) -> None:
    """Derive each event's fields, places and actors from its reports; drop those with none.

    `region`, when given, holds every report of these events (as `recluster` has them).
    """
    ids = sorted(set(event_ids))
    if not ids:
        return
    if region is None:
        region = load(conn, [m for m, _ in chunked(conn, _MENTIONS_OF_EVENTS, ids)])
    by_event: dict[int, list[Stored]] = {}
    for stored in region.values():
        by_event.setdefault(stored.event_id, []).append(stored)
    execute_chunked(conn, _DROP_EVENT_PLACES, ids)
    execute_chunked(conn, _DROP_EVENT_ACTORS, ids)
    now = utcnow()
    updates: list[dict] = []
    empty: list[int] = []
    place_rows: list[dict] = []
    actor_rows: list[dict] = []
    for event_id in ids:
        stored = sorted(by_event.get(event_id, ()), key=lambda s: s.facts.sort_key)
        if not stored:
            empty.append(event_id)
            continue
        updates.append({"id": event_id, "updated_at": now, **event_fields([s.facts for s in stored])})
        place_ids = dict.fromkeys(p for s in stored for p in s.place_ids)
        actor_ids = dict.fromkeys(a for s in stored for a in s.actor_ids)
        place_rows += [{"event_id": event_id, "place_id": p, "position": i} for i, p in enumerate(place_ids)]
        actor_rows += [{"event_id": event_id, "actor_id": a, "position": i} for i, a in enumerate(actor_ids)]
    update_many(conn, Event.__table__, "id", updates)
    execute_chunked(conn, _DROP_EVENTS, empty)
    insert_many(conn, EventPlace.__table__, place_rows)
    insert_many(conn, EventActor.__table__, actor_rows)
