"""Generate a synthetic news corpus as JSONL (streamed: constant memory whatever the size).

Articles are assembled from varied sentence templates (clashes, bombings, seizures, releases,
kidnappings, tolls, talks, protests, background) with weekday, month-day, "last month", "over
the past N days" ... expressions, shifted publication dates, Syrian/Iraqi/Yemeni/Lebanese places,
actors, varied lengths, datelines and page furniture. Deterministic for a given seed.

    python bench/corpus.py 10000 -o /tmp/corpus-10k            # a directory of JSONL shards
    python bench/corpus.py 1000 -o corpus.jsonl                  # one file

The reader refuses files over 64 MB, so large corpora are written as shards of --shard records
(10,000 by default, about 15 MB each) that `cdb ingest DIR/` reads one after another.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

PLACES = {
    "Syria": ["Aleppo", "Homs", "Hama", "Idlib", "Raqqa", "Deir ez-Zor", "Saraqeb", "Maarat al-Numan",
              "Kafr Nabl", "Douma", "Daraa", "Palmyra", "Qusair", "Yabroud", "Jisr al-Shughour",
              "Azaz", "Manbij", "al-Bab", "Tal Abyad", "Latakia", "Tartus", "Qamishli", "Hasakah",
              "Zabadani", "Darayya", "Khan Shaykhun", "Ariha", "Salqin", "Binnish", "Atarib"],
    "Iraq": ["Fallujah", "Ramadi", "Mosul", "Tikrit", "Baiji", "Samarra", "Baquba", "Kirkuk",
             "Haditha", "Hit", "Tal Afar", "Sinjar", "Amerli", "Jurf al-Sakhar", "Basra", "Karbala"],
    "Yemen": ["Sanaa", "Aden", "Taiz", "Hodeidah", "Marib", "Saada", "Ibb", "Dhamar", "Mukalla",
              "Zinjibar", "Lahij", "Amran"],
    "Lebanon": ["Tripoli", "Arsal", "Hermel", "Sidon", "Baalbek"],
}
ACTORS = ["ISIL fighters", "the Islamic State group", "al-Nusra Front", "Free Syrian Army rebels",
          "government forces", "the Syrian army", "Kurdish forces", "Hezbollah fighters",
          "Houthi rebels", "tribal fighters", "the Iraqi army", "Peshmerga forces",
          "rebel brigades", "pro-government militias", "Islamist rebels", "al-Qaeda militants"]
OUTLETS = ["Reuters", "AP", "AFP", "Al Jazeera", "GlobalPost", "BBC News", "The Guardian", "Daily Star"]
DATELINE_CITIES = ["BEIRUT", "BAGHDAD", "SANAA", "AMMAN", "ISTANBUL", "DAMASCUS", "GENEVA", "ERBIL"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens of"]


def _when(rng: random.Random, published: date) -> str:
    """A date expression, relative or absolute, as news text writes them."""
    kind = rng.random()
    if kind < 0.35:
        back = rng.randint(0, 6)
        return "on " + WEEKDAYS[(published - timedelta(days=back)).weekday()]
    if kind < 0.55:
        d = published - timedelta(days=rng.randint(1, 40))
        return f"on {MONTHS[d.month - 1]} {d.day}" if rng.random() < 0.6 else f"on {d.day} {MONTHS[d.month - 1]}"
    if kind < 0.63:
        return rng.choice(["last month", "earlier this month", "last week", "earlier this week"])
    if kind < 0.71:
        return f"over the past {rng.choice(NUMBER_WORDS[:8])} days"
    if kind < 0.78:
        return rng.choice(["yesterday", "today", "on Monday night", "late on Friday", "at dawn on Sunday"])
    if kind < 0.84:
        d = published - timedelta(days=rng.randint(30, 400))
        return f"in {MONTHS[d.month - 1]} {d.year}"
    if kind < 0.9:
        return f"since the start of {MONTHS[(published.month - 2) % 12]}"
    return ""


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _place(rng: random.Random, country: str) -> str:
    return rng.choice(PLACES[country])


def _event_sentence(rng: random.Random, published: date, country: str) -> str:
    p, p2 = _place(rng, country), _place(rng, country)
    a, b = rng.sample(ACTORS, 2)
    n, m = rng.randint(2, 90), rng.randint(1, 40)
    w = _when(rng, published)
    templates = [
        f"{_cap(a)} clashed with {b} in {p} {w}, leaving at least {n} people dead.",
        f"Heavy fighting broke out between {a} and {b} near {p} {w}, activists said.",
        f"A car bomb exploded in a crowded market in {p} {w}, killing {n} people and wounding {m}.",
        f"Government warplanes carried out air strikes on {p} {w}, a monitoring group said.",
        f"Barrel bombs dropped by helicopters hit residential districts of {p} {w}.",
        f"{_cap(a)} seized the town of {p} {w} after {rng.choice(NUMBER_WORDS)} days of fighting.",
        f"{_cap(a)} took control of the main checkpoint on the road between {p} and {p2} {w}.",
        f"{_cap(b)} withdrew from positions around {p} {w}, residents said.",
        f"{_cap(a)} released {n} prisoners held in {p} {w} in an exchange with {b}.",
        f"Gunmen kidnapped {rng.choice(['two aid workers', 'a local journalist', 'a priest', f'{m} villagers'])} "
        f"near {p} {w}.",
        f"More than {n * 37} people have been killed in {p} {w}, according to the Syrian Observatory for Human Rights.",
        f"The death toll from fighting in {p} {w} rose to {n * 3}, medics said.",
        f"Delegations from {a} and {b} met for talks in {rng.choice(['Geneva', 'Astana', 'Riyadh', 'Kuwait'])} {w}.",
        f"Peace talks are due to resume on {rng.choice(MONTHS)} {rng.randint(1, 28)}, the UN envoy said.",
        f"Hundreds of people protested in {p} {w} against the presence of {a}.",
        f"Demonstrators in {p} demanded the release of detainees {w}.",
        f"Shelling of {p} continued {w} as {a} tried to advance from {p2}.",
        f"A suicide bomber struck a checkpoint in {p} {w}, killing {m} soldiers.",
    ]
    return " ".join(rng.choice(templates).split()).replace(" .", ".").replace(" ,", ",")


def _background(rng: random.Random, country: str) -> str:
    p = _place(rng, country)
    return rng.choice([
        "The conflict has displaced millions of people since it began.",
        f"{p} has changed hands several times since the uprising began.",
        f"Residents of {p} said food and fuel were running short.",
        "The claims could not be independently verified.",
        "The group did not respond to requests for comment.",
        f"Aid agencies have repeatedly warned of a humanitarian catastrophe in {p}.",
        "Analysts say the fighting reflects a wider struggle for influence in the region.",
        f"{_cap(rng.choice(ACTORS))} have been accused of abuses by rights groups.",
        f"The road from {p} to the border has been closed for weeks.",
        f"Officials in {p} declined to give details.",
    ])


FURNITURE = ["Share this article", "Follow us on Twitter", "Related coverage:", "Advertisement",
             "Reporting by {r}; Editing by {e}", "Copyright {y} {o}. All rights reserved.",
             "Click here to read more", "Sign up for our newsletter", "Photo: {o}"]
REPORTERS = ["Mariam Karouny", "Oliver Holmes", "Ned Parker", "Sylvia Westall", "Dominic Evans",
             "Anne Barnard", "Hwaida Saad", "Kareem Fahim", "Ahmed Rasheed", "Mohammed Ghobari"]


def article(i: int, rng: random.Random) -> dict:
    published = date(2013, 1, 1) + timedelta(days=rng.randint(0, 3 * 365))
    country = rng.choices(list(PLACES), weights=[6, 3, 2, 1])[0]
    outlet = rng.choice(OUTLETS)
    lines: list[str] = []
    if rng.random() < 0.5:
        month = published.strftime("%b.") if published.month != 5 else "May"
        lines.append(f"{rng.choice(DATELINE_CITIES)}, {month} {published.day}, {published.year} ({outlet}) -")
    paragraphs = rng.randint(2, 9)
    for _ in range(paragraphs):
        sentences = [_event_sentence(rng, published, country) if rng.random() < 0.6 else _background(rng, country)
                     for _ in range(rng.randint(1, 4))]
        lines.append(" ".join(sentences))
        if rng.random() < 0.08:
            lines.append(rng.choice(FURNITURE).format(
                r=rng.choice(REPORTERS), e=rng.choice(REPORTERS), y=published.year, o=outlet))
    if rng.random() < 0.4:
        lines.append(f"Reporting by {rng.choice(REPORTERS)}; Editing by {rng.choice(REPORTERS)}")
    first = lines[1] if lines[0].endswith("-") and len(lines) > 1 else lines[0]
    published_value = published.isoformat()
    if rng.random() < 0.3:
        published_value += f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
    return {
        "id": f"synthetic-{i:07d}",
        "title": first.split(",")[0][:90],
        "text": "\n\n".join(lines) + "\n",
        "published": published_value,
        "source": outlet,
        "url": f"https://example.org/{outlet.lower().replace(' ', '-')}/{published:%Y/%m/%d}/{i}",
    }


def articles(n: int, seed: int = 1) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng)


def write_corpus(n: int, out: Path, *, seed: int = 1, shard: int = 10_000) -> list[Path]:
    """Write `n` articles to `out` (a .jsonl file, or a directory of shards); return the files."""
    files: list[Path] = []
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for record in articles(n, seed):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    fh = None
    try:
        for i, record in enumerate(articles(n, seed)):
            if i % shard == 0:
                if fh:
                    fh.close()
                files.append(out / f"part-{i // shard:04d}.jsonl")
                fh = files[-1].open("w", encoding="utf-8")
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if fh:
            fh.close()
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("-o", "--out", type=Path, required=True, help="a .jsonl file or a directory for shards")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shard", type=int, default=10_000, help="articles per shard file")
    args = parser.parse_args()
    files = write_corpus(args.n, args.out, seed=args.seed, shard=args.shard)
    size = sum(f.stat().st_size for f in files)
    print(f"{args.n} articles, {len(files)} file(s), {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
