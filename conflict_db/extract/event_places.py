"""Which places and people named near an event belong to it.

A landmark far from the scene ("300km northeast of Bangui"), a name inside a person's name,
the place where a source spoke, or a speaker is not the event's place or actor.
"""

from __future__ import annotations

import bisect
import logging
import re
from importlib import import_module

from .alternation import by_first_letter
from .cues import REPORTING_RX
from .spans import blank_outside, overlaps, split_clauses

# The gazetteer and the actor catalogue are loaded once per process by their modules. A
# failure to load is reported and tried again for the next article: a transient fault (a
# cache file being replaced, memory) must not leave the rest of a long run without places
# or actors.
_log = logging.getLogger(__name__)


def _loaded(what: str, module: str, loader: str):
    try:
        return getattr(import_module(f".{module}", __package__), loader)()
    except Exception as exc:
        _log.warning("%s unavailable for this article: %s: %s", what, type(exc).__name__, exc)
        return None


def _gazetteer():
    return _loaded("place gazetteer", "places", "default_gazetteer")


def _actor_catalog():
    return _loaded("actor catalogue", "actors", "default_actors")


_NOT_PARTICIPANT_AFTER = re.compile(
    r"(?:-|\s)(?:based|linked|affiliated|inspired|allied|backed|aligned|style)\b"
    r"|-(?:held|controlled|occupied|run)\b"
    r"|(?:'s|’s)?\s+(?:affiliates?|offshoots?|franchises?|branch|wing|splinter\s+group)\b", re.I)


_NOT_PARTICIPANT_BEFORE = re.compile(
    r"\b" + by_first_letter(
        r"opposed\s+to|opponents\s+of|critics\s+of|critical\s+of|linked\s+to|linked\s+with|"
        r"links\s+to|ties\s+to|allied\s+(?:to|with)|affiliated\s+(?:to|with)|inspired\s+by|"
        r"loyal\s+to\s+(?:the\s+)?(?:late|former|ousted)|split\s+from|broke\s+away\s+from|"
        # "according to the UN": the source of the news
        r"according\s+to|figures\s+from|data\s+from|estimates\s+from") +
    r"\s+(?:the\s+)?(?:(?:President|Prime\s+Minister|leader|Gen\.?|General)\s+)?$", re.I)


_SOURCE_ACTOR = re.compile(r"observatory|monitor|activists?\b|residents?\b|witness", re.I)


_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|into|inside|across|throughout|near|around|outside|towards|toward)\s+"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center|parts|"
    r"areas|regions|outskirts|borders?|rest)\s+of\s+)(?:the\s+)?(?:(?-i:[a-z]+)\s+)?$", re.I)


_PHRASE_END = re.compile(r"[,.;:!?()\"“”]")


_RETELLING = re.compile(
    r"(?:The|This)\s+(?:[\w'’-]+\s+)?(?:strike|airstrike|air\s+strike|attack|blast|explosion|"
    r"bombing|raid|assault|ambush|shelling)\b")


# a person who tells the news ("Shehu said Monday that ...", "..., said Jalige"): the
# source of the report, not a party to the event
_SPEAKER_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,80},)?\s*,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|wrote|writes|added|"
    r"stated|tweeted|posted|confirmed|denied|announced)\b", re.I)
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$", re.I)


def is_speaker(text: str, start: int, end: int) -> bool:
    return bool(_SPEAKER_AFTER.match(text, end) or _SPEAKER_BEFORE.search(text, max(0, start - 20), start))


_CAP_WORD_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+) $")


_CAP_WORD_AFTER = re.compile(
    r" (?!(?:Province|Governorate|Oblast|Region|District|City|Camp|Airport|Crossing|Road|"
    r"Street|Square|Valley|River)\b)(?-i:[A-Z][a-z]+)\b")


_SENTENCE_START_WORDS = frozenset("The A An In On At By For From Of And But Near".split())


