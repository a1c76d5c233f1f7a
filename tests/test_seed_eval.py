"""The seed gold as a test: F1 >= 0.85 and no trap hit."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# ../shared/gold/seeds.jsonl relative to the repo root (a worktree sits one level deeper)
_CANDIDATES = [ROOT.parent / "shared" / "gold" / "seeds.jsonl",
               ROOT.parent.parent / "shared" / "gold" / "seeds.jsonl"]
GOLD = next((p for p in _CANDIDATES if p.exists()), _CANDIDATES[0])


def _bench():
    spec = importlib.util.spec_from_file_location("seed_eval", ROOT / "bench" / "seed_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not GOLD.exists(), reason="seed gold not available")
def test_seed_f1_and_no_traps():
    b = _bench()
    texts, meta = b.load_seeds()
    gold = b.load_gold(GOLD)
    r = b.score(b.predict_all(texts, meta), gold, texts)
    assert not r["trap_hits"]
    assert r["f1"] >= 0.85, r


@pytest.mark.skipif(not GOLD.exists(), reason="seed gold not available")
def test_seed_stripped_punctuation_still_works():
    b = _bench()
    texts, meta = b.load_seeds()
    gold = b.load_gold(GOLD)
    texts = {k: b.strip_punct(t) for k, t in texts.items()}
    meta = {k: dict(m, title=b.strip_punct(m["title"]) if m.get("title") else None) for k, m in meta.items()}
    gold = [dict(g, evidence=b.strip_punct(g["evidence"])) for g in gold]
    r = b.score(b.predict_all(texts, meta), gold, texts)
    assert not r["trap_hits"]
    assert r["f1"] >= 0.75, r
