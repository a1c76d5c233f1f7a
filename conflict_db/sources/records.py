"""One article per record: JSON Lines and CSV files (fields id, title, text, published, source, url)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from ..errors import SourceError
from .article import ArticleInput

csv.field_size_limit(1 << 30)  # articles are longer than the 128 KB default

FIELDS = ("id", "title", "text", "published", "source", "url")


def _article(record: dict, mapping: dict[str, str], where: str) -> ArticleInput:
    def get(field: str):
        value = record.get(mapping.get(field, field))
        return None if value is None or value == "" else str(value)

    text = get("text")
    if text is None or not text.strip():
        raise SourceError(f"{where}: record has no text (field {mapping.get('text', 'text')!r})")
    key = get("id")
    article = ArticleInput(
        key=key or "",
        text=text,
        title=get("title"),
        outlet=get("source"),
        url=get("url"),
        published=get("published"),
        published_source="given" if get("published") else None,
        source_path=where,
    )
    if not key:
        article.key = article.sha256[:16]
    return article


def read_jsonl(text: str, name: str, mapping: dict[str, str]) -> Iterator[ArticleInput | SourceError]:
    for lineno, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(f"{where}: malformed JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield SourceError(f"{where}: a record must be a JSON object")
            continue
        try:
            yield _article(record, mapping, where)
        except SourceError as exc:
            yield exc


def read_csv(text: str, name: str, mapping: dict[str, str]) -> Iterator[ArticleInput | SourceError]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None or mapping.get("text", "text") not in reader.fieldnames:
        yield SourceError(f"{name}: CSV has no {mapping.get('text', 'text')!r} column")
        return
    try:
        for record in reader:
            where = f"{name}:{reader.line_num}"
            try:
                yield _article(record, mapping, where)
            except SourceError as exc:
                yield exc
    except csv.Error as exc:
        yield SourceError(f"{name}:{reader.line_num}: malformed CSV ({exc})")
