"""The `cdb` command line: parse options, call the library, format output."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__
from .config import database_url
from .errors import CdbError

app = typer.Typer(
    name="cdb",
    help="Turn news articles into a timeline database of conflict events.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
db_app = typer.Typer(help="Database schema: upgrade, downgrade, show the current revision.", no_args_is_help=True)
app.add_typer(db_app, name="db")

err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Database URL or SQLite file path [default: $CDB_DATABASE_URL or sqlite:///conflict.db]"),
]


def _complete_types(incomplete: str) -> list[str]:
    try:
        from .extract.taxonomy import load_event_types

        names = [t.name for t in load_event_types()]
    except Exception:  # completion must never crash the shell
        names = []
    return [n for n in names if n.startswith(incomplete)]


STATUSES = ("occurred", "planned", "claimed")


def _complete_statuses(incomplete: str) -> list[str]:
    return [s for s in STATUSES if s.startswith(incomplete)]


SinceOption = Annotated[Optional[str], typer.Option(help="Events on or after this date (2014-01-03, 2014-01, 3 January 2014).")]
UntilOption = Annotated[Optional[str], typer.Option(help="Events on or before this date.")]
TypeOption = Annotated[Optional[list[str]], typer.Option(
    "--type", "-t", help="Event type (repeatable); see `cdb types`.", autocompletion=_complete_types)]
StatusOption = Annotated[Optional[list[str]], typer.Option(
    help="occurred, planned or claimed (repeatable).", autocompletion=_complete_statuses)]
PlaceOption = Annotated[Optional[list[str]], typer.Option(help="Place name or province (repeatable).")]
ActorOption = Annotated[Optional[list[str]], typer.Option(help="Actor name or alias (repeatable).")]
SearchOption = Annotated[Optional[str], typer.Option(help="Full-text search over evidence and article text.")]
MinSourcesOption = Annotated[Optional[int], typer.Option(min=1, help="Only events reported by at least N articles.")]
LimitOption = Annotated[Optional[int], typer.Option(min=1, help="At most this many events.")]


def _event_filter(since, until, type, status, place, actor, search, min_sources, limit):
    from .query import EventFilter

    for value in status or ():
        if value not in STATUSES:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(STATUSES)}", param_hint="--status")
    if type:
        known = _complete_types("")
        for value in type:
            if known and value not in known:
                raise typer.BadParameter(f"unknown event type {value!r} (see `cdb types`)", param_hint="--type")
    return EventFilter(
        since=_date_option(since, "--since"), until=_date_option(until, "--until", end=True),
        types=tuple(type or ()), statuses=tuple(status or ()), places=tuple(place or ()),
        actors=tuple(actor or ()), search=search, min_sources=min_sources, limit=limit,
    )


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class DatesFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


@contextmanager
def handle_errors():
    try:
        yield
    except CdbError as exc:
        err.print(f"Error: {exc}", markup=False)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("Error: interrupted; articles stored before the interruption are kept", markup=False)
        raise typer.Exit(130) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cdb {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """Turn news articles into a timeline database of conflict events.

    Example: cdb ingest seeds/ && cdb events --since 2014-01-03
    """


def _date_option(value: Optional[str], name: str, end: bool = False) -> Optional[date]:
    if value is None:
        return None
    from .temporal import parse_date_option

    try:
        first, last, _precision = parse_date_option(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=name) from None
    return last if end else first


def _open(db: Optional[str]):
    from .db import open_database

    return open_database(database_url(db))


class StdinFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"
    csv = "csv"


def _field_map(pairs: list[str]) -> dict[str, str]:
    from .sources.records import FIELDS

    mapping = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or ours.strip() not in FIELDS or not theirs.strip():
            raise typer.BadParameter(f"expected FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}: {pair!r}",
                                     param_hint="--field")
        mapping[ours.strip()] = theirs.strip()
    return mapping


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs (.txt, .md, .html, .jsonl, .csv); - reads stdin.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date for these articles (ISO date or timestamp).")] = None,
    title: Annotated[Optional[str], typer.Option(help="Title for these articles.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet (news source) for these articles.")] = None,
    url: Annotated[Optional[str], typer.Option(help="URL for these articles.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Extraction processes (0: one per CPU).")] = 1,
    stdin_format: Annotated[StdinFormat, typer.Option(help="What `-` (stdin) holds: one article, or records.")] = StdinFormat.text,
    field: Annotated[Optional[list[str]], typer.Option(
        "--field", help="Record field mapping for .jsonl/.csv, e.g. --field id=uid --field text=body.")] = None,
    db: DbOption = None,
) -> None:
    """Ingest news articles and extract their events.

    A directory's manifest.json gives each article's title, outlet, url and publication date.
    Re-ingesting the same text does nothing.

    Example: cdb ingest seeds/   or   cdb ingest corpus.jsonl --jobs 2 --field text=body
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .extract.taxonomy import check_event_types
    from .ingest import ingest as run_ingest
    from .sources import iter_articles
    from .published import parse_published

    if published is not None:
        try:
            parse_published(published)
        except ValueError:
            raise typer.BadParameter(f"not a date: {published!r}", param_hint="--published") from None
    field_map = _field_map(field or [])
    with handle_errors():
        check_event_types()
        engine = _open(db)
        records = iter_articles(paths, published=published, title=title, outlet=outlet, url=url,
                                field_map=field_map, stdin_format=stdin_format.value)
        show = not quiet and err.is_terminal
        with Progress(
            TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
            TimeElapsedColumn(), console=err, transient=True, disable=not show,
        ) as progress:
            task = progress.add_task("", total=None)

            def step(outcome: str, key: str) -> None:
                progress.update(task, advance=1, description=f"{outcome}: {key}"[:60])

            summary = run_ingest(engine, records, on_article=step, jobs=jobs)
        for warning in summary.warnings:
            err.print(f"Warning: {warning}", markup=False)
        for error in summary.errors:
            err.print(f"Error: {error}", markup=False)
        if not quiet:
            from .query import count_events

            err.print(
                f"articles: {summary.new} new, {summary.skipped} skipped (already stored), "
                f"{summary.failed} failed; event reports: {summary.events}; "
                f"events in the database: {count_events(engine)}",
                markup=False,
            )
        if summary.failed:
            raise typer.Exit(1)


