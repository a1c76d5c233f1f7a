"""Which way an underspecified date points, read from the clause around it.

News reports mostly look back: a bare weekday is today or the last one. Future and planned
events are marked by auxiliaries and planning words, so the nearest marker on either side
(inside the sentence) decides.
"""

from __future__ import annotations

import re

_FUTURE = (
    r"will|won't|wo n't|shall|'ll|would|is due|are due|due to|due on|scheduled|planned|plans? to|"
    r"to be held|set to|expected to|expects? to|ahead of|next|upcoming|coming|going to|"
    r"intends? to|to meet|to hold|to begin|to start|to resume|to visit|to vote|to take place|"
    r"to be|until|till|by the end|deadline|hopes? to|aims? to|agreed to|is to|are to|"
    r"promised to|pledged to|to attend|to join|to take part|to participate|to sign|to hold|to open|to convene|to reconvene|to return|might"
)
_PAST = (
    r"was|were|had|has|have|said|says|told|did|ago|last|earlier|since|yesterday|previously|"
    r"began|took|came|went|fell|rose|won|lost|left|met|made|killed|died|broke|fought|"
    r"said|saw|gave|held|led|struck|shot|hit|sought|ran|spoke|wrote|sent|got|"
    r"\w+ed"
)
_MARKER = re.compile(rf"(?i)\b(?:(?P<f>{_FUTURE})|(?P<p>{_PAST}))\b")
_STRONG_PAST = {"was", "were", "had", "said", "did", "told"}
_BEFORE, _AFTER = 90, 60
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"'“]|\n")


def direction(text: str, start: int, end: int) -> str:
    """'future', 'past' or 'none' for the expression at text[start:end]."""
    lo = max(0, start - _BEFORE)
    before = text[lo:start]
    cut = None
    for m in _SENTENCE_END.finditer(before):
        cut = m.start() + 1
    if cut is not None:
        before = before[cut:]
    after = text[end:end + _AFTER]
    m = _SENTENCE_END.search(after)
    if m:
        after = after[: m.start() + 1]

    best, best_dist = "none", 10**9
    # Scanning backwards from the expression: keep the closest marker.
    for m in _MARKER.finditer(before):
        if m["p"] and _passive(before, m.start()):
            continue
        dist = len(before) - m.end()
        if dist <= best_dist:
            best, best_dist = ("future" if m["f"] else "past"), dist
    for m in _MARKER.finditer(after):
        if m["p"] and (_passive(after, m.start()) or m.group().lower() not in _STRONG_PAST):
            continue  # a participle after the date ("January 22 aimed at") is not the verb
        dist = m.start() + 5  # text after the expression counts a little less
        if dist < best_dist:
            best, best_dist = ("future" if m["f"] else "past"), dist
        break
    return best


_AUX_BEFORE = re.compile(r"(?i)\b(?:is|are|am|be|being|been|'s|'re|will|would|to)\s+(?:\w+ly\s+)?$")


def _passive(s: str, i: int) -> bool:
    """"is being pushed", "will be held": a participle that is not a past tense."""
    return bool(_AUX_BEFORE.search(s[max(0, i - 25):i]))
