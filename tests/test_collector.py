"""Ingest runs with rare cycle collections and leaves the collector as it found it."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from conflict_db.collector import BULK_THRESHOLDS, fewer_collections
from conflict_db.db import open_database
from conflict_db.ingest import ingest
from conflict_db.sources import ArticleInput

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.corpus import articles  # noqa: E402


def _records(n: int) -> list[ArticleInput]:
    return [ArticleInput(key=r["id"], text=r["text"], title=r["title"], published=r["published"])
            for r in articles(n, seed=5)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_collects_rarely_and_restores_the_collector(sqlite_url, jobs):
    engine = open_database(sqlite_url)
    before = gc.get_threshold()
    during: list[tuple] = []
    summary = ingest(engine, _records(12), jobs=jobs, on_article=lambda *_: during.append(gc.get_threshold()))
    assert summary.new == 12
    assert set(during) == {BULK_THRESHOLDS}
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_collector_is_restored_when_ingest_fails(sqlite_url):
    engine = open_database(sqlite_url)
    before = gc.get_threshold()

    def stop(*_):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(engine, _records(3), on_article=stop)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_run_inside_a_run_leaves_the_collector_to_the_outer_one():
    before = gc.get_threshold()
    with fewer_collections():
        with fewer_collections():
            assert gc.get_threshold() == BULK_THRESHOLDS
        assert gc.get_threshold() == BULK_THRESHOLDS
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
