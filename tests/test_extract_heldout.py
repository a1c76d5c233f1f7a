"""Our held-out-style dev sets scored with the project scorer: regressions show here.

tests/data/heldout: 10 articles (AFP, BBC, Al Jazeera, Guardian, Reuters, AP, Kyiv Independent;
Iraq, Yemen, Libya, Ukraine, Sahel, Afghanistan, Sudan, Gaza, Somalia; 2016-2023). The rules of
extractor 0.2.0 were tuned while looking at it, so its numbers flatter the extractor.
tests/data/heldout2: 4 articles (Nigeria, DRC, Myanmar, Syria 2019) coded before the extractor
was run on them; it scored F1 0.63 then, and a few general rules were added after.
tests/data/heldout3: 5 articles (Ethiopia, Colombia, Mozambique, Nagorno-Karabakh, Pakistan;
2019-2023) coded before the extractor was run on them; it scored F1 0.66 then, 0.83 after the
clause rules of tests/test_extract_clause_rules.py, 0.89 after the reference rules of
tests/test_extract_reference_rules.py.
tests/data/heldout4: 5 articles (Sudan, Myanmar, Somalia, Nigeria, Ukraine; 2022-2024) coded
before the extractor was run on them; extractor 0.4.5 scored F1 0.79 on it, 0.96 after the rules
of 0.4.6.
tests/data/heldout5: 5 articles (Sri Lanka, Libya, Kashmir, Mali, Iraq; 2007-2019) coded before
the extractor was run on them; extractor 0.4.6 scored F1 0.79 on it, 0.98 after the rules of 0.4.7.
tests/data/heldout6: 6 articles (Chechnya, Lebanon, Afghanistan, Central African Republic,
Philippines, Yemen; 2000-2018) coded before the extractor was run on them; extractor 0.4.8 scored
F1 0.73 on it, 0.96 after the rules of 0.4.9, 0.98 after 0.4.11 (dated quotes).
tests/data/heldout7: 6 articles (Nigeria, Syria, Iraq, Colombia, Mozambique, Afghanistan;
2004-2020) coded before the extractor was run on them; extractor 0.4.9 scored F1 0.69 on it, 0.95
after the rules of 0.4.10.
tests/data/heldout8 and heldout9: 6 articles each (South Sudan, Ukraine, Iraq, Burkina Faso,
Kenya, Syria; Gaza, DR Congo, Libya, Pakistan, Cameroon, Ethiopia; 2009-2023), written and coded
by someone who had not read the rules, before the extractor was run on them; extractor 0.4.11
scored F1 0.64 and 0.72 on them, 0.85 and 0.89 after the rules of 0.4.12, 0.91 and 0.89
after 0.4.13.
tests/data/heldout10 and heldout11: 6 articles each (Iraq, Nigeria, Syria, Ukraine, Mali, Somalia;
Yemen, Afghanistan, DR Congo, Armenia-Azerbaijan, Burkina Faso, Sudan; 2015-2023), written and
coded by someone who had not read the rules, before the extractor was run on them; extractor
0.4.13 scored F1 0.40 and (with two date-engine fixes) 0.65 on them, 0.66 and 0.81 after 0.4.15.
tests/data/heldout12 and heldout13: 6 articles each (Kosovo, Georgia, Haiti, Myanmar, India,
Lebanon; Sierra Leone, Nepal, Thailand, Mexico, DR Congo, Mozambique; 1999-2025), written and
coded the same way; extractor 0.4.16 scored F1 0.56 and 0.65 on them at first, 0.63 and 0.84
after its rules were done. tests/data/heldout14 and heldout15 (Dagestan, Liberia, Sri Lanka,
Ethiopia-Eritrea, Niger, Gaza; Iraq, Yemen, Ukraine, Nigeria, Mali, Colombia; 1999-2025), the
same way: 0.56 and 0.47 at first, 0.65 and 0.61 after the rules they showed. tests/data/heldout16
and heldout17 (Bosnia, Somalia, Uganda, Iraq, Burundi, Sudan; Syria, South Sudan, Pakistan, the
Philippines, Azerbaijan, Israel-Iran; 1993-2025), the same way: 0.52 and 0.59 at first (extractor
0.4.16 at 89140c7), 0.65 and 0.65 after the rules they showed. tests/data/heldout19 (Kenya,
Algeria, Thailand-Cambodia, India-Pakistan, Indonesia, Burkina Faso; 2013-2025) and heldout18
(Rwanda, Algeria, Northern Ireland, East Timor, Chad, Egypt; 1994-2017), the same way: 0.54 and
0.52 at first (extractor 0.4.17 at 3846d0a and dca6a67), 0.62 and 0.58 after the rules they showed.
All are also scored with punctuation stripped (case kept) and stripped + lower-cased.
Thresholds sit just below what the extractor reaches.
"""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


