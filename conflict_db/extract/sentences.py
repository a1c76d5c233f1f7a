"""Sentence and clause splitting with offsets into the original text.

Every function returns ``(start, end)`` character offsets into the string it was given, so
evidence always maps back to the article. Rules, not a model:

- a sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes/brackets) followed by space and
  an upper-case letter, digit or opening quote, unless the period belongs to an abbreviation
  (Jan., U.S., Dr., Mr., St., Gen., initials), a decimal, or an ellipsis inside a sentence;
- a line break always ends a sentence (callers pass one paragraph/line at a time);
- text with its punctuation stripped: a run of more than ``LONG_RUN_WORDS`` words without a
  sentence end is cut before a capitalised sentence starter ("... on Monday The fighting ...")
  and, if still too long, at clause cues (said, while, but, after ...).
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr st gen col lt sgt capt maj cpl pvt adm cmdr rep sen gov prof rev fr sr jr
    no nos vs etc inc ltd co corp dept est approx fig al mt ft univ gov't govt pres
    u.s u.k u.n e.u u.a.e a.m p.m i.e e.g""".split()
)

_END = re.compile(r"""[.!?]+(?:["'”’)\]]+)?(?=\s+|$)""")
_STARTER_AFTER = re.compile(r"""\s+["'“‘(\[]?[A-Z0-9]""")
_WORD = re.compile(r"\S+")

LONG_RUN_WORDS = 45

# Capitalised words that usually start a sentence: used only when punctuation was stripped.
_SENTENCE_STARTERS = (
    "The A An In On By At But And Meanwhile However Earlier Later Last Since After Before When While "
    "He She They It Its We I This That There These Those Some Many Most Several Other Activists "
    "Residents Witnesses Officials Rebels Government Militants Fighters Troops Police Local Also "
    "According Elsewhere Separately Following Despite During Over Under Yesterday Today"
).split()
_STARTER_RX = re.compile(
    r"(?<=[a-z0-9,;:'’\"”)])\s+(?=(?:%s)\b\s+\w)" % "|".join(_SENTENCE_STARTERS)
)
_CLAUSE_CUE_RX = re.compile(
    r"\s+(?=(?:said|says|while|but|after|when|whereas|although|though|because|as well as)\b)"
)


def is_abbrev_period(text: str, dot: int) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation, initial or number."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    token = text[j:dot].lower().rstrip(".")
    if not token:
        # "3." in "3.5" handled by the caller's lookahead; bare dots are ends
        return False
    if token in ABBREVIATIONS:
        return True
    if len(token) == 1 and text[dot - 1].isupper():
        return True  # initial: "John F. Kennedy", "U."
    if "." in token and len(token) <= 8:
        return True  # U.S, e.g, a.m
    return False


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as offsets into ``text`` (whitespace trimmed)."""
    if end is None:
        end = len(text)
    out: list[tuple[int, int]] = []
    for ls, le in _lines(text, start, end):
        out.extend(_split_line(text, ls, le))
    return out


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            nl = end
        s, e = _trim(text, pos, nl)
        if e > s:
            yield s, e
        pos = nl + 1


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _split_line(text: str, s: int, e: int) -> list[tuple[int, int]]:
    cuts: list[int] = []
    seg = text[s:e]
    for m in _END.finditer(seg):
        punct_end = m.end()
        if punct_end >= len(seg):
            continue
        if not _STARTER_AFTER.match(seg, punct_end):
            continue
        mark = m.group()
        if mark.startswith(".") and not mark.startswith("..."):
            if is_abbrev_period(seg, m.start()):
                continue
        if mark.startswith("...") and len(mark.rstrip("\"'”’)]")) >= 3:
            # an ellipsis followed by a capital usually ends a sentence; keep it
            pass
        cuts.append(punct_end)
    pieces: list[tuple[int, int]] = []
    prev = 0
    for c in cuts:
        pieces.append((prev, c))
        prev = c
    pieces.append((prev, len(seg)))
    out = []
    for a, b in pieces:
        a2, b2 = _trim(seg, a, b)
        if b2 > a2:
            out.extend(_split_long(seg, a2, b2))
    return [(s + a, s + b) for a, b in out]


def _split_long(seg: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cut a run without sentence punctuation that is too long to be one sentence."""
    if b - a < 2 * LONG_RUN_WORDS + 1:
        return [(a, b)]  # n words need 2n - 1 characters: this span cannot be too long
    nwords = len(seg[a:b].split())  # == len(_WORD.findall(seg, a, b)): \S is not str.isspace
    if nwords <= LONG_RUN_WORDS or re.search(r"[.!?]", seg[a:b]) and nwords <= 90:
        return [(a, b)]
    pieces = _cut(seg, a, b, _STARTER_RX)
    out = []
    for pa, pb in pieces:
        if len(_WORD.findall(seg, pa, pb)) > LONG_RUN_WORDS:
            out.extend(_cut(seg, pa, pb, _CLAUSE_CUE_RX, min_words=8))
        else:
            out.append((pa, pb))
    return out


def _cut(seg: str, a: int, b: int, rx: re.Pattern, min_words: int = 5) -> list[tuple[int, int]]:
    out = []
    prev = a
    for m in rx.finditer(seg, a, b):
        if len(_WORD.findall(seg, prev, m.start())) < min_words:
            continue
        out.append(_trim(seg, prev, m.start()))
        prev = m.end()
    out.append(_trim(seg, prev, b))
    return [p for p in out if p[1] > p[0]]


# --- clauses -----------------------------------------------------------------------------

_CLAUSE_SPLIT = re.compile(
    r"""
    \s*;\s*
  | \s+[—–]\s+ | \s+-\s+ | —
  | ,\s+
  | \s+(?=[wabtf])(?=(?:while|whereas|although|though|because|after|before|when|but|amid|following|
            as\s+(?:the|their|his|her|its|a|an|some|many|local|rebels?|government|troops|
            fighters|militants|they|he|she|it|we)\b)\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# (?=[wabtf]): the first letters of the cue words, a cheap test before the word list


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``text[start:end]`` (offsets into ``text``).

    Cut at semicolons, spaced dashes, commas and subordinating cues (while, after, as their
    ...). Numbers like "1,000" are not cut (the comma there has no following space).
    """
    out = []
    prev = start
    for m in _CLAUSE_SPLIT.finditer(text, start, end):
        if m.start() <= prev:
            continue
        s, e = _trim(text, prev, m.start())
        if e > s:
            out.append((s, e))
        prev = m.end()
    s, e = _trim(text, prev, end)
    if e > s:
        out.append((s, e))
    return out or [(start, end)]
