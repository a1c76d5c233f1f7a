"""One real event, told once per article: tolls attached to their incident, repeats dropped."""

from __future__ import annotations

import re

from .candidates import Candidate
from .cues import IN_THE_INCIDENT, KILLING_TYPES
from .event_places import NEAR_KM, country_only, finer_places
from .kills import AGGREGATE_RX


def attach_tolls(cands: list[Candidate]) -> None:
    """"At least 15 were killed" after an incident sentence is that incident's toll; told
    again with the same number ("Ten people were killed, he said"), it is that toll."""
    prev = None
    for c in cands:
        if c.toll_only and c.date_how != "own" and prev is not None and prev.type in KILLING_TYPES:
            if prev.killed is None and c.para - prev.para <= 1:
                prev.killed = c.killed
                c.drop = True
                continue
            if prev.killed is not None and c.killed is not None and prev.killed.value == c.killed.value \
                    and c.para - prev.para <= 3:
                c.drop = True
                continue
        if not c.drop:
            prev = c


def same_scene(a: Candidate, b: Candidate, shared_place: bool = False) -> bool:
    """Nothing told of two mentions sets them apart: no towns more than NEAR_KM apart, no two
    different sets of perpetrators; with `shared_place`, towns named on both sides."""
    ta = [p.place for p in a.places if p.place.admin1 or p.place.latitude is not None]
    tb = [p.place for p in b.places if p.place.admin1 or p.place.latitude is not None]
    if shared_place and not (ta and tb):
        return False
    if ta and tb and not any(_near(x, y) for x in ta for y in tb):
        return False
    if a.trig.violent and b.trig.violent:
        aa, ab = {x.actor.name for x in a.actors}, {x.actor.name for x in b.actors}
        return not (aa and ab and not aa & ab)
    return True


def _near(x, y) -> bool:
    """The same town, a town and its province, or two towns within NEAR_KM ("Afgoye, 30km
    south-west of Mogadishu")."""
    if x.name == y.name:
        return True
    if x.admin1 and x.admin1 == y.admin1 and x.country == y.country and (
            x.name == x.admin1 or y.name == y.admin1):
        return True  # a town and its province ("the Sagaing region ... Kanbalu township")
    if x.latitude is None or y.latitude is None or x.longitude is None or y.longitude is None:
        return False
    from math import asin, cos, radians, sin, sqrt

    la1, lo1, la2, lo2 = map(radians, (x.latitude, x.longitude, y.latitude, y.longitude))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(h)) <= NEAR_KM


def place_keys(c: Candidate) -> set[str]:
    return {p.place.name for p in c.places}


def countries_of(c: Candidate) -> set[str]:
    return {p.place.country for p in c.places if p.place.country}


def _restated_toll(c: Candidate, kept: list[Candidate], text: str) -> bool:
    """"56 civilians were killed in the strikes on the villages": the toll of an incident
    already told with the same number, not another incident."""
    if c.trig.priority != 0 or c.killed is None or c.killed.value is None:
        return False  # only a toll that is an event of its own (no trigger word)
    if c.trig.nominal or "toll" in text[c.trig.start:c.trig.end].lower():
        # "the death toll had reached 16", told with no day of its own after an attack of 16 dead
        if c.date_how not in (None, "inherited"):
            return False
    elif not IN_THE_INCIDENT.search(text, c.clause[0], c.clause[1]):
        return False
    return any(k.killed is not None and k.killed.value == c.killed.value and k.trig.violent
               and k.type in KILLING_TYPES for k in kept)


_COUNT_AFTER = re.compile(  # "the release of 22 wounded captives": news of its own
    r"\s+(?:of\s+)?(?:(?:at\s+least|more\s+than|about|some|nearly|over|around)\s+)?(?:\d|(?:two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b)", re.I)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w'’-]+\s+)?$", re.I)


_TALLY_RX = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?(?:left|killed|claimed|cost)\b", re.I)


def _keep_places(dropped: Candidate, kept: Candidate) -> None:
    """"An airstrike hit a school bus in northern Yemen ... The strike hit the bus as it drove
    through a market in Dahyan, in Saada province": where the incident told only by its country
    happened, from the retelling that follows it."""
    if abs(dropped.para - kept.para) > 1 or any(not country_only(p.place) for p in kept.places):
        return
    finer = finer_places(dropped.places, kept.places)
    if finer:
        kept.places = finer + kept.places


