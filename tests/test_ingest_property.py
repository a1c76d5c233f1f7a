"""Whatever the input, `cdb ingest` exits 0 or with a one-line error: never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_db.cli import app

NEWSY = st.sampled_from([
    "Rebels clashed with the army in Aleppo on Monday, killing 12 people.",
    "A car bomb exploded in Homs last week.", "Talks are due to resume on January 22.",
    "Over the past five days, 500 people were killed.", "\n\n", " 3 ", "on", "Jan. 4, 2014", "al-", "—",
])
TEXTS = st.one_of(st.text(max_size=2000), st.lists(st.one_of(NEWSY, st.text(max_size=40)), max_size=30).map("".join))
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv"])
OK_LINE = ("Error: ", "Warning: ", "articles: ")


def _check(result) -> None:
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    for line in result.stderr.splitlines():
        assert line.startswith(OK_LINE), line


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, suffix=SUFFIXES, published=st.one_of(st.none(), st.sampled_from(["2014-01-06", "2014-01-06T01:00:00Z"])))
def test_arbitrary_text_never_crashes_ingest(runner, text, suffix, published):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        args = ["ingest", str(path), "--db", f"sqlite:///{tmp}/t.db", "-q"]
        if published:
            args += ["--published", published]
        _check(runner.invoke(app, args))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=SUFFIXES)
def test_arbitrary_bytes_never_crash_ingest(runner, data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        path.write_bytes(data)
        _check(runner.invoke(app, ["ingest", str(path), "--db", f"sqlite:///{tmp}/t.db"]))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_arbitrary_stdin_records_never_crash_ingest(runner, text):
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("jsonl", "csv", "text"):
            _check(runner.invoke(app, ["ingest", "-", "--stdin-format", fmt, "--db", f"sqlite:///{tmp}/t.db"],
                                 input=text))