_DISTANCE_BEFORE = re.compile(
    r"\b(?P<n>\d[\d,.]*)\s*(?P<u>km|kms|kilometres|kilometers|miles)\b[^,;.]{0,20}?\s+(?:(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?\s+of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:capital,?\s+)?$", re.I)


NEAR_KM = 50  # farther than this, a place is a landmark to find the event's, not its place


def far_from(text: str, start: int) -> bool:
    """"about 300km northeast of the capital Bangui": Bangui is how to find the place."""
    low = text[max(0, start - 80):start].lower()
    if "km" not in low and "kilomet" not in low and "mile" not in low:
        return False  # (most places: no distance before them)
    m = _DISTANCE_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    try:
        n = float(m["n"].replace(",", ""))
    except ValueError:
        return False
    return n * (1.609 if m["u"].lower() == "miles" else 1) > NEAR_KM


def coherent_places(text: str, matches: list) -> list:
    """Drop place readings that are parts of person names ("Abdul Rashid Dostum") and
    spelling-variant or fuzzy readings in a country the article names nowhere else."""
    out = []
    for p in matches:
        s, e = p.start, p.end
        if " " not in p.text and "-" not in p.text and _CAP_WORD_AFTER.match(text, e):
            b = _CAP_WORD_BEFORE.search(text, max(0, s - 20), s)
            if b and b.group().strip() not in _SENTENCE_START_WORDS:
                continue
        out.append(p)
    sure = {getattr(p.place, "country", None) for p in out
            if getattr(p, "method", "exact") in ("exact", "cue")}
    sure.discard(None)
    if not sure:
        return out
    return [p for p in out if getattr(p, "method", "exact") in ("exact", "cue")
            or getattr(p.place, "country", None) in sure]


def list_extended(text, c) -> tuple[int, int]:
    """The trigger clause plus the comma-list items that follow it ("the towns of A, B, C")."""
    s, e = c.clause
    for cs, ce in split_clauses(text, c.sent[0], c.sent[1]):
        if cs < e:
            continue
        if len(text[cs:ce].split()) > 4 or not text[cs:cs + 1].isupper():
            break
        e = ce
    return (s, e)


# where someone spoke, not where it happened: "Zuma said in Pretoria", "told reporters in Moscow"
_SPOKE_IN_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|parliament|lawmakers|a\s+news\s+conference)|speaking|spoke)"
    r"\s+in\s+$", re.I)


def where_told(text: str, p, span: tuple[int, int]) -> bool:
    """The place is where a source spoke: "a health official in Saada", "officials in Kabul said"."""
    before = text[max(span[0], p.start - 40):p.start]
    return bool(re.search(r"\b(?:official|officials|spokesman|spokeswoman|governor|doctor|medic|witness|"
                          r"resident|reporters?|correspondent)\s+(?:[\w'’-]+\s+){0,2}in\s+$", before, re.I)
                or REPORTING_RX.search(text, p.end, min(span[1], p.end + 25)))


def country_only(place) -> bool:
    return place.admin1 is None and place.name == place.country


def finer_places(matches: list, than: list, unplaced: bool = False) -> list:
    """The places of `matches` more precise than a country, inside the countries of `than` (any
    country when `than` names none; with `unplaced`, also names the gazetteer does not know)."""
    countries = {p.place.country for p in than}
    return [p for p in matches if not country_only(p.place) and (
        not countries or p.place.country in countries or (unplaced and p.place.country is None))]


def within(matches, starts, span):
    lo = bisect.bisect_left(starts, span[0])
    res = []
    for m in matches[lo:]:
        if m.start >= span[1]:
            break
        if m.end <= span[1]:
            res.append(m)
    return res


