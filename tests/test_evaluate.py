"""Gold scorer: each precision rule, traps, optional gold, out-of-scope predictions."""

import json

import pytest

from conflict_db.evaluate import date_agrees, load_gold, report_lines, score

TEXT_A = ("Militants stormed the village of Qarya on Tuesday. "
          "Talks are planned for next month. "
          "Photo: a destroyed road on Jan. 4.")
TEXT_B = "Rebels shelled the airport over three days. Some 40 people were killed in March."
TEXTS = {"a": TEXT_A, "b": TEXT_B, "c": "An article nobody annotated."}


def g(article, typ, evidence, date=None, precision="unknown", date_end=None, required=True):
    return {"article": article, "type": typ, "date": date, "date_end": date_end,
            "precision": precision, "evidence": evidence, "required": required}


GOLD = [
    g("a", "clash", "Militants stormed the village of Qarya on Tuesday", "2014-01-07", "day"),
    g("a", "negotiation", "Talks are planned for next month", "2014-02", "month"),
    g("a", "none", "Photo: a destroyed road on Jan. 4."),
    g("b", "bombing", "Rebels shelled the airport over three days", "2014-01-05", "range",
      date_end="2014-01-07"),
    g("b", "casualty_report", "Some 40 people were killed in March", "2014-03-10", "approx",
      required=False),
]


def pred(pid, typ, article, text, evidence, start=None, end=None, **kw):
    s = text.find(evidence) if start is None else start
    e = s + len(evidence) if end is None else end
    base = {"id": pid, "type": typ, "status": "occurred", "date_start": None, "date_end": None,
            "date_precision": "unknown", "places": [], "actors": [], "killed_low": None,
            "killed_high": None, "count": None,
            "sources": [{"article": article, "published": "2014-01-08", "start": s, "end": e,
                         "evidence": evidence}]}
    base.update(kw)
    return base


def test_all_rules_correct():
    preds = [
        pred(1, "clash", "a", TEXT_A, "stormed the village", date_start="2014-01-07"),
        pred(2, "negotiation", "a", TEXT_A, "Talks are planned", date_start="2014-02"),
        pred(3, "bombing", "b", TEXT_B, "shelled the airport", date_start="2014-01-06",
             date_end="2014-01-08"),
        pred(4, "casualty_report", "b", TEXT_B, "40 people were killed", date_start="2014-03-12"),
    ]
    r = score(preds, GOLD, TEXTS)
    assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0)
    assert not r.misses and not r.wrong and not r.trap_hits and not r.gold_problems
    assert r.per_type["clash"]["recall"] == 1.0


def test_day_precision_is_exact():
    gold = GOLD[0]
    assert date_agrees({"date_start": "2014-01-07"}, gold)[0]
    assert not date_agrees({"date_start": "2014-01-06"}, gold)[0]
    assert not date_agrees({"date_start": "2014-01"}, gold)[0]
    assert not date_agrees({"date_start": None}, gold)[0]


def test_approx_within_two_days():
    gold = GOLD[4]
    assert date_agrees({"date_start": "2014-03-08"}, gold)[0]
    assert date_agrees({"date_start": "2014-03-12"}, gold)[0]
    assert not date_agrees({"date_start": "2014-03-13"}, gold)[0]


def test_month_any_day_or_month_value():
    gold = GOLD[1]
    assert date_agrees({"date_start": "2014-02"}, gold)[0]
    assert date_agrees({"date_start": "2014-02-28"}, gold)[0]
    assert not date_agrees({"date_start": "2014-03-01"}, gold)[0]


def test_range_each_end_within_one_day():
    gold = GOLD[3]
    assert date_agrees({"date_start": "2014-01-04", "date_end": "2014-01-08"}, gold)[0]
    assert not date_agrees({"date_start": "2014-01-03", "date_end": "2014-01-07"}, gold)[0]
    assert not date_agrees({"date_start": "2014-01-05", "date_end": "2014-01-09"}, gold)[0]


def test_unknown_accepts_anything():
    assert date_agrees({"date_start": None}, {"precision": "unknown"})[0]


def test_misses_and_wrong_reasons():
    preds = [
        pred(1, "bombing", "a", TEXT_A, "stormed the village", date_start="2014-01-07"),
        pred(2, "negotiation", "a", TEXT_A, "Talks are planned", date_start="2014-03"),
        pred(3, "clash", "b", TEXT_B, "Rebels", date_start=None),  # overlaps bombing gold
        pred(4, "clash", "a", TEXT_A, "destroyed road", date_start="2014-01-04"),  # trap
        pred(5, "clash", "a", TEXT_A, "", start=0, end=0),  # empty span overlaps nothing
    ]
    r = score(preds, GOLD, TEXTS)
    assert r.precision == 0.0 and r.recall == 0.0 and r.f1 == 0.0
    whys = {m["type"]: m["why"] for m in r.misses}
    assert "wrong type: predicted bombing" in whys["clash"]
    assert "wrong date" in whys["negotiation"] and "2014-03" in whys["negotiation"]
    assert "wrong type" in whys["bombing"]
    wrong = {w["id"]: w["why"] for w in r.wrong}
    assert wrong[4] == "overlaps a trap"
    assert wrong[5] == "no gold event overlaps"
    assert len(r.trap_hits) == 1 and r.trap_hits[0]["id"] == 4
    assert r.to_dict()["trap_hits"][0]["trap"].startswith("Photo:")


def test_optional_gold_neither_helps_recall_nor_hurts_precision():
    preds = [pred(1, "casualty_report", "b", TEXT_B, "40 people", date_start="2014-03-10")]
    r = score(preds, GOLD, TEXTS)
    assert r.precision == 1.0          # correct for an optional gold event
    assert r.recall == 0.0             # no required gold found
    assert r.n_required == 3           # optional and trap not counted


def test_predictions_outside_gold_articles_are_ignored():
    preds = [pred(1, "clash", "c", TEXTS["c"], "An article", date_start="2014-01-01"),
             pred(2, "clash", "a", TEXT_A, "stormed", date_start="2014-01-07")]
    r = score(preds, GOLD, TEXTS)
    assert r.n_predicted == 1 and r.precision == 1.0


def test_gold_evidence_not_found_is_reported():
    bad = [g("a", "clash", "this sentence is not in the article", "2014-01-07", "day")]
    r = score([], bad, TEXTS)
    assert r.gold_problems and "not found" in r.gold_problems[0]["problem"]
    assert r.misses[0]["why"] == "gold evidence not located"


def test_load_gold_and_report_lines(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(json.dumps(x) for x in GOLD) + "\n\n", encoding="utf-8")
    gold = load_gold(p)
    assert gold == GOLD
    r = score([pred(1, "clash", "a", TEXT_A, "stormed", date_start="2014-01-06")], gold, TEXTS)
    lines = report_lines(r)
    assert lines[0].startswith("precision 0.00  recall 0.00")
    assert any("wrong date" in ln for ln in lines)


def test_seed_gold_evidence_is_in_seed_texts():
    from pathlib import Path

    gold_path = Path("/work/shared/gold/seeds.jsonl")
    if not gold_path.exists():
        pytest.skip("shared gold not available")
    gold = load_gold(gold_path)
    seeds = Path("/work/shared/seeds")
    texts = {x["article"]: (seeds / f"{x['article']}.txt").read_text(encoding="utf-8")
             for x in gold}
    r = score([], gold, texts)
    assert r.gold_problems == []
    assert r.recall == 0.0 and r.n_required > 0
