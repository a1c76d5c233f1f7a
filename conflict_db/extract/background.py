"""Background: what an article tells that is not news of the day.

Datelines ("BAMAKO, Dec 6 (Reuters) -"), histories ("since the war began in 2011", "the
conflict, which has killed 130,000 people"), comparisons ("the deadliest attack since ..."),
habits ("armed groups who often kidnap travellers") and dates of birth or founding yield no
event and are never part of an evidence span.
"""

from __future__ import annotations

import re

from .cues import SINCE_BEFORE
from .spans import case_exotic

_BACKGROUND_RX = re.compile(
    r"""
    \bsince\s+(?:the\s+|this\s+|its\s+|their\s+|[A-Z][\w'’]*\s+)?(?:[\w'’-]+\s+){0,3}?
        (?:war|conflict|crisis|uprising|revolution|insurgency|unrest|violence|rebellion|invasion|
           civil\s+war|occupation)s?\s+(?:first\s+)?(?:began|started|erupted|broke\s+out|begun|
           started|kicked\s+off)(?:\s+in\s+(?:\w+\s+)?\d{4})?
  | \bsince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?
        (?:war|conflict|crisis|uprising|revolution|insurgency|unrest|rebellion|invasion)
        (?:\s+in\s+(?:\w+\s+)?\d{4})?
  | \b(?:war|conflict|crisis|uprising|revolution|insurgency|fighting|violence|unrest|invasion)s?,?
        \s+(?:which|that)\s+(?:has|have|had)\s+(?:so\s+far\s+|already\s+|now\s+)?(?:killed|claimed|left|cost)
        [^.;]*?(?=[.;]|$)
  | \b(?:war|conflict|crisis|uprising|revolution|insurgency|rebellion|invasion)s?,?
        \s+(?:which|that)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out)\b[^,.;!?]*
    """,
    re.VERBOSE | re.IGNORECASE,
)


# "the deadliest attack since a truck bombing killed 500 in 2017" (not "retaken most of the
# enclave since ..."), "which has been fighting
# the rebels since March 2015", "since the offensive began": comparisons and histories
_BACKGROUND2_RX = re.compile(
    r"""
    \b(?:biggest|largest|deadliest|worst|heaviest|bloodiest|fiercest|highest|longest|first|
         most\s+(?!of\b)\w+)\b[^.;!?]{0,100}?\b(?P<a>since\b(?:[^.;!?,]|\.(?=\s+\d)|,(?=\s*\d)|,\s+(?=(?:when|which|who|where|after|in|killing|leaving)\b))*)
  | \b(?P<b>(?:which|who|that)\s+(?:has|have|had)\s+(?:long\s+)?been\s+\w+ing\b[^.;!?,]*?
        \bsince\b[^,.;!?]*)
  | \b(?P<c>since\s+(?:the|this|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:offensive|operation|campaign|
        siege|assault|fighting|clashes|truce|ceasefire|invasion|war)\s+(?:first\s+)?
        (?:began|started|erupted|broke\s+out|begun|was\s+launched)\b)
        (?!\s+(?:on|in|at|late|early|last|this)\b)
  | \b(?:has|have|had)\s+(?P<d>since\s+(?:[\w'’-]+\s+){0,4}?(?:dozens|hundreds|thousands|scores|series|spate|
        string|numerous|repeated|countless|frequent|many|several)\s+(?:of\s+)?(?:[\w'’-]+(?:\s+|$)){1,6})
    """,
    re.VERBOSE | re.IGNORECASE,
)


# "BAMAKO, Dec 6 (Reuters) -", "KYIV Ukraine AP —": the dateline's date is the report's
_DATELINE_RX = re.compile(
    r"(?-i:[A-Z][A-Z'.-]{2,}(?:[ /][A-Z][A-Z'.-]+)*)\b[^\n]{0,50}?\s[-—–]+\s"
    r"|(?-i:[A-Z][\w'.-]+(?:[ ,/]+[A-Z][\w'.-]+)*),?\s*\((?-i:[A-Z][\w ]{1,15})\)\s*[-—–]+\s"
    # "February 19, 2014 (JUBA) –": the day, then the place
    r"|(?-i:[A-Z][a-z]{2,8}\.?) \d{1,2}, (?:19|20)\d\d \((?-i:[A-Z][\w ,'.-]{1,30})\)\s*[-—–]+\s"
    # "Pemba, Mozambique - ": a town and its country, no outlet
    r"|(?-i:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}, [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}) [-—–]+\s")


