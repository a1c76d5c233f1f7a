"""Readers: text files, manifests, JSON Lines and CSV records, path expansion."""

from __future__ import annotations

import json

from conflict_db.errors import SourceError
from conflict_db.sources import ArticleInput, iter_articles


def _split(items):
    articles = [i for i in items if isinstance(i, ArticleInput)]
    errors = [str(i) for i in items if isinstance(i, SourceError)]
    return articles, errors


def test_text_files_take_key_and_metadata_from_the_manifest(tmp_path):
    (tmp_path / "a1.txt").write_text("Shelling hit Homs on Tuesday.")
    (tmp_path / "b2.md").write_text("Talks resumed in Vienna.")
    (tmp_path / "README.md").write_text("Not an article.")
    (tmp_path / "manifest.json").write_text(json.dumps(
        [{"key": "a1", "title": "Homs shelled", "outlet": "Wire", "url": "http://x/1", "published": "2016-08-27"}]))
    articles, errors = _split(list(iter_articles([str(tmp_path)])))
    assert errors == []
    assert [a.key for a in articles] == ["a1", "b2"]
    first = articles[0]
    assert (first.title, first.outlet, first.url, first.published, first.published_source) == (
        "Homs shelled", "Wire", "http://x/1", "2016-08-27", "manifest")
    assert articles[1].published is None


def test_published_option_overrides_the_manifest(tmp_path):
    (tmp_path / "a1.txt").write_text("Shelling hit Homs on Tuesday.")
    (tmp_path / "manifest.json").write_text(json.dumps([{"key": "a1", "published": "2016-08-27"}]))
    [article] = list(iter_articles([str(tmp_path / "a1.txt")], published="2016-08-28"))
    assert (article.published, article.published_source) == ("2016-08-28", "given")


def test_quoted_globs_expand(tmp_path):
    for name in ("x.txt", "y.txt", "z.csv"):
        (tmp_path / name).write_text("id,text\n1,Fighting in Mosul.\n" if name.endswith("csv") else "Fighting.")
    articles, errors = _split(list(iter_articles([str(tmp_path / "*.txt")])))
    assert [a.key for a in articles] == ["x", "y"] and errors == []


def test_jsonl_records_with_a_malformed_line_reported_by_number(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "r1", "title": "T", "text": "Clashes in Mosul.", "published": "2017-03-02",
                    "source": "Wire", "url": "u"}) + "\n"
        "{not json\n"
        + json.dumps({"id": "r3", "text": ""}) + "\n"
        + json.dumps({"id": "r4", "text": "Airstrikes on Idlib."}) + "\n"
    )
    articles, errors = _split(list(iter_articles([str(path)])))
    assert [a.key for a in articles] == ["r1", "r4"]
    assert articles[0].outlet == "Wire" and articles[0].published_source == "given"
    assert errors[0].startswith(f"{path}:2: malformed JSON")
    assert errors[1] == f"{path}:3: record has no text (field 'text')"


def test_csv_records_with_mapped_columns(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text('uid,body,date\nk1,"Clashes in Mosul, residents said.",2017-03-02\n')
    articles, errors = _split(list(iter_articles([str(path)], field_map={"id": "uid", "text": "body", "published": "date"})))
    assert errors == []
    assert (articles[0].key, articles[0].text, articles[0].published) == ("k1", "Clashes in Mosul, residents said.", "2017-03-02")


def test_records_without_id_get_a_content_key(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Clashes in Mosul."}) + "\n")
    [article] = list(iter_articles([str(path)]))
    assert article.key == article.sha256[:16]


PAGE = """<!DOCTYPE html><html><head><title>Shelling in Homs | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2016-08-27T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Shelling in Homs</h1>
<p>Government forces shelled the northern districts of Homs on Friday, killing at least nine
civilians, a monitoring group said. Rebels said they had repelled an assault on the Waer district.</p>
<p>The shelling followed a week of clashes around the city, residents said, and aid deliveries
were suspended on Saturday after a convoy came under fire near the eastern gate.</p></article>
<footer>Copyright Example News. Sign up for our newsletter. Cookie settings.</footer></body></html>"""


def test_html_pages_give_their_main_text_and_metadata(tmp_path):
    path = tmp_path / "homs.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = list(iter_articles([str(path)]))
    assert isinstance(article, ArticleInput)
    assert "shelled the northern districts of Homs on Friday" in article.text
    assert "Cookie settings" not in article.text and "Sport" not in article.text
    assert (article.published, article.published_source) == ("2016-08-27", "metadata")
    assert article.outlet == "Example News"


def test_html_without_a_date_leaves_it_unknown(tmp_path):
    path = tmp_path / "undated.html"
    path.write_text(PAGE.replace('<meta property="article:published_time" content="2016-08-27T09:00:00Z">', ""),
                    encoding="utf-8")
    [article] = list(iter_articles([str(path)]))
    assert article.published is None and article.published_source is None
