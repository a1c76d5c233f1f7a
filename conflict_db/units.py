"""Stored events that regrouping reads as one report, whatever their number of reports.

Most stored events that new reports reach only gain reports: none of their own reports is
probed (`regroup.neighbourhood`), so those stay together whatever arrives. What a new report
can match in such an event is known without reading its reports one by one:

- an event with strong reports has them all on one day (strong reports join only on their
  day and a shared place, and a weak report never bridges two of them), so it matches as one
  strong report of that day with the places and actors of all its strong reports;
- an event of weak reports only has them all of the very same date and site (see
  `merge.cluster`), so it matches as one of them with the actors of all.

That report (`Unit.facts`) is built from the event's merge keys, so an event of hundreds of
reports costs about as much as one. Its reports are read (`light`) only when the event is
derived again, and then without the places and actors merging needs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from .bulk import among, chunked
from .merge import MentionFacts, UnionFind
from .models import Actor, MergeKey
from .reports import load

_k, _ac = MergeKey.__table__.c, Actor.__table__.c


@dataclass(slots=True)
class Unit:
    """A stored event read as one report."""

    members: list[int]  # its reports
    facts: MentionFacts  # the one report it matches as


# Actors that are only sources never count for merging (as in `reports.load`).
_KEYS = (select(_k.mention_id, _k.kind, _k.key_id, _k.strong, _k.date_start, _k.date_end)
         .select_from(MergeKey.__table__.outerjoin(Actor.__table__, and_(_k.kind == "a", _ac.id == _k.key_id)))
         .where(among(_k.mention_id), or_(_k.kind == "p", func.coalesce(_ac.kind, "") != "source")))


def read_units(conn: Connection, members: dict[int, list[int]],
               types: dict[int, str]) -> tuple[dict[int, Unit], set[int]]:
    """The events of `members` as units, and the events that are not as the rules leave them.

    An event whose reports do not all have merge keys, or whose strong reports are of several
    days or do not all share places one with the next, or whose weak reports differ in dates,
    cannot be read as one report: those events are returned apart, to be read report by report.
    """
    event_of = {m: e for e, ids in members.items() for m in ids}
    keyed: set[int] = set()
    strong_days: dict[int, set[date]] = {}
    windows: dict[int, set[tuple[date, date]]] = {}
    places: dict[int, set[int]] = {}
    actors: dict[int, set[int]] = {}  # of its strong reports
    every_actor: dict[int, set[int]] = {}  # of all its reports
    links = UnionFind()  # the strong reports of an event, linked through the places they share
    for mention_id, kind, key_id, strong, start, end in chunked(conn, _KEYS, event_of):
        e = event_of[mention_id]
        keyed.add(mention_id)
        windows.setdefault(e, set()).add((start, end))
        if kind == "a":
            every_actor.setdefault(e, set()).add(key_id)
        if strong:
            strong_days.setdefault(e, set()).add(start)
            (places if kind == "p" else actors).setdefault(e, set()).add(key_id)
            if kind == "p":
                links.union(mention_id, -key_id)  # place ids negated: apart from report ids
    irregular = {e for e, ids in members.items() if any(m not in keyed for m in ids)}
    irregular |= {e for e, days in strong_days.items() if len(days) > 1}
    # as `merge.cluster` links them: one event's strong reports share places, one to the next
    irregular |= {e for e in strong_days if len({links.find(-p) for p in places[e]}) > 1}
    irregular |= {e for e in members if e not in strong_days and len(windows.get(e, ())) > 1}
    weak_only = [e for e in members if e not in strong_days and e not in irregular]
    shown = load(conn, [min(members[e]) for e in weak_only])
    units: dict[int, Unit] = {}
    for e, ids in members.items():
        if e in irregular:
            continue
        if e in strong_days:
            (day,) = strong_days[e]
            facts = MentionFacts(type=types[e], status="occurred", date_start=day, date_end=None,
                                 date_precision="day", places=frozenset(places[e]),
                                 actors=frozenset(actors.get(e, ())), site=min(places[e]))
        else:
            facts = dataclasses.replace(shown[min(ids)].facts, actors=frozenset(every_actor.get(e, ())))
        units[e] = Unit(ids, facts)
    return units, irregular
