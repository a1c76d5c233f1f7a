"""One output path for every read command: table, json, jsonl, csv."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

FORMATS = ("table", "json", "jsonl", "csv")


def _flat(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_rows(
    rows: Sequence[dict],
    fmt: str,
    *,
    columns: Sequence[tuple[str, str | Callable[[dict], str]]] | None = None,
    out: TextIO | None = None,
    title: str | None = None,
    shrink: Sequence[str] = (),
    wrap: Sequence[str] = (),
) -> None:
    """Write rows; `columns` (header, key or function) shapes the table and CSV views.

    In a table, columns named in `shrink` are cut with an ellipsis to fit the terminal and
    those in `wrap` wrap; the others are never cut.
    """
    out = out or sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    if fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
        return
    cols = columns or [(key, key) for key in (rows[0].keys() if rows else [])]

    def cell(row: dict, getter) -> str:
        return _flat(getter(row) if callable(getter) else row.get(getter))

    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([header for header, _ in cols])
        for row in rows:
            writer.writerow([cell(row, getter) for _, getter in cols])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, expand=False, box=None, header_style="bold",
                  padding=(0, 1, 0, 0))
    cells = [[cell(row, getter) for _, getter in cols] for row in rows]
    for n, (header, _) in enumerate(cols):
        if header in wrap:
            table.add_column(header, overflow="fold", ratio=1)
        elif header in shrink:
            table.add_column(header, no_wrap=True, overflow="ellipsis", ratio=1, min_width=8)
        else:
            # Short columns (ids, dates, types) are never cut: the flexible ones give way.
            width = max([len(header)] + [len(r[n]) for r in cells])
            table.add_column(header, no_wrap=True, min_width=width)
    for values in cells:
        table.add_row(*values)
    Console(file=out, soft_wrap=False).print(table)
