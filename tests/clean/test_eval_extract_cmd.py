"""`dyads eval extract` on a tiny kit built here (its own stub scorer), and its errors."""

import gzip
import json
import textwrap

from typer.testing import CliRunner

from dyads.cli import app

runner = CliRunner()

STUB_SCORER = textwrap.dedent(
    """
    import json, sys
    sub, gold, pred = sys.argv[1:4]
    g = {json.loads(l)["id"]: json.loads(l) for l in open(gold) if l.strip()}
    p = {json.loads(l)["id"]: json.loads(l) for l in open(pred) if l.strip()}
    if sub == "extract":
        hit = sum(1 for i in g if p.get(i, {}).get("text", "").split()[:3] == g[i]["text"].split()[:3])
        print(json.dumps({"f1": hit / len(g), "precision": 1.0, "recall": 1.0, "exact_match": 0.0}))
    else:
        hit = sum(1 for i in g if (p.get(i, {}).get("title") or "").lower() == (g[i]["title"] or "").lower())
        print(json.dumps({"title_acc": hit / len(g), "author_acc": 0.0, "date_acc": 0.0}))
    """
)

BODY = (
    "The council voted on Tuesday to close the harbour bridge after engineers found deep cracks in "
    "two of its supports, and officials said repairs would take many months."
)
MORE = (
    "Residents said the closure would add half an hour to their journeys, while shop owners near the "
    "bridge feared that fewer customers would reach them during the works."
)


def _kit(tmp_path):
    kit = tmp_path / "kit"
    aeb = kit / "extract" / "aeb"
    (aeb / "dev" / "html").mkdir(parents=True)
    (aeb / "dev" / "text").mkdir(parents=True)
    inputs, gold = [], []
    for n in range(4):
        rid = f"page{n}"
        page = f"<html><head><title>Bridge {n}</title></head><body><h1>Bridge {n}</h1><p>{BODY}</p><p>{MORE}</p></body></html>"
        (aeb / "dev" / "html" / f"{rid}.html.gz").write_bytes(gzip.compress(page.encode()))
        text = f"Home\n\nNews\n\nBridge {n}\n\n{BODY}\n\n{MORE}\n\nShare this article"
        (aeb / "dev" / "text" / f"{rid}.txt.gz").write_bytes(gzip.compress(text.encode()))
        inputs.append({"id": rid, "url": f"http://x.org/{n}", "html": f"dev/html/{rid}.html.gz",
                       "scraped_text": f"dev/text/{rid}.txt.gz"})  # fmt: skip
        gold.append({"id": rid, "text": BODY + "\n\n" + MORE})
    (aeb / "dev.inputs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in inputs))
    (aeb / "dev.gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in gold))
    (kit / "score.py").write_text(STUB_SCORER)
    return kit


def test_eval_extract_text_and_html_report_dev_tune_and_held_out(tmp_path):
    kit = _kit(tmp_path)
    for mode in ("text", "html"):
        res = runner.invoke(app, ["eval", "extract", "--mode", mode, "--kit", str(kit), "--json"])
        assert res.exit_code == 0, res.output
        rows = _json_objects(res.output)
        assert [(r["system"], r["part"]) for r in rows[:3]] == [
            ("dyads", "dev"),
            ("dyads", "tune"),
            ("dyads", "held-out"),
        ]
        assert [r["pages"] for r in rows[:3]] == [4, 3, 1]
        assert rows[0]["f1"] == 1.0
        assert {r["system"] for r in rows} == {
            "dyads",
            "whole-text" if mode == "text" else "trafilatura",
        }


def _json_objects(text: str) -> list[dict]:
    dec, out, i = json.JSONDecoder(), [], 0
    while (i := text.find("{", i)) != -1:
        obj, end = dec.raw_decode(text, i)
        out.append(obj)
        i = end
    return out


def test_missing_kit_is_one_clear_error(tmp_path):
    res = runner.invoke(app, ["eval", "extract", "--kit", str(tmp_path / "nowhere")])
    assert res.exit_code == 1
    assert "evaluation kit not found" in res.output and "Traceback" not in res.output


def test_unknown_mode_is_an_error(tmp_path):
    res = runner.invoke(app, ["eval", "extract", "--mode", "pdf", "--kit", str(_kit(tmp_path))])
    assert res.exit_code == 1 and "unknown --mode" in res.output


def test_site_split_groups_pages_by_registrable_domain_and_is_deterministic(tmp_path):
    from dyads.evaluation.kit import is_unseen_site, site_of

    assert site_of({"url": "https://www.latimes.com/a/b"}) == "latimes.com"
    assert site_of({"url": "http://news.bbc.co.uk/x"}) == "bbc.co.uk"
    assert site_of({"url": "https://timesofindia.indiatimes.com/x"}) == "indiatimes.com"
    assert site_of({"url": "https://www.folha.com.br/x"}) == "folha.com.br"
    assert site_of({"id": "abc"}) == "file:abc"
    # same site -> same side; the split is a pure function of the name
    assert is_unseen_site("latimes.com") == is_unseen_site("latimes.com")
    sides = {is_unseen_site(f"site{n}.org") for n in range(40)}
    assert sides == {True, False}


def test_eval_extract_reports_tune_and_unseen_sites(tmp_path):
    from dyads.evaluation.kit import is_unseen_site

    kit = _kit(tmp_path)
    aeb = kit / "extract" / "aeb"
    seen = next(f"s{n}.org" for n in range(99) if not is_unseen_site(f"s{n}.org"))
    unseen = next(f"s{n}.org" for n in range(99) if is_unseen_site(f"s{n}.org"))
    recs = [json.loads(x) for x in (aeb / "dev.inputs.jsonl").read_text().splitlines()]
    for k, r in enumerate(recs):
        r["url"] = f"https://www.{unseen if k == 0 else seen}/{k}"
    (aeb / "dev.inputs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    res = runner.invoke(app, ["eval", "extract", "--mode", "html", "--kit", str(kit), "--json"])
    assert res.exit_code == 0, res.output
    rows = {(r["system"], r["part"]): r for r in _json_objects(res.output)}
    assert rows[("dyads", "tune-sites")]["pages"] == 3
    assert rows[("dyads", "unseen-sites")]["pages"] == 1
    assert rows[("trafilatura", "unseen-sites")]["pages"] == 1


def test_without_switches_off_one_rule_and_rejects_unknown_names(tmp_path):
    from dyads.clean import html as H

    kit = _kit(tmp_path)
    res = runner.invoke(
        app, ["eval", "extract", "--kit", str(kit), "--json", "--without", "second-look"]
    )
    assert res.exit_code == 0, res.output
    assert not H.DISABLED_RULES  # restored after the run
    res = runner.invoke(app, ["eval", "extract", "--kit", str(kit), "--without", "magic"])
    assert res.exit_code == 1 and "unknown --without rule" in res.output


def test_json_prints_one_json_object_per_line(tmp_path):
    import json

    kit = _kit(tmp_path)
    res = runner.invoke(app, ["eval", "extract", "--kit", str(kit), "--json", "--no-baseline"])
    assert res.exit_code == 0, res.output
    lines = [line for line in res.stdout.splitlines() if line.strip()]
    assert lines and all(json.loads(line)["system"] == "dyads" for line in lines)