def _keep_toll(dropped: Candidate, kept: Candidate, text: str) -> None:
    """"The ensuing gunfight lasted hours, and 22 were killed": the toll told with a retelling
    by name (a noun, in the next lines) is the incident's, when it had none; not a tally ("the
    fighting has left tens of thousands dead")."""
    if kept.killed is None and dropped.killed is not None and dropped.trig.nominal \
            and abs(dropped.para - kept.para) <= 1:
        ss, se = dropped.sent
        if not _TALLY_RX.search(text, ss, se) and not AGGREGATE_RX.search(text, ss, se):
            kept.killed = dropped.killed


_GENERIC_ATTACK = re.compile(r"(?:attack|assault|raid)s?(?:\s+on)?", re.I)


def _named_again(c: Candidate, kept: list[Candidate], text: str) -> str | None:
    """"An airstrike hit the village ... The attack on Tuesday morning targeted a ceremony":
    "the attack" is the incident just told, of its type, even when it gives its own day."""
    if c.type != "clash" or not c.trig.nominal or not _GENERIC_ATTACK.fullmatch(text, c.trig.start, c.trig.end) \
            or not _DEFINITE_BEFORE.search(text, max(0, c.trig.start - 30), c.trig.start):
        return None
    told = next((k for k in reversed(kept) if k.trig.violent), None)
    if told is None or told.type not in ("bombing", "attack_on_civilians") or c.para - told.para > 2 \
            or not same_scene(c, told):
        return None
    if c.date is not None and told.date is not None and (
            (c.date.date_start - told.date.date_end).days > 1 or (told.date.date_start - c.date.date_end).days > 1):
        return None  # another day: another attack
    return told.type


def dedupe_article(cands: list[Candidate], text: str) -> None:
    kept: list[Candidate] = []
    for c in cands:
        if c.drop:
            continue
        c.type = _named_again(c, kept, text) or c.type
        if _restated_toll(c, kept, text):
            c.drop = True
            continue
        if c.type == "casualty_report" and c.date_how in (None, "inherited") and c.killed is not None \
                and c.killed.vague and c.trig.priority == 0:
            c.drop = True  # "... have surged since, killing hundreds": a tally with neither number nor time
            continue
        if c.date_how in (None, "inherited") and c.trig.nominal and _DEFINITE_BEFORE.search(
                text, max(0, c.trig.start - 30), c.trig.start) and not _COUNT_AFTER.match(text, c.trig.end) \
                and any(k.type == c.type for k in kept):
            c.drop = True  # "the bombing targeted a house ...": the one already told, wherever it names
            told = next(k for k in reversed(kept) if k.type == c.type)
            _keep_toll(c, told, text)
            _keep_places(c, told)
            continue
        if c.date_how in (None, "inherited"):
            pk = place_keys(c)
            for k in kept:
                if k.type == c.type and (not pk or pk <= place_keys(k)):
                    c.drop = True
                    _keep_toll(c, k, text)
                    break
        if not c.drop:
            kept.append(c)
    # vague mentions (no date of their own, no place) give way to any specific one of the type
    for c in kept:
        if c.date_how in (None, "inherited") and not c.places:
            if any(o is not c and not o.drop and o.type == c.type and
                   (o.date_how not in (None, "inherited") or o.places) for o in kept):
                c.drop = True
    # planned events of one type with nesting dates: keep the most precise
    planned = [c for c in kept if not c.drop and c.status == "planned" and c.date is not None]
    for i, a in enumerate(planned):
        for b in planned[i + 1:]:
            if a.drop or b.drop or a.type != b.type:
                continue
            pa, pb = place_keys(a), place_keys(b)
            if pa and pb and not (pa & pb):
                continue
            if a.date.date_start <= b.date.date_start and b.date.date_end <= a.date.date_end:
                a.drop = True
            elif b.date.date_start <= a.date.date_start and a.date.date_end <= b.date.date_end:
                b.drop = True
