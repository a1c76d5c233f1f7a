"""Event types and their trigger phrases, read from ``conflict_db/data/event_types.toml``."""

from __future__ import annotations

import os
import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "event_types.toml"


@dataclass(frozen=True)
class EventType:
    name: str
    description: str = ""
    acled_event_type: str = ""
    acled_sub_event_type: str = ""
    cameo: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()  # verbal + nominal phrases, as written in the data file
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    violent: bool = False
    priority: int = 0
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def _data_path() -> Path:
    env = os.environ.get("CDB_EVENT_TYPES")
    return Path(env) if env else DATA_FILE


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[EventType, ...]:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    known = {
        "name", "description", "acled_event_type", "acled_sub_event_type", "cameo", "verbs",
        "nouns", "not_before", "not_after", "violent", "priority", "triggers",
    }
    out: list[EventType] = []
    for entry in data.get("event_type", []):
        verbs = tuple(entry.get("verbs", ())) + tuple(entry.get("triggers", ()))
        nouns = tuple(entry.get("nouns", ()))
        out.append(
            EventType(
                name=entry["name"],
                description=entry.get("description", ""),
                acled_event_type=entry.get("acled_event_type", ""),
                acled_sub_event_type=entry.get("acled_sub_event_type", ""),
                cameo=tuple(str(c) for c in entry.get("cameo", ())),
                triggers=verbs + nouns,
                verbs=verbs,
                nouns=nouns,
                not_before=tuple(entry.get("not_before", ())),
                not_after=tuple(entry.get("not_after", ())),
                violent=bool(entry.get("violent", False)),
                priority=int(entry.get("priority", 0)),
                extra={k: v for k, v in entry.items() if k not in known},
            )
        )
    return tuple(out)


def load_event_types() -> list[EventType]:
    """All event types of the data file, in file order."""
    return list(_load(str(_data_path())))


def phrase_to_regex(phrase: str) -> str:
    """Turn a trigger phrase of the data file into a regex (see the file's header)."""
    phrase = phrase.strip()
    if phrase.startswith("re:"):
        return phrase[3:]
    parts: list[str] = []
    for word in phrase.split():
        if word == "_":
            parts.append(r"(?:[\w'’-]+\s+){0,3}?")
            continue
        star = word.endswith("*")
        if star:
            word = word[:-1]
        w = re.escape(word).replace(r"\-", "[-‐– ]?")
        parts.append(w + (r"\w*" if star else "") + r"\s+")
    rx = "".join(parts)
    if rx.endswith(r"\s+"):
        rx = rx[: -len(r"\s+")]
    rx = rx.replace(r"\s+", r"[\s ]+")
    return r"(?<![\w-])" + rx + r"(?![\w-])"


@dataclass(frozen=True)
class CompiledType:
    type: EventType
    verb_rx: re.Pattern | None
    noun_rx: re.Pattern | None
    not_before_rx: re.Pattern | None
    not_after_rx: re.Pattern | None = None


def _alternation(phrases) -> re.Pattern | None:
    if not phrases:
        return None
    # longest first so "peace talks" wins over "talks"
    rxs = sorted({phrase_to_regex(p) for p in phrases}, key=len, reverse=True)
    return re.compile("|".join(f"(?:{r})" for r in rxs), re.IGNORECASE)


def check_event_types() -> None:
    """Raise CdbError naming the file and the phrase when the event types cannot be used.

    Extraction never raises on an article, so a broken file would otherwise give no events
    at all, silently."""
    from ..errors import CdbError

    path = str(_data_path())
    try:
        types = _load(path)
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise CdbError(f"cannot read event types from {path}: {type(exc).__name__}: {exc}") from None
    try:
        _index(path)  # needed anyway; worker processes forked after this inherit it
        return
    except (re.error, TypeError, AttributeError):
        pass  # name the phrase at fault
    for et in types:
        for phrase in et.verbs + et.nouns:
            _check(path, et.name, phrase, phrase_to_regex)
        for phrase in et.not_before:
            _check(path, et.name, phrase, _not_before_regex)
        for phrase in et.not_after:
            _check(path, et.name, phrase, _not_after_regex)
    raise CdbError(f"event types file {path}: the trigger patterns do not compile together")