def _short_date(e: dict) -> str:
    start, end, precision = e["date_start"], e["date_end"], e["date_precision"]
    if not start:
        return ""
    if precision == "month":
        return start[:7]
    if precision == "year":
        return start[:4]
    if precision == "approx":
        return "~" + start
    if end and end != start:
        return f"{start}..{end[5:] if end[:4] == start[:4] else end}"
    return start


def _killed(e: dict) -> str:
    if e["killed_low"] is None:
        return ""
    if e["killed_high"] in (None, e["killed_low"]):
        return str(e["killed_low"])
    return f"{e['killed_low']}-{e['killed_high']}"


EVENT_COLUMNS = [
    ("id", "id"),
    ("date", _short_date),
    ("type", "type"),
    ("status", "status"),
    ("place", lambda e: ", ".join(p["name"] for p in e["places"][:2])),
    ("killed", _killed),
    ("src", lambda e: str(len({s["article"] for s in e["sources"]}))),
    ("evidence", lambda e: e["sources"][0]["evidence"] if e["sources"] else ""),
]
EVENT_TABLE = {"shrink": ("place", "evidence")}


@app.command()
def events(
    since: SinceOption = None,
    until: UntilOption = None,
    type: TypeOption = None,
    status: StatusOption = None,
    place: PlaceOption = None,
    actor: ActorOption = None,
    search: SearchOption = None,
    min_sources: MinSourcesOption = None,
    limit: LimitOption = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    db: DbOption = None,
) -> None:
    """List events sorted by date (undated last); date filters keep events overlapping the window.

    Example: cdb events --since 2014-01-03 --type clash --place Idlib --format jsonl
    """
    from .db import session_scope
    from .output import write_rows
    from .query import list_events

    flt = _event_filter(since, until, type, status, place, actor, search, min_sources, limit)
    with handle_errors():
        engine = _open(db)
        with session_scope(engine) as session:
            rows = list_events(session, flt)
        write_rows(rows, format.value, columns=EVENT_COLUMNS, **EVENT_TABLE)


