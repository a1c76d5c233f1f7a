"""HTML pages: main text without navigation and furniture, via trafilatura when installed."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from ..errors import SourceError
from .article import ArticleInput

_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_BLOCK = re.compile(r"</?(p|div|br|h[1-6]|li|tr|article|section)\b[^>]*>", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)


def html_to_article(html: str, path: Path, warnings: list[str]) -> ArticleInput:
    title = None
    text = None
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    if trafilatura is not None:
        text = trafilatura.extract(html, include_comments=False, include_tables=False)
        meta = trafilatura.extract_metadata(html)
        if meta is not None:
            title = meta.title
            date = meta.date
        else:
            date = None
    else:
        date = None
        match = _TITLE.search(html)
        title = unescape(match.group(1)).strip() if match else None
        text = unescape(_TAG.sub(" ", _BLOCK.sub("\n\n", html)))
        text = re.sub(r"[ \t]+", " ", text)
        text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    if not text or not text.strip():
        raise SourceError(f"no article text found in HTML: {path}")
    article = ArticleInput(key=path.stem, text=text, title=title, source_path=str(path), warnings=warnings)
    if date:
        article.published = date
        article.published_source = "metadata"
    return article
