"""Ingest: read articles, extract their events, store each article with its events atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from . import store
from .db import session_scope
from .errors import DatabaseError, SourceError
from .extract import EXTRACTOR_VERSION, extract_events
from .extract.types import ExtractedEvent
from .published import as_datetime, parse_published
from .sources import ArticleInput
from .temporal import dateline_date, reference_date


@dataclass(slots=True)
class IngestSummary:
    new: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Prepared:
    record: ArticleInput
    published_at: datetime | None
    published_date: date | None
    published_source: str | None
    events: list[ExtractedEvent]


def resolve_publication(record: ArticleInput) -> tuple[datetime | None, date | None, str | None]:
    """Publication timestamp, the text's own "today", and where the date came from."""
    if record.published:
        try:
            value = parse_published(record.published)
        except ValueError:
            raise SourceError(
                f"malformed publication date {record.published!r} for {record.source_path or record.key}"
            ) from None
        anchor_input = value.replace(tzinfo=timezone.utc) if isinstance(value, datetime) else value
        return as_datetime(value), reference_date(anchor_input), record.published_source or "given"
    found = dateline_date(record.text)
    if found is not None:
        return as_datetime(found), found, "dateline"
    return None, None, None


def prepare(record: ArticleInput) -> Prepared:
    """The pure part of ingest (no database): safe to run in worker processes."""
    published_at, published_date, source = resolve_publication(record)
    events = extract_events(record.text, published_date, title=record.title)
    return Prepared(record, published_at, published_date, source, events)


def store_prepared(engine: Engine, prepared: Prepared) -> tuple[str, int]:
    """Store one article and its events in one transaction; returns (outcome, events stored)."""
    record = prepared.record
    try:
        with session_scope(engine) as session:
            if store.find_article_by_sha(session, record.sha256) is not None:
                return "skipped", 0
            if store.key_in_use(session, record.key):
                raise SourceError(
                    f"article key {record.key!r} is already used by a different text "
                    f"({record.source_path or 'input'}); give the record another id"
                )
            article = store.add_article(
                session, record, prepared.published_at, prepared.published_date, prepared.published_source
            )
            count = store.save_events(session, article, prepared.events, EXTRACTOR_VERSION)
            return "new", count
    except IntegrityError:
        # Another process stored the same text between our check and our insert.
        with session_scope(engine) as session:
            if store.find_article_by_sha(session, record.sha256) is not None:
                return "skipped", 0
        raise SourceError(f"article key {record.key!r} is already used by a different text") from None
    except OperationalError as exc:
        raise DatabaseError(f"cannot write to database {engine.url.render_as_string(hide_password=True)}: "
                            f"{_first_line(exc)}") from None


def ingest(
    engine: Engine,
    records: Iterable[ArticleInput | SourceError],
    *,
    on_article: Callable[[str, str], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    for item in records:
        if isinstance(item, SourceError):
            summary.failed += 1
            summary.errors.append(str(item))
            if on_article:
                on_article("failed", str(item))
            continue
        summary.warnings.extend(item.warnings)
        try:
            outcome, count = store_prepared(engine, prepare(item))
        except SourceError as exc:
            summary.failed += 1
            summary.errors.append(str(exc))
            if on_article:
                on_article("failed", item.key)
            continue
        if outcome == "new":
            summary.new += 1
            summary.events += count
        else:
            summary.skipped += 1
        if on_article:
            on_article(outcome, item.key)
    return summary


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0]