class ExportFormat(str, Enum):
    csv = "csv"
    acled = "acled"
    geojson = "geojson"
    timelinejs = "timelinejs"
    html = "html"


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write [default: stdout].")] = None,
    title: Annotated[str, typer.Option(help="Title of the HTML or TimelineJS timeline.")] = "conflict_db timeline",
    since: SinceOption = None,
    until: UntilOption = None,
    type: TypeOption = None,
    status: StatusOption = None,
    place: PlaceOption = None,
    actor: ActorOption = None,
    search: SearchOption = None,
    min_sources: MinSourcesOption = None,
    limit: LimitOption = None,
    db: DbOption = None,
) -> None:
    """Export events: CSV, ACLED-style CSV, GeoJSON, TimelineJS JSON or a self-contained HTML timeline.

    Example: cdb export --format html -o timeline.html --since 2014-01-01
    """
    from .db import session_scope
    from .export import write_export
    from .query import list_events

    flt = _event_filter(since, until, type, status, place, actor, search, min_sources, limit)
    with handle_errors():
        engine = _open(db)
        with session_scope(engine) as session:
            rows = list_events(session, flt)
        if output is None:
            left_out = write_export(format.value, rows, sys.stdout, title=title)
        else:
            try:
                with open(output, "w", encoding="utf-8", newline="") as handle:
                    left_out = write_export(format.value, rows, handle, title=title)
            except OSError as exc:
                raise CdbError(f"cannot write {output}: {exc.strerror}") from None
            err.print(f"wrote {len(rows) - left_out} events to {output}", markup=False)
        if left_out:
            err.print(f"Warning: {left_out} undated events left out ({format.value} needs a date)", markup=False)


@app.command()
def articles(
    limit: LimitOption = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    db: DbOption = None,
) -> None:
    """List stored articles with their publication dates and event counts.

    Example: cdb articles --format csv
    """
    from .db import session_scope
    from .output import write_rows
    from .query import list_articles

    with handle_errors():
        engine = _open(db)
        with session_scope(engine) as session:
            rows = list_articles(session, limit)
        write_rows(rows, format.value, columns=[
            ("key", "key"), ("published", "published"), ("outlet", "outlet"), ("events", "events"),
            ("title", lambda r: (r["title"] or "")[:50]),
        ])


@app.command()
def stats(
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    db: DbOption = None,
) -> None:
    """Count events by type and by month.

    Example: cdb stats
    """
    from .db import session_scope
    from .output import write_rows
    from .query import stats as compute

    with handle_errors():
        engine = _open(db)
        with session_scope(engine) as session:
            result = compute(session)
        if format in (Format.json, Format.jsonl):
            write_rows([result], format.value)
            return
        write_rows(result["by_type"], format.value, title="events by type")
        write_rows(result["by_month"], format.value, title="events by month")


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="A SELECT statement.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    db: DbOption = None,
) -> None:
    """Run a read-only SQL query (a write statement is refused and changes nothing).

    Example: cdb sql "SELECT type, count(*) AS n FROM events GROUP BY type"
    """
    from .output import write_rows
    from .sql import run_read_only

    with handle_errors():
        _open(db)
        rows = run_read_only(database_url(db), query)
        write_rows(rows, format.value)