def _check(path: str, name: str, phrase: str, to_regex) -> None:
    from ..errors import CdbError

    try:
        re.compile(to_regex(phrase), re.IGNORECASE)
    except (re.error, TypeError, AttributeError) as exc:
        raise CdbError(f"event types file {path}: type {name!r}: phrase {phrase!r} is not a valid pattern: {exc}") from None


def _not_after_regex(phrase: str) -> str:
    """What may not come right before any trigger: a raw regex (ending where the trigger
    starts), or a phrase followed by a space."""
    return phrase[3:] if phrase.startswith("re:") else phrase_to_regex(phrase) + r"[\s ]+"


def _not_before_regex(phrase: str) -> str:
    """What may not follow a verbal trigger: a raw regex, or a phrase after a space or comma."""
    return phrase[3:] if phrase.startswith("re:") else r"[\s,]+" + phrase_to_regex(phrase)


@lru_cache(maxsize=4)
def _compiled(path: str) -> tuple[CompiledType, ...]:
    out = []
    for et in _load(path):
        nb = None
        if et.not_before:
            nb = re.compile("|".join(f"(?:{_not_before_regex(p)})" for p in et.not_before), re.IGNORECASE)
        na = None
        if et.not_after:
            # searched in the text before the trigger, ending at it
            na = re.compile("(?:" + "|".join(f"(?:{_not_after_regex(p)})" for p in et.not_after) + r")\Z",
                            re.IGNORECASE)
        out.append(CompiledType(et, _alternation(et.verbs), _alternation(et.nouns), nb, na))
    return tuple(out)


def compiled_types() -> tuple[CompiledType, ...]:
    return _compiled(str(_data_path()))


_TOKEN = re.compile(r"\w+")


def _first_key(phrase: str) -> str | None:
    """The lower-cased first word of a phrase (without hyphens), or None for raw regexes."""
    phrase = phrase.strip()
    if phrase.startswith("re:") or not phrase:
        return None
    w = phrase.split()[0]
    if w == "_" or w.endswith("*"):
        return None
    m = _TOKEN.match(w.lower())
    return m.group() if m else None


@dataclass(frozen=True)
class TriggerIndex:
    """Trigger phrases indexed by their first word, so matching is one pass over the words."""

    by_word: dict  # first word -> list of (compiled anchored regex, type index, nominal)
    fallback: tuple  # (compiled regex, type index, nominal) for phrases without a plain first word
    types: tuple[CompiledType, ...]
    # per fallback regex: lower-case strings one of which every match starts with, or None
    fallback_words: tuple = ()
    _words: tuple = field(init=False, repr=False, compare=False)  # every word of fallback_words
    _cache: list = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_words", tuple(sorted({w for ws in self.fallback_words if ws for w in ws})))
        object.__setattr__(self, "_cache", [])

    def finditer(self, text: str, start: int, end: int):
        """Yield (match_start, match_end, CompiledType, nominal) for every trigger match."""
        by_word = self.by_word
        for w in _TOKEN.finditer(text, start, end):
            pats = by_word.get(w.group().lower())
            if not pats:
                continue
            pos = w.start()
            for rx, ti, nominal in pats:
                m = rx.match(text, pos, end)
                if m:
                    yield m.start(), m.end(), self.types[ti], nominal
        found = self._fallback_starts(text) if self.fallback else None
        for k, (rx, ti, nominal) in enumerate(self.fallback):
            if found is not None and self.fallback_words[k] is not None:
                # every match starts with one of the regex's words: try it only there
                # (what finditer would find, without scanning the line position by position)
                starts = found[k]
                done = start
                for x in range(bisect_left(starts, start), bisect_left(starts, end)):
                    pos = starts[x]
                    if pos < done:
                        continue
                    m = rx.match(text, pos, end)
                    if m:
                        yield m.start(), m.end(), self.types[ti], nominal
                        done = m.end()
                continue
            for m in rx.finditer(text, start, end):
                yield m.start(), m.end(), self.types[ti], nominal

    def _fallback_starts(self, text: str) -> list[list[int]] | None:
        """Per fallback regex, the sorted offsets in ``text`` where one of its words starts.

        Found once per text, for the next calls on it too (a caller reads an article line by
        line): one search per word beats a test per word on every line. None when lower-casing
        moves offsets or re.IGNORECASE would see letters str.lower() does not make (then each
        regex scans its lines itself).
        """
        cache = self._cache
        if cache and cache[0] is text:
            return cache[1]
        low = text.lower()
        found = None
        if len(low) == len(text) and (text.isascii() or not any(c in text for c in _CASE_EXOTIC)):
            at: dict[str, list[int]] = {}
            for w in self._words:
                i = low.find(w)
                if i != -1:
                    spots = at[w] = []
                    while i != -1:
                        spots.append(i)
                        i = low.find(w, i + 1)
            found = [sorted({i for w in ws if w in at for i in at[w]}) if ws else [] for ws in self.fallback_words]
        cache[:] = (text, found)
        return found


