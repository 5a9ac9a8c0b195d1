"""Bad input and nothing lost: every file of a batch either comes out or is named with its reason.

A batch mixes good files with every kind of bad one, and runs through the CLI
(``notices ingest`` / ``notices extract``) and through ``process_paths``: each
bad file gives exactly one line on stderr naming it and what is wrong, the
good files are still written, and the exit status says something failed.
Files that look bad but hold a readable notice (mixed encodings, invisible
characters, no numbered provisions) must come out with their text intact.
The audit must add up for every seed in every form it may arrive in (UTF-8,
GBK, traditional characters, PDF), and ``--audit`` must print those counts.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_fixtures import make_encrypted_pdf, make_notice_pdf, make_scanned_pdf, make_truncated_pdf

from conftest import SEEDS
from extract.structure import find_measures
from ingest import chinese_script
from ingest.pipeline import clean, ingest_file
from ingest.readers import MAX_CHARACTERS, SourceError, read_source
from ingest.scrape import sentences
from notices import pipeline
from notices.cli import main
from notices.pipeline import process_paths

SEED = next(p for p in SEEDS if p.name.startswith("001_"))  # a notice with a title block and numbered provisions

# A generic notice (no seed wording), for the PDF and the files built around it.
NOTICE_TITLE = ["某某市新冠肺炎疫情防控工作领导小组", "关于做好近期疫情防控工作的通知"]
NOTICE_NUMBER = "某肺炎组发〔2022〕5号"
NOTICE_BODY = [
    "为切实做好近期疫情防控工作，现将有关事项通知如下：",
    "一、严格落实四方责任。各区县要落实属地责任，各部门要落实属事责任，确保各项措施落实到位。",
    "二、加强重点人群管理。对中高风险地区来返人员，要在24小时内完成核酸检测。",
    "三、做好物资储备。各医疗机构要按照不少于30天的使用量储备防护物资。",
]
NOTICE_CLOSING = ["某某市新冠肺炎疫情防控工作领导小组", "2022年3月1日"]

# A notice that numbers nothing: its orders are unnumbered paragraphs.
UNNUMBERED = "\n".join([
    "关于加强冬春季疫情防控工作的通知",
    "各区县卫生健康委，各有关单位：",
    "当前正值冬春季节，疫情传播风险加大。",
    "各区县要加强发热门诊管理，落实预检分诊制度。",
    "各医疗机构务必做好院感防控，严禁推诿发热病人。",
    "特此通知。",
    "某某市卫生健康委员会",
    "2022年12月1日",
])

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
CONTROLS = "\x01\x07\x1b\x7f"


def one_copy(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def sprinkle(text: str, marks: str, every: int, seed: int = 0) -> str:
    """``text`` with one of ``marks`` after about every ``every``-th character."""
    rng = random.Random(seed)
    return "".join(c + (rng.choice(marks) if rng.randrange(every) == 0 else "") for c in text)


def notice_pdf(path: Path) -> Path:
    return make_notice_pdf(path, NOTICE_TITLE, NOTICE_NUMBER, NOTICE_BODY, closing=NOTICE_CLOSING)


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Iterator[dict[str, dict]]:
    """Every kind of file a batch may hold: name -> {"path", "reason" (a pattern of the
    error, None when the file must come out)}, in the order they are given."""
    tmp = tmp_path_factory.mktemp("batch")
    good_pdf = notice_pdf(tmp / "good.pdf")
    seed_text = SEED.read_text(encoding="utf-8")
    rng = random.Random(7)
    huge = tmp / "huge.txt"
    with huge.open("wb") as f:  # 50 MB of seed text, repeated
        data = SEED.read_bytes()
        for _ in range(50 * 2**20 // len(data) + 1):
            f.write(data)
    files = {
        # (path, reason pattern or None)
        "seed.txt": (one_copy(tmp, "seed.txt", SEED.read_bytes()), None),
        "good.pdf": (good_pdf, None),
        "empty.txt": (one_copy(tmp, "empty.txt", b""), r"empty file"),
        "junk.txt": (one_copy(tmp, "junk.txt", bytes(rng.randrange(256) for _ in range(8192))), r"binary data|not decodable|undecodable"),
        # A PDF saved under a text name: uncompressed, it has no NUL bytes and decodes as nonsense GB18030.
        "pdf-named.txt": (one_copy(tmp, "pdf-named.txt", good_pdf.read_bytes()), r"not a text file: the content is a PDF"),
        "truncated.pdf": (make_truncated_pdf(tmp / "truncated.pdf", good_pdf), r"truncated"),
        "encrypted.pdf": (make_encrypted_pdf(tmp / "encrypted.pdf"), r"encrypted PDF: needs a password"),
        "scanned.pdf": (make_scanned_pdf(tmp / "scanned.pdf"), r"no text layer .*OCR"),
        "scripts.html": (one_copy(tmp, "scripts.html", (
            "<html><head><style>p{color:red}</style><script>var t='疫情防控通知';</script></head>"
            "<body><script>document.write('各区县要落实责任。')</script><style>.a{}</style></body></html>"
        ).encode("utf-8")), r"no text content \(only markup, scripts or styles\)"),
        "huge.txt": (huge, rf"too long for one notice: .* over the limit of {MAX_CHARACTERS:,} characters"),
        "missing.txt": (tmp / "missing.txt", r"cannot read the file"),
        # A UTF-8 file with a GBK paragraph pasted in.
        "mixed.txt": (one_copy(tmp, "mixed.txt", b"\n".join([
            "\n".join(NOTICE_TITLE + [NOTICE_NUMBER, NOTICE_BODY[0]]).encode("utf-8"),
            NOTICE_BODY[1].encode("gbk"),
            "\n".join(NOTICE_BODY[2:] + NOTICE_CLOSING).encode("utf-8"),
        ])), None),
        "invisible.txt": (one_copy(tmp, "invisible.txt", sprinkle(sprinkle(seed_text, ZERO_WIDTH, 5), CONTROLS, 200, 1).encode("utf-8")), None),
        "unnumbered.txt": (one_copy(tmp, "unnumbered.txt", UNNUMBERED.encode("utf-8")), None),
    }
    yield {name: {"path": path, "reason": reason} for name, (path, reason) in files.items()}
    huge.unlink()  # pytest keeps the last runs' temporary folders: no 50 MB in each


def _rejected(batch) -> dict[str, str]:
    return {name: f["reason"] for name, f in batch.items() if f["reason"]}


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def _check_errors(lines: list[str], batch, prefix: str = "") -> None:
    """Exactly one line per bad file, naming it by the path it was given as and
    matching its reason."""
    rejected = {str(batch[name]["path"]): pattern for name, pattern in _rejected(batch).items()}
    assert len(lines) == len(rejected), "\n".join(lines)
    named = {}
    for line in lines:
        assert line.startswith(prefix), line
        name, _, reason = line.removeprefix(prefix).partition(": ")
        named[name] = reason
    assert set(named) == set(rejected)
    for name, pattern in rejected.items():
        assert re.search(pattern, named[name]), (name, named[name])


def _check_documents(documents: list[dict], batch) -> None:
    """The files that are not rejected all come out, in order, with their text intact."""
    assert [d["source"] for d in documents] == [n for n, f in batch.items() if not f["reason"]]
    docs = {d["source"]: d for d in documents}
    seed = docs["seed.txt"]
    assert len(seed["paragraphs"]) > 10 and seed["audit"]["lost"] == []

    pdf = docs["good.pdf"]
    assert pdf["title"] == "".join(NOTICE_TITLE) and pdf["doc_number"] == NOTICE_NUMBER
    assert pdf["paragraphs"] == NOTICE_BODY + NOTICE_CLOSING

    # Both encodings decoded right: the GBK line reads as the UTF-8 ones do.
    mixed = docs["mixed.txt"]
    assert mixed["paragraphs"] == NOTICE_BODY + NOTICE_CLOSING
    assert mixed["encoding"] == "mixed(utf-8,gb18030)"

    # Invisible characters are dropped and nothing else changes.
    invisible = docs["invisible.txt"]
    assert invisible["paragraphs"] == seed["paragraphs"]
    assert invisible["title"] == seed["title"] and invisible["doc_number"] == seed["doc_number"]
    assert not re.search(f"[{ZERO_WIDTH}{CONTROLS}]", json.dumps(invisible, ensure_ascii=False))
    assert invisible["audit"]["lost"] == []

    unnumbered = docs["unnumbered.txt"]
    assert unnumbered["addressees"] == ["各区县卫生健康委", "各有关单位"]
    assert unnumbered["paragraphs"][0] == "当前正值冬春季节，疫情传播风险加大。"
    assert unnumbered["date"] == "2022-12-01"


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- the CLI

@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_cli_reports_each_bad_file_once_and_writes_the_good_ones(batch, command, tmp_path, capfd):
    # capfd rather than capsys: the files are read in worker processes, whose
    # stderr (warnings of the PDF library, say) capsys would not see.
    out = tmp_path / "out.jsonl"
    status = main([command, *(str(f["path"]) for f in batch.values()), "--out", str(out)])
    captured = capfd.readouterr()
    assert status != 0
    _check_errors(_error_lines(captured.err), batch, prefix="notices: ")
    assert "Traceback" not in captured.err
    documents = _read_jsonl(out)
    _check_documents(documents, batch)
    if command == "extract":
        measures = {d["source"]: d["measures"] for d in documents}
        assert [m["path"] for m in measures["good.pdf"]] == ["1", "2", "3"]
        assert [m["path"] for m in measures["mixed.txt"]] == ["1", "2", "3"]
        assert [m["text"] for m in measures["unnumbered.txt"]] == [
            "各区县要加强发热门诊管理，落实预检分诊制度。",
            "各医疗机构务必做好院感防控，严禁推诿发热病人。",
        ]


def test_cli_exits_zero_when_every_file_is_good(batch, tmp_path, capfd):
    out = tmp_path / "out.jsonl"
    good = [str(f["path"]) for f in batch.values() if not f["reason"]]
    assert main(["ingest", *good, "--out", str(out)]) == 0
    assert _error_lines(capfd.readouterr().err) == []
    assert len(_read_jsonl(out)) == len(good)


def test_cli_names_a_folder_without_source_files(tmp_path, capfd):
    (tmp_path / "notes.md").write_text("不是通知", encoding="utf-8")
    assert main(["ingest", str(tmp_path), "--out", str(tmp_path / "out.jsonl")]) == 0
    lines = _error_lines(capfd.readouterr().err)
    assert lines == [f"notices: no source files found in {tmp_path}"]


def test_cli_names_an_output_it_cannot_write(tmp_path, capfd):
    # --out naming a folder: one line naming it, no traceback.
    assert main(["ingest", str(SEED), "--out", str(tmp_path)]) == 2
    lines = _error_lines(capfd.readouterr().err)
    assert lines == [f"notices: {tmp_path}: Is a directory"]


# --------------------------------------------------------------------------- process_paths

@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "pool"])
def test_process_paths_returns_one_outcome_per_file_in_order(batch, workers):
    outcomes = list(process_paths([f["path"] for f in batch.values()], with_measures=False, workers=workers))
    assert [o.path.name for o in outcomes] == list(batch)
    for outcome in outcomes:
        assert (outcome.document is None) == (outcome.error is not None), outcome.path.name
    _check_errors([o.error for o in outcomes if o.error], batch)
    _check_documents([o.document for o in outcomes if o.document], batch)


def test_the_pool_warmed_up_in_the_parent_gives_what_each_file_gives_alone(extracted):
    # process_paths loads the rules once in the parent before the workers fork (notices.pipeline._warm_up)
    outcomes = list(process_paths(SEEDS, workers=2))
    assert [o.document for o in outcomes] == [extracted[p.name] for p in SEEDS]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks only on Linux")
def test_the_pool_forks_only_while_the_caller_runs_one_thread(extracted, monkeypatch):
    # a fork beside a running thread copies none of it, and any lock it held stays held in the workers
    with monkeypatch.context() as alone:
        alone.setattr(threading, "active_count", lambda: 1)
        assert pipeline._pool_context().get_start_method() == "fork"
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait, daemon=True)
    waiting.start()
    try:
        assert pipeline._pool_context().get_start_method() == "spawn"
        outcomes = list(process_paths(SEEDS, workers=2))
    finally:
        stop.set()
        waiting.join()
    assert [o.document for o in outcomes] == [extracted[p.name] for p in SEEDS]


def test_the_command_lines_progress_bar_starts_no_thread_that_would_stop_the_fork():
    # in a fresh interpreter, where no bar made before could have started tqdm's monitor already
    shown = subprocess.run(
        [sys.executable, "-c", "import threading; from notices.cli import _progress; "
         "print(list(_progress(iter(range(3)), 3, 'files')), threading.active_count())"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    assert shown.stdout.split("\n")[0] == "[0, 1, 2] 1"


def test_a_huge_text_is_refused_before_it_is_decoded(batch):
    huge = batch["huge.txt"]["path"]
    assert huge.stat().st_size >= 50 * 2**20
    with pytest.raises(SourceError, match=r"huge\.txt: too long for one notice: [\d,]+ bytes of text"):
        read_source(huge)


def test_a_text_over_the_limit_in_characters_is_refused(tmp_path):
    # Small enough in bytes to be decoded, too long once decoded: ASCII is a byte a character.
    path = one_copy(tmp_path, "long.txt", b"a" * (MAX_CHARACTERS + 1))
    with pytest.raises(SourceError, match=rf"long\.txt: too long for one notice: {MAX_CHARACTERS + 1:,} characters"):
        read_source(path)


BINARY_NAMED_AS_TEXT = [
    # (first bytes, reason, why)
    (b"PK\x03\x04" + b"word/document.xml" * 20, "zip archive", "a .docx saved as .txt"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 300, "old Office document", "an old .doc saved as .txt"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8, "undecodable|binary data|not decodable", "an image without NUL bytes"),
]


@pytest.mark.parametrize("data, reason, why", BINARY_NAMED_AS_TEXT, ids=[c[2] for c in BINARY_NAMED_AS_TEXT])
def test_binary_files_named_as_text_are_refused(tmp_path, data, reason, why):
    with pytest.raises(SourceError, match=rf"^file\.txt: .*(?:{reason})"):
        read_source(one_copy(tmp_path, "file.txt", data))


def test_a_notice_without_numbered_provisions_gives_its_orders_as_measures():
    paragraphs = clean(UNNUMBERED).split("\n")[2:]  # title and addressee line first
    measures = find_measures(paragraphs)
    assert [(m.path, m.text) for m in measures] == [
        ("closing", "各区县要加强发热门诊管理，落实预检分诊制度。"),
        ("closing.2", "各医疗机构务必做好院感防控，严禁推诿发热病人。"),
    ]
    assert find_measures([]) == []


# --------------------------------------------------------------------------- scrapes

def test_a_scrape_with_provisions_out_of_order_is_repaired():
    # Section 三 pasted after section 六, both carrying the same loose sentences:
    # placing those used to leave an empty section behind and crash (IndexError).
    loose = "所有活动都要制定防控方案。发现有关人员及时报告社区。"
    three = "三、加强重点人群防控。严格重点地区来返人员管理。"
    six = "六、加强集体活动管控。"
    text = "\n".join([loose + three, six + loose + three])
    lines = clean(text).split("\n")
    # Each sentence once (where the loose ones go is the wording's call), 三 before 六.
    assert sorted(s for line in lines for s in sentences(line)) == sorted(sentences(loose + three + six))
    assert [line[:2] for line in lines if line[:2] in ("三、", "六、")] == ["三、", "六、"]


def test_a_page_printed_twice_keeps_the_note_after_every_provision():
    # Every provision ends in the same note; a scrape that repeats the page must keep
    # each of them, not one note with one successor.
    note = "（责任单位：市卫生健康委）"
    page = "\n".join([
        "为做好冬春季疫情防控工作，现通知如下：",
        f"一、加强发热门诊管理。各医疗机构要落实预检分诊制度。{note}",
        f"二、做好重点人群检测。各区县要在规定时间内完成重点人群核酸检测，做到应检尽检、不漏一人。{note}",
        f"三、强化物资保障。各单位要储备足量防护物资。{note}",
    ])
    assert clean(page + "\n" + page) == page


def test_a_news_report_without_headline_marks_keeps_its_text(tmp_path):
    # The text of a news web page: no "#" marks. Its first line is the headline, not
    # a fragment to glue to the first paragraph, and nothing may be dropped.
    report = "\n".join([
        "我市加强冬春季疫情防控",
        "本报讯（记者 张三）昨日，市卫生健康委召开疫情防控工作会议。",
        "会议要求，各区县要加强发热门诊管理，落实预检分诊制度。",
    ])
    doc = ingest_file(one_copy(tmp_path, "report.txt", report.encode("utf-8")))
    assert doc.kind == "news"
    assert [(a.title, [p.text for p in a.paragraphs]) for a in doc.articles] == [
        ("我市加强冬春季疫情防控", report.split("\n")[1:]),
    ]
    assert doc.audit.lost == [] and doc.audit.balanced


def test_a_column_cut_twice_is_rejoined_whole():
    # A paragraph of a newspaper page cut into three pieces at a date: the second cut
    # is no word jieba knows, so only "the next piece is right there" joins it.
    page = "# 版面\n## 我市部署排查工作\n本报讯 各区县要在\n2022年3月\n1日前完成排查。"
    assert clean(page).split("\n")[-1] == "本报讯 各区县要在2022年3月1日前完成排查。"


NAMED_TITLE = [
    # (text, why): the title named inside a body sentence stays there
    ("关于加强疫情防控工作的通知\n各区县：\n各区县要按照关于加强疫情防控工作的通知要求，落实责任。", "a title cited without 《》"),
    ("加强疫情防控工作\n各区县要加强疫情防控工作。\n二是落实责任。", "a short title that is also a phrase of the body"),
]


@pytest.mark.parametrize("text, why", NAMED_TITLE, ids=[c[1] for c in NAMED_TITLE])
def test_the_title_named_in_a_sentence_is_kept(text, why):
    assert clean(text) == text


def test_a_signature_that_repeats_a_title_line_is_kept(tmp_path):
    # The issuing body opens the title and signs the notice: the signature stays a paragraph.
    doc = ingest_file(notice_pdf(tmp_path / "notice.pdf"))
    assert [p.text for p in doc.paragraphs][-2:] == NOTICE_CLOSING
    assert doc.issuer == NOTICE_CLOSING[0] and doc.date == "2022-03-01"


# --------------------------------------------------------------------------- nothing lost



def _seed_pdf(path: Path, doc) -> Path:
    """A seed notice printed as a PDF: its clean title block and paragraphs, laid out
    over pages with a running header and page numbers."""
    addressees = "，".join(doc.addressees) + "：" if doc.addressees else None
    return make_notice_pdf(path, [doc.title], doc.doc_number or "", [p.text for p in doc.paragraphs],
                           addressees=addressees, header="疫情防控工作文件汇编")


@pytest.fixture(scope="module")
def variants(tmp_path_factory, ingested) -> list[tuple[Path, str]]:
    """(file, the seed it was made from): each seed as UTF-8, as GBK and in traditional
    characters, and each notice (not the news page) as a PDF."""
    tmp = tmp_path_factory.mktemp("variants")
    out = []
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        out.append((one_copy(tmp, f"{seed.stem}.utf8.txt", seed.read_bytes()), seed.name))
        out.append((one_copy(tmp, f"{seed.stem}.gbk.txt", text.encode("gbk")), seed.name))
        out.append((one_copy(tmp, f"{seed.stem}.trad.txt", chinese_script.convert(text, "s2t").encode("utf-8")), seed.name))
        if ingested[seed.name].kind == "notice":
            out.append((_seed_pdf(tmp / f"{seed.stem}.pdf", ingested[seed.name]), seed.name))
    return out


def test_every_form_of_every_seed_is_accounted_for(variants, ingested):
    for path, seed in variants:
        doc = ingest_file(path)
        assert doc.audit.lost == [], path.name
        assert doc.audit.balanced, (path.name, doc.audit)
        assert doc.audit.kept > 0
        original = ingested[seed]
        assert (doc.title, doc.doc_number, doc.addressees) == (original.title, original.doc_number, original.addressees)
        if ".gbk." in path.name:
            assert doc.encoding == "gb18030"
        # Traditional characters are converted back; the round trip may pick another
        # simplified form for a rare character (擡 for 抬), never another structure.
        assert [p.text[:2] for p in doc.paragraphs] == [p.text[:2] for p in original.paragraphs], path.name
        assert [a.title for a in doc.articles] == [a.title for a in original.articles]
        if ".trad." not in path.name:
            assert [p.text for p in doc.paragraphs] == [p.text for p in original.paragraphs], path.name


@pytest.mark.slow
def test_audit_table_prints_the_counts(variants, tmp_path, capfd):
    paths = [p for p, _ in variants]
    assert main(["ingest", *map(str, paths), "--out", str(tmp_path / "out.jsonl"), "--audit"]) == 0
    lines = _error_lines(capfd.readouterr().err)
    assert lines[0].split() == ["source", "raw", "kept", "meta", "debris", "dupes", "lost"]
    rows = {row.split()[0]: [int(n) for n in row.split()[1:]] for row in lines[1:]}
    assert len(rows) == len(paths)
    for path in paths:
        audit = ingest_file(path).audit
        expected = [audit.sentences, audit.kept, audit.metadata, audit.debris, audit.duplicates, len(audit.lost)]
        assert rows[path.name[:32]] == expected, path.name
        raw, kept, meta, debris, dupes, lost = rows[path.name[:32]]
        assert lost == 0 and kept + meta + debris + dupes == raw
