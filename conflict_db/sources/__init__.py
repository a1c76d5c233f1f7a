"""Readers: turn paths (files, directories, globs, `-` for stdin) into article records."""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import SourceError
from .article import ArticleInput
from .manifest import MANIFEST_NAME, load_manifest
from .records import read_csv, read_jsonl
from .textfile import decode, read_text

__all__ = ["ArticleInput", "iter_articles", "expand_paths", "TEXT_SUFFIXES", "RECORD_SUFFIXES"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
HTML_SUFFIXES = {".html", ".htm"}
_SKIP_NAMES = {"readme.md", "readme.txt", MANIFEST_NAME}


def expand_paths(paths: Iterable[str]) -> Iterator[Path | SourceError]:
    """Files in order: directories give their article files (sorted, recursive), globs expand."""
    for raw in paths:
        if raw == "-":
            yield Path("-")
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES
                and p.name.lower() not in _SKIP_NAMES
            )
            if not found:
                yield SourceError(f"no article files (.txt, .md, .html, .jsonl, .csv) in directory: {raw}")
            yield from found
        elif path.exists():
            yield path
        elif any(ch in raw for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True) if Path(p).is_file())
            if not matches:
                yield SourceError(f"no files match: {raw}")
            yield from matches
        else:
            yield SourceError(f"no such file or directory: {raw}")


def iter_articles(
    paths: Iterable[str],
    *,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    field_map: dict[str, str] | None = None,
    stdin_format: str = "text",
) -> Iterator[ArticleInput | SourceError]:
    """Yield one ArticleInput per article, or a SourceError for what cannot be read (and go on)."""
    mapping = field_map or {}
    manifests: dict[Path, dict[str, dict]] = {}
    for item in expand_paths(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        try:
            if str(item) == "-":
                data = sys.stdin.buffer.read()
                text, warnings = decode(data, "<stdin>")
                if stdin_format in ("jsonl", "csv"):
                    reader = read_jsonl if stdin_format == "jsonl" else read_csv
                    records = reader(text, "<stdin>", mapping)
                else:
                    records = iter([ArticleInput(key="", text=text, source_path="<stdin>", warnings=warnings)])
            else:
                records = _read_file(item, mapping)
                directory = item.parent
                if directory not in manifests:
                    manifests[directory] = load_manifest(directory)
            for record in records:
                if isinstance(record, ArticleInput):
                    if not record.key:
                        record.key = record.sha256[:16]
                    if str(item) != "-":
                        _apply_manifest(record, manifests.get(item.parent, {}))
                    _apply_options(record, published, title, outlet, url)
                yield record
        except SourceError as exc:
            yield exc


def _read_file(path: Path, mapping: dict[str, str]) -> Iterator[ArticleInput | SourceError]:
    text, warnings = read_text(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return read_jsonl(text, str(path), mapping)
    if suffix == ".csv":
        return read_csv(text, str(path), mapping)
    if suffix in HTML_SUFFIXES:
        from .html import html_to_article

        return iter([html_to_article(text, path, warnings)])
    return iter([ArticleInput(key=path.stem, text=text, source_path=str(path), warnings=warnings)])


def _apply_manifest(record: ArticleInput, manifest: dict[str, dict]) -> None:
    entry = manifest.get(record.key)
    if not entry:
        return
    record.title = record.title or entry.get("title")
    record.outlet = record.outlet or entry.get("outlet") or entry.get("source")
    record.url = record.url or entry.get("url")
    if not record.published and entry.get("published"):
        record.published = str(entry["published"])
        record.published_source = "manifest"


def _apply_options(record: ArticleInput, published, title, outlet, url) -> None:
    if published:
        record.published = published
        record.published_source = "given"
    if title:
        record.title = title
    if outlet:
        record.outlet = outlet
    if url:
        record.url = url
