"""Gold dates of the seed articles, each read from the sentence that states it."""

import json
from datetime import date

import pytest

from temporal_helpers import REPO, expr

SEEDS = REPO / "seeds"
MANIFEST = {m["key"]: m for m in json.loads((SEEDS / "manifest.json").read_text())}


def article(prefix):
    key = next(k for k in MANIFEST if k.startswith(prefix))
    return (SEEDS / f"{key}.txt").read_text(), MANIFEST[key]["published"]


def in_sentence(prefix, sentence, phrase):
    text, pub = article(prefix)
    i = text.index(sentence)
    j = text.index(phrase, i)
    return expr(text, pub, text[j:j + len(phrase)])


D = date.fromisoformat

CASES = [
    ("000", "Raqqa on Monday", "Monday", "2014-01-06", None),
    ("000", "was freed Sunday", "Sunday", "2014-01-05", None),
    ("000", "kidnapped in December", "December", "2013-12", ("2013-12-01", "2013-12-31")),
    ("000", "Britain last month", "last month", "2013-12", ("2013-12-01", "2013-12-31")),
    ("000", "on January 22", "January 22", "2014-01-22", None),
    ("000", "talks later this month", "later this month", "2014-01", ("2014-01-01", "2014-01-31")),
    ("000", "Deir Ezzor on Jan. 4, 2014", "Jan. 4, 2014", "2014-01-04", None),
    ("001", "militants Sunday", "Sunday", "2014-01-05", None),
    ("001", "began Friday", "Friday", "2014-01-03", None),
    ("001", "By Sunday", "Sunday", "2014-01-05", None),
    ("001", "scheduled for this month", "this month", "2014-01", None),
    ("002", "On Friday", "Friday", "2014-01-17", None),
    ("002", "since the start of January", "start of January", "2014-01", ("2014-01-01", "2014-01-17")),
    ("002", "about a week ago", "about a week ago", "2014-01-10", None),
    ("002", "on Thursday", "Thursday", "2014-01-16", None),
    ("002", "began in 2011", "2011", "2011", ("2011-01-01", "2011-12-31")),
    ("003", "over the past five days", "past five days", "P5D", ("2014-01-03", "2014-01-08")),
    ("003", "By Wednesday afternoon", "Wednesday", None, ("2014-01-08", "2014-01-08")),
    ("003", "Tuesday evening", "Tuesday", None, ("2014-01-07", "2014-01-07")),
    ("003", "On Sunday, in order", "Sunday", "2014-01-12", None),
    ("003", "in September", "September", "2013-09", None),
    ("003", "Friday's assault", "Friday's", "2014-01-03", None),
    ("003", "Later this month", "Later this month", "2014-01", None),
    ("004", "Nine days of infighting", "Nine days", "P9D", ("2014-01-03", "2014-01-11")),
    ("004", "Geneva on January 22", "January 22", "2014-01-22", None),
    ("004", "On Saturday", "Saturday", "2014-01-11", None),
    ("004", "said on Friday", "Friday", "2014-01-10", None),
]


@pytest.mark.parametrize("prefix,sentence,phrase,value,span", CASES)
def test_seed_gold_dates(prefix, sentence, phrase, value, span):
    e = in_sentence(prefix, sentence, phrase)
    if value is not None:
        assert e.value == value
    if span is not None:
        assert (e.date_start, e.date_end) == (D(span[0]), D(span[1]))
    elif e.precision == "day":
        assert e.date_start == e.date_end == D(e.value[:10])


def test_seed_003_traps_give_no_dates():
    text, pub = article("003")
    from conflict_db.temporal import find_dates
    found = find_dates(text, pub)
    for trap in ("£16,000", "£30000 - £38500 Per Annum", "Series 5", "at the age of 28"):
        if trap not in text:
            continue
        i = text.index(trap)
        assert not [e for e in found if e.start < i + len(trap) and i < e.end], trap
