"""Event assembly: main text -> sentences -> clauses -> triggers -> events.

The rules, in the order they run (each is general, not fitted to one article):

1. Only main-text lines (``maintext``) are read; direct-speech quotes (a quoted span starting
   with a capital) and background clauses ("since the war began in 2011", "the conflict, which
   has killed 130,000 people") yield nothing and are never part of an evidence span.
2. Triggers come from the data file. Verbal triggers assert an event; a nominal trigger
   ("clashes", "talks") only does when its clause has its own date or an occurrence predicate
   ("were reported", "took place", "used").
3. Verbal triggers under a modal or infinitive ("tried to drive out", "would withdraw") are not
   events; for violent types neither are planned ones (ACLED codes what happened).
4. Kill counts ("has killed over 1,000", "five militants were killed") attach to a bombing/clash
   of the same sentence, else become a casualty_report when the sentence speaks of a period or
   of "the fighting", else an attack_on_civilians when the victims are civilians.
5. Dates: the trigger's own clause, else a date clause without a trigger of its own ("On Friday,
   ..."), else a sibling clause's date (verbal triggers only); else inherited (``approx``) from the
   previous occurred event of the article; else unknown. Publication date is never used.
6. Within an article one real event is kept once: same-type mentions without a date of their own
   that add no new place are continuations of an earlier one; vague mentions (no date, no place)
   give way to any specific mention of the type; planned events of one type whose dates nest
   keep the most precise.

Each stage has its module: ``article_dates`` (5, the dates told), ``kills`` (4), ``clause_events``
(2-4, one sentence's events), ``event_places`` (which places and actors are the event's),
``event_dates`` (5, dating from the rest of the article) and ``consolidate`` (6).
"""

from __future__ import annotations

import bisect
import re

from .article_dates import (
    SPEECH_DATE,
    coerce_published,
    dateline_day,
    days_before_a_day,
    engine_dates,
    extra_dates,
    join_ranges,
    publication_day,
    recase,
    resolve_relative,
    year_ago,
)
from .background import background_spans
from .candidates import Candidate, Trigger
from .clause_events import sentence_events
from .consolidate import attach_tolls, dedupe_article
from .event_dates import (
    attach_dates_across,
    date_by_detail,
    date_by_reference,
    date_same_period,
    date_since_campaign,
)
from .event_places import attach_places_and_actors
from .kills import find_kills
from .maintext import body_lines
from .sentences import split_sentences
from .spans import (
    blank_outside,
    inside,
    overlaps,
    quote_spans,
    split_clauses,
)
from .taxonomy import trigger_index
from .types import ExtractedEvent, PlaceRef

_REPORT_TAIL = re.compile(
    r"^(?:[\w'’-]+\s+){0,6}?(?:said|says|told|reported|added|according\s+to|claimed)\b", re.I)


