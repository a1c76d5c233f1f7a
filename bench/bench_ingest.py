"""End-to-end ingest throughput and memory, against dateparser.search_dates on the same texts.

    python bench/bench_ingest.py                 # 10,000 articles
    python bench/bench_ingest.py --sizes 10000 100000
    python bench/bench_ingest.py --sizes 2000 --jobs 2 --sample 200

For each size: generate (or reuse) a corpus with bench/corpus.py, run `cdb ingest DIR --jobs N`
as a subprocess into a fresh SQLite file, and report articles/s (with progress every 30 s, so
a slowdown as the database grows shows) and the peak RSS of the largest process of the ingest
(sampled from /proc). --max-seconds stops a run that takes too long and reports the part done. Then time
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


def _tree_rss_kb(pid: int) -> int:
    """Largest RSS among a process and its children (Linux /proc), in KB."""
    best = 0
    pids = [pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    best = max(best, int(line.split()[1]))
        except OSError:
            pass
    return best


def _stored(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def run_ingest(corpus: Path, db: Path, jobs: int, extra: list[str], max_seconds: float,
               every: float = 30.0) -> tuple[float, int, int, bool]:
    """Run `cdb ingest`; return (seconds, articles stored, peak RSS KB of the largest process, finished).

    Stopped (SIGTERM: what is committed stays) after `max_seconds`; prints progress every `every` s.
    """
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "conflict_db", "ingest", str(corpus), "--db", str(db),
                             "--jobs", str(jobs), *extra], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    peak = 0
    last_print = t
    last_count = 0
    finished = True
    while proc.poll() is None:
        time.sleep(0.5)
        peak = max(peak, _tree_rss_kb(proc.pid))
        now = time.perf_counter()
        if now - last_print >= every:
            count = _stored(db)
            print(f"    {now - t:6.0f} s: {count:6d} articles stored, {(count - last_count) / (now - last_print):6.1f}/s "
                  f"in the last {every:.0f} s, RSS now {_tree_rss_kb(proc.pid) / 1024:.0f} MB", flush=True)
            last_print, last_count = now, count
        if now - t > max_seconds:
            proc.terminate()
            proc.wait()
            finished = False
    elapsed = time.perf_counter() - t
    err = proc.stderr.read() if proc.stderr else ""
    if finished and proc.returncode != 0:
        print(err[-2000:])
        raise SystemExit(f"ingest failed with exit {proc.returncode}")
    return elapsed, _stored(db), peak, finished


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
    parser.add_argument("--max-seconds", type=float, default=1800, help="stop an ingest after this long")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cdb-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"cdb ingest --jobs {args.jobs} into SQLite; {os.cpu_count()} CPUs; workdir {args.workdir}")
    rows = []
    for n in args.sizes:
        print(f"{n} articles:")
        corpus = corpus_dir(n, args.workdir)
        elapsed, stored, peak_kb, finished = run_ingest(corpus, args.workdir / f"bench-{n}.db", args.jobs, ["-q"],
                                                        args.max_seconds)
        rate = stored / elapsed
        state = "finished" if finished else f"STOPPED after {args.max_seconds:.0f} s (--max-seconds)"
        print(f"  ingest {state}: {stored} articles in {elapsed:.1f} s, {rate:.1f} articles/s end to end, "
              f"peak RSS {peak_kb / 1024:.0f} MB (largest process)")
        texts, total = sample_texts(corpus, args.sample)
        per_text = time_search_dates(texts)
        estimate = per_text * total
        print(f"  dateparser.search_dates alone: {per_text * 1000:.1f} ms/article on a sample of {len(texts)}, "
              f"extrapolated to {total} articles: {estimate:.0f} s (estimate)")
        ingest_estimate = elapsed * total / max(stored, 1)
        print(f"  ratio: ingest+extraction is {estimate / ingest_estimate:.2f}x as fast as search_dates alone"
              + ("" if finished else " (ingest time extrapolated from the part done)"))
        rows.append((n, rate, peak_kb / 1024, estimate / ingest_estimate))
    print()
    print("articles  articles/s  peak RSS MB  x faster than search_dates")
    for n, rate, rss, ratio in rows:
        print(f"{n:8d}  {rate:10.0f}  {rss:11.0f}  {ratio:26.1f}")


if __name__ == "__main__":
    main()