# Characters re.IGNORECASE equates with an ASCII letter that str.lower() does not turn into it
_CASE_EXOTIC = ("ı", "İ", "ſ")


def _lead_literals(seq) -> frozenset[str] | None:
    """Strings one of which starts every match of a parsed regex (``re._parser`` output),
    or None when that is not known (the pattern does not begin with literals)."""
    from re._constants import ASSERT, ASSERT_NOT, AT, LITERAL

    prefix = ""
    for op, av in seq:
        if op is LITERAL:
            prefix += chr(av)
            continue
        if not prefix and (op is AT or op is ASSERT or op is ASSERT_NOT):
            continue  # \b, ^, lookarounds: zero width
        group = _group_literals(op, av)
        if not prefix:
            return group
        # "re(?:capture|take)" (the parser factors common prefixes out): recapture, retake
        return frozenset(prefix + x for x in group) if group else frozenset({prefix})
    return frozenset({prefix}) if prefix else None


def _group_literals(op, av) -> frozenset[str] | None:
    """``_lead_literals`` of an alternation or a group, None for any other item."""
    from re._constants import BRANCH, SUBPATTERN

    if op is BRANCH:
        subs = [_lead_literals(b) for b in av[1]]
        return None if any(x is None for x in subs) else frozenset().union(*subs)
    if op is SUBPATTERN:
        return _lead_literals(av[3])
    return None


def _required_words(rx: re.Pattern) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``rx`` starts with (None: no filter)."""
    try:
        from re import _parser

        lits = _lead_literals(_parser.parse(rx.pattern, rx.flags))
    except Exception:  # another Python's internals: no filter, same results
        return None
    if not lits or not all(x.isascii() for x in lits):
        return None
    return frozenset(x.lower() for x in lits)


@lru_cache(maxsize=4)
def _index(path: str) -> TriggerIndex:
    types = _compiled(path)
    grouped: dict[tuple[str | None, int, bool], list[str]] = {}
    for ti, ct in enumerate(types):
        for nominal, phrases in ((False, ct.type.verbs), (True, ct.type.nouns)):
            for ph in phrases:
                grouped.setdefault((_first_key(ph), ti, nominal), []).append(ph)
    by_word: dict[str, list] = {}
    fallback = []
    for (key, ti, nominal), phrases in grouped.items():
        rxs = sorted({phrase_to_regex(p) for p in phrases}, key=len, reverse=True)
        rx = re.compile("|".join(f"(?:{r})" for r in rxs), re.IGNORECASE)
        if key is None:
            fallback.append((rx, ti, nominal))
        else:
            by_word.setdefault(key, []).append((rx, ti, nominal))
    return TriggerIndex(by_word, tuple(fallback), types,
                        tuple(_required_words(rx) for rx, _, _ in fallback))


def trigger_index() -> TriggerIndex:
    return _index(str(_data_path()))
