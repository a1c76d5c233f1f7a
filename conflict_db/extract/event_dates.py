"""Dating what a sentence leaves undated, from the rest of the article.

A retelling ("The attack happened late Sunday"), a detail named again, a campaign's launch
day, or the last dated event of the same scene gives an undated event its date; a date
inherited that way is approximate.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .article_dates import said_on
from .candidates import Candidate, DateMention
from .consolidate import countries_of, place_keys, same_scene
from .cues import IN_THE_INCIDENT, KILLING_TYPES, RELATIVE_LEAD, SINCE_BEFORE, SINCE_CLAUSE_BEFORE


def _past_day(d: DateMention, ref) -> bool:
    return d.precision in ("day", "approx") and (ref is None or d.date_end <= ref)


# "The attack happened late Sunday", "The kidnapping took place on Monday evening": a sentence
# that dates an incident the article has already told
_REFERENCE_RX = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w'’-]+\s+)?(?P<noun>attack|raid|assault|ambush|abduction|"
    r"kidnapping|bombing|blast|explosion|strike|incident|shooting|massacre|killings?)\s+"
    # ("The assault on the post in Boulkessi, near the border, took place on Monday night")
    r"(?:(?:on|in|at|near|against)\s+[^.;!?]{0,80}?[\s,]+)?"
    r"(?:(?:itself|reportedly|apparently)\s+)?"
    r"(?:happened|occurred|took\s+place|began|started|unfolded|was\s+carried\s+out)\b"
    r"(?P<tail>[^.;!?]{0,40})", re.I)


# "blamed the Sunday attack on ...", "Friday's bombing": the day of an incident already told
_DAY_REFERENCE_RX = re.compile(
    r"\b(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:'s|’s)?\s+(?:(?:deadly|suicide|twin|air|"
    r"drone|rocket|missile|car|bomb|night|morning|evening)\s+)?(?:attacks?|raids?|assaults?|ambush|bombings?|"
    r"blasts?|explosions?|strikes?|airstrikes?|massacre|killings?|abduction|kidnapping|shelling)\b")


_REFERENCE_WORDS = ("happened", "occurred", "took place", "began", "started", "unfolded", "carried out")


def _date_by_day_reference(live: list[Candidate], text: str, dates: list[DateMention], ref) -> None:
    """"20 people were killed in an air raid, rescue teams told AFP on Monday. Houthi rebels
    blamed the Sunday attack on the coalition": a violent event dated only by the day it was
    reported takes the day the next lines give that incident."""
    for m in _DAY_REFERENCE_RX.finditer(text):
        d = next((x for x in dates if x.start <= m.start("day") < x.end and _past_day(x, ref)), None)
        if d is None:
            continue
        for c in live:
            if c.drop or c.sent[1] > m.start() or m.start() - c.sent[1] > 400 or not c.trig.violent \
                    or c.date is None or c.date.precision != "day" \
                    or not said_on(text, c.date):
                continue
            if 0 < (c.date.date_start - d.date_start).days <= 3:
                c.date = d


def date_by_reference(cands: list[Candidate], text: str, dates: list[DateMention], ref) -> None:
    """An incident dated after it was told ("Gunmen have abducted 15 students ... The attack
    happened late Sunday") takes that date: the events told before it without a date of
    their own, or only with the day a spokesman spoke ("said Monday that two guards were
    killed in the attack"). The dating sentence then tells no event of its own."""
    live = [c for c in cands if not c.drop]
    if not live:
        return
    _date_by_day_reference(live, text, dates, ref)
    low = text.lower()
    if not any(w in low for w in _REFERENCE_WORDS):
        return
    lo = min(c.sent[0] for c in live)
    # (to the end: the dating sentence may tell no event of its own)
    for m in _REFERENCE_RX.finditer(text, lo):
        tail_s, tail_e = m.span("tail")
        d = next((x for x in dates if tail_s <= x.start < tail_e and _past_day(x, ref)), None)
        if d is None:
            continue
        if text[max(0, m.start() - 3):m.start()].rstrip(" \"'”’")[-1:] not in ("", ".", "!", "?", "\n"):
            # not the subject of its sentence ("said the incident happened on Monday evening
            # when gunmen invaded ...", "where the attack took place on Friday"): it dates
            # nothing, but an attack it retells on the day of one already told is that one
            if any(c.sent[1] <= m.start() and c.trig.violent and c.date is not None
                   and c.date.date_start == d.date_start for c in live):
                for c in live:
                    if c.type == "clash" and c.sent[0] <= m.start() < c.sent[1] and c.trig.start >= m.start() \
                            and c.date is not None and c.date.date_start == d.date_start:
                        c.drop = True
            continue
        dated = []
        began = bool(re.search(r"\b(?:began|started)\b", m.group(), re.I))
        for c in live:
            if c.drop or c.sent[1] > m.start() or c.status == "planned":
                continue
            said = c.date is not None and c.date.date_start >= d.date_start and said_on(text, c.date)
            # an attack that "began" on a day may have ended in what was told before (a town
            # taken days later); one that "occurred" on a day is what was told
            if c.date is None or (said and (IN_THE_INCIDENT.search(text, c.clause[0], c.clause[1]) or (
                    c.trig.violent and m.start() - c.sent[1] < 400 and not began))):
                c.date, c.date_how = d, "own"
                dated.append(c)
        if dated:
            for c in live:
                if m.start() <= c.trig.start < m.end("noun") and c.trig.nominal:
                    c.drop = True


# what tells another incident than the one just told
_ANOTHER_RX = re.compile(r"\b(?:another|other|separate|separately|also|earlier|previous|second|"
                         r"meanwhile|elsewhere)\b", re.I)


_ATTACK_FAMILY = KILLING_TYPES | {"abduction"}


_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|time|span)\b", re.I)


def date_same_period(cands: list[Candidate], text: str) -> None:
    """"Two civilians have been killed since July 8. In Gaza, 604 Palestinians had been killed
    over the same period": a toll told over the period of the toll before it takes its dates."""
    last = None
    for c in cands:
        if c.drop or c.type != "casualty_report":
            continue
        if last is not None and c.sent[0] >= last.sent[1] and c.sent[0] - last.sent[1] < 400 \
                and _SAME_PERIOD.search(text, c.sent[0], c.sent[1]) \
                and (c.date is None or c.date.precision != "range"):
            c.date, c.date_how = last.date, "same"
        if c.date is not None and c.date.precision == "range":
            last = c


def date_by_detail(cands: list[Candidate], text: str) -> None:
    """"Gunmen massacred 51 villagers, the authorities said Monday. Gunmen on Sunday stormed
    the villages of ...": a violent event dated only by the day it was reported takes the
    earlier day the next sentence gives the same incident (same kind of violence, a place in
    common, nothing that marks it as another one); that sentence adds no event of its own."""
    live = [c for c in cands if not c.drop]
    for i, c in enumerate(live):
        if not c.trig.violent or c.status == "planned" or c.date is None or c.date.precision != "day" \
                or not said_on(text, c.date):
            continue
        for e in live[i + 1:]:
            if e.sent[0] < c.sent[1] or e.drop:
                continue  # the same sentence, or a retelling already used
            if e.para > c.para + 3 or e.sent[0] - c.sent[1] > 600:
                break
            if e.date is None or e.date_how != "own" or not e.trig.violent or e.date.precision != "day" \
                    or e.date.type == "PRIOR" \
                    or said_on(text, e.date):
                continue
            same_kind = e.type == c.type or (e.type in _ATTACK_FAMILY and c.type in _ATTACK_FAMILY)
            shared = (place_keys(c) & place_keys(e) or countries_of(c) & countries_of(e)) if c.places else True
            if same_kind and shared and 0 < (c.date.date_start - e.date.date_start).days <= 3 \
                    and not _ANOTHER_RX.search(text, e.sent[0], e.sent[1]):
                c.date = e.date
                if e.type == c.type or e.type == "clash":
                    e.drop = True  # the incident retold, not another one
            break


_CAMPAIGN = r"(?:offensive|operation|campaign|assault|incursion|invasion|war|fighting|conflict|siege|bombardment)"


_SINCE_CAMPAIGN = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|launch|outbreak)\s+of\s+(?:the|its|their|this|a)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<n1>" + _CAMPAIGN + r")|(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<n2>"
    + _CAMPAIGN + r")\s+(?:began|started|was\s+launched))\b", re.I)


