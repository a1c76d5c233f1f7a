"""Event extraction: article text in, conflict events out (pure, no database)."""

from __future__ import annotations

from datetime import date, datetime

from .types import ActorRef, ExtractedEvent, PlaceRef

EXTRACTOR_VERSION = "0.4.17"

MAX_TEXT_CHARS = 400_000  # longer input is cut (a news article is a few KB)


def extract_events(
    text: str, published: date | datetime | str | None, *, title: str | None = None
) -> list[ExtractedEvent]:
    """Conflict events stated in one article.

    ``published`` is the article's publication date (or timestamp); it anchors relative dates
    ("on Sunday", "last month") but is never itself used as an event date. Deterministic and
    pure; never raises: unreadable input gives an empty list.
    """
    from .events import extract

    try:
        if text is None:
            return []
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        elif not isinstance(text, str):
            text = str(text)
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
        if title is not None and not isinstance(title, str):
            title = str(title)
        return extract(text, published, title)
    except Exception:  # never raise on text; the tests call events.extract directly
        return []


__all__ = ["EXTRACTOR_VERSION", "ActorRef", "ExtractedEvent", "PlaceRef", "extract_events"]
