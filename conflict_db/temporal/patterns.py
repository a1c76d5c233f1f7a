"""The grammar: regular expressions for temporal expressions and what each one means.

Each rule is a compiled regex plus a handler. Handlers get the match and a ``Ctx`` (text,
anchor, lazy tense reading) and return a ``Spec`` or None to reject the match. The span of an
expression is the named group ``t`` when present (context words such as "since" or "on" are
matched but not tagged, as TimeBank does), else the whole match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from . import calendar as cal
from . import resolve as rs
from .lexicon import MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS, SETS, UNITS, WEEKDAYS, number_value
from .tense import direction as read_direction


@dataclass(slots=True)
class Spec:
    type: str
    value: str
    date_start: date | None = None
    date_end: date | None = None
    precision: str = "unknown"
    direction: str = "none"
    mod: str = ""
    # Set when the tagged span starts later than the match ("almost three-year": "three-year").
    start: int | None = None
    end: int | None = None
    # "a year earlier" and the like compare with a period; they do not become the topic.
    comparison: bool = False


class Ctx:
    __slots__ = ("text", "anchor", "last_quarter", "last_date", "last_day")

    def __init__(self, text: str, anchor: date | None):
        self.text = text
        self.anchor = anchor
        # Discourse state: "the quarter", "a year earlier" refer back to the last period named.
        self.last_quarter: tuple[int, int] | None = None
        self.last_date: Spec | None = None
        self.last_day: Spec | None = None  # the last single day named ("earlier in the day")

    def direction(self, m: re.Match) -> str:
        s, e = m.span("t") if "t" in m.re.groupindex else m.span()
        return read_direction(self.text, s, e)


def _spec(r, type_: str = "DATE", direction: str = "none", mod: str = "") -> Spec | None:
    if r is None:
        return None
    v, s, e, p = r
    return Spec(type_, v, s, e, p, direction, mod)


# ---------------------------------------------------------------- fragments
_MONTH_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# Case-sensitive (capitalised or all caps) inside case-insensitive patterns: "may", "march".
MONTH = rf"(?-i:(?:{_MONTH_FULL}|{_MONTH_FULL.upper()})\b|(?:{_MONTH_ABBR}|{_MONTH_ABBR.upper()})(?:\.|\b))"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_UNITS_W = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_W = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# Broadcast transcripts spell years out: "nineteen ninety-six", "two thousand".
SPOKEN_YEAR = rf"(?:nineteen(?:\s+|-){_TENS_W}(?:[\s-]{_UNITS_W})?|two\s+thousand(?:\s+and)?(?:\s+{_UNITS_W}|\s+{_TENS_W})?\b)"
YEAR = rf"(?:(?:1[6-9]|20)\d\d(?![\d])|{SPOKEN_YEAR})"


def _year_num(s: str) -> int:
    s = s.strip().lower()
    if s[:1].isdigit():
        return int(s)
    if s.startswith("two thousand"):
        rest = s[len("two thousand"):].replace("and", "").strip()
        return 2000 + int(number_value(rest) or 0) if rest else 2000
    rest = s[len("nineteen"):].strip(" -")
    return 1900 + int(number_value(rest) or 0)
_NUMWORD = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
            r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a dozen|dozen")
NUM = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_NUMWORD}|an?)(?:\s+and\s+a\s+half)?)"
VAGUE = r"(?:several|a\s+few|few|many|some|a\s+couple\s+of|couple\s+of|a\s+number\s+of|numerous)"
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
APPROX = (r"(?:about|around|approximately|nearly|almost|some|more\s+than|over|less\s+than|under|"
          r"at\s+least|at\s+most|up\s+to|roughly|barely|fewer\s+than|no\s+more\s+than|"
          r"no\s+less\s+than|the\s+better\s+part\s+of)")
_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "nearly": "APPROX",
         "almost": "LESS_THAN", "roughly": "APPROX", "some": "APPROX", "more than": "MORE_THAN",
         "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
         "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
         "no more than": "EQUAL_OR_LESS", "fewer than": "LESS_THAN"}


def _unit_key(u: str) -> str:
    u = u.lower()
    if u.startswith("centur"):
        return "century"
    return u[:-1] if u.endswith("s") else u


def _month_num(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _mod(s: str | None) -> str:
    return _MODS.get(re.sub(r"\s+", " ", s.lower()), "") if s else ""


def _amount(s: str | None) -> float | None:
    if not s:
        return 1
    s = s.lower()
    if re.match(VAGUE + r"$", s):
        return None
    half = 0.5 if ("1/2" in s or "and a half" in s) else 0
    s = re.sub(r"\s+1/2|\s+and\s+a\s+half", "", s)
    v = number_value(s)
    return None if v is None else v + half


# ---------------------------------------------------------------- handlers
@dataclass(slots=True, eq=False)
class Rule:
    rx: re.Pattern
    fn: Callable
    priority: int
    # Lower-case words (or "#" for any number) one of which every match contains: the engine
    # only runs the rule in windows around them, which is what keeps find_dates fast.
    triggers: frozenset
    # How far a match can extend before and after its trigger word (characters).
    reach: tuple[int, int] = (45, 45)
    # Which numbers trigger it: "" none, "4" four-digit numbers only, "12" one or two digits,
    # "any" all.
    digits: str = ""


RULES: list[Rule] = []

MONTH_WORDS = frozenset(MONTHS) | {"sept"}
WEEKDAY_WORDS = frozenset(w for w in WEEKDAYS if len(w) > 3)
UNIT_WORDS = frozenset("second seconds minute minutes hour hours day days night nights week weeks "
                       "fortnight fortnights month months quarter quarters year years decade "
                       "decades century centuries".split())
SPOKEN = frozenset({"nineteen", "thousand"})


def rule(pattern: str, triggers, flags: int = re.IGNORECASE, priority: int = 0,
         reach: tuple[int, int] = (45, 45), digits: str = ""):
    rx = re.compile(pattern, flags)
    trig = frozenset(t for t in (triggers.split() if isinstance(triggers, str) else triggers) if t != "#")

    def deco(fn):
        RULES.append(Rule(rx, fn, priority, trig, reach, digits))
        return fn
    return deco


@rule(r"\b(?P<t>(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)(?![\d-])", priority=2, triggers="#", reach=(12, 24), digits="4")
def _iso(m, ctx):
    try:
        d = date(_year_num(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return Spec("TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}", d, d, "day")
    return Spec("DATE", d.isoformat(), d, d, "day")


@rule(r"(?<![\d/.$£€])\b(?P<t>(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2}))(?![\d/]|\.\d)", triggers="#", reach=(8, 12), digits="any")
def _numeric(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), _year_num(m["y"])
    if len(m["y"]) == 2:
        y += 2000 if y < 50 else 1900
    opts = []
    # Dots are European (d.m.y); slashes try both readings, US first.
    orders = [(b, a)] if m["sep"] == "." else [(a, b), (b, a)]
    for mo, d in orders:
        try:
            opts.append(date(y, mo, d))
        except ValueError:
            pass
    if not opts:
        return None
    d = opts[0]
    if len(opts) == 2 and ctx.anchor is not None:
        # Ambiguous 06/01/2014: the reading nearer the publication date wins.
        d = min(opts, key=lambda o: abs((o - ctx.anchor).days))
    return Spec("DATE", d.isoformat(), d, d, "day")


_FULL = (rf"(?P<t>(?:(?P<wd>{WEEKDAY})\s*,?\s+(?:the\s+)?)?"
         rf"(?:(?P<mon1>{MONTH})\s*(?P<d1>{DAYNUM})|(?P<d2>{DAYNUM})\s+(?:of\s+)?(?P<mon2>{MONTH}))"
         rf"(?:\s*,?\s*(?P<y>{YEAR})|\s*,?\s+(?P<rel>this|last|next)\s+year)?)")


@rule(r"\b" + _FULL, priority=1, triggers=MONTH_WORDS, reach=(22, 30))
def _full_date(m, ctx):
    mon = _month_num(m["mon1"] or m["mon2"])
    day = int(re.match(r"\d+", m["d1"] or m["d2"]).group())
    year = _year_num(m["y"]) if m["y"] else None
    if year is None and m["rel"] and ctx.anchor:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    # "May 5" is safe; "May 2" after a modal ("they may 2") is not: require capital month.
    d = ctx.direction(m) if year is None else "none"
    if year is None and m["wd"] and ctx.anchor:
        # "Saturday, April 25": the year whose April 25 is a Saturday, nearest first.
        wd = WEEKDAYS[m["wd"].lower()]
        for y in sorted((ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1), key=lambda y: abs(y - ctx.anchor.year)):
            try:
                if date(y, mon, day).weekday() == wd:
                    year = y
                    break
            except ValueError:
                pass
    return _spec(rs.month_day(mon, day, ctx.anchor, d, year), direction=d)


# "November 9-10, 2020", "9-10 November": the days of one month, from the first to the last
@rule(rf"\b(?P<t>(?:(?P<mon1>{MONTH})\s*(?P<a1>\d{{1,2}})\s*[-–]\s*(?P<b1>\d{{1,2}})(?!\d|\s*[-–/:])"
      rf"|(?P<a2>\d{{1,2}})\s*[-–]\s*(?P<b2>\d{{1,2}})\s+(?P<mon2>{MONTH}))(?:\s*,?\s*(?P<y>{YEAR})|\s+(?P<rel>this|last|next)\s+year)?)",
      priority=2, triggers=MONTH_WORDS, reach=(12, 30))
def _day_range(m, ctx):
    mon = _month_num(m["mon1"] or m["mon2"])
    first, last = int(m["a1"] or m["a2"]), int(m["b1"] or m["b2"])
    if not 1 <= first < last <= 31:
        return None
    year = _year_num(m["y"]) if m["y"] else None
    if year is None and m["rel"] and ctx.anchor:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    d = ctx.direction(m) if year is None else "none"
    start = rs.month_day(mon, first, ctx.anchor, d, year)
    if start is None or start[1] is None:
        return None
    try:
        end = start[1].replace(day=last)
    except ValueError:
        return None
    return Spec("DATE", start[0], start[1], end, "range", d)


# a past verb beside a month: "which it seized in January", "In January, jihadists abducted"
_PAST_VERB_BEFORE = re.compile(r"\b(?-i:[a-z]{3,}ed)\s+(?:(?!(?:to|will|would|be)\b)[\w'’-]+\s+){0,3}?"
                               r"(?:in|during|by|early\s+in|late\s+in)\s+$")
_PAST_VERB_AFTER = re.compile(r",\s+(?:[\w'’-]+\s+){1,3}?(?-i:[a-z]{3,}ed)\b")
_MONTH_CTX = re.compile(r"(?i)\b(the|in|since|until|till|by|of|during|from|to|through|before|after|early|late|mid|last|next|this|since|between|and|or|'s)\s*-?\s*$")


@rule(rf"\b(?P<t>(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+)?"
      rf"(?:(?P<rel>last|next|this|past)\s+)?(?P<mon>{MONTH})(?:\s*,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?P<rely>this|last|next)\s+year)?)(?!\s*\d)", triggers=MONTH_WORDS, reach=(32, 30))
def _month(m, ctx):
    name = m["mon"]
    mon = _month_num(name)
    year = _year_num(m["y"]) if m["y"] else None
    if len(name.rstrip(".")) <= 4 and name.rstrip(".").lower() not in ("may", "june", "july") and year is None and not name.endswith("."):
        return None  # "Mar", "Jan" alone are too often something else
    if name in ("May", "MAY", "March", "MARCH") and year is None and not m["mod"] and not m["rel"] and not m["rely"]:
        before = ctx.text[max(0, m.start() - 20):m.start()]
        if not _MONTH_CTX.search(before):
            return None
    if year is None and m["rely"] and ctx.anchor:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["rely"].lower()]
    rel = (m["rel"] or "").lower() or None
    if rel == "past":
        rel = "last"
    d = ctx.direction(m) if year is None and rel is None else "none"
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or "").lower().split()[0] if m["mod"] else "", "")
    if m["mod"] and "end" in m["mod"].lower():
        mod = "END"
    elif m["mod"] and ("beginning" in m["mod"].lower() or "start" in m["mod"].lower()):
        mod = "START"
    elif m["mod"] and "middle" in m["mod"].lower():
        mod = "MID"
    told_past = d == "past" and (_PAST_VERB_BEFORE.search(ctx.text, max(0, m.start() - 45), m.start()) is not None
                                 or _PAST_VERB_AFTER.match(ctx.text, m.end()) is not None)
    sp = _spec(rs.month_only(mon, ctx.anchor, d, year, rel, told_past), direction=d, mod=mod)
    if sp and mod == "START" and m["mod"] and m["mod"].lower() != "early":
        # "since the start of January": the range runs from the first day to today.
        before = ctx.text[max(0, m.start() - 12):m.start()].lower()
        if "since" in before and ctx.anchor and sp.date_start and sp.date_start <= ctx.anchor:
            sp.date_end, sp.precision = ctx.anchor, "range"
    return sp


@rule(rf"\b(?P<t>(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<wd>{WEEKDAY})(?:'s)?(?:\s+(?P<pod>morning|afternoon|evening|night|overnight))?)\b", triggers=WEEKDAY_WORDS, reach=(12, 14))
def _weekday(m, ctx):
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower() or None
    if rel == "coming":
        rel = "next"
    elif rel == "past":
        rel = "last"
    d = ctx.direction(m) if rel is None else "none"
    sp = _spec(rs.weekday(wd, ctx.anchor, d, rel), direction=d)
    # "Friday night": TimeBank mostly keeps the day ("1998-08-07"), so the part of day only
    # narrows nothing here; the day is what users of the date need.
    return sp


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}


@rule(r"\b(?P<t>(?:(?P<mod>early|late)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?)\b", triggers="today tonight yesterday tomorrow")
def _day_word(m, ctx):
    w = re.sub(r"\s+", " ", m["w"].lower())
    sp = _spec(rs.relative_unit("day", _DAY_WORDS[w], ctx.anchor))
    if sp is None:
        return None
    if m["mod"]:
        sp.mod = "START" if m["mod"].lower() == "early" else "END"
    if m["pod"] or w == "tonight":
        sp.type = "TIME"
        sp.value += "T" + PARTS_OF_DAY[(m["pod"] or "night").lower()]
    return sp


@rule(r"\b(?P<t>(?:this|last|yesterday|tomorrow)\s+(?P<pod>morning|afternoon|evening|night))\b", priority=1, triggers="morning afternoon evening night")
def _this_pod(m, ctx):
    w = m.group("t").lower().split()[0]
    off = -1 if (w == "yesterday" or (w == "last" and m["pod"].lower() == "night")) else (1 if w == "tomorrow" else 0)
    if w == "last" and m["pod"].lower() != "night":
        off = -1
    sp = _spec(rs.relative_unit("day", off, ctx.anchor))
    if sp:
        sp.type = "TIME"
        sp.value += "T" + PARTS_OF_DAY[m["pod"].lower()]
    return sp


_REL_OFFSETS = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
                "coming": 1, "following": 1, "the": 0, "this past": -1, "latest": -1}


@rule(r"\b(?P<t>(?:(?P<pre>earlier|later|early|late|the\s+(?:end|start|beginning|middle)\s+of)\s+)?"
      r"(?P<rel>(?:the\s+)?(?:last|past|previous|this|current|next|coming|following|latest)|this\s+past|the)\s+"
      r"(?P<unit>week|weekend|month|year|quarter|decade|century|fiscal\s+year|financial\s+year))\b(?!-)", triggers="week weekend month year quarter decade century")
def _rel_unit(m, ctx):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    has_the = rel.startswith("the ") or rel == "the"
    rel_word = rel[4:] if rel.startswith("the ") else rel
    unit = m["unit"].lower().split()[-1]
    pre = (m["pre"] or "").lower()
    tail = ctx.text[m.end():m.end() + 6]
    if rel_word == "the" and unit not in ("weekend", "quarter") and not pre:
        # "the year" / "the month" alone is rarely a date; "the year's" even less.
        if unit == "year" and not tail.startswith(("'", "-")):
            if re.match(r"\s+(?:ended|ending|to\s+date|through)\b", ctx.text[m.end():m.end() + 12]):
                return Spec("DURATION", "P1Y")  # "the year ended June 30": a span
            return _spec(rs.relative_unit("year", 0, ctx.anchor))
        return None
    if has_the and rel_word in ("past", "last", "next", "coming", "following", "previous") and unit in ("week", "month", "year", "decade", "century") and not pre:
        # "the past year", "the next month": a duration ending (or starting) today.
        n = 1
        key = {"week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}[unit]
        sp = Spec("DURATION", cal.duration_value(n, key, False), precision="range")
        _duration_range(sp, n, unit, -1 if rel_word in ("past", "last", "previous") else 1, ctx.anchor)
        return sp
    if unit == "quarter":
        if rel_word == "the":
            return _the_quarter
        if rel_word == "latest":
            off = -1
            return _spec(rs.relative_unit("quarter", -1, ctx.anchor))
        off = _REL_OFFSETS.get(rel_word, 0)
    elif unit == "weekend" and rel_word in ("the", "this"):
        off = 0
        if ctx.anchor and rel_word == "the" and ctx.anchor.weekday() < 5:
            # the verb before decides ("withdrew at the weekend"); words after it often belong
            # to another clause ("..., in what Moscow called a planned regrouping")
            ts, te = m.span("t")
            off = 0 if read_direction(ctx.text[:te], ts, te) == "future" else -1
    else:
        off = _REL_OFFSETS.get(rel_word, 0)
    sp = _spec(rs.relative_unit(unit, off, ctx.anchor))
    if sp is None:
        return None
    if pre:
        if pre in ("earlier", "early") or "start" in pre or "beginning" in pre:
            sp.mod = "START"
        elif pre in ("later", "late") or "end" in pre:
            sp.mod = "END"
        elif "middle" in pre:
            sp.mod = "MID"
        if pre == "earlier" and unit == "week" and ctx.anchor and off == 0:
            sp.date_end = ctx.anchor
        if "start" in pre or "beginning" in pre:
            before = ctx.text[max(0, m.start() - 12):m.start()].lower()
            if "since" in before and ctx.anchor and sp.date_start and sp.date_start <= ctx.anchor:
                sp.date_end, sp.precision = ctx.anchor, "range"
    return sp


def _the_quarter(ctx: Ctx) -> Spec | None:
    """"the quarter": the one last named, else the last completed one (earnings reports)."""
    if ctx.last_quarter:
        y, q = ctx.last_quarter
        s, e = cal.quarter_bounds(y, q)
        return Spec("DATE", f"{y:04d}-Q{q}", s, e, "quarter")
    return _spec(rs.relative_unit("quarter", -1, ctx.anchor))


def _duration_range(sp: Spec, n, unit: str, sign: int, anchor: date | None, end_yesterday=False):
    """Fill date_start/date_end for a duration that runs up to (or from) today."""
    if anchor is None or n is None:
        return
    try:
        if unit in ("day", "night"):
            span = timedelta(days=n)
        elif unit == "week":
            span = timedelta(weeks=n)
        elif unit == "month":
            span = anchor - cal.add_months(anchor, -int(n))
        elif unit in ("year", "decade", "century"):
            k = {"year": 1, "decade": 10, "century": 100}[unit]
            span = anchor - cal.add_years(anchor, -int(n * k))
        else:
            return
    except (ValueError, OverflowError):
        return
    if end_yesterday:
        end = anchor - timedelta(days=1)
        sp.date_start, sp.date_end = end - span + timedelta(days=1), end
    elif sign < 0:
        sp.date_start, sp.date_end = anchor - span, anchor
    else:
        sp.date_start, sp.date_end = anchor, anchor + span
    sp.precision = "range"


_GRANTED_BEFORE = re.compile(r"\b(?:declared|declares|declaring|announced|announces|ordered|orders|proclaimed|"
                             r"decreed|gave|gives|given|granted|grants|giving|imposed|imposes)\s+(?:an?\s+)?$", re.I)


@rule(rf"\b(?P<t>(?:(?P<approx>{APPROX})\s+)?(?:(?P<the>the)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|latest|final|initial|same|remaining|recent)\s+)?"
      rf"(?:(?P<n>{NUM}|{VAGUE})(?:\s+(?:more|additional|straight|consecutive|full|long|short))?(?P<hy>\s+|-)(?P<unit>{UNIT})(?P<long>[\s-]long)?)"
      rf"(?P<ago>\s+(?:ago|earlier|before|later|from\s+now|hence|before\s+that|after\s+that))?)\b(?P<old>-old|\s+old\b)?", triggers=UNIT_WORDS, reach=(42, 16))
def _duration(m, ctx):
    if m["old"]:
        return None  # ages: "a 28-year-old", "28 years old" are not tagged
    unit = _unit_key(m["unit"])
    n_raw = m["n"].lower()
    if unit in ("second", "quarter") and n_raw in ("a", "an", "one") and not m["ago"]:
        return None  # "a second attack", "a quarter of the population"
    if n_raw in ("some", "many", "few") and m["unit"].lower() == unit:
        return None  # "some day", "many a year": not a duration
    n = _amount(n_raw)
    if m["hy"] == "-" and n is None:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", n_raw) and m["hy"] != "-":
        before = ctx.text[max(0, m.start("n") - 2):m.start("n")]
        if before.endswith(("$", "£", "€", "#")):
            return None
    mod = _mod(m["approx"])
    start = None
    if m["approx"] and m["approx"].lower() == "over" and (m["the"] or m["rel"]):
        # "over the next two weeks": "over" is the preposition, not "more than"
        mod, start = "", m.start("the") if m["the"] else m.start("rel")
    if m["hy"] == "-" and (m["approx"] or m["the"]):
        start = m.start("n")  # adjectives ("almost three-year conflict") tag the number-unit only
    if m["ago"]:
        word = re.sub(r"\s+", " ", m["ago"].strip().lower())
        sign = -1 if word in ("ago", "earlier", "before", "before that") else 1
        if unit == "year" and n == 1 and word in ("ago", "earlier", "before that", "later", "after that"):
            return lambda ctx2: _year_earlier(ctx2, sign)
        if word in ("ago", "from now", "hence"):
            return _spec(rs.ago(n, unit, ctx.anchor, sign), mod=mod)
        # "three days later", "30 days before": TimeBank tags the amount as a duration.
        key, is_time = UNITS[unit]
        return Spec("DURATION", cal.duration_value(n, key, is_time), mod=mod, start=start, end=m.end("unit"))
    if n is not None and n >= 1000:
        return None  # "the 1988 quarter" is a year
    if n_raw == "one" and unit == "day" and re.search(r"(?i)\b(?:will|would|may|might|could|can|shall|'ll)\s+$", ctx.text[max(0, m.start() - 8):m.start()]):
        return Spec("DATE", "FUTURE_REF")  # "may one day target": some day
    key, is_time = UNITS[unit]
    sp = Spec("DURATION", cal.duration_value(n, key, is_time), mod=mod, start=start)
    rel = (m["rel"] or "").lower()
    of_after = re.match(r"\s+of\s+\w", ctx.text[m.end():m.end() + 6])
    if rel == "following" and not m["the"] and of_after:
        # "calm settled following four days of clashes": a preposition, the days came before
        if ctx.anchor:
            _duration_range(sp, n, unit, -1, ctx.anchor, end_yesterday=unit == "day")
    elif rel in ("past", "last", "previous", "recent"):
        _duration_range(sp, n, unit, -1, ctx.anchor)
    elif rel in ("next", "coming", "following"):
        _duration_range(sp, n, unit, 1, ctx.anchor)
    elif unit == "day" and of_after and ctx.anchor:
        # "nine days of fighting" in a report: the toll counts up to the report, so the days
        # run to the day before publication (the report day itself is rarely complete).
        # (not a period given or ordered: "declared three days of national mourning")
        if ctx.direction(m) != "future" and not _GRANTED_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            _duration_range(sp, n, unit, -1, ctx.anchor, end_yesterday=True)
    if rel == "recent" and n is None and unit == "year":
        return Spec("DATE", "PAST_REF", mod=mod)
    return sp


@rule(r"\b(?P<t>(?:(?P<the>the)\s+)?(?P<rel>past|coming|next|last|recent|previous|following|ensuing|intervening)\s+(?P<unit>days|weeks|months|years|decades|centuries|hours|minutes))\b", triggers="days weeks months years decades centuries hours minutes", reach=(22, 3))
def _vague_plural(m, ctx):
    unit = _unit_key(m["unit"])
    rel = m["rel"].lower()
    if rel == "recent" and unit == "year":
        return Spec("DATE", "PAST_REF")
    key, is_time = UNITS[unit]
    return Spec("DURATION", cal.duration_value(None, key, is_time))


@rule(r"(?P<pre>\b(?:for|over|in|within|after|took|take|takes|lasting)\s+)(?P<t>(?:many\s+)?(?P<unit>days|weeks|months|years|decades|centuries|hours|minutes))\b(?!\s+(?:of|ago|earlier|later|before|after|old))", triggers="days weeks months years decades centuries hours minutes", reach=(14, 16))
def _bare_plural(m, ctx):
    unit = _unit_key(m["unit"])
    key, is_time = UNITS[unit]
    return Spec("DURATION", cal.duration_value(None, key, is_time))


def _year_earlier(ctx: Ctx, sign: int, unit: str = "") -> Spec | None:
    """"a year earlier" refers to the period last talked about, one year back."""
    if unit == "quarter" or (unit != "day" and ctx.last_quarter):
        if ctx.last_quarter:
            y, q = ctx.last_quarter
        elif ctx.anchor:
            cq = (ctx.anchor.month - 1) // 3
            y, q = (ctx.anchor.year, cq) if cq else (ctx.anchor.year - 1, 4)
        else:
            return Spec("DATE", "XXXX-QX", comparison=True)
        s, e = cal.quarter_bounds(y + sign, q)
        return Spec("DATE", f"{y + sign:04d}-Q{q}", s, e, "quarter", comparison=True)
    last = ctx.last_date
    if last and last.precision in ("month", "day", "season") and last.date_start:
        v = last.value
        try:
            y = int(v[:4]) + sign
        except ValueError:
            y = None
        if y is not None and last.date_start:
            s = cal.add_years(last.date_start, sign)
            e = cal.add_years(last.date_end, sign) if last.date_end else s
            return Spec("DATE", f"{y:04d}{v[4:]}", s, e, last.precision, comparison=True)
    sp = _spec(rs.relative_unit("year", sign, ctx.anchor))
    if sp:
        sp.comparison = True
    return sp


@rule(r"\b(?P<t>(?:the\s+)?(?:comparable\s+|same\s+)?year[-\s](?:earlier|ago)(?:\s+(?:comparable\s+)?(?P<u>quarter|period|level))?)\b", triggers="year")
def _year_ago_period(m, ctx):
    u = (m["u"] or "").lower()
    return lambda ctx2: _year_earlier(ctx2, -1, "quarter" if u == "quarter" else "")


@rule(rf"\b(?P<t>(?:the\s+)?(?P<y>{YEAR})\s+(?:fiscal\s+)?(?P<u>quarter|period))\b", priority=2, triggers="quarter period")
def _year_period(m, ctx):
    y = _year_num(m["y"])
    def res(ctx2):
        if ctx2.last_quarter:
            q = ctx2.last_quarter[1]
            s_, e_ = cal.quarter_bounds(y, q)
            return Spec("DATE", f"{y:04d}-Q{q}", s_, e_, "quarter", comparison=True)
        return Spec("DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")
    return res


# military time told once in a sentence ("at around 1500") makes its other four-digit times too
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_BEFORE = re.compile(r"\bat\s+(?:around\s+|about\s+|approximately\s+|roughly\s+)?" + _CLOCK.pattern +
                           r"\b[^.;!?]*$")


@rule(rf"\b(?P<t>(?:(?P<fy>fiscal|financial)\s+(?:year\s+)?|(?P<ty>the\s+year\s+))?(?P<y>{YEAR})(?P<s>'?s)?)(?![-/:.]?\d)(?!\s*(?:%|percent|per\s*cent|people|troops|soldiers|men|women|children|workers|jobs|shares|members|employees|prisoners|fighters|families|homes|tons|barrels|feet|meters|metres|miles|km|kilometers|votes|seats|dead|deaths|casualties|refugees|rebels|militants|tanks|units)\b)", triggers=SPOKEN | {"#"}, reach=(22, 22), digits="4")
def _year(m, ctx):
    before = ctx.text[max(0, m.start() - 2):m.start()]
    if before and (before[-1] in "$£€#,.:/-+" or before[-1].isdigit()):
        return None
    y = _year_num(m["y"])
    if m["y"][:1].lower() == "t" and not m["ty"] and not re.search(r"(?i)\byear\s+$", ctx.text[max(0, m.start() - 8):m.start()]):
        return None  # "two thousand troops"
    if not m["s"] and _CLOCK.fullmatch(m["y"]) and \
            _CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start()):
        return None  # "began at around 1500 and continued until 1815": a clock, not a year
    if m["s"]:
        if y % 10:
            return None
        dec = y // 10
        return Spec("DATE", f"{dec:03d}", date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31), "decade")
    return Spec("DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


@rule(r"\b(?P<t>(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<y>(?:1[0-9]|20)\d0)'?s|'(?P<yy>\d0)s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b", priority=1, triggers="# twenties thirties forties fifties sixties seventies eighties nineties", reach=(16, 6), digits="any")
def _decade(m, ctx):
    if m["y"]:
        dec = _year_num(m["y"]) // 10
    elif m["yy"]:
        yy = int(m["yy"])
        dec = (1900 + yy) // 10 if yy >= 20 else (2000 + yy) // 10
    else:
        if not m.group("t").lower().startswith("the"):
            return None
        k = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].index(m["w"].lower()) + 2
        dec = 190 + k
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower(), "")
    return Spec("DATE", f"{dec:03d}", date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31), "decade", mod=mod)


_ORD_CENT = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
             "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@rule(r"\b(?P<t>(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>[a-z]+(?:-first)?))[\s-]+century)\b", triggers="century")
def _century(m, ctx):
    n = int(m["n"]) if m["n"] else _ORD_CENT.get((m["w"] or "").lower())
    if not n:
        return None
    c = n - 1
    return Spec("DATE", f"{c:02d}", date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31), "decade")


@rule(rf"\b(?P<t>(?:(?P<the>the)\s+)?(?:(?P<rel>this|last|next|early|late|mid|this\s+past|the\s+past)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?)\b", triggers="spring summer fall autumn winter")
def _season(m, ctx):
    s = SEASONS[m["s"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    year = _year_num(m["y"]) if m["y"] else None
    if year is None and not rel:
        before = ctx.text[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(in|during|by|until|this|last|next|through|over|since)\s+(the\s+)?$", before):
            return None
        if s == "FA" and m["the"] and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
            return None  # "the fall of Aleppo"
    if m["s"].lower() == "fall" and year is None and not rel and not m["the"]:
        return None
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(rel, "")
    r = {"this past": "last", "the past": "last"}.get(rel, rel if rel in ("this", "last", "next") else None)
    if r == "this" and ctx.anchor:
        year = ctx.anchor.year - 1 if (s == "WI" and ctx.anchor.month <= 2) else ctx.anchor.year
    d = ctx.direction(m) if year is None and r is None else "none"
    return _spec(rs.season(s, ctx.anchor, year, r, d), direction=d, mod=mod)


_Q_ORD = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


@rule(rf"\b(?P<t>(?:(?:the|its|this\s+year's|last\s+year's|next\s+year's|(?P<yp>{YEAR})'?s?)\s+)?(?:(?:fiscal|calendar|financial|latest|current)\s+)?{_Q_ORD}[\s-]+(?:(?:fiscal|calendar)\s+)?quarters?"
      rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<y>{YEAR})|(?P<rely>this|last|next)\s+year))?)\b", priority=1, triggers="quarter quarters")
def _quarter(m, ctx):
    q = ORDINALS[m["q"].lower()]
    t = m.group("t").lower()
    year = _year_num(m["y"] or m["yp"]) if (m["y"] or m["yp"]) else None
    if year is None and ctx.anchor:
        if m["rely"] or "year's" in t:
            w = m["rely"] or t.split()[0]
            year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[w.lower()]
    return _spec(rs.quarter(q, ctx.anchor, year))


@rule(rf"\b(?P<t>Q(?P<q>[1-4])(?:\s+(?P<y>{YEAR}))?)\b", flags=0, triggers="#", reach=(2, 8), digits="12")
def _q_short(m, ctx):
    y = _year_num(m["y"]) if m["y"] else None
    return _spec(rs.quarter(int(m["q"]), ctx.anchor, y))


@rule(rf"\b(?P<t>(?:the\s+)?(?P<h>first|second|1st|2nd|latter|last)[\s-]+half(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rely>this|last|next)\s+year|the\s+year))?)\b", triggers="half")
def _half(m, ctx):
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["y"]:
        y = _year_num(m["y"])
    elif ctx.anchor:
        y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}.get((m["rely"] or "this").lower(), 0)
    else:
        return Spec("DATE", f"XXXX-H{h}", precision="unknown")
    if not (m["y"] or m["rely"] or "the year" in m.group("t").lower()):
        # "the second half" of a match, a meeting...: only a date when a year follows.
        return None
    s, e = cal.half_bounds(y, h)
    return Spec("DATE", f"{y:04d}-H{h}", s, e, "unknown")


_REFS = {
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "current": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "the past": "PAST_REF", "in the past": "PAST_REF", "formerly": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "shortly": "FUTURE_REF", "in the near future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "someday": "FUTURE_REF", "one day": "FUTURE_REF",
}


# Precision on TimeBank decided this list: "previously", "soon", "shortly", the adjectives
# "recent"/"future" are tagged less often than not, so they are left out.
@rule(r"\b(?P<t>right\s+now|now|currently|nowadays|at\s+present|current|these\s+days|recently|lately|the\s+(?:near\s+|distant\s+)?future|the\s+past|as\s+soon\s+as\s+possible|the\s+(?:near|short|long)\s+term)\b(?!-)", triggers="now currently nowadays present current days recently lately future past possible term")
def _ref(m, ctx):
    w = re.sub(r"\s+", " ", m.group("t").lower())
    after = ctx.text[m.end():m.end() + 12].lower()
    if w == "the past" and re.match(r"\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|\d|few|several|two|three|four|five|six|seven|eight|nine|ten)", after):
        return None
    if w == "now" and re.match(r"\s*-", after):
        return None
    if w in ("future", "the future", "the near future") and re.match(r"\s+of\b", after):
        return None
    if w == "current" and re.match(r"\s+(?:account|affairs|events|president|leader|chairman|government|regime|crisis|situation|members|ruling|law|system|policy|rate|rates|price|prices|accounts|issue|form|state)\b", after):
        pass
    return Spec("DATE", _REFS.get(w, "PRESENT_REF"))


@rule(r"\b(?P<t>(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?(?:\s*,?\s+(?:on\s+)?(?:(?P<wd>{wd})|(?P<mon>{mon})\s*(?P<day>{day})))?)(?!\w)".replace("{wd}", WEEKDAY).replace("{mon}", MONTH).replace("{day}", DAYNUM), triggers="#", reach=(3, 40), digits="12")
def _clock(m, ctx):
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    mi = m["mi"] or "00"
    if m["wd"]:
        r = rs.weekday(WEEKDAYS[m["wd"].lower()], ctx.anchor, ctx.direction(m))
        day_v, ds = r[0], r[1]
    elif m["mon"]:
        r = rs.month_day(_month_num(m["mon"]), int(re.match(r"\d+", m["day"]).group()), ctx.anchor, ctx.direction(m))
        if r is None:
            return None
        day_v, ds = r[0], r[1]
    else:
        def on_the_day(ctx2):
            # "early on Monday ... At around 5am"
            d = _day_in_talk(ctx2)
            v = d.isoformat() if d else "XXXX-XX-XX"
            return Spec("TIME", f"{v}T{h:02d}:{mi}", d, d, "day" if d else "unknown")
        return on_the_day
    return Spec("TIME", f"{day_v}T{h:02d}:{mi}", ds, ds, "day" if ds else "unknown")


@rule(r"\b(?P<t>(?:every|each)\s+(?P<unit>day|week|month|year|morning|evening|night|weekend|quarter|hour|(?P<wd>{wd}))|(?P<adv>daily|weekly|monthly|yearly|nightly|hourly))\b".replace("{wd}", WEEKDAY), triggers="every each daily weekly monthly yearly nightly hourly")
def _set(m, ctx):
    if m["adv"]:
        return Spec("SET", SETS[m["adv"].lower()])
    if m["wd"]:
        return Spec("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}")
    u = m["unit"].lower()
    v = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "morning": "XXXX-XX-XXTMO",
         "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI", "weekend": "XXXX-WXX-WE",
         "quarter": "P3M", "hour": "PT1H"}[u]
    return Spec("SET", v)


# a nation other than the United States named before "Independence Day"
_OTHER_NATION_BEFORE = re.compile(r"\b(?!(?:America|American|United\s+States|U\.S\.|US)\b)"
                                  r"(?-i:[A-Z][\w.-]+['’]s|[A-Z][a-z]{2,}(?:ian|an|ese|ish|i))\s+$")


_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
             "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1),
             "valentine's day": (2, 14), "independence day": (7, 4), "halloween": (10, 31)}


@rule(r"\b(?P<t>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Valentine's\s+Day|Independence\s+Day|Halloween))\b", triggers="christmas year valentine independence halloween")
def _holiday(m, ctx):
    key = re.sub(r"\s+", " ", m.group("t").lower())
    if key == "independence day" and _OTHER_NATION_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "Ukraine's Independence Day" is not the Fourth of July
    mo, d = _HOLIDAYS[key]
    return _spec(rs.month_day(mo, d, ctx.anchor, ctx.direction(m)))


@rule(r"\b(?P<t>(?:the\s+)?(?P<w>end|start|beginning|middle)\s+of\s+(?P<y>(?:19|20)\d\d)|(?P<w2>mid|early|late)-?\s*(?P<y2>(?:19|20)\d\d)(?!'?s))\b", priority=1, triggers=SPOKEN | {"#"}, reach=(24, 4), digits="4")
def _part_of_year(m, ctx):
    y = _year_num(m["y"] or m["y2"])
    mod = {"end": "END", "start": "START", "beginning": "START", "middle": "MID", "mid": "MID",
           "early": "START", "late": "END"}[(m["w"] or m["w2"]).lower()]
    return Spec("DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", mod=mod)


@rule(r"\b(?P<t>year[-\s]end|the\s+end\s+of\s+the\s+(?P<u>year|month|week))\b", triggers="end")
def _end_of(m, ctx):
    u = (m["u"] or "year").lower()
    sp = _spec(rs.relative_unit(u, 0, ctx.anchor))
    if sp:
        sp.mod = "END"
    return sp


def _nth_weekday(y: int, month: int, wd: int, n: int) -> date:
    d = date(y, month, 1)
    d += timedelta(days=(wd - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


# Movable US holidays that US news dates things by.
_MOVABLE = {"thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
            "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
            "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
            "memorial day": lambda y: _nth_weekday(y, 5, 0, 5) if _nth_weekday(y, 5, 0, 5).month == 5 else _nth_weekday(y, 5, 0, 4)}


@rule(r"\b(?P<t>(?:(?P<rel>last|next|this)\s+)?(?-i:(?P<h>Thanksgiving|Election\s+Day|Labor\s+Day|Memorial\s+Day))(?:\s+Day)?)\b",
      triggers="thanksgiving election labor memorial")
def _movable_holiday(m, ctx):
    h = re.sub(r"\s+", " ", m["h"].lower())
    f = _MOVABLE[h]
    if ctx.anchor is None:
        return Spec("DATE", "XXXX-XX-XX")
    y = ctx.anchor.year
    rel = (m["rel"] or "").lower()
    d = ctx.direction(m)
    cands = [f(y - 1), f(y), f(y + 1)]
    if rel == "last":
        pick = max(c for c in cands if c < ctx.anchor)
    elif rel == "next":
        pick = min(c for c in cands if c > ctx.anchor)
    else:
        pick = rs._nearest(cands, ctx.anchor, d, slack=62)
    return Spec("DATE", pick.isoformat(), pick, pick, "day")


@rule(r"\b(?P<t>(?:that|the\s+same|the\s+following|the\s+previous|the\s+next|the\s+preceding)\s+(?P<u>day|week|month|year|quarter)|the\s+(?P<u2>day|week|month|year)\s+(?P<ba>before|after))\b",
      triggers="day week month year quarter", reach=(20, 20), priority=1)
def _anaphoric(m, ctx):
    """"that year", "the following day": relative to the date last talked about."""
    w = m.group("t").lower().split()
    u = (m["u"] or m["u2"]).lower()
    if m["ba"]:
        off = -1 if m["ba"].lower() == "before" else 1
    else:
        off = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}[w[1] if w[0] == "the" else w[0]]
    if w[:2] == ["the", "next"] and u != "day":
        return None  # "the next year" is mostly a duration ahead of today

    def res(ctx2):
        last = ctx2.last_date
        if last is None or last.date_start is None:
            return None if off else Spec("DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX"}[u])
        base = last.date_start
        r = rs.relative_unit(u, off, base)
        if r is None:
            return None
        return Spec("DATE", r[0], r[1], r[2], r[3], comparison=True)
    return res


def _day_in_talk(ctx) -> date | None:
    """The last single day named in the text, else the day of the report (None without one)."""
    return ctx.last_day.date_start if ctx.last_day is not None else ctx.anchor


@rule(r"\b(?:earlier|later)\s+(?:in|during)\s+(?P<t>the\s+(?P<u>day|morning|afternoon|evening|night))\b",
      triggers="day morning afternoon evening night", reach=(24, 12), priority=1)
def _in_the_day(m, ctx):
    """"earlier in the day", "later in the morning": the day last talked about, else the day
    of the report (TimeML tags "the day")."""
    u = m["u"].lower()
    part = PARTS_OF_DAY[u] if u != "day" else None

    def res(ctx2):
        base = _day_in_talk(ctx2)
        if base is None:
            return Spec("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""))
        if part:
            return Spec("TIME", f"{base.isoformat()}T{part}", base, base, "day", comparison=True)
        return Spec("DATE", base.isoformat(), base, base, "day", comparison=True)
    return res


@rule(rf"\b(?P<t>(?:(?P<pre>mid|late|early)[\s-]*)?(?P<c>noon|midnight|midday|mid-?afternoon|mid-?morning)\s*,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<dw>today|yesterday|tomorrow))|(?:(?P<wd2>{WEEKDAY})|(?P<dw2>today|yesterday|tomorrow))\s+(?:at\s+)?(?P<c2>noon|midnight))\b",
      triggers="noon midnight midday afternoon morning", priority=1)
def _pod_with_day(m, ctx):
    c = (m["c"] or m["c2"]).lower().replace("-", "")
    wd, dw = m["wd"] or m["wd2"], m["dw"] or m["dw2"]
    if wd:
        r = rs.weekday(WEEKDAYS[wd.lower()], ctx.anchor, ctx.direction(m))
    else:
        r = rs.relative_unit("day", _DAY_WORDS[dw.lower()], ctx.anchor)
    if r is None:
        return None
    suffix = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00", "midafternoon": "TAF",
              "midmorning": "TMO"}[c]
    return Spec("TIME", r[0] + suffix, r[1], r[2], r[3])


@rule(r"\b(?P<t>the\s+(?:latest|most\s+recent)\s+(?:period|fiscal\s+period|reporting\s+period)|the\s+full\s+(?:fiscal\s+)?year)\b",
      triggers="period year")
def _report_period(m, ctx):
    """Earnings-report talk: "the latest period" is the last completed quarter."""
    if "year" in m.group("t").lower():
        return _spec(rs.relative_unit("year", 0, ctx.anchor))
    return _spec(rs.relative_unit("quarter", -1, ctx.anchor))