def _bench():
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("heldout_eval", ROOT / "bench" / "heldout_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# (directory, variant, min F1, max trap hits)
CASES = [
    ("heldout", "plain", 0.96, 0),
    ("heldout", "stripped", 0.92, 1),
    ("heldout", "lower", 0.86, 1),
    ("heldout2", "plain", 0.86, 0),
    ("heldout2", "stripped", 0.84, 0),
    ("heldout2", "lower", 0.84, 0),
    ("heldout3", "plain", 0.86, 0),
    ("heldout3", "stripped", 0.82, 0),
    ("heldout3", "lower", 0.78, 0),
    ("heldout4", "plain", 0.93, 1),
    ("heldout4", "stripped", 0.90, 1),
    ("heldout4", "lower", 0.88, 1),
    ("heldout5", "plain", 0.95, 0),
    ("heldout5", "stripped", 0.80, 1),
    ("heldout5", "lower", 0.78, 1),
    ("heldout6", "plain", 0.94, 0),
    ("heldout6", "stripped", 0.86, 1),
    ("heldout6", "lower", 0.84, 1),
    ("heldout7", "plain", 0.93, 0),
    ("heldout7", "stripped", 0.86, 0),
    ("heldout7", "lower", 0.85, 0),
    ("heldout8", "plain", 0.89, 0),
    ("heldout8", "stripped", 0.82, 2),
    ("heldout8", "lower", 0.78, 2),
    ("heldout9", "plain", 0.87, 0),
    ("heldout9", "stripped", 0.87, 0),
    ("heldout9", "lower", 0.80, 0),
    ("heldout10", "plain", 0.64, 0),
    ("heldout10", "stripped", 0.70, 0),
    ("heldout10", "lower", 0.63, 2),
    ("heldout11", "plain", 0.79, 3),
    ("heldout11", "stripped", 0.80, 2),
    ("heldout11", "lower", 0.79, 2),
    ("heldout12", "plain", 0.63, 0),
    ("heldout12", "stripped", 0.59, 3),
    ("heldout12", "lower", 0.53, 7),
    ("heldout13", "plain", 0.81, 1),
    ("heldout13", "stripped", 0.75, 2),
    ("heldout13", "lower", 0.69, 2),
    ("heldout14", "plain", 0.62, 0),
    ("heldout14", "stripped", 0.60, 2),
    ("heldout14", "lower", 0.60, 3),
    ("heldout15", "plain", 0.58, 1),
    ("heldout15", "stripped", 0.54, 2),
    ("heldout15", "lower", 0.53, 2),
    ("heldout16", "plain", 0.62, 1),
    ("heldout16", "stripped", 0.60, 4),
    ("heldout16", "lower", 0.56, 4),
    ("heldout17", "plain", 0.63, 2),
    ("heldout17", "stripped", 0.62, 5),
    ("heldout17", "lower", 0.56, 7),
    ("heldout18", "plain", 0.55, 0),
    ("heldout18", "stripped", 0.56, 3),
    ("heldout18", "lower", 0.54, 3),
    ("heldout19", "plain", 0.59, 1),
    ("heldout19", "stripped", 0.62, 5),
    ("heldout19", "lower", 0.62, 5),
]


@pytest.mark.parametrize("name,variant,min_f1,max_traps", CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_heldout_dev_set(name, variant, min_f1, max_traps):
    r = _bench().evaluate(DATA / name, None, variant)
    assert len(r["trap_hits"]) <= max_traps, r["trap_hits"]
    assert r["f1"] >= min_f1, (r["precision"], r["recall"], r["f1"],
                               [g["evidence"][:60] for g in r["misses"]])


def test_gold_evidence_is_in_the_text():
    import json

    for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                 "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
                 "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19"):
        manifest = json.loads((DATA / name / "manifest.json").read_text(encoding="utf-8"))
        texts = {m["key"]: (DATA / name / f"{m['key']}.txt").read_text(encoding="utf-8")
                 for m in manifest}
        for line in (DATA / name / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            assert g["evidence"] in texts[g["article"]], g["evidence"]
