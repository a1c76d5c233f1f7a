"""Reading text files defensively: empty, binary and mis-encoded files are named, not guessed."""

from __future__ import annotations

from pathlib import Path

from ..errors import SourceError

MAX_BYTES = 64 * 1024 * 1024
_BINARY_SAMPLE = 8192


def read_text(path: Path) -> tuple[str, list[str]]:
    """Return the file's text and any warnings; raise SourceError for what is not text."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceError(f"no such file: {path}") from None
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}") from None
    if size > MAX_BYTES:
        raise SourceError(f"file too large ({size // (1024 * 1024)} MB > {MAX_BYTES // (1024 * 1024)} MB): {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}") from None
    return decode(data, str(path))


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        if looks_binary(data):
            raise SourceError(f"binary file, not text: {name}")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            # Scrapers often emit a few bad bytes in otherwise good text; keep the article, say so.
            text = data.decode("utf-8", errors="replace")
            warnings.append(
                f"invalid UTF-8 at byte {exc.start} in {name}: decoded with replacement characters"
            )
    if not text.strip():
        raise SourceError(f"empty file: {name}")
    return text, warnings


def looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.1
