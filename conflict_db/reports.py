"""Stored reports read back for regrouping: in full (`load`), or for deriving their event (`light`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from .bulk import among, chunked
from .merge import MentionFacts
from .models import Actor, Article, Event, Mention, MentionActor, MentionPlace, Place

_m, _e, _a = Mention.__table__.c, Event.__table__.c, Article.__table__.c
_p, _ac = Place.__table__.c, Actor.__table__.c
_mp, _ma = MentionPlace.__table__.c, MentionActor.__table__.c

# A country is too coarse to say two reports are the same event ("Friends of Syria", "in Syria"):
# for merging, a report that names only countries counts as naming no place.
COUNTRY_ONLY = and_(_p.admin1.is_(None), _p.name == _p.country)


# (report id, event id) of every report of the events listed
REPORTS_OF_EVENTS = select(_m.id, _m.event_id).where(among(_m.event_id))

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
_FACT_PLACES = (select(_mp.mention_id, _p.id, COUNTRY_ONLY)
                .join(Place.__table__, _p.id == _mp.place_id).where(among(_mp.mention_id))
                .order_by(_mp.mention_id, _mp.position))
_FACT_ACTORS = (select(_ma.mention_id, _ac.id, _ac.kind)
                .join(Actor.__table__, _ac.id == _ma.actor_id).where(among(_ma.mention_id))
                .order_by(_ma.mention_id, _ma.position))


def load(conn: Connection, mention_ids: Iterable[int]) -> dict[int, Stored]:
    """Stored reports by id. For merging, only places (not mere countries) and actors (not sources) count,
    by their ids."""
    place_ids: dict[int, list[int]] = {}
    places: dict[int, set[int]] = {}
    sites: dict[int, int] = {}
    keys: dict[int, set[tuple[str, int]]] = {}
    for mention_id, place_id, country_only in chunked(conn, _FACT_PLACES, mention_ids):
        place_ids.setdefault(mention_id, []).append(place_id)
        if not country_only:
            places.setdefault(mention_id, set()).add(place_id)
            keys.setdefault(mention_id, set()).add(("p", place_id))
            sites.setdefault(mention_id, place_id)  # rows come by position: the first place that counts
    actor_ids: dict[int, list[int]] = {}
    actors: dict[int, set[int]] = {}
    for mention_id, actor_id, kind in chunked(conn, _FACT_ACTORS, mention_ids):
        actor_ids.setdefault(mention_id, []).append(actor_id)
        if kind != "source":
            actors.setdefault(mention_id, set()).add(actor_id)
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



_LIGHT_ROWS = (select(_m.id, _m.event_id, _m.status, _m.date_start, _m.date_end, _m.date_precision, _m.killed_low,
                      _m.killed_high, _m.count, _m.char_start, _m.evidence, _m.confidence, _a.key, _a.published_date)
               .join(Article.__table__, _a.id == _m.article_id).where(among(_m.id)))
_PLACE_IDS = select(_mp.mention_id, _mp.place_id).where(among(_mp.mention_id)).order_by(_mp.mention_id, _mp.position)
_ACTOR_IDS = select(_ma.mention_id, _ma.actor_id).where(among(_ma.mention_id)).order_by(_ma.mention_id, _ma.position)


def light(conn: Connection, mention_ids: Iterable[int], types: dict[int, str]) -> dict[int, Stored]:
    """Reports as `load` reads them, for deriving their event only: what merging alone needs (the
    places and actors that count, the keys) is left empty. `types`: event id -> type."""
    mention_ids = list(mention_ids)
    place_ids: dict[int, list[int]] = {}
    for mention_id, place_id in chunked(conn, _PLACE_IDS, mention_ids):
        place_ids.setdefault(mention_id, []).append(place_id)
    actor_ids: dict[int, list[int]] = {}
    for mention_id, actor_id in chunked(conn, _ACTOR_IDS, mention_ids):
        actor_ids.setdefault(mention_id, []).append(actor_id)
    nothing: frozenset = frozenset()
    return {
        i: Stored(event_id, MentionFacts(
            type=types[event_id], status=status, date_start=start, date_end=end, date_precision=precision,
            places=nothing, actors=nothing, killed_low=low, killed_high=high, count=count,
            sort_key=(published or date.max, key, char_start), evidence=evidence, confidence=confidence,
        ), nothing, tuple(place_ids.get(i, ())), tuple(actor_ids.get(i, ())))
        for (i, event_id, status, start, end, precision, low, high, count, char_start, evidence, confidence,
             key, published) in chunked(conn, _LIGHT_ROWS, mention_ids)
    }
