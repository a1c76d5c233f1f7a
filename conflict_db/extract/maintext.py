"""Which lines of a scraped article are its main text.

Page furniture yields no events. It is recognised by structure, not by outlet strings:

- headlines: the title, lines equal to an earlier line, short lines before the first body line;
- headings and labels: short lines without sentence punctuation, "News / Syrian Crisis";
- photo captions: a short line near the top that ends with a full date ("... on Jan. 4, 2014.")
  or starts with a photo credit;
- promos and footers: "More from X:", "Video:", "Leave a comment", "Related", "Advertisement",
  links to galleries and videos ("... - photo gallery");
  after a footer marker everything is furniture;
- job adverts and prices: salary ranges, "Per Annum";
- link lists: a block of consecutive lines where most lines are not sentences.

Text whose punctuation was stripped (few sentence ends for its length) is judged on length
instead of on final punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*", re.UNICODE)
_SENT_END = re.compile(r"""[.!?…](?:["'”’)\]]+)?$|[.!?]["'”’]?\s*\(\w+\)$""")
_MONEY_RANGE = re.compile(r"[£$€]\s?\d[\d,.]*k?\s*(?:-|–|to)\s*[£$€]?\s?\d", re.I)
_JOB = re.compile(r"\b(?:per\s+annum|per\s+hour|salary|p\.a\.|job\s+widget|apply\s+now|"
                  r"benefits\s+package|days\s+holiday)\b", re.I)
_SECTION_LABEL = re.compile(r"^[\w&'’ .-]{1,30}(?:\s*[/›»>|]\s*[\w&'’ .-]{1,40})+$")
_PROMO = re.compile(
    r"^(?:more\s+(?:from|on)\b|read\s+more\b|see\s+also\b|related\b|also\s+read\b|watch\b|"
    r"video\s*:|photos?\s*:|gallery\s*:|listen\s*:|advertisement\b|sponsored\b|promoted\b|"
    r"click\s+here\b|share\s+(?:this|on)\b|follow\s+us\b|sign\s+up\b|subscribe\b|"
    r"recommended\b|editor'?s\s+picks?\b|top\s+stories\b|trending\b)",
    re.I,
)
# a link to a gallery or a video: "Troops raided al-Shifa hospital on Nov. 15 - photo gallery"
_MEDIA_LINK = re.compile(
    r"\s[-–—|:]\s*(?:photo\s+gallery|photos?|gallery|pictures|videos?|in\s+pictures|in\s+photos|"
    r"live\s+updates|live\s+blog|podcast)\s*$|\bin\s+pictures\s*$")
_FOOTER = re.compile(
    r"^(?:leave\s+a\s+(?:comment|reply)|\d*\s*comments?\b|add\s+(?:a\s+)?comment|"
    r"post\s+a\s+comment|related(?:\s+\w+)?\s*:?$|most\s+(?:read|popular|viewed|shared)|you\s+may\s+also\s+like|"
    r"more\s+stories|related\s+(?:articles|stories|content|news)|promoted\s+(?:video|stories|content)|"
    r"copyright\b|©|all\s+rights\s+reserved|terms\s+of\s+(?:use|service)|"
    r"by\s+clicking\b|about\s+us\b|privacy\s+policy)",
    re.I,
)
_PHOTO_CREDIT = re.compile(
    r"^(?:\(?photo\b|\(?image\b|\(?picture\b|file\s+photo|credit\s*:|getty\b|afp\s+photo|"
    r"ap\s+photo|reuters/|epa\b|caption\s*:)",
    re.I,
)
# a picture's credit closing its caption: "... after withdrawing from Debaltseve. (UNIAN)"
_CREDIT_END = re.compile(r"[.!?]\s*\((?:[^()\s]+\s*){1,8}\)\s*$")
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_FULL_DATE = re.compile(
    rf"(?:\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\b\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)\d\d|"
    rf"\b(?:19|20)\d\d-\d\d-\d\d)\W*$",
    re.I,
)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,|\s+\()")


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    kind: str  # body, headline, heading, caption, furniture

    @property
    def is_body(self) -> bool:
        return self.kind == "body"


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


class _NormTable(dict):
    """str.translate table: word characters (\\w minus "_", i.e. str.isalnum) kept, all else a
    space; filled lazily per code point."""

    def __missing__(self, c: int) -> str:
        ch = chr(c)
        v = ch if ch.isalnum() else " "
        self[c] = v
        return v


_NORM_TABLE = _NormTable()


def _norm_lower(low: str) -> str:
    """``_norm`` of a line already lower-cased: translate + split/join is twice as fast as
    the regex and gives the same string (runs of non-word characters -> one space, trimmed)."""
    return " ".join(low.translate(_NORM_TABLE).split())


# _JOB is a case-insensitive search over every line, slow without a literal prefix. This
# case-sensitive pattern over the lower-cased line is a necessary condition for it (sre's
# IGNORECASE also equates i/ı/İ and s/ſ, which lower() does not: such lines skip the filter).
_JOB_PRE = re.compile(r"per\s+(?:annum|hour)|salary|p\.a\.|job\s+widget|apply\s+now|"
                      r"benefits\s+package|days\s+holiday")
_CASE_EXOTIC = ("ſ", "ı", "İ")
# last characters a _SENT_END match can end with
_END_CHARS = frozenset(".!?…\"'”’)]")
_PLAIN_END = frozenset(".!?…")


def _job(line: str, low: str) -> bool:
    if _JOB_PRE.search(low) is None and (line.isascii() or not any(c in line for c in _CASE_EXOTIC)):
        return False
    return _JOB.search(line) is not None


def _has_end(line: str) -> bool:
    last = line[-1:]
    if not last or last not in _END_CHARS:
        return False
    if last in _PLAIN_END:
        return True  # "[.!?…]$"
    return _SENT_END.search(line) is not None


def _nwords(line: str, cap: int) -> int:
    """len(_WORD.findall(line)) when below ``cap``; else some number >= cap. Callers only
    compare with thresholds <= cap, so long lines need only their first words counted (a
    prefix has at most as many words as the line: only the last one can be cut short)."""
    k = cap * 16
    if len(line) > k:
        n = len(_WORD.findall(line, 0, k))
        if n >= cap:
            return n
    return len(_WORD.findall(line))


def is_stripped(text: str) -> bool:
    """True when the text has (almost) no sentence punctuation for its length."""
    words = len(_WORD.findall(text[:20000]))
    if words < 30:
        return False
    ends = len(re.findall(r"[.!?](?:\s|$)", text[:20000]))
    return ends * 60 < words


def classify_lines(text: str, title: str | None = None) -> list[Line]:
    """Every non-blank line of ``text`` with its kind."""
    raw: list[tuple[int, int, int]] = []  # start, end, block id
    block = 0
    pos = 0
    n = len(text)
    blank_run = True
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            if blank_run:
                block += 1
            raw.append((s, e, block))
            blank_run = False
        else:
            blank_run = True
        pos = nl + 1
    stripped = is_stripped(text)
    title_n = _norm(title) if title else None
    seen: set[str] = set()
    kinds: list[str] = []
    footer_hit = False
    body_seen = False
    nonblank_index = 0
    for s, e, _b in raw:
        line = text[s:e]
        low = line.lower()
        norm = _norm_lower(low)
        kind = "body"
        # word counts (_nwords) are taken lazily, only as far as each threshold needs
        has_end = _has_end(line)
        if footer_hit:
            kind = "furniture"
        elif _FOOTER.match(line) and (body_seen or _nwords(line, 12) < 12):
            kind = "furniture"
            footer_hit = body_seen
        elif _PROMO.match(line) or ("$" in line or "£" in line or "€" in line) and _MONEY_RANGE.search(
                line) or _job(line, low) or _MEDIA_LINK.search(low):
            kind = "furniture"
        elif norm and (norm == title_n or norm in seen):
            kind = "headline"
        elif _SECTION_LABEL.match(line) and _nwords(line, 9) <= 8 and not has_end:
            kind = "furniture"
        elif _PHOTO_CREDIT.match(line) or (
                nonblank_index <= 3 and not body_seen and _CREDIT_END.search(line) and _nwords(line, 61) <= 60):
            kind = "caption"
        elif (
            nonblank_index <= 3 and not body_seen and _nwords(line, 41) <= 40
            and _FULL_DATE.search(line) and not _DATELINE.match(line)
        ):
            kind = "caption"
        elif stripped:
            nw = _nwords(line, 17)
            if nw < 8:
                kind = "heading" if body_seen else "headline"
            elif not body_seen and nonblank_index == 0 and nw <= 16:
                kind = "headline"
        else:
            if not has_end:
                nw = _nwords(line, 26)
                kind = "heading" if (nw <= 14 and body_seen) else (
                    "headline" if not body_seen and nw <= 25 else "furniture")
            elif _nwords(line, 4) < 4:
                kind = "heading"
        if kind == "body":
            body_seen = True
        if norm:
            seen.add(norm)
        kinds.append(kind)
        nonblank_index += 1
    # link-list density: blocks of several lines most of which are not sentences
    by_block: dict[int, list[int]] = {}
    for i, (_s, _e, b) in enumerate(raw):
        by_block.setdefault(b, []).append(i)
    for idxs in by_block.values():
        if len(idxs) >= 4:
            non_body = sum(1 for i in idxs if kinds[i] != "body")
            if non_body * 2 >= len(idxs):
                for i in idxs:
                    kinds[i] = "furniture" if kinds[i] == "body" else kinds[i]
    return [Line(s, e, k) for (s, e, _b), k in zip(raw, kinds)]


def body_lines(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """Offsets of the lines that are the article's main text."""
    return [(ln.start, ln.end) for ln in classify_lines(text, title) if ln.is_body]
