"""Re-run extraction on stored articles after the rules change, keeping event ids stable."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine

from . import store
from .db import session_scope
from .extract import EXTRACTOR_VERSION, extract_events
from .models import Article, Event, Mention


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
    """Replace one article's mentions with a fresh extraction, in one transaction."""
    with session_scope(engine) as session:
        article = session.get(Article, article_id)
        events = extract_events(article.text, article.published_date, title=article.title)
        old = list(session.scalars(select(Mention).where(Mention.article_id == article_id)))
        hints: dict[tuple[str, int, int], int] = {}
        affected: set[int] = set()
        for mention in old:
            event = session.get(Event, mention.event_id)
            hints.setdefault((event.type, mention.char_start, mention.char_end), mention.event_id)
            affected.add(mention.event_id)
        session.execute(delete(Mention).where(Mention.article_id == article_id))
        session.expire_all()
        count = store.save_events(session, article, events, EXTRACTOR_VERSION, hints=hints)
        store.refresh_events(session, affected)
        return count


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
    for article_id in ids:
        total += reprocess_article(engine, article_id)
        if on_article:
            on_article(article_id)
    return len(ids), total