def extract(text: str, published=None, title: str | None = None) -> list[ExtractedEvent]:
    """The real work of :func:`conflict_db.extract.extract_events` (may raise on bugs)."""
    published = coerce_published(published)
    ref = publication_day(published)
    lines = body_lines(text, title)
    if not lines:
        return []
    body_text_len = sum(e - s for s, e in lines)
    if body_text_len == 0:
        return []
    printed = dateline_day(text, lines, ref)
    if printed is not None:
        published = ref = printed  # the day the story was filed is its "today"

    # quotes and dates: the engine reads the main text only (furniture blanked, offsets kept)
    quotes = quote_spans(text, lines)
    q_starts = [s for s, _ in quotes]
    all_dates = engine_dates(recase(blank_outside(text, lines)), published, ref)
    all_dates = extra_dates(text, lines, all_dates, ref)

    # A quote that dates what it tells ("...was captured this morning," Putin told reporters) is
    # its speaker's claim of an event, read as told text; undated quotes (opinions, slogans,
    # analysis) still yield nothing
    claims = [q for q in quotes if _ATTRIBUTED.match(text, q[1]) and any(
        q[0] <= d.start < q[1] and d.precision == "day" for d in all_dates)]
    if claims:
        quotes = [q for q in quotes if q not in claims]
        q_starts = [s for s, _ in quotes]

    background, datelines = background_spans(text, lines, all_dates, ref)
    bg_starts = [s for s, _ in background]
    all_dates = days_before_a_day(text, join_ranges(text, year_ago(resolve_relative(text, all_dates, ref, quotes), ref)))
    dates = [d for d in all_dates if not inside(bg_starts, background, d.start)]
    date_starts = [d.start for d in dates]

    triggers = _triggers(text, lines, quotes, q_starts, background, bg_starts)

    # kill words with their numbers
    cands: list[Candidate] = []
    trig_starts = [t.start for t in triggers]
    following: dict[tuple[int, int], tuple[int, int]] = {}  # sentence -> the next one
    prev = None
    for para_idx, (ls, le) in enumerate(lines):
        for ss, se in split_sentences(text, ls, le):
            if prev is not None:
                following[prev] = (ss, se)
            prev = (ss, se)
            lo = bisect.bisect_left(trig_starts, ss)
            hi = bisect.bisect_left(trig_starts, se)
            s_trigs = triggers[lo:hi]
            dlo = bisect.bisect_left(date_starts, ss)
            dhi = bisect.bisect_left(date_starts, se)
            s_dates = [d for d in dates[dlo:dhi] if d.end <= se
                       and not inside(q_starts, quotes, d.start)]
            kill_infos = find_kills(text, ss, se, quotes, q_starts, background, bg_starts,
                                    lambda: any(d.precision == "day" and not SPEECH_DATE.search(
                                        text, max(0, d.start - 40), d.start) for d in s_dates))
            if not s_trigs and not kill_infos:
                continue
            clauses = split_clauses(text, ss, se)  # only sentences that may hold an event
            cands.extend(sentence_events(text, ss, se, clauses, s_trigs, s_dates, kill_infos,
                                         para_idx, ref))

    claim_starts = [s for s, _ in claims]
    for c in cands:
        if c.status == "occurred" and inside(claim_starts, claims, c.trig.start):
            c.status = "claimed"
    attach_places_and_actors(text, cands, following, datelines)
    for c in cands:
        c.evidence = _evidence(text, c, background)

    attach_tolls(cands)
    # (the day a war or an offensive began is often told in a background clause: "the first
    # talks since heavy fighting erupted on September 27")
    date_since_campaign(cands, text, [d for d in all_dates if not inside(q_starts, quotes, d.start)], ref)
    # an undated toll in a sentence that tells a history ("have stepped up attacks since 2015,
    # killing thousands") is that history's
    for c in cands:
        if c.type == "casualty_report" and c.date is None and any(
                overlaps(c.sent, b) for b in background):
            c.drop = True
    told_dates = [d for d in dates if not inside(q_starts, quotes, d.start)]
    date_by_reference(cands, text, told_dates, ref)
    date_by_detail(cands, text)
    attach_dates_across(cands, text, told_dates, lines, ref)
    date_same_period(cands, text)
    dedupe_article(cands, text)

    out = []
    for c in cands:
        if c.drop:
            continue
        out.append(_to_event(text, c, ref))
    return out


# what closes a quote that someone said: '," Putin told reporters', '," a spokesman said'
_ATTRIBUTED = re.compile(
    r"[\"”]?\s*,?\s*(?:[\w.'’-]+\s+){0,5}?(?:said|says|told|added|announced|declared|stated|insisted)\b")


def _triggers(text, lines, quotes, q_starts, background, bg_starts) -> list[Trigger]:
    """Trigger matches over the main text, overlaps resolved, none inside quotes or background."""
    raw: list[Trigger] = []
    index = trigger_index()
    for s, e in lines:
        for ms, me, ct, nominal in index.finditer(text, s, e):
            if ct.not_before_rx is not None and not nominal and ct.not_before_rx.match(text, me):
                continue
            if ct.not_after_rx is not None and ct.not_after_rx.search(text[max(s, ms - 60):ms]):
                continue
            et = ct.type
            raw.append(Trigger(et.name, ms, me, nominal, et.priority, et.violent))
    # overlapping matches: longest, then verbal, then priority wins
    raw.sort(key=lambda t: (-(t.end - t.start), t.nominal, -t.priority, t.start))
    taken: list[tuple[int, int]] = []
    # taken spans are disjoint: kept sorted, one bisect finds the only one that can overlap
    # (a quadratic scan otherwise; empty spans, which break that, take the scan)
    tk_starts: list[int] = []
    tk_ends: list[int] = []
    scan = False
    triggers: list[Trigger] = []
    for t in raw:
        if t.end <= t.start:
            scan = True
        if scan:
            if any(overlaps((t.start, t.end), sp) for sp in taken):
                continue
        else:
            k = bisect.bisect_left(tk_starts, t.end) - 1
            if k >= 0 and tk_ends[k] > t.start:
                continue
        if inside(q_starts, quotes, t.start) or inside(bg_starts, background, t.start):
            continue
        taken.append((t.start, t.end))
        k = bisect.bisect_left(tk_starts, t.start)
        tk_starts.insert(k, t.start)
        tk_ends.insert(k, t.end)
        triggers.append(t)
    triggers.sort(key=lambda t: t.start)
    return triggers


