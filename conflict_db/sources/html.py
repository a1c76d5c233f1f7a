"""HTML pages: the article's main text, without navigation and furniture, via trafilatura."""

from __future__ import annotations

from pathlib import Path

from ..errors import SourceError
from .article import ArticleInput

# Only dates the page states in its metadata: no guessing from the text or from today.
_DATE_CONFIG = {"extensive_search": False, "original_date": True}


def html_to_article(html: str, path: Path, warnings: list[str]) -> ArticleInput:
    import trafilatura  # heavy import: only when an HTML file is ingested

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise SourceError(f"no article text found in HTML: {path}")
    meta = trafilatura.extract_metadata(html, extensive=False, date_config=_DATE_CONFIG)
    article = ArticleInput(key=path.stem, text=text, source_path=str(path), warnings=warnings)
    if meta is not None:
        article.title = meta.title
        article.outlet = meta.sitename
        article.url = meta.url
        if meta.date:
            article.published = meta.date
            article.published_source = "metadata"
    return article
