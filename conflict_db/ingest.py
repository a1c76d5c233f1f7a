"""Ingest: read articles, extract their events, store each article with its events atomically.

Extraction (`prepare`) is pure and runs in worker processes with `jobs > 1`; at most a few
chunks per worker are in flight, so a corpus is streamed, never held in memory. Storage runs in
this process, several articles per transaction: each article is stored with all its events or
not at all, and a killed run loses only the open batch.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from . import extract, store
from .collector import fewer_collections
from .db import WRITE, database_error, error_message
from .errors import CdbError, SourceError
from .extract.types import ExtractedEvent, pack_events, unpack_events
from .published import as_datetime, parse_published
from .sources import ArticleInput
from .temporal import dateline_date, reference_date

BATCH_SIZE = 100  # articles per write transaction
BATCH_SECONDS = 2.0  # ... or fewer, so that a slow stream still commits often
CHUNK_SIZE = 4  # articles sent to a worker at once
# Chunks queued per worker: enough to keep the workers busy while a batch is being stored (more
# than a batch), and a bound on memory whatever the corpus size.
IN_FLIGHT_PER_JOB = 32
WORKER_NICENESS = 5  # extraction yields to storing (see `_worker_init`)
MAX_ARTICLE_CHARS = 2_000_000  # no news article is longer; a bigger text is a mistake (a dump, a book)
RETRIES = 3  # tries for a batch that lost a race on a unique key


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
    events = extract.extract_events(record.text, published_date, title=record.title)
    return Prepared(record, published_at, published_date, source, events)


@dataclass(slots=True)
class Failed:
    key: str
    message: str


def _prepare_safely(item: ArticleInput | SourceError) -> Prepared | SourceError | Failed:
    if isinstance(item, SourceError):
        return item
    if len(item.text) > MAX_ARTICLE_CHARS:
        return Failed(item.key, f"article too large ({len(item.text) / 1e6:.1f} million characters > "
                                f"{MAX_ARTICLE_CHARS / 1e6:g} million; not one news article?): "
                                f"{item.source_path or item.key}")
    try:
        return prepare(item)
    except SourceError as exc:
        return Failed(item.key, str(exc))
    except Exception as exc:  # one bad article must not stop a corpus; name it and go on
        where = item.source_path or item.key
        return Failed(item.key, f"cannot extract events from {where}: {type(exc).__name__}: {exc}")


def _prepare_chunk(items: list) -> list:
    """In a worker: the results, a Prepared sent back without the record the parent already holds."""
    out = []
    for item in items:
        result = _prepare_safely(item)
        if isinstance(result, Prepared):
            result = (result.published_at, result.published_date, result.published_source, pack_events(result.events))
        out.append(result)
    return out


def _unpacked(chunk: list, results: list) -> Iterator:
    for record, result in zip(chunk, results):
        if isinstance(result, tuple):
            published_at, published_date, source, events = result
            result = Prepared(record, published_at, published_date, source, unpack_events(events))
        yield result


def _worker_init() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        # Storing is serial, in the parent: given an equal share of the CPUs it falls behind and
        # the workers idle waiting for it (measured: 1.74 of 2 cores busy; 1.88 with this).
        os.nice(WORKER_NICENESS)
    except (OSError, AttributeError):
        pass
    try:  # Linux: die with the parent, even when it is SIGKILLed (no orphans holding its pipes)
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prepared_stream(records: Iterable, jobs: int = 1, chunk_size: int = CHUNK_SIZE) -> Iterator:
    """`_prepare_safely` over the records, in order; `jobs > 1` uses that many processes."""
    if jobs <= 1:
        for item in records:
            yield _prepare_safely(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    # fork: workers start at once, with the modules already imported (no re-import per worker).
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    window: deque = deque()
    limit = jobs * IN_FLIGHT_PER_JOB
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init)
    try:
        for chunk in _chunks(records, chunk_size):
            window.append((chunk, executor.submit(_prepare_chunk, chunk)))
            while len(window) >= limit:
                chunk, future = window.popleft()
                yield from _unpacked(chunk, future.result())
        while window:
            chunk, future = window.popleft()
            yield from _unpacked(chunk, future.result())
    except BrokenProcessPool:
        raise CdbError("an extraction process died (out of memory?); the articles stored so far are kept: "
                       "run the same command again to finish") from None
    finally:
        for _, future in window:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def store_batch(engine: Engine, batch: list[Prepared]) -> list[tuple[str, int, str | None]]:
    """Store articles in one transaction: a killed run loses the open batch, never part of an article.

    Returns (outcome, events stored, error) per article: outcome `new`, `skipped` or `failed`.
    """
    last: IntegrityError | None = None
    try:
        for _ in range(RETRIES):
            try:
                with engine.execution_options(**WRITE).begin() as conn:
                    outcomes = store.store_articles(conn, batch, extract.EXTRACTOR_VERSION)
                return [(o.status, o.events, o.error) for o in outcomes]
            except IntegrityError as exc:
                last = exc  # another writer stored the same text or place first: look again
    except (OperationalError, SQLAlchemyError) as exc:
        if isinstance(exc, OperationalError) or getattr(exc, "orig", None) is not None:
            raise database_error(engine, exc, "cannot write to database") from None
        raise
    if len(batch) > 1:  # one by one, so that only the article at fault fails
        return [result for prepared in batch for result in store_batch(engine, [prepared])]
    return [("failed", 0, f"cannot store {batch[0].record.key!r}: {error_message(last)}")]


def ingest(
    engine: Engine,
    records: Iterable[ArticleInput | SourceError],
    *,
    on_article: Callable[[str, str], None] | None = None,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> IngestSummary:
    """Extract (in `jobs` processes) and store every record; bad records are counted, not fatal."""
    summary = IngestSummary()
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    batch: list[Prepared] = []
    started = time.monotonic()

    def flush() -> None:
        nonlocal started
        if batch:
            for prepared, (outcome, count, error) in zip(batch, store_batch(engine, batch)):
                if outcome == "failed":
                    summary.failed += 1
                    summary.errors.append(error)
                elif outcome == "new":
                    summary.new += 1
                    summary.events += count
                else:
                    summary.skipped += 1
                if on_article:
                    on_article(outcome, prepared.record.key)
            batch.clear()
        started = time.monotonic()

    with fewer_collections():
        for item in prepared_stream(records, jobs):
            if isinstance(item, (SourceError, Failed)):
                summary.failed += 1
                summary.errors.append(str(item) if isinstance(item, SourceError) else item.message)
                if on_article:
                    on_article("failed", str(item) if isinstance(item, SourceError) else item.key)
                continue
            summary.warnings.extend(item.record.warnings)
            batch.append(item)
            if len(batch) >= batch_size or time.monotonic() - started >= BATCH_SECONDS:
                flush()
        flush()
    return summary
