"""Re-run extraction on stored articles after the rules change, keeping event ids stable."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine

from . import store
from .bulk import chunked
from .collector import fewer_collections
from .db import WRITE, session_scope
from .extract import EXTRACTOR_VERSION, extract_events
from .models import Article, Event, Mention
from .refresh import refresh_events
from .regroup import matched_with, unsettle_around
from .reports import REPORTS_OF_EVENTS


def article_ids(engine: Engine, keys: list[str] | None = None, *, outdated_only: bool = False) -> list[int]:
    with session_scope(engine) as session:
        stmt = select(Article.id).order_by(Article.id)
        if keys:
            stmt = stmt.where(Article.key.in_(keys))
        ids = list(session.scalars(stmt))
        if outdated_only:
            current = set(session.scalars(
                select(Mention.article_id).where(Mention.extractor_version == EXTRACTOR_VERSION)))
            ids = [i for i in ids if i not in current]
        return ids


def reprocess_article(engine: Engine, article_id: int) -> int:
    """Replace one article's reports with a fresh extraction, in one transaction."""
    with engine.execution_options(**WRITE).begin() as conn:
        key, text, published, title = conn.execute(select(Article.key, Article.text, Article.published_date,
                                                          Article.title).where(Article.id == article_id)).one()
        events = extract_events(text, published, title=title)
        hints: dict[tuple[str, int, int], int] = {}
        affected: set[int] = set()
        removed: list[int] = []
        for mention_id, event_id, kind, start, end in conn.execute(
                select(Mention.id, Mention.event_id, Event.type, Mention.char_start, Mention.char_end)
                .join(Event, Event.id == Mention.event_id).where(Mention.article_id == article_id)
                .order_by(Mention.id)):
            hints.setdefault((kind, start, end), event_id)
            affected.add(event_id)
            removed.append(mention_id)
        # Removing reports can change the grouping of others: the reports left in the events
        # they leave may no longer hold together (a report that named two towns joined two
        # groups), and a report that fitted two events, one through a removed report, now fits
        # one. Those are regrouped as if new, so the events are again those of storing every
        # report at once, which regrouping relies on.
        unsettle_around(conn, removed)
        around = matched_with(conn, removed)
        conn.execute(delete(Mention).where(Mention.article_id == article_id))
        left = around.union(m for m, _ in chunked(conn, REPORTS_OF_EVENTS, affected))
        touched = store.save_events(conn, [store.ArticleEvents(article_id, key, published, events, hints)],
                                    EXTRACTOR_VERSION, regroup=left)
        refresh_events(conn, affected - touched)
        return len(events)


def reprocess(
    engine: Engine,
    keys: list[str] | None = None,
    *,
    outdated_only: bool = False,
    on_article: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Returns (articles reprocessed, events stored)."""
    ids = article_ids(engine, keys, outdated_only=outdated_only)
    total = 0
    with fewer_collections():
        for article_id in ids:
            total += reprocess_article(engine, article_id)
            if on_article:
                on_article(article_id)
    return len(ids), total
