"""One output path for every read command: table, json, jsonl, csv."""

from __future__ import annotations

import csv
import json
import shutil
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
    cells = [[cell(row, getter).replace("\n", " ") for _, getter in cols] for row in rows]
    headers = [header for header, _ in cols]
    if title:
        out.write(f"{title}\n")
    for line in _layout(headers, cells, shutil.get_terminal_size((80, 24)).columns, shrink, wrap):
        out.write(line.rstrip() + "\n")


def _layout(headers, cells, width, shrink, wrap):
    """Plain aligned columns: short ones keep their width, the `shrink`/`wrap` ones share the rest."""
    natural = [max([len(h)] + [len(r[n]) for r in cells]) for n, h in enumerate(headers)]
    flexible = [n for n, h in enumerate(headers) if h in shrink or h in wrap]
    fixed = sum(w + 1 for n, w in enumerate(natural) if n not in flexible)
    room = max(width - fixed - len(flexible), 8 * len(flexible))
    widths = list(natural)
    if flexible and sum(natural[n] for n in flexible) > room:
        share = room // len(flexible)
        spare = room - sum(min(natural[n], share) for n in flexible)
        for n in flexible:
            widths[n] = min(natural[n], share)
        for n in sorted(flexible, key=lambda n: natural[n]):
            extra = min(spare, natural[n] - widths[n])
            widths[n] += extra
            spare -= extra

    def fit(text: str, n: int) -> list[str]:
        w = widths[n]
        if len(text) <= w:
            return [text]
        if headers[n] in wrap:
            return [text[i:i + w] for i in range(0, len(text), w)]
        return [text[: w - 1] + "…"]

    for row in [headers] + cells:
        parts = [fit(value, n) for n, value in enumerate(row)]
        for k in range(max(len(p) for p in parts)):
            yield " ".join((p[k] if k < len(p) else "").ljust(widths[n]) for n, p in enumerate(parts))
