"""The article record every reader produces."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(slots=True)
class ArticleInput:
    key: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # as given: ISO date or timestamp
    published_source: str | None = None  # given, manifest, dateline
    source_path: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
