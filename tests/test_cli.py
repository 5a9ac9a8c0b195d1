"""The command line, in-process: what a user sees."""
import json
import sqlite3

import pytest

from conftest import CORPUS
from notices import cli
from notices.cli import main

S002 = str(CORPUS / "002_79e7738ce50ad15f.txt")


def test_ingest_writes_guide_shaped_json_lines_and_an_audit(tmp_path, capsys):
    out = tmp_path / "clean.jsonl"
    assert main(["ingest", S002, str(CORPUS / "003_287b2957536d0544.txt"), "--out", str(out), "--audit"]) == 0
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["source"] for d in docs] == ["002_79e7738ce50ad15f.txt", "003_287b2957536d0544.txt"]
    assert docs[0]["doc_number"] == "渝肺炎组发〔2021〕1号" and docs[0]["paragraphs"][1] == "一、激活应急指挥体系"
    assert len(docs[0]["provenance"]) == len(docs[0]["paragraphs"])
    audit = capsys.readouterr().err
    assert "003_287b2957536d0544.txt" in audit and "dupes" in audit


def test_extract_fills_in_measures(tmp_path):
    out = tmp_path / "docs.jsonl"
    assert main(["extract", S002, "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    m = next(m for m in doc["measures"] if m["path"] == "4.13")
    assert m["heading"] == "备足隔离房间"
    assert [(d["kind"], d["value"], d["unit"]) for d in m["deadlines"]] == [("within", 12, "hour")]


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_each_document_is_written_before_the_next_is_made(tmp_path, monkeypatch, command):
    """The writer takes the documents as a stream: when the batch hands over a document,
    every one before it is in the file already, so no batch holds the corpus in memory."""
    out = tmp_path / "docs.jsonl"
    lines_written: list[int] = []
    made = cli.process_paths

    def watched(files, with_measures, **options):
        for outcome in made(files, with_measures, **options):
            lines_written.append(len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0)
            yield outcome

    monkeypatch.setattr(cli, "process_paths", watched)
    files = sorted(CORPUS.glob("*.txt"))[:3]
    assert main([command, *map(str, files), "--out", str(out)]) == 0
    assert lines_written == [0, 1, 2]
    assert [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()] == [f.name for f in files]


def test_a_bad_file_is_named_and_the_rest_still_written(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "docs.jsonl"
    assert main(["ingest", str(empty), S002, "--out", str(out)]) == 1
    assert "empty.txt" in capsys.readouterr().err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_compare_by_corpus_name_and_document_number(capsys):
    assert main(["compare", "001", "渝肺炎组发〔2021〕1号", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["a"] == "001_eb84b56d6e19529f.txt" and result["b"] == "002_79e7738ce50ad15f.txt"
    assert {"a": "1.6", "b": "4.12"} in [{"a": p["a"], "b": p["b"]} for p in result["pairs"]]
    assert main(["compare", "001", "002"]) == 0
    report = capsys.readouterr().out
    assert "1.6" in report and "4.12" in report


def test_compare_names_an_unknown_notice(capsys):
    assert main(["compare", "001", "no-such-notice"]) == 2
    assert "no-such-notice" in capsys.readouterr().err


def test_evaluate_prints_the_score_table(capsys):
    assert main(["evaluate"]) == 0
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[1:11]}
    assert set(rows) >= {"measures", "units", "deadlines", "thresholds", "sentences"}
    assert float(rows["measures"][2]) >= 0.98


def test_evaluate_scores_the_links_of_each_series_from_the_raw_files(capsys):
    # The seeds are one series; their links are found from the raw files as the catalog finds them.
    assert main(["evaluate", "--links", str(CORPUS.parent / "tests" / "data" / "links.json")]) == 0
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("links"))
    assert line.split()[1:4] == ["1.000", "1.000", "1.000"] and "(6 notice pairs)" in line


def test_in_force_lists_measures_of_a_topic_with_evidence(capsys):
    assert main(["in-force", "testing", "2021-12-01", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    sources = {f["source"] for f in found}
    assert "003_287b2957536d0544.txt" in sources  # the latest notice's measures are in force
    assert all(f["evidence"] for f in found)
    assert main(["in-force", "testing", "2019-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing was issued yet


def test_build_keys_files_of_one_name_by_their_folders(tmp_path):
    # Two folders each holding an x.txt: both notices go in, keyed by the path below their common folder.
    for folder, seed in (("a", "001_eb84b56d6e19529f.txt"), ("b", "002_79e7738ce50ad15f.txt")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes((CORPUS / seed).read_bytes())
    db = tmp_path / "c.db"
    assert main(["build", str(tmp_path / "a"), str(tmp_path / "b"), "--db", str(db)]) == 0
    rows = sqlite3.connect(db).execute("select id, doc_number from notices order by id").fetchall()
    assert rows == [("a/x.txt", "渝肺炎组办发〔2020〕30号"), ("b/x.txt", "渝肺炎组发〔2021〕1号")]


def _seed_gold_with(tmp_path, edit):
    """The seeds' annotations in a folder of their own, one of them edited by ``edit``."""
    gold = CORPUS.parent / "tests" / "data" / "gold"
    for path in gold.glob("*.json"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "002_79e7738ce50ad15f.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    edit(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return doc


def test_evaluate_reads_a_deadline_written_as_the_guide_writes_it(tmp_path, capsys):
    # GUIDE.md's own example, {"kind": "from", "event": "即日"}, gives no text span; no score reads it.
    def drop_texts(doc):
        for m in doc["measures"]:
            for d in m.get("deadlines") or []:
                d.pop("text", None)
    doc = _seed_gold_with(tmp_path, drop_texts)
    assert any(m.get("deadlines") for m in doc["measures"])
    assert main(["evaluate", S002, "--gold", str(tmp_path), "--json"]) == 0
    without_texts = json.loads(capsys.readouterr().out)["deadlines"]
    assert main(["evaluate", S002, "--json"]) == 0
    assert without_texts == json.loads(capsys.readouterr().out)["deadlines"]
    assert without_texts["tp"] > 0


def test_evaluate_names_the_annotation_file_that_is_wrong_before_extracting(tmp_path, capsys):
    def break_deadline(doc):
        next(m for m in doc["measures"] if m.get("deadlines"))["deadlines"][0].pop("kind")
    _seed_gold_with(tmp_path, break_deadline)
    assert main(["evaluate", S002, "--gold", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "002_79e7738ce50ad15f.json" in err and "kind" in err and "Traceback" not in err
    (tmp_path / "002_79e7738ce50ad15f.json").write_text("{not json", encoding="utf-8")
    assert main(["evaluate", S002, "--gold", str(tmp_path)]) == 2
    assert "002_79e7738ce50ad15f.json" in capsys.readouterr().err