def attach_places_and_actors(text: str, cands: list, following: dict, datelines: list) -> None:
    """Give each candidate the places and actors of its clause or sentence.

    Only the sentences that hold an event are read (the rest blanked), and a retelling right
    after a violent one ("The strike hit the bus in Dahyan"). `following`: sentence -> the
    next one; `datelines`: spans where the reporter was, not the event.
    """
    retold = {}
    for c in cands:
        nxt = following.get(c.sent)
        if c.trig.violent and nxt is not None and _RETELLING.match(text, nxt[0]):
            retold[c.sent] = nxt
    focus = sorted({c.sent for c in cands} | set(retold.values()))
    focus_text = blank_outside(text, focus) if focus else ""
    actor_matches = []
    cat = _actor_catalog() if focus else None
    if cat is not None:
        try:
            actor_matches = [a for a in cat.find(focus_text)]
        except Exception:
            actor_matches = []
    # "east of Ukraine", "in Syria": a state named where something happens is its place there
    located = {id(a) for a in actor_matches if a.also_place and _LOCATIVE_BEFORE.search(
        text, max(0, a.start - 30), a.start)}
    if located:
        actor_matches = [a for a in actor_matches if id(a) not in located]
    place_matches = []
    gaz = _gazetteer() if focus else None
    if gaz is not None:
        try:
            place_matches = gaz.find(focus_text, exclude=[(a.start, a.end) for a in actor_matches])
        except TypeError:
            try:
                place_matches = gaz.find(focus_text)
            except Exception:
                place_matches = []
        except Exception:
            place_matches = []
    place_matches = [p for p in place_matches
                     if not any(overlaps((p.start, p.end), (a.start, a.end)) for a in actor_matches)
                     and not _NOT_PARTICIPANT_AFTER.match(text, p.end) and not far_from(text, p.start)
                     and not _SPOKE_IN_BEFORE.search(text, max(0, p.start - 40), p.start)]
    # "the Britain-based monitor", "an Al Qaeda affiliate", "activists opposed to President
    # Assad", "militants linked to al Qaeda": named, but not a party to the event
    actor_matches = [a for a in actor_matches
                     if not _NOT_PARTICIPANT_AFTER.match(text, a.end)
                     and not _NOT_PARTICIPANT_BEFORE.search(text, max(0, a.start - 40), a.start)
                     and not (a.actor.kind == "person" and is_speaker(text, a.start, a.end))
                     and not any(ds <= a.start < de for ds, de in datelines)]  # where the reporter was
    place_matches = coherent_places(text, place_matches)
    place_matches.sort(key=lambda p: p.start)
    actor_matches.sort(key=lambda a: a.start)

    # places/actors, evidence
    p_starts = [p.start for p in place_matches]
    a_starts = [a.start for a in actor_matches]
    for c in cands:
        span = list_extended(text, c)
        c.places = within(place_matches, p_starts, span) or within(place_matches, p_starts, c.sent)
        if c.killed is not None and c.places and all(country_only(p.place) for p in c.places):
            # "fired rockets into northern Israel, killing two civilians in Nahariya": where the
            # victims died, inside that country, is where it happened
            end = _PHRASE_END.search(text, c.killed.end, c.sent[1])
            c.places = c.places + finer_places(within(place_matches, p_starts,
                                                      (c.killed.end, end.start() if end else c.sent[1])), c.places)
        if c.trig.violent and c.sent in retold and all(country_only(p.place) for p in c.places):
            # "an airstrike hit a school bus in northern Yemen ... The strike hit the bus in a
            # market in Dahyan": where it happened, from the retelling
            c.places = [p for p in finer_places(within(place_matches, p_starts, retold[c.sent]), c.places,
                                                unplaced=True)
                        if not where_told(text, p, retold[c.sent])] + c.places
        if datelines:
            # where the reporter was, unless the sentence names no other place
            told = [p for p in c.places if not any(ds <= p.start < de for ds, de in datelines)]
            c.places = told or c.places
        acts = within(actor_matches, a_starts, c.clause) or within(actor_matches, a_starts, c.sent)
        c.actors = [a for a in acts if getattr(a.actor, "kind", None) != "source"
                    and not _SOURCE_ACTOR.search(a.actor.name)]