def _evidence(text, c: Candidate, background) -> tuple[int, int]:
    clauses = split_clauses(text, c.sent[0], c.sent[1])
    ci = None
    for i, cl in enumerate(clauses):
        if cl == c.clause:
            ci = i
    s, e = c.clause
    if ci is not None:
        # a clause that is only a verb phrase ("was freed Sunday") takes its subject clause
        words = text[s:e].split()
        first = words[0].lower() if words else ""
        if (len(words) < 5 or first in ("was", "were", "had", "has", "have", "is", "are", "and",
                                          "killing", "leaving", "been")) and ci > 0:
            ps, _pe = clauses[ci - 1]
            if not _REPORT_TAIL.match(text[ps:c.clause[0]]):
                s = ps
        # a date or place clause right after ("..., on Sunday") belongs to it
        if c.date is not None and ci + 1 < len(clauses):
            ns, ne = clauses[ci + 1]
            if ns <= c.date.start < ne and ne - ns < 40:
                e = ne
        if c.date is not None and ci > 0 and c.date.start < s:
            ps, pe = clauses[ci - 1]
            if ps <= c.date.start < pe and pe - ps < 40:
                s = ps
    if c.type == "casualty_report" and c.trig.type == "casualty_report":
        # a toll is stated by its whole main clause: "Nine days of infighting ... has killed 697"
        s = c.sent[0]
        if c.killed is not None:
            for cs, ce in clauses:
                if cs <= c.killed.start < ce:
                    e = max(e, ce)
    for bs, be in background:
        if overlaps((s, e), (bs, be)):
            if bs > c.trig.start:
                e = min(e, bs)
            else:
                s = max(s, be)
    while e > s and text[e - 1] in " ,;:-–—":
        e -= 1
    while s < e and text[s] in " ,;:-–—":
        s += 1
    return (s, e)


_PREC_MAP = {"day": "day", "week": "week", "month": "month", "year": "year", "range": "range",
             "approx": "approx"}


def _to_event(text: str, c: Candidate, ref) -> ExtractedEvent:
    s, e = c.evidence
    d = c.date
    if d is None:
        ds = de = None
        prec = "unknown"
        dtext = None
        method = None
    else:
        ds, de = d.date_start, d.date_end
        if c.date_how == "inherited":
            prec = "approx"
            method = "inherited"
        else:
            prec = _PREC_MAP.get(d.precision, "unknown")
            method = "explicit"
        dtext = d.text
        if ref is not None and c.status != "planned" and prec in ("week", "range") and ds <= ref < de:
            de, prec = ref, "range"  # "said this week that they had suspended operations": up to now
    killed_low = killed_high = None
    if c.killed is not None:
        killed_low, killed_high = c.killed.low, c.killed.high
    places = []
    seen = set()
    for p in sorted(c.places, key=lambda p: _specificity(p.place)):
        if p.place.name not in seen:
            seen.add(p.place.name)
            places.append(p.place)
    actors = []
    seen = set()
    for a in c.actors:
        if a.actor.name not in seen:
            seen.add(a.actor.name)
            actors.append(a.actor)
    conf = 0.5
    if method == "explicit":
        conf += 0.25
    if places:
        conf += 0.1
    if not c.trig.nominal:
        conf += 0.1
    if c.status == "claimed":
        conf -= 0.1
    trig_text = text[c.trig.start:c.trig.end]
    summary = c.type.replace("_", " ")
    if places:
        summary += f" in {places[0].name}"
    summary += f": {trig_text}"
    return ExtractedEvent(
        type=c.type,
        status=c.status,
        evidence_start=s,
        evidence_end=e,
        evidence=text[s:e],
        date_start=ds,
        date_end=de,
        date_precision=prec,
        date_text=dtext,
        date_method=method,
        places=places,
        actors=actors,
        killed_low=killed_low,
        killed_high=killed_high,
        count=c.count,
        summary=summary,
        confidence=round(min(conf, 0.95), 2),
        trigger=trig_text,
        trigger_start=c.trig.start,
        trigger_end=c.trig.end,
    )


def _specificity(p: PlaceRef) -> int:
    # towns before provinces before countries
    if getattr(p, "admin1", None) and getattr(p, "latitude", None) is not None:
        return 0
    if getattr(p, "admin1", None):
        return 1
    return 2