@app.command()
def show(
    event_id: Annotated[int, typer.Argument(help="Event id (see `cdb events`).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    db: DbOption = None,
) -> None:
    """Show one event and every report of it: article, outlet, publication date, evidence.

    Example: cdb show 3
    """
    from .db import session_scope
    from .output import write_rows
    from .query import get_event

    with handle_errors():
        engine = _open(db)
        with session_scope(engine) as session:
            event = get_event(session, event_id)
        if event is None:
            raise CdbError(f"no event with id {event_id}")
        if format != Format.table:
            write_rows([event], format.value)
            return
        fields = [(k, event[k]) for k in ("id", "type", "status", "date_start", "date_end", "date_precision",
                                          "killed_low", "killed_high", "count", "confidence")]
        fields.append(("places", "; ".join(
            ", ".join(x for x in (p["name"], p["admin1"], p["country"]) if x) for p in event["places"])))
        fields.append(("actors", "; ".join(a["name"] for a in event["actors"])))
        write_rows([{"field": k, "value": v} for k, v in fields], "table", title=f"event {event_id}")
        out = Console(highlight=False)
        out.print(f"\n{len(event['sources'])} report(s):", markup=False)
        for source in event["sources"]:
            said = ", ".join(x for x in (source["outlet"], source["published"], source["date_text"]) if x)
            out.print(f"\n{source['article']}" + (f" ({said})" if said else ""), markup=False)
            out.print(f"  [{source['start']}:{source['end']}] {source['evidence']}", markup=False)


@app.command()
def reprocess(
    keys: Annotated[Optional[list[str]], typer.Argument(help="Article keys (default: all articles).")] = None,
    outdated: Annotated[bool, typer.Option("--outdated", help="Only articles extracted by an older extractor version.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
    db: DbOption = None,
) -> None:
    """Re-run event extraction on stored articles (after the rules or data files change).

    Events still found keep their ids; each mention records the extractor version.

    Example: cdb reprocess --outdated
    """
    from .extract.taxonomy import check_event_types
    from .reprocess import reprocess as run

    with handle_errors():
        check_event_types()
        engine = _open(db)
        articles, events_count = run(engine, keys or None, outdated_only=outdated)
        if keys and articles < len(set(keys)):
            raise CdbError(f"{len(set(keys)) - articles} of the given article keys are not in the database")
        if not quiet:
            err.print(f"reprocessed {articles} articles; events: {events_count}", markup=False)


@app.command()
def dates(
    file: Annotated[Path, typer.Argument(help="A text file.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date the expressions are resolved against.")] = None,
    format: Annotated[DatesFormat, typer.Option("--format", "-f", help="Output format.")] = DatesFormat.table,
) -> None:
    """Find every date expression in a text file and resolve it against the publication date.

    Example: cdb dates seeds/000_8986ea6f680509ea.txt --published 2014-01-06 --format jsonl
    """
    from .output import write_rows
    from .published import parse_published
    from .sources.textfile import read_text
    from .temporal import find_dates

    anchor = None
    if published is not None:
        try:
            anchor = parse_published(published)
        except ValueError:
            raise typer.BadParameter(f"not a date: {published!r}", param_hint="--published") from None
    with handle_errors():
        text, warnings = read_text(file)
        for warning in warnings:
            err.print(f"Warning: {warning}", markup=False)
        rows = [
            {
                "start": x.start, "end": x.end, "text": x.text, "type": x.type, "value": x.value,
                "date_start": x.date_start.isoformat() if x.date_start else None,
                "date_end": x.date_end.isoformat() if x.date_end else None,
                "precision": x.precision,
            }
            for x in find_dates(text, anchor)
        ]
        write_rows(rows, format.value)


@app.command()
def types(
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """List the event types with their ACLED and CAMEO equivalents.

    Example: cdb types --format csv
    """
    from .extract.taxonomy import load_event_types
    from .output import write_rows

    rows = [
        {
            "type": t.name,
            "description": t.description,
            "acled": " / ".join(x for x in (t.acled_event_type, t.acled_sub_event_type) if x),
            "cameo": ", ".join(t.cameo),
        }
        for t in load_event_types()
    ]
    write_rows(rows, format.value, shrink=("description", "acled", "cameo"))


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events, one JSON object a line.")],
    format: Annotated[DatesFormat, typer.Option("--format", "-f", help="table or jsonl (the full report as JSON).")] = DatesFormat.table,
    db: DbOption = None,
) -> None:
    """Score the database's events against gold events (precision, recall, F1, per type).

    Example: cdb eval ../shared/gold/seeds.jsonl
    """
    from .db import session_scope
    from .evaluate import load_gold, report_lines, score
    from .query import EventFilter, article_texts, list_events

    with handle_errors():
        try:
            gold_events = load_gold(gold)
        except (OSError, ValueError) as exc:
            raise CdbError(f"cannot read gold file {gold}: {exc}") from None
        engine = _open(db)
        with session_scope(engine) as session:
            predictions = list_events(session, EventFilter())
            texts = article_texts(session, {g["article"] for g in gold_events})
        report = score(predictions, gold_events, texts)
        if format == DatesFormat.jsonl:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        else:
            for line in report_lines(report):
                typer.echo(line)


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    db: DbOption = None,
) -> None:
    """Upgrade the schema (to the latest revision by default).

    Example: cdb db upgrade --db sqlite:///conflict.db
    """
    from .db import current_revision, make_engine, upgrade

    with handle_errors():
        engine = make_engine(database_url(db))
        upgrade(engine, revision)
        typer.echo(f"database at revision {current_revision(engine)}")


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or base.")],
    db: DbOption = None,
) -> None:
    """Downgrade the schema to an earlier revision (base removes every table).

    Example: cdb db downgrade base
    """
    from .db import current_revision, downgrade, make_engine

    with handle_errors():
        engine = make_engine(database_url(db))
        downgrade(engine, revision)
        typer.echo(f"database at revision {current_revision(engine) or 'base'}")


@db_app.command("current")
def db_current(db: DbOption = None) -> None:
    """Show the database's schema revision and the latest one.

    Example: cdb db current
    """
    from .db import current_revision, head_revision, make_engine

    with handle_errors():
        engine = make_engine(database_url(db))
        current = current_revision(engine)
        head = head_revision()
        state = "up to date" if current == head else "needs `cdb db upgrade`"
        typer.echo(f"{current or 'base'} (head: {head}, {state})")


if __name__ == "__main__":  # pragma: no cover
    app()
