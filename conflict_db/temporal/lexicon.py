"""Words the grammar is built from, and their meanings.

Month and weekday names are matched case-sensitively elsewhere (capitalised), which is what
keeps the modal "may" and the verb "march" out.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}

# Vague quantities give TIMEX3's "X" amount (PXY, PXD ...).
VAGUE_WORDS = ("several", "a few", "few", "many", "some", "a couple of", "couple of",
               "numerous", "the next few", "a number of")

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": 4, "final": 4,
}

# unit word -> (TIMEX3 duration letter, is a time unit needing the "T" designator)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("2W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "centurie": ("CE", False),
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI",
}

SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
}


def number_value(word: str) -> float | None:
    """Value of a number written in digits or words ("28", "twenty-one", "a"); None if vague."""
    w = word.lower().replace(",", "").strip()
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = w.replace("-", " ").split()
    if parts and all(p in NUMBER_WORDS for p in parts):
        total = 0.0
        for p in parts:
            v = NUMBER_WORDS[p]
            total = total * v if v == 100 and total else total + v
        return total
    try:
        return float(w)
    except ValueError:
        return None
