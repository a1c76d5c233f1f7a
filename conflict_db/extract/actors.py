"""Actor catalogue: armed groups, states, organisations, sources and people in news text.

Data: ``data/actors.toml`` (canonical names, kinds, aliases, person titles). Matching is a
dictionary over normalised token n-grams (case, diacritics, apostrophes and hyphens folded),
longest match first, non-overlapping. Short all-capital aliases (IS, US, SOC) and aliases
listed as ``cased`` match only with their exact capitalisation.
"""

from __future__ import annotations

import re
import threading
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import Iterable

from conflict_db.extract.types import ActorRef

__all__ = ["ActorCatalog", "ActorMatch", "default_actors"]

KINDS = frozenset(
    "armed_group state government military political person organisation source".split()
)

_APOS = "'’‘ʿʾ`´ʼʻ"
_APOS_TABLE = str.maketrans({c: "" for c in _APOS})
# words (with inner apostrophes) or dotted acronyms (U.S., U.N.); the acronym branch is
# (?:[A-Za-z]\.){2,} unrolled, which fails sooner at the start of every ordinary word
_TOKEN = re.compile(r"[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*|[^\W_]+(?:[" + _APOS + r"][^\W_]+)*")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_GAP_OK = re.compile(r"[ \t\-‐‑'’]{1,3}|[ \t]*\n[ \t]*")
_NAME_PARTICLES = frozenset("al el bin ibn abu bint de van von der da".split())


@lru_cache(maxsize=100_000)
def _norm_token(tok: str) -> str:
    t = tok.translate(_APOS_TABLE).replace(".", "")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t.casefold()


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


@dataclass(frozen=True, slots=True)
class ActorMatch:
    start: int
    end: int
    text: str
    actor: ActorRef
    also_place: bool = False  # the name is also a place (a country or capital)
    method: str = "alias"  # alias, title (a person introduced by a title)