# what usually happens, not what happened: "armed groups who often kidnap travellers",
# "Zamfara is one of the states attacked most", "the group regularly launches attacks"
_HABITUAL_RX = re.compile(
    r"\b(?:often|frequently|regularly|routinely|usually|typically|commonly|habitually|"
    r"sometimes|occasionally)\s+[^.;:!?]*"
    r"|\b(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:one\s+of|among)\s+"
    r"[^.;:!?]{0,80}?\b(?:most|worst|hardest)\b[^.;:!?,]*"
    # a tally of many, not an incident: "they have attacked many villages"
    r"|\b(?:have|has)\s+(?:also\s+|repeatedly\s+)?(?:attacked|raided|targeted|struck|hit|burned|looted|"
    r"destroyed|overrun)\s+(?:many|numerous|countless|various|several)\b[^.;:!?,]*"
    # what was going on at the time: "the attacks came as 28,000 troops deployed this year were
    # carrying out operations"
    r"|\b(?:came|comes|come)\s+as\s+[^.;:!?]{0,120}?\b(?:were|was|are|is)\s+(?:still\s+|already\s+)?[a-z]+ing\b[^.;:!?]{0,80}",
    re.I)


_NOT_EVENT_DATE_BEFORE = re.compile(
    r"\b(?:born|founded|established|formed|built)\s+(?:(?:in|on|around|about|circa)\s+)?$", re.I)


_HABITUAL_WORDS = ("often", "frequent", "regular", "routine", "usual", "typical", "common",
                   "habitual", "sometimes", "occasional", "one of", "among", "many", "numerous",
                   "countless", "various", "several", "came as", "comes as", "come as")


def background_spans(text: str, lines: list[tuple[int, int]], all_dates: list, ref) -> tuple[list, list]:
    """Sorted background spans of the main-text `lines`, and the datelines among them."""
    background: list[tuple[int, int]] = []
    datelines = []
    for s, e in lines:
        m = _DATELINE_RX.match(text, s, e)
        if m:
            background.append((s, m.end()))
            datelines.append((s, m.end()))
        low = text[s:e].lower()
        if any(w in low for w in _HABITUAL_WORDS):
            for m in _HABITUAL_RX.finditer(text, s, e):
                if not any(m.start() <= d.start < m.end() and d.precision in ("day", "approx")
                           for d in all_dates):  # "often" with a day of its own is that day's
                    background.append(m.span())
        since = "since" in low or case_exotic(text, s, e)
        if since or (("which" in low or "that" in low) and "ha" in low):
            for m in _BACKGROUND_RX.finditer(text, s, e):
                background.append((m.start(), m.end()))
        if not since:
            continue  # every _BACKGROUND2_RX branch has "since"
        for m in _BACKGROUND2_RX.finditer(text, s, e):
            g = next(g for g in "abcd" if m.group(g))
            background.append((m.start(g), m.end(g)))
    # "since US troops withdrew in 2011": a history more than a year old is background
    if ref is not None:
        for d in all_dates:
            if (ref - d.date_end).days > 365:
                m = SINCE_BEFORE.search(text, max(0, d.start - 60), d.start)
                if m:
                    background.append((m.start(), d.end))
    prev_end = -1  # "born in 1958 and 1962": the years of birth, no event's date
    for d in all_dates:
        if _NOT_EVENT_DATE_BEFORE.search(text, max(0, d.start - 25), d.start) or (
                prev_end >= 0 and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[prev_end:d.start])):
            background.append((d.start, d.end))
            prev_end = d.end
        else:
            prev_end = -1
    background.sort()
    return background, datelines