_CAMPAIGN_BEGAN = (r"\b(?:launched|began|started|opened|unleashed)\s+(?:(?:its|the|a|an|their|his)\s+)?"
                   r"(?:[\w'’-]+\s+){0,2}?%s\b"
                   # "since heavy fighting erupted on September 27" (told without "since", fighting that
                   # broke out is as likely one clash as the war)
                   r"|\bsince\s+(?:[\w'’-]+\s+){0,3}?%s\s+(?:(?:first|again)\s+)?"
                   r"(?:erupted|began|started|broke\s+out|flared(?:\s+up)?)\b"
                   # "The assault, the most serious threat to the city in years, began before dawn on Friday"
                   r"|\b(?:the|its|their)\s+%s\b[^.;!?]{0,120}?\b(?:began|started|was\s+launched)\b")
# A running total, told in the perfect with no day or incident of its own ("says 31 civilians
# have died", "more than 200 people have been killed"): counted from the day the fighting
# began, when the article tells it.
_RUNNING_TOLL = re.compile(
    r"\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+killed|died|perished|lost\s+their\s+lives)\b",
    re.I)


def _episode_start(cands: list[Candidate], toll: Candidate, until, text: str):
    """The first day of the run of violence the article tells up to ``until``: violent events
    a week apart at most, counted back from that day (a toll in "the violence" counts the
    story's own violence, not an attack of last month)."""
    days = sorted({c.date.date_start for c in cands if c is not toll and not c.drop and c.trig.violent
                   and c.type != "casualty_report" and c.status == "occurred" and c.date is not None
                   and c.date.precision in ("day", "approx") and c.date.type != "PRIOR"
                   and c.date.date_start <= until and until - c.date.date_start <= timedelta(days=30)
                   and not said_on(text, c.date)}, reverse=True)
    start = None
    last = until
    for day in days:
        if (last - day).days > 7:
            break
        start = last = day
    return start


