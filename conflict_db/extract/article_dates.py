"""The dates an article tells, resolved against its publication day.

The date engine (`conflict_db.temporal`) reads the main text; this module adds the phrasings
it leaves to context ("the following day", "a day earlier", "since then", "on the 15th",
"over the past 24 hours", weekdays in lower case) and resolves the relative ones against the
day told before them, the way a reader follows the story.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

# the date engine is not optional: a fault in it must show, not leave every event undated
from conflict_db.temporal import find_dates as _find_dates
from conflict_db.temporal import reference_date as _reference_date
from conflict_db.temporal.calendar import add_months, month_bounds
from conflict_db.temporal.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS

from .candidates import DateMention
from .cues import NEWS_VERBS
from .sentences import is_abbrev_period
from .spans import case_exotic, inside

_SPEECH_VERB_AFTER = re.compile(r",?\s+(?:(?-i:[A-Z][\w'’-]*)\s+){0,2}(?:" + NEWS_VERBS + r")\b", re.I)


def coerce_published(published):
    if published is None or isinstance(published, (date, datetime)):
        return published
    return str(published)


def publication_day(published) -> date | None:
    if published is None:
        return None
    try:
        return _reference_date(published)
    except Exception:  # a malformed timestamp: read its date as written, below
        pass
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


_MON3 = r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec"
_PRINT_DATELINE = re.compile(
    r"\s*(?-i:[A-Z][A-Za-z.'’-]+)(?:,?\s+(?-i:[A-Z][A-Za-z.'’-]+)){0,3},?\s+"
    rf"(?:(?P<mon>{_MON3})[a-z]*\.?\s+(?P<day>[12]?\d|3[01])"
    rf"|(?P<day2>[12]?\d|3[01])\s+(?P<mon2>{_MON3})[a-z]*\.?)"
    r"\s*(?:[.:]|[-–—]{1,2}\s)", re.I)


def dateline_day(text: str, lines, ref: date | None) -> date | None:
    """The day a print edition's dateline names when it is the day before the publication date
    ("COLOMBO, OCT. 16." in the paper of the 17th): the day its "today" and "this evening" mean."""
    if ref is None:
        return None
    for s, e in lines[:3]:
        m = _PRINT_DATELINE.match(text, s, e)
        if m is None:
            continue
        mon = MONTHS[(m.group("mon") or m.group("mon2")).lower()]
        day = int(m.group("day") or m.group("day2"))
        try:
            d = date(ref.year if mon <= ref.month else ref.year - 1, mon, day)
        except ValueError:
            return None
        return d if (ref - d).days == 1 else None
    return None


def engine_dates(text: str, published, ref: date | None) -> list[DateMention]:
    """The engine's dates of ``text``; ``ref`` is ``publication_day(published)``."""
    try:
        exprs = _find_dates(text, published)
    except Exception:
        return []
    out = []
    for x in exprs:
        if x.date_start is None or x.date_end is None:
            continue
        prec = x.precision
        if prec in ("quarter", "season", "decade"):
            prec = "range"
        elif prec not in ("day", "week", "month", "year", "range"):
            continue
        start = x.date_start
        if ref is not None and start < ref <= x.date_end and _LATER_THIS.match(x.text):
            start, prec = ref, "range"  # "later this week": the rest of the week, from today
        out.append(DateMention(x.start, x.end, x.text, start, x.date_end, prec,
                               getattr(x, "direction", "none"), x.type))
    return out


_LATER_THIS = re.compile(r"later\s+(?:this|in\s+the)\s+(?:week|month|year)\b", re.I)


_RECASE_RX = re.compile(
    r"\b(?:january|february|april|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|apr|jun|jul|aug|sept?|oct|"
    r"nov|dec)\b(?=\.?\s+\d|\s+(?:\d|last|this|next|morning|afternoon|evening|night)|[^\w-])"
    r"|\b(?:in|on|since|early|late|last|next|of|until|by|from|mid)\s(?P<mm>may|march)\b"
    r"|\b(?:may|march)(?=\s+\d)")


