"""Word alternations regrouped by first letter, for regexes without a literal prefix.

sre tries the branches of an alternation one after the other at every position, and with
IGNORECASE it has no quick first-character test: "\\b(?:took\\s+place|erupted|...)" costs a
test per branch at every word start. ``by_first_letter("took\\s+place|taking\\s+place|erupted")``
gives "(?:t(?:ook\\s+place|aking\\s+place)|e(?:rupted))": one test per distinct first letter.
It matches exactly the same: a character can match only one lower-case ASCII letter (also
under IGNORECASE), so the branches that can match at a position are those of one group, and
they keep their order.
"""

from __future__ import annotations


def _top_level(alts: str) -> list[str]:
    """``alts`` split at its top-level ``|`` (not inside groups, classes or escapes)."""
    out, depth, cls, i, prev = [], 0, False, 0, 0
    while i < len(alts):
        c = alts[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
            if alts[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a literal "]" first
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(alts[prev:i])
            prev = i + 1
        i += 1
    out.append(alts[prev:])
    return out


def by_first_letter(alts: str) -> str:
    """The alternation ``alts`` ("a|b|c", every branch starting with a lower-case ASCII
    letter that is a plain literal) as a non-capturing group of per-letter groups."""
    groups: dict[str, list[str]] = {}
    for a in _top_level(alts):
        c = a[:1]
        if not ("a" <= c <= "z") or a[1:2] in ("*", "+", "?", "{"):
            raise ValueError(f"branch {a!r} does not start with a plain lower-case letter")
        groups.setdefault(c, []).append(a[1:])
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"
