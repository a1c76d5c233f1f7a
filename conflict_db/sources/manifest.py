"""Sidecar manifest: `manifest.json` in a directory of articles gives their metadata.

Format: a JSON list of objects (or {"articles": [...]}) with `key` (the file name without
extension), and optionally `title`, `outlet`, `url`, `published` (ISO date or timestamp).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import SourceError

MANIFEST_NAME = "manifest.json"


def load_manifest(directory: Path) -> dict[str, dict]:
    path = directory / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"cannot read manifest {path}: {exc}") from None
    if isinstance(data, dict):
        data = data.get("articles", [])
    if not isinstance(data, list):
        raise SourceError(f"manifest {path} must be a list of objects with a 'key'")
    entries: dict[str, dict] = {}
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict) or not (item.get("key") or item.get("file")):
            raise SourceError(f"manifest {path}: entry {i} has no 'key'")
        key = str(item.get("key") or Path(str(item["file"])).stem)
        entries[key] = item
    return entries