class ActorCatalog:
    """Find and look up actors. Build once (``default_actors()``), reuse everywhere."""

    def __init__(self, path: str | Path | None = None) -> None:
        p = Path(path) if path else Path(
            str(resources.files("conflict_db").joinpath("data", "actors.toml")))
        with p.open("rb") as fh:
            cfg = tomllib.load(fh)
        self.actors: list[ActorRef] = []
        self._place: list[bool] = []
        # normalised token tuple -> list of (actor index, exact surface or None)
        self._index: dict[tuple[str, ...], list[tuple[int, str | None]]] = {}
        self._first: dict[str, int] = {}  # first token -> longest alias length in tokens
        self._by_name: dict[str, int] = {}
        self._by_name_loose: dict[str, int] = {}  # cased aliases, any case (for lookup)
        self._prefixes: frozenset | None = None  # every leading part of an _index key
        for a in cfg.get("actor", []):
            kind = a.get("kind")
            if kind not in KINDS:
                raise ValueError(f"actors.toml: unknown kind {kind!r} for {a.get('name')!r}")
            idx = len(self.actors)
            self.actors.append(ActorRef(name=a["name"], kind=kind))
            self._place.append(bool(a.get("place", False)))
            cased = set(a.get("cased", []))
            for alias in [a["name"], *a.get("aliases", [])]:
                exact = alias if (alias in cased or _is_acronym(alias)) else None
                self._add(alias, idx, exact)
        titles = cfg.get("titles", {}).get("words", [])
        self._titles: dict[tuple[str, ...], int] = {}
        self._title_max = 1
        for t in titles:
            toks = tuple(_norm_token(x) for x in _TOKEN.findall(t))
            if toks:
                self._titles[toks] = len(toks)
                self._title_max = max(self._title_max, len(toks))
        self._title_first = frozenset(t[0] for t in self._titles)
        # people named by a title that makes them a source of the news, not a party to it
        self._source_titles = frozenset(
            tuple(_norm_token(x) for x in _TOKEN.findall(t))
            for t in cfg.get("titles", {}).get("sources", []))

    def _add(self, alias: str, idx: int, exact: str | None) -> None:
        toks = tuple(_norm_token(t) for t in _TOKEN.findall(alias))
        if not toks:
            return
        self._prefixes = None  # rebuilt on next use
        lst = self._index.setdefault(toks, [])
        if (idx, exact) not in lst:
            lst.append((idx, exact))
        self._first[toks[0]] = max(self._first.get(toks[0], 0), len(toks))
        if exact is None:
            self._by_name.setdefault(" ".join(toks), idx)
        else:
            self._by_name.setdefault("\0" + exact, idx)
            self._by_name_loose.setdefault(" ".join(toks), idx)

    # ------------------------------------------------------------------ lookup

    def lookup(self, name: str) -> ActorRef | None:
        """An actor by canonical name or alias ('ISIS', 'Nusra Front', 'us' is not 'US')."""
        name = name.strip()
        if not name:
            return None
        idx = self._by_name.get("\0" + name)
        if idx is None:
            toks = [_norm_token(t) for t in _TOKEN.findall(name)]
            key = " ".join(toks)
            idx = self._by_name.get(key)
            if idx is None and toks and toks[0] == "the":
                idx = self._by_name.get(" ".join(toks[1:]))
            if idx is None and len(key) > 2:
                # typed by a user: 'isil' -> ISIL, 'observatory' -> the Observatory
                idx = self._by_name_loose.get(key)
                if idx is None and toks and toks[0] != "the":
                    idx = self._by_name_loose.get("the " + key)
        return self.actors[idx] if idx is not None else None

    def kinds(self) -> dict[str, str | None]:
        return {a.name: a.kind for a in self.actors}

    # ------------------------------------------------------------------ find

    def find(self, text: str, *, persons: bool = True) -> list[ActorMatch]:
        """Actor mentions in ``text``, in text order, longest first and non-overlapping."""
        # (start, end, word) per token, built in C: split gives separator, token, separator,
        # ..., and the running sum of part lengths gives the offsets
        parts = _TOKEN_SPLIT.split(text)
        offs = list(accumulate(map(len, parts)))
        words = parts[1::2]
        toks = list(zip(offs[0:-1:2], offs[1::2], words))
        n = len(toks)
        if not n:
            return []
        keys = list(map(_norm_token, words))
        out: list[ActorMatch] = []
        # Only tokens that can start a match are visited (an alias's first word, "the", a
        # title's first word); at any other token the loop below would just step on.
        first, title_first = self._first, self._title_first
        starts = [i for i, k in enumerate(keys)
                  if k in first or k == "the" or (persons and k in title_first)]
        si = 0
        ns = len(starts)
        i = 0
        while si < ns:
            if starts[si] < i:
                si += 1
                continue
            i = starts[si]
            hit = self._match_at(text, toks, keys, i) if keys[i] in first else None
            if keys[i] == "the" and i + 1 < n:
                # "the Islamic State of Iraq and the Levant": the longer name wins
                hit2 = self._match_at(text, toks, keys, i + 1)
                if hit2 and (not hit or hit2[0] > hit[0]):
                    i += 1
                    hit = hit2
            if hit:
                j, idx = hit
                s, e = toks[i][0], toks[j - 1][1]
                out.append(ActorMatch(s, e, text[s:e], self.actors[idx], self._place[idx]))
                i = j
                continue
            if persons:
                pm = self._person_after_title(text, toks, keys, i)
                if pm is not None:
                    match, j = pm
                    out.append(match)
                    i = j
                    continue
            i += 1
        return out

    def _match_at(self, text, toks, keys, i):
        """Longest alias starting at token i: (end token, actor index) or None."""
        n = len(toks)
        maxlen = self._first.get(keys[i], 0)
        if not maxlen:
            return None
        # Extend the span token by token (as far as maxlen and joinable gaps allow) while it
        # is still the beginning of some alias, noting where an alias ends; then try those,
        # longest first. Same spans as trying every length down from the limit, but most
        # starts ("the", "al") stop after a token or two.
        prefixes = self._prefixes
        if prefixes is None:
            prefixes = self._prefixes = frozenset(
                k[:m] for k in self._index for m in range(1, len(k) + 1))
        index = self._index
        key = (keys[i],)
        ends = []
        j = i + 1
        while True:
            if key in index:
                ends.append(j)
            if not (j < n and j - i < maxlen):
                break
            key = key + (keys[j],)
            if key not in prefixes or not _GAP_OK.fullmatch(text[toks[j - 1][1]:toks[j][0]]):
                break
            j += 1
        for j in reversed(ends):
            cands = index[tuple(keys[i:j])]
            if not cands:
                continue
            surface = text[toks[i][0]:toks[j - 1][1]]
            for idx, exact in cands:
                if exact is None or self._exact_ok(surface, exact, toks, i, j, text):
                    return j, idx
        return None

    @staticmethod
    def _exact_ok(surface: str, exact: str, toks, i: int, j: int, text: str) -> bool:
        if surface != exact and surface.replace(".", "") != exact.replace(".", ""):
            # "The Coalition" at a sentence start is "the Coalition"
            if not (exact[:4] == "the " and surface[:4].lower() == "the "
                    and surface[4:] == exact[4:]):
                return False
        if _is_acronym(exact) and len(exact.replace(".", "")) <= 2:
            # "IS", "US" in an all-capitals headline are words, not acronyms
            for k in (i - 1, j):
                if 0 <= k < len(toks):
                    w = toks[k][2]
                    if len(w) > 1 and w.isupper() and w.isalpha():
                        return False
        return True

    def _person_after_title(self, text, toks, keys, i):
        """'Secretary of State John Kerry', 'photographer Bunyamin Aygun', 'Mr Shahbandar'."""
        if keys[i] not in self._title_first:
            return None
        n = len(toks)
        for L in range(min(self._title_max, n - i), 0, -1):
            if tuple(keys[i:i + L]) in self._titles:
                break
        else:
            return None
        j = i + L
        # "Mr." / "Gen." dots and single spaces are fine between title and name
        if j >= n:
            return None
        gap = text[toks[j - 1][1]:toks[j][0]]
        if gap not in (" ", ". ", "\n") or not toks[j][2][0].isupper():
            return None
        if len(toks[i][2]) > 1 and toks[i][2].isupper() and not toks[j][2].isupper():
            return None  # "DR Congo": capitals in running text are an abbreviation, not "Dr"
        start = j
        end = j
        words = 0
        while end < n and words < 4:
            w = toks[end][2]
            if w[0].isupper() and not (w.isupper() and len(w) > 1 and len(w) <= 4):
                words += 1
            elif keys[end] not in _NAME_PARTICLES:
                break
            end += 1
            if end < n and not _GAP_OK.fullmatch(text[toks[end - 1][1]:toks[end][0]]):
                break
        while end > start and keys[end - 1] in _NAME_PARTICLES:
            end -= 1
        if end == start:
            return None
        # the name must not itself start with a known actor ("President Assad" is in data)
        if keys[start] in self._first and tuple(keys[start:end]) in self._index:
            return None
        if keys[start] in ("the", "of", "and"):
            return None
        s, e = toks[start][0], toks[end - 1][1]
        name = text[s:e]
        kind = "source" if tuple(keys[i:i + L]) in self._source_titles else "person"
        return ActorMatch(s, e, name, ActorRef(name=name, kind=kind), False, "title"), end

    @staticmethod
    def exclusion_spans(matches: Iterable[ActorMatch]) -> list[tuple[int, int]]:
        """Spans the place finder should skip: every actor that is not also a place."""
        return [(m.start, m.end) for m in matches if not m.also_place]


_default: ActorCatalog | None = None
_lock = threading.Lock()


def default_actors() -> ActorCatalog:
    """The shared catalogue built from the package data (loaded once, lazily)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = ActorCatalog()
    return _default