def date_since_campaign(cands: list[Candidate], text: str, dates: list[DateMention], ref) -> None:
    """"60 civilians had been killed since the start of the offensive", the offensive's launch
    told earlier ("five days after Ankara launched its cross-border offensive"): a toll from
    that day to the report's. A running total with no period of its own ("31 civilians have
    died", "officials said on Tuesday that 40 people had been killed") counts from the day the
    fighting began, if the article tells that day, else from the first day of the violence it
    tells, up to the day the toll was given."""
    if ref is None:
        return
    for c in cands:
        # "had received more than 120 bodies by Sunday evening": a running count up to that day
        by_day = c.date is not None and c.date.precision == "day" and _BY_DAY.search(
            text, max(0, c.date.start - 12), c.date.start) is not None
        if c.drop or c.type != "casualty_report" or (c.date is not None and not by_day and not said_on(text, c.date)):
            continue  # (the day a toll was given is not its start)
        m = _SINCE_CAMPAIGN.search(text, c.sent[0], c.sent[1])
        if m is not None:
            noun = re.escape((m.group("n1") or m.group("n2")).lower())
        elif by_day:
            m, noun = _BY_DAY.search(text, max(0, c.date.start - 12), c.date.start), _CAMPAIGN
        else:
            m = _RUNNING_TOLL.search(text, c.sent[0], c.sent[1])
            if m is None or IN_THE_INCIDENT.search(text, c.sent[0], c.sent[1]):
                continue
            noun = _CAMPAIGN
        # the last telling before the toll that says the day ("since heavy fighting erupted on
        # September 27": a span the engine reads from that day)
        near = None
        for b in reversed(list(re.compile(_CAMPAIGN_BEGAN % (noun, noun, noun), re.I).finditer(text, 0, c.sent[0]))):
            near = min((d for d in dates if min(abs(d.start - b.start()), abs(d.start - b.end())) < 120
                        and d.date_start <= ref and not _BREAK.search(text, min(d.end, b.start()), max(d.start, b.end()))
                        and (
                d.precision in ("day", "approx") or (d.precision == "range" and d.start >= b.end()))),
                key=lambda d: abs(d.start - b.start()), default=None)
            if near is not None:
                break
        first = near.date_start if near is not None else None
        if first is None and not by_day and c.date is not None and c.date.precision == "day":
            first = _episode_start(cands, c, c.date.date_start, text)
            if first is not None and first >= c.date.date_start:
                first = None
        if first is None or (by_day and not first < c.date.date_start):
            continue
        # (up to the day the toll was given, if it says one)
        end = c.date.date_end if c.date is not None and c.date.precision == "day" else ref
        c.date = DateMention(m.start(), m.end(), text[m.start():m.end()], first,
                             end, "range", "past", "RUNNING")
        c.date_how = "own"


