"""Python's cycle collector during long runs that build and drop many small objects.

Storing a batch reads thousands of reports into small objects and drops them at the end of
the batch. With the default thresholds the collector runs every 700 allocations and keeps
walking every object the process holds (the parsed gazetteers, the compiled rules, the
database layer), which cost up to a third of storing time on a database of 90,000 articles.
These objects are freed by reference counting, not by the collector, so it is made to run
rarely, and what was loaded before the run is set aside from its walks.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations between collections of the youngest generation (default 700), and the default
# ratios for the older ones: garbage in cycles is still collected, after ~70x more allocations.
BULK_THRESHOLDS = (50_000, 10, 10)


_depth = 0  # runs inside a run (reprocess within ingest, say) leave the collector to the outer one


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with rare collections; the collector is as it was afterwards, even on errors."""
    global _depth
    if _depth:
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
        return
    before = gc.get_threshold()
    gc.collect()
    gc.freeze()  # worker processes forked from here inherit the frozen objects, shared not copied
    gc.set_threshold(*BULK_THRESHOLDS)
    _depth = 1
    try:
        yield
    finally:
        _depth = 0
        gc.set_threshold(*before)
        gc.unfreeze()
