"""Helpers shared by the exporters: names, places, dates and the ACLED mapping of event types."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

# Fallback when conflict_db.extract.taxonomy is not importable: type -> (ACLED event type,
# ACLED sub-event type). Unknown types export as Strategic developments / Other.
ACLED_FALLBACK: dict[str, tuple[str, str]] = {
    "clash": ("Battles", "Armed clash"),
    "territory_change": ("Battles", "Non-state actor overtakes territory"),
    "bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "attack_on_civilians": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "release": ("Strategic developments", "Other"),
    "defection": ("Strategic developments", "Change to group/activity"),
    "election": ("Strategic developments", "Other"),
    "military_movement": ("Strategic developments", "Other"),
    "aid_change": ("Strategic developments", "Other"),
    "casualty_report": ("Strategic developments", "Other"),
    "negotiation": ("Strategic developments", "Agreement"),
    "agreement": ("Strategic developments", "Agreement"),
    "protest": ("Protests", "Peaceful protest"),
    "statement": ("Strategic developments", "Other"),
}
ACLED_DEFAULT = ("Strategic developments", "Other")

# ACLED's disorder_type follows from its event type.
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def _first(value: str | None) -> str | None:
    """The first of several alternatives ("A; B" or "A / B" in a data file) or None."""
    if not value:
        return None
    for sep in (";", "|"):
        if sep in value:
            value = value.split(sep, 1)[0]
    return value.strip() or None


@lru_cache(maxsize=1)
def acled_mapping() -> dict[str, tuple[str, str]]:
    """Event type -> (ACLED event type, sub-event type): the taxonomy file when present, else the fallback."""
    mapping = dict(ACLED_FALLBACK)
    try:
        from conflict_db.extract.taxonomy import load_event_types  # type: ignore[import-not-found]

        types = load_event_types()
        items = types.values() if isinstance(types, dict) else types
        for t in items:
            event_type = _first(getattr(t, "acled_event_type", None))
            sub_type = _first(getattr(t, "acled_sub_event_type", None))
            # Only ACLED's own event types: "-" or "(fatalities attribute)" keep the fallback.
            if t.name and event_type in DISORDER_TYPE:
                fallback_sub = mapping.get(t.name, ACLED_DEFAULT)[1]
                mapping[t.name] = (event_type, sub_type or fallback_sub)
    except (ImportError, AttributeError, TypeError, ValueError, OSError):
        pass
    return mapping


def acled_types(event_type: str | None) -> tuple[str, str]:
    return acled_mapping().get(event_type or "", ACLED_DEFAULT)


# ACLED splits Explosions/Remote violence by weapon; our `bombing` type does not, so the
# sub-event type is read from the evidence words (first match wins).
_BOMBING_SUBTYPES = (
    (r"suicide", "Suicide bomb"),
    (r"chemical|sarin|chlorine|toxic gas|nerve agent", "Chemical weapon"),
    (r"air ?strike|air raid|warplane|jets?\b|helicopter|barrel bomb|drone|aerial", "Air/drone strike"),
    (r"shell(ing|ed|s)?\b|artillery|mortar|missile|rocket", "Shelling/artillery/missile attack"),
    (r"grenade", "Grenade"),
)


def acled_sub_event(event: dict) -> tuple[str, str]:
    """(ACLED event type, sub-event type) for one event, refining `bombing` by its evidence."""
    event_type, sub_type = acled_types(event.get("type"))
    if event_type == "Explosions/Remote violence":
        text = " ".join(s.get("evidence") or "" for s in event.get("sources") or []).lower()
        for pattern, name in _BOMBING_SUBTYPES:
            if re.search(pattern, text):
                return event_type, name
    return event_type, sub_type


def distinct(values) -> list[str]:
    """Distinct non-empty values as strings, in first-seen order."""
    seen: list[str] = []
    for v in values:
        if v is None or v == "":
            continue
        s = str(v)
        if s not in seen:
            seen.append(s)
    return seen


def join(values, sep: str = "; ") -> str:
    """Distinct non-empty values in first-seen order, joined."""
    return sep.join(distinct(values))


def located_place(event: dict) -> dict | None:
    """The first place of the event that has coordinates."""
    for place in event.get("places") or []:
        if place.get("latitude") is not None and place.get("longitude") is not None:
            return place
    return None


def place_names(event: dict) -> list[str]:
    return [p["name"] for p in event.get("places") or [] if p.get("name")]


def actor_names(event: dict) -> list[str]:
    return [a["name"] for a in event.get("actors") or [] if a.get("name")]


def first_source(event: dict) -> dict:
    sources = event.get("sources") or []
    return sources[0] if sources else {}


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def cell(value) -> str:
    """A CSV cell: empty for None, plain str otherwise."""
    return "" if value is None else str(value)
