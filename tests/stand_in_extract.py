"""A stand-in for `conflict_db.extract.extract_events` while the extract branch has not landed.

Used only by the scale tests and benchmarks (concurrency, crash safety, throughput), which
exercise storage and parallelism, not extraction quality. It does comparable work: sentence
splitting, the real date engine, the real gazetteer, numbers, trigger regexes. `install()` does
nothing when the real extractor is importable.
"""

from __future__ import annotations

import re
from datetime import date

STAND_IN_VERSION = "stand-in-1"

_TRIGGERS = [
    ("bombing", r"\b(?:car bomb|suicide bomb\w*|bomb(?:ed|ing|s)?|air ?strikes?|shell(?:ed|ing)|barrel bombs?|missiles?)\b"),
    ("clash", r"\b(?:clash(?:ed|es)?|fought|fighting|battle[sd]?)\b"),
    ("territory_change", r"\b(?:seiz(?:ed|e)|captur(?:ed|e)|took control|overran|withdr[ea]w)\b"),
    ("release", r"\b(?:releas(?:ed|e)|freed|set free)\b"),
    ("abduction", r"\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ion)|taken hostage)\b"),
    ("casualty_report", r"\b(?:death toll|toll|have been killed|people (?:have )?died)\b"),
    ("negotiation", r"\b(?:talks|negotiat(?:ions|ed)|conference|met with)\b"),
    ("protest", r"\b(?:protest(?:ed|ers|s)?|demonstrat(?:ed|ors|ion))\b"),
]
_TRIGGER_RX = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _TRIGGERS]
_SENTENCE_RX = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_ACTOR_RX = re.compile(
    r"\b(?:ISIL|ISIS|Islamic State|al-Nusra Front|Free Syrian Army|Houthis?|Kurdish forces|"
    r"Syrian army|Iraqi army|government forces|rebels|Hezbollah|Peshmerga|al-Shabab)\b"
)
_KILLED_RX = re.compile(r"\b(?:killing|killed|dead|died|deaths)\b", re.IGNORECASE)


def extract_events(text: str, published: date | None, title: str | None = None) -> list:
    from conflict_db.extract.numbers import find_quantities
    from conflict_db.extract.places import default_gazetteer
    from conflict_db.extract.types import ActorRef, ExtractedEvent
    from conflict_db.temporal import find_dates

    gazetteer = default_gazetteer()
    expressions = [x for x in find_dates(text, published) if x.date_start is not None]
    out = []
    for m in _SENTENCE_RX.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 12:
            continue
        sentence = text[start:end]
        kind = next((name for name, rx in _TRIGGER_RX if rx.search(sentence)), None)
        if kind is None:
            continue
        when = next((x for x in expressions if start <= x.start < end), None)
        places = [p.place for p in gazetteer.find(sentence)][:3]
        actors = [ActorRef(a, "armed_group") for a in dict.fromkeys(_ACTOR_RX.findall(sentence))][:3]
        killed = None
        if _KILLED_RX.search(sentence):
            values = [q.value for q in find_quantities(sentence) if q.value is not None and q.value < 100000]
            killed = values[0] if values else None
        out.append(ExtractedEvent(
            type=kind, status="occurred", evidence_start=start, evidence_end=end, evidence=sentence,
            date_start=when.date_start if when else None,
            date_end=when.date_end if when and when.date_end != when.date_start else None,
            date_precision=(when.precision if when.precision in ("day", "week", "month", "year") else "range")
            if when else "unknown",
            date_text=when.text if when else None, date_method="explicit" if when else None,
            places=places, actors=actors, killed_low=killed, killed_high=killed,
            summary=sentence[:200], confidence=0.5,
        ))
    return out


def real_extractor_available() -> bool:
    try:
        from conflict_db.extract import extract_events as _  # noqa: F401
    except ImportError:
        return False
    return True


def install() -> bool:
    """Make `conflict_db.extract.extract_events` the stand-in unless the real one exists."""
    if real_extractor_available():
        return False
    import conflict_db.extract as extract

    extract.extract_events = extract_events
    extract.EXTRACTOR_VERSION = STAND_IN_VERSION
    return True