_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def recase(text: str) -> str:
    """Lower-cased text (no capitals at all): month and weekday names capitalised again for
    the date engine, which reads "may" and "march" only as capitalised names. Same length."""
    sample = text[:4000]
    # number of [A-Z] in the sample, counted in C (translate deletes them)
    if len(sample) - len(sample.translate(_DROP_UPPER)) > len(sample) * 0.004:
        return text
    def up(m: re.Match) -> str:
        if m.group("mm"):
            return m.group()[:m.start("mm") - m.start()] + m.group("mm").capitalize()
        return m.group().capitalize()

    return _RECASE_RX.sub(up, text)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_WD_ALT = "|".join(_WEEKDAYS)


# (and "the past 24, 48, 72 hours": one, two, three days)
_NUMW = {**NUMBER_WORDS, "24": 1, "48": 2, "72": 3}


# (?=[...]): the first letters of the branches below (or a digit), a cheap test that spares
# trying every branch at every position (the pattern has no literal prefix)
_EXTRA_DATE_RX = re.compile(
    rf"""
    (?=[olesbfutmwaidn\d])
    (?:
    \b(?:on|late\s+on|early\s+on|late|early|last|since|by|from|until|this)\s+(?P<wd>{_WD_ALT})\b
  | \b(?P<wds>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))s\b(?=\s+[a-z])
  | \b(?P<ovn>overnight)\b
  | \b(?P<reln>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<relu>days?|weeks?|months?)\s+
        (?P<reld>earlier|later|after|before|previously)\b
  | \bthe\s+(?P<rel2>following|next|previous)\s+(?P<relu2>day|morning|evening|night)\b
  | \b(?:the|that)\s+(?P<same>same\s+(?:day|night|morning|evening|afternoon)|(?-i:evening|night|morning|afternoon))\b(?!\s+(?:of|before|after)\b)
  | \bthe\s+day\s+(?P<rel3>before|after)\b(?!\s+(?:tomorrow|yesterday))
  | \b(?P<since_then>since\s+then)\b
  | \b(?:on|by|until|from)\s+the\s+(?P<dom>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|day|time))
  | \b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?P<pn>24|48|72|\d|two|three|four|five|six|
        seven)\s+)?(?P<pu>hours?|days?|week)\b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


# Every _EXTRA_DATE_RX match contains one of these (lower-cased): lines without any are skipped.
_EXTRA_DATE_WORDS = ("day", "night", "week", "month", "then", "hour", "morning", "evening", "st", "nd",
                     "rd", "th")


def extra_dates(text, lines, dates: list[DateMention], ref) -> list[DateMention]:
    """Date phrasings the engine leaves out: "overnight", "a day earlier", "the following day",
    "since then", "over the past 24 hours", weekdays in lower case or with a lost apostrophe
    ("Fridays assault"). Relative ones (kind ``rel``) are resolved later against the date
    mentioned before them; the others against the publication date."""
    if ref is None:
        return dates
    from datetime import timedelta

    taken = [(d.start, d.end) for d in dates]
    extra = []
    for ls, le in lines:
        low = text[ls:le].lower()
        if not any(w in low for w in _EXTRA_DATE_WORDS) and not case_exotic(text, ls, le):
            continue
        for m in _EXTRA_DATE_RX.finditer(text, ls, le):
            s, e = m.span()
            if (m.group("ovn") or m.group("wd") or m.group("wds")) and any(
                    a - 25 < e and s < b + 25 for a, b in taken):
                continue  # "overnight on June 13", "Sunday overnight": the engine's date rules
            if any(a < e and s < b for a, b in taken):
                if m.group("pu"):
                    continue
            wd = m.group("wd") or m.group("wds")
            if wd:
                if m.group("wd"):
                    s, e = m.span("wd")
                k = _WEEKDAYS.index(wd.lower())
                back = (ref.weekday() - k) % 7
                if text[m.start():m.start() + 4].lower() == "last" and back == 0:
                    back = 7
                day = ref - timedelta(days=back)
                extra.append(DateMention(s, e, text[s:e], day, day, "day", "past", "DATE"))
            elif m.group("ovn"):
                day = ref - timedelta(days=1)
                extra.append(DateMention(s, e, text[s:e], day, day, "approx", "past", "DATE"))
            elif m.group("pu"):
                unit = m.group("pu").lower()
                n = _NUMW.get((m.group("pn") or "a").lower()) or int(m.group("pn"))
                if unit.startswith("hour"):
                    n = max(1, n if m.group("pn") in ("24", "48", "72") else 1)
                elif unit.startswith("week"):
                    n = 7
                extra.append(DateMention(s, e, text[s:e], ref - timedelta(days=n), ref, "range",
                                         "past", "PERIOD"))
            elif m.group("dom"):
                # "on the 15th": that day of the month being told (kind DOM, resolved later)
                s = text.index("the", m.start(), e)
                d = DateMention(s, e, text[s:e], ref, ref, "rel", "none", "DOM")
                d.offset = int(m.group("dom"))
                extra.append(d)
            else:
                if m.group("since_then"):
                    off = 0
                elif m.group("reln"):
                    n = _NUMW.get(m.group("reln").lower()) or int(m.group("reln"))
                    n *= 7 if m.group("relu").lower().startswith("week") else 1
                    off = -n if m.group("reld").lower() in ("earlier", "before", "previously") else n
                elif m.group("rel2"):
                    off = -1 if m.group("rel2").lower() == "previous" else 1
                elif m.group("same"):
                    off = 0  # "the same day", "That evening": the day just told
                else:
                    off = -1 if m.group("rel3").lower() == "before" else 1
                kind = "SINCE" if m.group("since_then") else (
                    "RELM" if (m.group("relu") or "").lower().startswith("month") else "REL")
                d = DateMention(s, e, text[s:e], ref, ref, "rel", "none", kind)
                d.offset = off
                extra.append(d)
    if not extra:
        return dates
    out = [d for d in dates if not (d.precision == "range" and d.type != "PERIOD" and any(
        x.type == "PERIOD" and x.start <= d.start < x.end for x in extra))]
    out += extra
    out.sort(key=lambda d: d.start)
    return out


# the verb of an event told as the time of another: "The kidnapping came a day after ..."
_CAME_BEFORE = re.compile(
    r"\b(?:came|comes|happened|occurred|took\s+place|followed|began|started|unfolded)\s+"
    r"(?:(?:just|only|barely|exactly|nearly|almost|about|some|roughly)\s+)?$", re.I)


_SAID = r"\b(?:said|says|told|reported|announced|added|stated|wrote)\s+(?:\w+\s+)?"


# or where: "said in Pretoria on Monday", "told a news conference in Kabul on Tuesday" (a place
# named, or a venue; not "said at least 30 were killed on Monday")
_SAID_AT = (r"\b(?:said|says|told(?:\s+\w+)?|reported|announced|added|stated|wrote|posted|tweeted)\s+(?:(?:in|at)\s+(?:the\s+)?"
            r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}|(?:in|at|to)\s+(?:a|the)\s+(?:news\s+|press\s+)?"
            r"(?:conference|briefing|statement|interview|meeting|rally|summit|video|audio\s+message|"
            r"message|recording|letter|post)\s+(?:(?:obtained|posted|released|published|broadcast|aired)\s+)?"
            r"(?:in\s+(?-i:[A-Z])[\w'’.-]*\s+)?|"
            # "wrote on Facebook on Friday", "said on state television on Sunday"
            r"(?:on|via)\s+(?:(?:its|his|her|their|the)\s+)?(?:Facebook|Twitter|X|Telegram|Instagram|YouTube|"
            r"social\s+media|(?:[\w-]+\s+)?(?:website|television|TV|radio))(?:\s+(?:page|account|channel))?\s+)")


# the day someone spoke: "said Monday", "told reporters on Tuesday"
_SAID_DATE = re.compile(f"(?:{_SAID}|{_SAID_AT})" + r"(?:(?:on|late\s+on|early\s+on)\s+)?$", re.I)


SPEECH_DATE = re.compile(f"(?:{_SAID}|{_SAID_AT})" + r"(?:on|late\s+on|early\s+on)\s+$", re.I)


def said_on(text: str, d, lo: int = 0) -> bool:
    """``d`` is the day someone spoke ("said Monday"), looking back no further than ``lo``."""
    return _SAID_DATE.search(text, max(lo, d.start - 40), d.start) is not None


def news_day(text: str, d, lo: int = 0) -> bool:
    """... or the day of the news told before its verb ("police on Tuesday confirmed")."""
    return said_on(text, d, lo) or _SPEECH_VERB_AFTER.match(text, d.end) is not None


def _day_of_month(d: DateMention, last: DateMention | None, ref) -> DateMention:
    """"On the 15th": that day of the month of the last day told, else of the latest month
    whose 15th is not after the publication date."""
    base = last.date_start if last is not None else ref
    month = date(base.year, base.month, 1)
    if last is None and d.offset > ref.day:
        month = add_months(month, -1)
    last_day = month_bounds(month.year, month.month)[1].day
    day = month.replace(day=min(d.offset, last_day))
    return DateMention(d.start, d.end, d.text, day, day, "day", "past", "DATE")


_AFTER_THAT = re.compile(r"\s+(?:that|this)(?=\s*[,.;:]|\s+(?:day|night|morning|evening|incident|attack)\b)", re.I)


def resolve_relative(text, dates: list[DateMention], ref, quotes) -> list[DateMention]:
    """"a day earlier" = the day before the last date mentioned (past, day-precise); periods
    counted back from now ("over the past week") end on the day the speaker said so."""
    from datetime import timedelta

    out = []
    last = told = None  # the last past day said, and the last that is not a day of speaking
    since = None  # "since then" counts from the last past date told, a month or a year too
    month_told = None  # the last past month told
    q_starts = [s for s, _ in quotes]
    # "Two days later, ... The following day, ...": the engine counts "the following day" from
    # the last date it read itself, not from the day just told; counted here, it follows that
    # day. The engine's reading stands where nothing past was told before (a future sequence).
    twins = [x for x in dates if x.precision == "rel" and x.type == "REL"]
    shadowed: set[int] = set()
    for i, d in enumerate(dates):
        if d.precision != "rel" and twins:
            twin = next((x for x in twins if x.start < d.end and d.start < x.end), None)
            if twin is not None:
                if last is not None and (ref is None or d.date_end <= ref):
                    continue
                shadowed.add(id(twin))
        if d.precision == "rel":
            if id(d) in shadowed:
                continue
            if d.type == "SINCE" and since is not None:
                out.append(DateMention(d.start, d.end, d.text, since.date_start, ref or since.date_end,
                                       "range", "past", "SINCE", anchor=since.start))
                continue
            if d.type == "DOM":
                out.append(_day_of_month(d, last, ref))
                last = told = out[-1]
                continue
            if month_told is not None and (last is None or month_told.start > last.start) \
                    and d.offset > 0 and d.type in ("REL", "RELM") and d.text.lower().endswith("later"):
                # "abducted 60 women in January last year. They were freed a week later": the
                # month told last, moved on (a month's day is not known, so a month)
                moved = add_months(month_told.date_start, d.offset) if d.type == "RELM" else \
                    month_told.date_start + timedelta(days=d.offset)
                first, end = month_bounds(moved.year, moved.month)
                if ref is None or end <= ref:
                    out.append(DateMention(d.start, d.end, d.text, first, end, "month", "past", "DATE"))
                    continue
            if last is None or d.type == "SINCE":
                continue
            base, off, kind = last, d.offset, "DATE"
            if d.text.lower().endswith(("after", "before")) and not _AFTER_THAT.match(text, d.end):
                # (not "Two days after that, a missile hit ...": counted on from the last day told)
                o = out[-1] if out else None
                gap = text[o.end:d.start] if o is not None else ""
                if o is not None and o.precision in ("day", "approx") and len(gap) < 150 \
                        and "\n" not in gap and not _sentence_break(text, o.end, d.start):
                    # "released on Tuesday, four days after gunmen stormed ...": the time
                    # clause is counted back from its sentence's own date, and is the storming's
                    base, off, kind = o, -d.offset, "PRIOR"
                elif _CAME_BEFORE.search(text, max(0, d.start - 40), d.start):
                    # "The attack came a day after Ethiopians voted": the attack is the last
                    # event told (not the day someone spoke of it), and what follows "after"
                    # happened the day before it
                    base, off, kind = told or last, -d.offset, "PRIOR"
            if d.type == "RELM":
                month = add_months(base.date_start, off)
                first, end = month_bounds(month.year, month.month)
                nd = DateMention(d.start, d.end, d.text, first, end, "month", "past", "DATE")
                out.append(nd)
                since = nd
                continue
            day = base.date_start + timedelta(days=off)
            prec = "day" if abs(off) < 7 else "approx"
            nd = DateMention(d.start, d.end, d.text, day, day, prec, "past", kind)
            out.append(nd)
            if kind != "PRIOR":
                last = told = nd
            continue
        if d.precision == "month" and since is not None and _THAT_YEAR.match(text, d.end):
            # "since April 2013, including 67 in the siege of Westgate in September that year"
            first, end = month_bounds(since.date_start.year, d.date_start.month)
            out.append(DateMention(d.start, d.end, d.text, first, end, "month", "past", d.type))
            continue
        if d.precision == "year" and out and out[-1].precision == "month" and \
                _THAT_YEAR.fullmatch(text, out[-1].end, d.end):
            continue  # its month took it
        if d.precision == "range" and ref is not None and d.date_end == ref:
            # "... said on Sunday that its forces had retaken 20 settlements in the past 24 hours"
            for o in dates[max(0, i - 3):i + 4]:
                if o is d or o.precision != "day" or o.date_start >= ref:
                    continue
                if abs(o.start - d.start) > 200 or "\n" in text[min(o.start, d.start):max(o.end, d.end)]:
                    continue
                if SPEECH_DATE.search(text, max(0, o.start - 40), o.start):
                    shift = o.date_start - ref
                    d = DateMention(d.start, d.end, d.text, d.date_start + shift, o.date_start, "range",
                                    d.direction, d.type)
                    break
        out.append(d)
        if (ref is None or d.date_end <= ref) and not inside(q_starts, quotes, d.start):
            month_told = d if d.precision == "month" else month_told
            if d.precision in ("day", "approx"):
                last = d
                if d.type != "TIME" and not said_on(text, d):
                    told = d  # a bare "around 1 p.m." is of the day being told, not a day
            if d.precision not in ("rel", "range"):
                since = d
    return out


_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)


def _sentence_break(text: str, lo: int, hi: int) -> bool:
    """A sentence ends between ``lo`` and ``hi`` (not the period of "Sgt." or "U.S.")."""
    return any(m.group() != "." or not is_abbrev_period(text, m.start())
               for m in _BREAK.finditer(text, lo, hi))


_BREAK = re.compile(r"[.!?](?=[\"”’']?\s+[A-Z])")


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s+(?:the\s+)?", re.I)


_WEEK_AGO = re.compile(r"(?:a|one)\s+week\s+ago", re.I)
_YEAR_AGO = re.compile(r"(?:a|one)\s+year\s+ago", re.I)
_THIS_UNIT = re.compile(r"\s+this\s+(?:month|week)", re.I)
_DAY_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?:and|to|until|-|–)\s+$", re.I)


_ENDED_ON = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:ended|finished|closed)\s+(?:on\s+|late\s+)?", re.I)


def year_ago(dates: list[DateMention], ref) -> list[DateMention]:
    """"A year ago, the insurgents crossed into Nampula": the month a year before the story's day
    (the engine, as TimeML does, counts it from the last date told: a year-ago quarter)."""
    if ref is None:
        return dates
    out = []
    for d in dates:
        if _YEAR_AGO.fullmatch(d.text):
            first, last = month_bounds(ref.year - 1, ref.month)
            d = DateMention(d.start, d.end, d.text, first, last, "month", "past", "DATE")
        out.append(d)
    return out


_AFTER_DAYS_OF = re.compile(r"\b(?:after|following)\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)


def days_before_a_day(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"entered Anefis on 7 October after three days of fighting", "After four days of fighting,
    the divisions collapsed on Monday": the days up to the day the sentence tells, not up to the
    report (the engine reads "three days of fighting" alone as the days before publication)."""
    out = list(dates)
    for i, a in enumerate(dates):
        if a.type != "DURATION" or a.precision != "range" or not a.text[:1].isalnum() \
                or _AFTER_DAYS_OF.search(text, max(0, a.start - 20), a.start) is None:
            continue
        told = [b for b in dates if b is not a and b.precision == "day" and b.direction != "future"
                and not _sentence_break(text, min(a.end, b.end), max(a.start, b.start))
                and not re.search(r"[;\n]", text[min(a.end, b.end):max(a.start, b.start)])]
        if not told:
            continue
        # the day just before it ("on 7 October after") or the day it was told ("said on Tuesday
        # that it had retaken the town after"), else the next one told
        before = [b for b in told if b.end <= a.start and (a.start - b.end <= 30 or said_on(text, b))]
        after = [b for b in told if b.start >= a.end]
        if not before and not after:
            continue
        b = before[-1] if before else after[0]
        out[i] = DateMention(a.start, a.end, a.text, b.date_start - (a.date_end - a.date_start), b.date_start,
                             "range", a.direction, "PERIOD")
    return out


def join_ranges(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"between January and April", "from May 1 to May 5": one period, from the first day of
    the one to the last day of the other (the engine reads each date on its own, as TimeML does)."""
    out: list[DateMention] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        b = dates[i + 1] if i + 1 < len(dates) else None
        if b is not None and b.precision in ("month", "week") and \
                _YEAR_AGO.fullmatch(a.text) and _THIS_UNIT.fullmatch(text, a.end, b.end):
            # "A year ago this month": that month (or week), a year back
            try:
                s0, e0 = b.date_start.replace(year=b.date_start.year - 1), b.date_end.replace(year=b.date_end.year - 1)
            except ValueError:  # (29 February)
                s0, e0 = b.date_start - timedelta(days=365), b.date_end - timedelta(days=365)
            out.append(DateMention(a.start, b.end, text[a.start:b.end], s0, e0, b.precision, a.direction, "DATE"))
            i += 2
            continue
        if b is not None and b.precision == "day" and _WEEK_AGO.fullmatch(a.text) and not text[a.end:b.start].strip() \
                and b.text[:3].lower() in WEEKDAYS:
            # "a week ago Thursday": the Thursday before the last one
            day = b.date_start - timedelta(days=7)
            out.append(DateMention(a.start, b.end, text[a.start:b.end], day, day, "day", "past", "DATE"))
            i += 2
            continue
        m = _DAY_RANGE_BEFORE.search(text, max(0, a.start - 20), a.start) if a.precision == "day" else None
        if m is not None and 0 < int(m.group("d")) < a.date_start.day:
            # "Between 6 and 12 August": from the first day named, in the same month
            first = a.date_start.replace(day=int(m.group("d")))
            out.append(DateMention(m.start("d"), a.end, text[m.start("d"):a.end], first, a.date_end, "range",
                                   a.direction, "PERIOD"))
            i += 1
            continue
        if b is not None and a.type == "DURATION" and a.precision == "range" and b.precision == "day" \
                and _ENDED_ON.fullmatch(text, a.end, b.start):
            # "over three days of fighting that ended Saturday": the days up to that one
            out.append(DateMention(a.start, b.end, text[a.start:b.end], b.date_start - (a.date_end - a.date_start),
                                   b.date_start, "range", a.direction, "PERIOD"))
            i += 2
            continue
        if b is not None and a.precision in ("day", "month", "week") and b.precision in ("day", "month", "week") \
                and a.date_start <= b.date_end and _RANGE_OPEN.search(text, max(0, a.start - 14), a.start) \
                and _RANGE_JOIN.fullmatch(text, a.end, b.start):
            out.append(DateMention(a.start, b.end, text[a.start:b.end], a.date_start, b.date_end, "range",
                                   a.direction, "PERIOD"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