_BREAK = re.compile(r"[.!?][\"”’]?\s|\n")  # (a date told in another sentence is not the launch's)


_BY_DAY = re.compile(r"\bby\s+(?:late\s+|early\s+)?$", re.I)


_PART_OF_MONTH = re.compile(r"(?:mid|late)\b", re.I)


def _first_day(d: DateMention):
    """Where a period told by its month starts: "since mid-November" from the 15th."""
    if d.precision == "month":
        m = _PART_OF_MONTH.match(d.text)
        if m is not None:
            return d.date_start + timedelta(days=14 if m.group().lower() == "mid" else 20)
    return d.date_start


def _possessive(text: str, d: DateMention) -> bool:
    return text[d.end - 2:d.end] in ("'s", "’s") or text[d.end:d.end + 2] in ("'s", "’s")


_YEAR = timedelta(days=365)


def attach_dates_across(cands: list[Candidate], text: str = "", dates=(), lines=(), ref=None) -> None:
    """Undated events inherit the date of the event they continue (precision approx): the
    latest of the previous dated event and a date said earlier in the same paragraph; an
    undated lede takes the first date of the paragraph that follows it. A toll "since" a
    day runs from that day to the report; an event dated over a year back is history, unless
    told with a day of its own."""
    for c in cands:
        d = c.date
        if d is None or c.date_how == "inherited":
            continue
        if c.type == "casualty_report" and ref is not None and d.date_start < ref and (
                d.precision in ("day", "approx") or (
                    # "killed since October": from the month's first day (a total since a month
                    # years back is the war's, and history)
                    d.precision in ("week", "month") and ref - d.date_start <= timedelta(days=365))) \
                and SINCE_CLAUSE_BEFORE.search(text, max(0, d.start - 90), d.start):
            # up to the day the toll was given ("said on Monday that 456 civilians had been killed
            # since June 6"), else the report's
            told = next((x.date_end for x in dates if c.sent[0] <= x.start < c.trig.start and x is not d
                         and x.precision == "day" and d.date_start <= x.date_end <= ref and said_on(text, x)), ref)
            c.date = DateMention(d.start, d.end, d.text, _first_day(d), told, "range", d.direction, d.type)
        elif c.type != "casualty_report" and d.start > c.trig.end and ref is not None and d.date_start < ref \
                and SINCE_BEFORE.search(text, max(c.trig.end, d.start - 60), d.start):
            # "had fallen to rebel forces since conflict broke out two months ago": any time since
            c.date = DateMention(d.start, d.end, d.text, _first_day(d), ref, "range", d.direction, d.type)
        elif ref is not None and (ref - d.date_end) > _YEAR and not (
                d.precision in ("day", "month") and c.date_how in ("own", "free")):
            # (a day or a month of its own is told as an event: "the ambush on a convoy on June 4,
            # 2015", "In December 2018, its fighters killed 17 construction workers")
            c.drop = True
    first_para = min((c.para for c in cands if not c.drop), default=None)
    anchor: DateMention | None = None
    by_type: dict[str, tuple[DateMention, int]] = {}
    for pos, c in enumerate(cands):
        if c.drop:
            continue
        if c.date is not None:
            # not what is told as earlier ("came a day after ..."), nor a month or a year
            # told in a relative clause ("the capital, which was overrun last year"), nor
            # the day a period began ("violence since May 10, when battles erupted")
            # (nor a running toll: a total since the war began tells no scene to continue)
            if c.status != "planned" and c.date.type not in ("PRIOR", "RUNNING") and not (
                    c.date.precision not in ("day", "approx")
                    and RELATIVE_LEAD.match(text, c.clause[0])) and not (
                    c.date.start < c.clause[0] and SINCE_BEFORE.search(text, max(0, c.date.start - 40), c.date.start)) \
                    and not _possessive(text, c.date) and not (
                        c.date.precision == "month" and ref is not None and ref - c.date.date_end > _YEAR):
                # (not "set off by last Wednesday's bombing": a day named as another's cause; nor
                # a month years back: history told in passing, not the scene that goes on)
                anchor = c.date
                by_type[c.type] = (c.date, c.para)
            continue
        if c.status == "planned":
            continue
        same = by_type.get(c.type)
        if same is not None and c.para - same[1] <= 3 and same[0] is not anchor:
            # the story of a release continues with the release's date, not the raid's
            anchor = same[0]
        if c.after is not None and anchor is not None and anchor.start == c.after.start:
            anchor = None  # "pupils abducted earlier this month have been freed": not then
        near = None
        if lines and dates:
            ps, _pe = lines[c.para]
            for x in dates:
                if x.start >= c.trig.start:
                    break
                if x.start >= ps and _past_day(x, ref) and (anchor is None or x.start > anchor.start) \
                        and (c.after is None or x.start != c.after.start) \
                        and not SINCE_BEFORE.search(text, max(0, x.start - 40), x.start):
                    near = x
        if near is None and anchor is None and c.para == first_para and lines and dates \
                and c.para + 1 < len(lines):
            ns, ne = lines[c.para + 1]
            near = next((x for x in dates if ns <= x.start < ne and _past_day(x, ref)), None)
            if near is not None:
                # "Three soldiers have been killed in a suicide car bomb attack ... Sunday's
                # explosion took place near the gate": the lede's incident, told in detail
                for o in cands:
                    if o is not c and not o.drop and o.type == c.type and o.date_how == "own" and o.trig.nominal \
                            and o.date is not None and (o.date.start, o.date.end) == (near.start, near.end) \
                            and same_scene(c, o, shared_place=True):
                        o.drop = True
                        c.places = o.places + [p for p in c.places if p not in o.places]
                        c.killed = c.killed or o.killed
                        c.count = c.count if c.count is not None else o.count
        if near is not None:
            c.date = near
            c.date_how = "inherited"
            anchor = near
            continue
        if same is None and not c.trig.violent and c.type != "casualty_report":
            # "signed a truce in Moscow ... The ceasefire was announced early on Saturday": the
            # day the same story gives next, rather than another event's before it
            ahead = next((o for o in cands[pos + 1:] if not o.drop and o.type == c.type
                          and o.date_how not in (None, "inherited") and o.status != "planned" and o.para - c.para <= 1
                          and o.date is not None and _past_day(o.date, ref) and same_scene(c, o)), None)
            if ahead is not None:
                c.date = ahead.date
                c.date_how = "inherited"
                continue
        if anchor is None:
            continue
        d = anchor
        if d.precision == "range":
            # a development told after a period report is most likely its latest part
            d = DateMention(d.start, d.end, d.text, d.date_end, d.date_end, "approx", d.direction, d.type)
        c.date = d
        c.date_how = "inherited"
