"""End-to-end ingest throughput and memory, against dateparser.search_dates on the same texts.

    python bench/bench_ingest.py                 # 10,000 articles
    python bench/bench_ingest.py --sizes 10000 100000
    python bench/bench_ingest.py --sizes 2000 --jobs 2 --sample 200

For each size: generate (or reuse) a corpus with bench/corpus.py, run `cdb ingest DIR --jobs N`
as a subprocess into a fresh SQLite file, and report articles/s and the peak RSS of the
ingest process tree (getrusage of children: the largest single process). Then time
`dateparser.search_dates(text, languages=['en'])` alone on a sample of the same texts,
extrapolate it to the whole corpus (printed as such) and print the ratio. Numbers, not asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from bench.corpus import write_corpus  # noqa: E402


def corpus_dir(n: int, base: Path) -> Path:
    out = base / f"corpus-{n}"
    marker = out / ".complete"
    if not marker.exists():
        t = time.perf_counter()
        files = write_corpus(n, out)
        marker.write_text(str(len(files)))
        print(f"  generated {n} articles in {time.perf_counter() - t:.1f} s -> {out}")
    return out


_MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print('peak_rss_kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run_ingest(corpus: Path, db: Path, jobs: int, extra: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (largest process of the ingest's tree, measured per run)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "conflict_db", "ingest",
                           str(corpus), "--db", str(db), "--jobs", str(jobs), *extra],
                          env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        print(proc.stderr[-2000:])
        raise SystemExit(f"ingest failed with exit {proc.returncode}")
    peak_kb = int(proc.stderr.strip().splitlines()[-1].split()[-1])
    return elapsed, peak_kb


def sample_texts(corpus: Path, k: int, seed: int = 3) -> tuple[list[str], int]:
    """A reservoir sample of k texts and the corpus's article count, streamed."""
    rng = random.Random(seed)
    sample: list[str] = []
    n = 0
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                n += 1
                if len(sample) < k:
                    sample.append(json.loads(line)["text"])
                else:
                    j = rng.randrange(n)
                    if j < k:
                        sample[j] = json.loads(line)["text"]
    return sample, n


def time_search_dates(texts: list[str]) -> float:
    from dateparser.search import search_dates

    search_dates("warm up on Monday", languages=["en"])
    t = time.perf_counter()
    for text in texts:
        search_dates(text, languages=["en"])
    return (time.perf_counter() - t) / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=100, help="texts timed with search_dates")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cdb-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"cdb ingest --jobs {args.jobs} into SQLite; {os.cpu_count()} CPUs; workdir {args.workdir}")
    rows = []
    for n in args.sizes:
        print(f"{n} articles:")
        corpus = corpus_dir(n, args.workdir)
        elapsed, peak_kb = run_ingest(corpus, args.workdir / f"bench-{n}.db", args.jobs, ["-q"])
        rate = n / elapsed
        print(f"  ingest: {elapsed:.1f} s, {rate:.0f} articles/s end to end, peak RSS {peak_kb / 1024:.0f} MB")
        texts, total = sample_texts(corpus, args.sample)
        per_text = time_search_dates(texts)
        estimate = per_text * total
        print(f"  dateparser.search_dates alone: {per_text * 1000:.1f} ms/article on a sample of {len(texts)}, "
              f"extrapolated to {total} articles: {estimate:.0f} s (estimate)")
        print(f"  ratio: ingest+extraction is {estimate / elapsed:.1f}x faster than search_dates alone")
        rows.append((n, rate, peak_kb / 1024, estimate / elapsed))
    print()
    print("articles  articles/s  peak RSS MB  x faster than search_dates")
    for n, rate, rss, ratio in rows:
        print(f"{n:8d}  {rate:10.0f}  {rss:11.0f}  {ratio:26.1f}")


if __name__ == "__main__":
    main()
