"""Hand-made events in the shape of conflict_db.query.list_events, for the export tests."""

from __future__ import annotations

RAQQA = {"name": "Raqqa", "admin1": "Raqqa", "country": "Syria", "latitude": 35.95, "longitude": 39.01}
SARAQIB = {"name": "Saraqib", "admin1": "Idlib", "country": "Syria", "latitude": 35.86, "longitude": 36.80}
IDLIB = {"name": "Idlib", "admin1": "Idlib", "country": "Syria", "latitude": None, "longitude": None}
NOWHERE = {"name": "a checkpoint", "admin1": None, "country": None, "latitude": None, "longitude": None}


def source(article, evidence, *, outlet="GlobalPost", published="2014-01-06", date_text=None,
           date_method="explicit", start=0):
    return {
        "article": article, "title": f"Title of {article}", "outlet": outlet, "published": published,
        "start": start, "end": start + len(evidence), "evidence": evidence, "date_text": date_text,
        "date_method": date_method, "status": "occurred", "killed_low": None, "killed_high": None,
        "count": None, "extractor_version": "test",
    }


def event(id, type, date_start, date_end, precision, *, places=(), actors=(), killed=(None, None),
          count=None, status="occurred", sources=(), summary=""):
    return {
        "id": id, "type": type, "status": status, "date_start": date_start, "date_end": date_end,
        "date_precision": precision, "places": [dict(p) for p in places],
        "actors": [{"name": a, "kind": "armed_group"} for a in actors],
        "killed_low": killed[0], "killed_high": killed[1], "count": count, "summary": summary,
        "confidence": 0.8, "sources": list(sources),
    }


def sample_events() -> list[dict]:
    return [
        event(1, "clash", "2014-01-06", None, "day", places=[RAQQA], actors=["ISIL", "Free Syrian Army", "Jabhat al-Nusra"],
              killed=(10, 15), summary="Rebels fought ISIL in Raqqa.",
              sources=[
                  source("000_a", "Rival Islamist rebel groups fought in Raqqa on Monday, killing 10 to 15.",
                         date_text="on Monday"),
                  source("001_b", "Fighting raged in Raqqa, activists said.", outlet="AP",
                         published="2014-01-07", date_text="Monday"),
              ]),
        event(2, "bombing", "2014-01-01", "2014-01-31", "month", places=[SARAQIB, IDLIB],
              actors=["Syrian Air Force"], killed=(None, 20),
              sources=[source("002_c", "Government air strikes hit Saraqib last month.",
                              outlet="Reuters", date_text="last month")]),
        event(3, "release", "2014-01-03", "2014-01-08", "range", places=[IDLIB], actors=["ISIL"], count=50,
              summary="Prisoners freed.",
              sources=[source("000_a", "Some 50 prisoners were freed </script><script>alert(1)</script> & more.",
                              date_text="since Friday")]),
        event(4, "negotiation", None, None, "unknown", places=[], actors=["UN"], status="planned",
              sources=[source("003_d", "Talks are planned, diplomats said.", date_method=None)]),
        event(5, "statement", "2014-01-07", None, "approx", places=[NOWHERE], actors=[],
              sources=[source("001_b", "The group later said it would fight on.", outlet="AP",
                              date_method="inherited")]),
        event(6, "clash", "2014-01-06", "2014-01-12", "week", places=[SARAQIB], actors=["ISIL"],
              killed=(None, None), sources=[]),
        event(7, "agreement", "2014-01-01", "2014-12-31", "year", places=[], actors=[], sources=[]),
        event(8, "aid_change", "2013-12-01", "2014-02-28", "season", places=[RAQQA], sources=[]),
        event(9, "protest", "2014-01-01", "2014-01-31", "range", places=[RAQQA], sources=[]),
    ]
