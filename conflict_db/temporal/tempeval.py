"""TempEval-3 evaluation: read TimeML (.tml) files and score a tagger the official way.

- the tagger sees the plain TEXT (tags stripped) and the creation date (DCT);
- system and gold expressions are paired one to one, in document order, when their spans
  overlap (relaxed); strict pairs also have the identical span;
- P/R/F1 are micro-averaged over all documents;
- value (type) accuracy = relaxed pairs with equal value (type) / relaxed pairs, and
  value (type) F1 = accuracy x relaxed F1.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    dct: str
    text: str
    gold: list[Timex] = field(default_factory=list)


def parse_tml(source: str, name: str = "") -> Document:
    """Plain TEXT, DCT value and gold TIMEX3s (with offsets into the plain text)."""
    m = re.search(r'<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"', source)
    dct = m.group(1) if m else ""
    a, b = source.find("<TEXT>"), source.find("</TEXT>")
    body = source[a + 6:b] if a >= 0 and b > a else source
    out: list[str] = []
    pos = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict] | None = None
    last = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[last:t.start()])
        out.append(chunk)
        pos += len(chunk)
        last = t.end()
        closing, tag = t.group(1), t.group(2)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = (pos, dict(_ATTR.findall(t.group(3))))
        elif open_timex is not None:
            s, attrs = open_timex
            gold.append(Timex(s, pos, "", attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[last:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    return Document(name, dct, text, gold)


def load_corpus(directory: str | Path) -> list[Document]:
    return [parse_tml(p.read_text(encoding="utf-8"), p.stem)
            for p in sorted(Path(directory).glob("*.tml"))]


def align(system: list[Timex], gold: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs in document order where spans overlap."""
    pairs = []
    i = j = 0
    while i < len(system) and j < len(gold):
        s, g = system[i], gold[j]
        if s.end <= g.start:
            i += 1
        elif g.end <= s.start:
            j += 1
        else:
            pairs.append((s, g))
            i += 1
            j += 1
    return pairs


@dataclass
class Scores:
    n_sys: int = 0
    n_gold: int = 0
    relaxed: int = 0
    strict: int = 0
    value_ok: int = 0
    type_ok: int = 0
    errors: list = field(default_factory=list)

    def add(self, other: "Scores") -> None:
        self.n_sys += other.n_sys
        self.n_gold += other.n_gold
        self.relaxed += other.relaxed
        self.strict += other.strict
        self.value_ok += other.value_ok
        self.type_ok += other.type_ok
        self.errors.extend(other.errors)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def table(self) -> dict[str, float]:
        p = self.relaxed / self.n_sys if self.n_sys else 0.0
        r = self.relaxed / self.n_gold if self.n_gold else 0.0
        sp = self.strict / self.n_sys if self.n_sys else 0.0
        sr = self.strict / self.n_gold if self.n_gold else 0.0
        f = self._f(p, r)
        va = self.value_ok / self.relaxed if self.relaxed else 0.0
        ta = self.type_ok / self.relaxed if self.relaxed else 0.0
        return {"relaxed_p": p, "relaxed_r": r, "relaxed_f1": f, "strict_p": sp, "strict_r": sr,
                "strict_f1": self._f(sp, sr), "value_acc": va, "value_f1": va * f,
                "type_acc": ta, "type_f1": ta * f}


Tagger = Callable[[str, str], list[Timex]]


def score_document(doc: Document, system: list[Timex]) -> Scores:
    system = sorted(system, key=lambda t: t.start)
    sc = Scores(n_sys=len(system), n_gold=len(doc.gold))
    paired_sys, paired_gold = set(), set()
    for s, g in align(system, doc.gold):
        paired_sys.add(id(s))
        paired_gold.add(id(g))
        sc.relaxed += 1
        sc.strict += (s.start, s.end) == (g.start, g.end)
        sc.value_ok += s.value == g.value
        sc.type_ok += s.type == g.type
        if s.value != g.value:
            sc.errors.append(("value", doc, s, g))
    for s in system:
        if id(s) not in paired_sys:
            sc.errors.append(("spurious", doc, s, None))
    for g in doc.gold:
        if id(g) not in paired_gold:
            sc.errors.append(("missed", doc, None, g))
    return sc


def score_documents(docs: Iterable[Document], tagger: Tagger) -> Scores:
    total = Scores()
    for doc in docs:
        total.add(score_document(doc, tagger(doc.text, doc.dct)))
    return total


def cdb_tagger(text: str, dct: str) -> list[Timex]:
    from . import find_dates
    return [Timex(e.start, e.end, e.text, e.type, e.value) for e in find_dates(text, dct[:10] or None)]
