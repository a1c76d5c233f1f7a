"""Numbers in news text: "at least 5", "over 1,000", "between 10 and 15", "five", "dozens".

``find_quantities(text, start, end)`` returns every quantity with its offsets, low and high.
Vague words are coded the way ACLED codes them when a report gives no figure (ACLED codebook:
"several"/"a few"/"some" -> a conservative small number, "dozens" -> 12, "scores" -> 20,
"hundreds" -> 100, "thousands" -> 1000); the table below is data, change it there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .alternation import by_first_letter

UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Vague quantities, coded as ACLED does when no figure is given (low value, no high).
VAGUE = {
    "a dozen": 12, "dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100,
    "thousands": 1000, "tens of thousands": 10000, "hundreds of thousands": 100000,
    "several": 3, "a few": 3, "a handful": 3, "a number": 3, "couple": 2, "a couple": 2,
}

_NUMWORD = by_first_letter("|".join(sorted(list(UNITS) + list(SCALES), key=len, reverse=True)))
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_SPELLED = rf"(?:(?:{_NUMWORD})(?:[-\s]+(?:and\s+)?(?:{_NUMWORD}))*)"
_NUM = rf"(?:(?:{_DIGITS})(?:\s+(?:million|thousand|hundred))?|{_SPELLED})"
_VAGUE_RX = by_first_letter("|".join(re.escape(k) for k in sorted(VAGUE, key=len, reverse=True)))
_LOWQ = by_first_letter(r"at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|"
                        r"no\s+less\s+than|a\s+minimum\s+of")
_HIGHQ = by_first_letter(r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|"
                         r"under")
_ABOUTQ = by_first_letter(r"about|around|nearly|almost|close\s+to|some|roughly|approximately|"
                          r"an\s+estimated|estimated|just\s+over|just\s+under")

_QUANT = re.compile(
    rf"""
    (?<![\w.,£$€])(?:
    (?P<between>between\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM}))
  | (?P<range>(?P<r1>{_DIGITS})\s*(?:-|–|to)\s*(?P<r2>{_DIGITS}))
  | (?:(?P<lowq>{_LOWQ})\s+(?P<lown>{_NUM}))
  | (?:(?P<highq>{_HIGHQ})\s+(?P<highn>{_NUM}))
  | (?:(?P<aboutq>{_ABOUTQ})\s+(?P<aboutn>{_NUM}))
  | (?P<vague>{_VAGUE_RX})(?=\s+(?:of\s+)?\w)
  | (?P<plain>{_NUM})
    )(?![\w£$€%])
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    low: int | None
    high: int | None
    vague: bool = False

    @property
    def value(self) -> int | None:
        return self.low if self.low is not None else self.high


def parse_number(s: str) -> int | None:
    """'1,000' -> 1000, 'twenty-five' -> 25, 'two hundred' -> 200, '3.5 million' -> 3500000."""
    s = s.strip().lower()
    if not s:
        return None
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?:\s+(million|thousand|hundred))?", s)
    if m:
        try:
            v = float(m.group(1).replace(",", ""))
        except ValueError:
            return None
        if m.group(2):
            v *= SCALES[m.group(2)]
        return int(v)
    total = 0
    current = 0
    seen = False
    for tok in re.split(r"[-\s]+", s):
        if tok == "and" or not tok:
            continue
        if tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok in SCALES:
            current = max(current, 1) * SCALES[tok]
            if SCALES[tok] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


_TOO_AMBIGUOUS = frozenset(("a", "an", "one", "single"))
# "an 85-year-old priest", "a 12-year old boy": an age, not a number of people
_AGE_AFTER = re.compile(r"[-\s]+(?:years?|months?|weeks?|days?)[-\s]+old\b", re.I)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities in ``text[start:end]``; offsets into ``text``."""
    if end is None:
        end = len(text)
    out: list[Quantity] = []
    for m in _QUANT.finditer(text, start, end):
        if m.group().lower() in _TOO_AMBIGUOUS:
            continue  # only the "plain" branch matches a lone "a"/"one" (skipped below too)
        g = m.groupdict()
        low = high = None
        vague = False
        if g["between"]:
            low, high = parse_number(g["b1"]), parse_number(g["b2"])
        elif g["range"]:
            low, high = parse_number(g["r1"]), parse_number(g["r2"])
            if low is not None and high is not None and high < low:
                continue  # "2013-14", a date or score, not a range
        elif g["lowq"]:
            low = parse_number(g["lown"])
        elif g["highq"]:
            high = parse_number(g["highn"])
        elif g["aboutq"]:
            low = high = parse_number(g["aboutn"])
            if g["aboutq"].lower() == "some" and low is None:
                continue
        elif g["vague"]:
            low = VAGUE.get(g["vague"].lower())
            vague = True
        else:
            tok = g["plain"]
            if tok.lower() in ("a", "an", "one", "single"):
                continue  # too ambiguous alone ("a checkpoint", "one of its bastions")
            low = high = parse_number(tok)
        if low is None and high is None:
            continue
        if _AGE_AFTER.match(text, m.end()):
            continue
        out.append(Quantity(m.start(), m.end(), m.group(), low, high, vague))
    return out
