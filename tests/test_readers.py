"""Source readers: every format and encoding a notice arrives in, and every way a file can be unreadable."""
from __future__ import annotations

import codecs
import hashlib
import json
import random
import re
import shutil
from pathlib import Path

import docx
import pytest
from pdf_fixtures import make_encrypted_pdf, make_notice_pdf, make_scanned_pdf, make_truncated_pdf
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from ingest.encoding import decode_text
from ingest.pdf import strip_page_furniture
from ingest.pipeline import ingest_file
from ingest.readers import SourceError, decode_bytes, read_source

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
GOLD = ROOT / "tests" / "data" / "gold"

SAMPLE = (
    "关于进一步做好疫情防控工作的通知\r\n"
    "各区县（自治县）人民政府，市级有关部门：\r\n"
    "一、各区县要在24小时内完成重点人群核酸检测，“四早”要求落实到位。\r\n"
    "二、入境人员实行“14+7”健康管理；体温≥37.3℃的，及时送医。\r\n"
)
SAMPLE_LF = SAMPLE.replace("\r\n", "\n")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def gold(prefix: str) -> dict:
    return json.loads(next(GOLD.glob(f"{prefix}_*.json")).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- text encodings

ENCODINGS = [
    # (bytes of SAMPLE, encoding recorded)
    (SAMPLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (SAMPLE.encode("gbk"), "gb18030"),  # the GBK family is decoded as its superset
    (SAMPLE.encode("gb18030"), "gb18030"),
    (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
    (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32"),
    (SAMPLE.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by the detector
]


@pytest.mark.parametrize("data, encoding", ENCODINGS, ids=[e for _, e in ENCODINGS])
def test_encodings_give_the_same_text(tmp_path, data, encoding):
    raw = read_source(write(tmp_path, "notice.txt", data))
    assert raw.text == SAMPLE_LF  # CRLF normalised, BOM gone
    assert raw.encoding == encoding
    assert raw.format == "txt"
    assert raw.sha256 == hashlib.sha256(data).hexdigest()


def test_gb18030_only_characters(tmp_path):
    # 䶮 (CJK extension A, a personal name) and 𠀀 (extension B) are not in GBK.
    text = "请王䶮同志和𠀀村负责人于3日内报送名单。\n"
    raw = read_source(write(tmp_path, "names.txt", text.encode("gb18030")))
    assert (raw.text, raw.encoding) == (text, "gb18030")


def test_big5_is_detected(tmp_path):
    text = "關於進一步做好新冠肺炎疫情防控工作的通知\n各區縣人民政府，市級有關部門：\n為深入貫徹黨中央決策部署，現就有關事項通知如下。\n" * 3
    raw = read_source(write(tmp_path, "hk.txt", text.encode("big5")))
    assert (raw.text, raw.encoding) == (text, "big5")


@pytest.mark.parametrize("text", ["特此通知", "附件", "一、", "各区县："])
def test_short_gbk_text_stays_gb18030(tmp_path, text):
    # Short byte strings fit several CJK encodings equally well; GB is this genre's.
    raw = read_source(write(tmp_path, "short.txt", text.encode("gbk")))
    assert (raw.text, raw.encoding) == (text, "gb18030")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_seed_copies_in_other_encodings(tmp_path, seed, encoding):
    original = read_source(seed)
    copy = write(tmp_path, seed.name, seed.read_text(encoding="utf-8").encode(encoding))
    assert read_source(copy).text == original.text


def test_decode_bytes_returns_text_and_encoding():
    assert decode_bytes(SAMPLE.encode("gbk"), "x.txt") == (SAMPLE_LF, "gb18030")


def test_mixed_utf8_and_gbk_lines(tmp_path):
    lines = SAMPLE_LF.splitlines(keepends=True)
    data = "".join(lines[:2]).encode("utf-8") + "".join(lines[2:]).encode("gbk")
    raw = read_source(write(tmp_path, "pasted.txt", data))
    assert raw.text == SAMPLE_LF
    assert raw.encoding == "mixed(utf-8,gb18030)"
    assert any("2 lines as utf-8" in n and "2 as gb18030" in n for n in raw.notes)


def test_a_few_undecodable_bytes_are_replaced_with_a_note(tmp_path):
    seed = SEEDS[2].read_text(encoding="utf-8").encode("gbk")
    broken = seed[:1000] + b"\xff" + seed[1000:]  # 0xFF is never valid in GBK
    raw = read_source(write(tmp_path, "broken.txt", broken))
    assert raw.encoding == "gb18030"
    assert raw.text.count("\ufffd") == 1
    assert any("U+FFFD" in n for n in raw.notes)


def test_declared_charset_that_lies_is_noted():
    decoded = decode_text(SAMPLE.encode("utf-8"), "page.html", declared="gb2312")
    assert decoded.encoding == "utf-8"
    assert any("gb2312" in n for n in decoded.notes)


def test_zero_width_and_control_characters_pass_through(tmp_path):
    # Cleaning removes these later; the reader keeps them and does not fail.
    text = SAMPLE_LF + "防控\u200b工作\u200d要\ufeff落实\x0b到位\x07。\n" + SAMPLE_LF
    raw = read_source(write(tmp_path, "odd.txt", text.encode("utf-8")))
    assert raw.text == text


RNG = random.Random(7)
UNREADABLE_TEXT = [
    # (file content, words the error names)
    (b"", "empty"),
    (b" \r\n\t \n", "empty"),
    ("\u3000\n".encode("utf-8"), "empty"),  # ideographic spaces only
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    (b"\x00" * 64, "binary"),
    (bytes(RNG.randrange(1, 256) for _ in range(4000)), "decodable"),  # random bytes without NULs
    (bytes(RNG.choice(b"\x01\x02\x03\x07\x08\x1b") for _ in range(300)), "binary"),  # control characters
]


@pytest.mark.parametrize("data, reason", UNREADABLE_TEXT)
def test_unreadable_text_files(tmp_path, data, reason):
    with pytest.raises(SourceError) as caught:
        read_source(write(tmp_path, "junk.txt", data))
    assert str(caught.value).startswith("junk.txt: ")
    assert reason in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match=r"^gone\.txt: cannot read"):
        read_source(tmp_path / "gone.txt")


# --------------------------------------------------------------------------- PDF

TITLE = ["关于进一步加强新冠肺炎疫情", "防控工作的通知"]
DOC_NUMBER = "某防控发〔2022〕12号"
PARAGRAPHS = [
    "为深入贯彻党中央、国务院决策部署，全面落实“四早”要求，毫不放松抓好“外防输入、内防反弹”各项工作，现就有关事项通知如下。",
    "一、加强核酸检测。各区县要在24小时内完成重点人群核酸检测，具备在3—5天内完成全员检测的能力（含农村地区）。",
    "二、严格入境人员管理。入境人员实行“14+7”健康管理措施；对体温≥37.3℃的人员，及时送至定点医疗机构排查。",
] * 8


@pytest.fixture(scope="module")
def notice_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "notice.pdf"
    return make_notice_pdf(path, TITLE, DOC_NUMBER, PARAGRAPHS, header="某市人民政府公报 2022年第3期")


def test_pdf_text_is_chinese_and_complete(notice_pdf):
    raw = read_source(notice_pdf)
    assert raw.format == "pdf" and raw.encoding is None
    assert raw.sha256 == hashlib.sha256(notice_pdf.read_bytes()).hexdigest()
    # The title's printed lines joined; every paragraph whole on one line, as written.
    assert raw.text.split("\n") == ["".join(TITLE), DOC_NUMBER, *PARAGRAPHS]


def test_pdf_page_furniture_is_dropped_and_noted(notice_pdf):
    raw = read_source(notice_pdf)
    assert not re.search(r"—\s*\d+\s*—", raw.text)
    assert "公报" not in raw.text
    assert any(n.startswith("dropped page numbers:") and "'— 2 —'" in n for n in raw.notes)
    assert any(n.startswith("dropped running header '某市人民政府公报 2022年第3期'") for n in raw.notes)


def test_pdf_lines_wider_than_the_default_tolerance_stay_whole(tmp_path):
    # 40 characters a line at a smaller size: CJK lines must not split into words or lines.
    path = make_notice_pdf(tmp_path / "dense.pdf", TITLE, DOC_NUMBER, ["".join(PARAGRAPHS[:3])], chars_per_line=40)
    raw = read_source(path)
    assert " " not in raw.text
    assert any(len(line) >= 40 for line in raw.text.split("\n"))


PAGE_NUMBER_LINES = [
    # (last line of a page, dropped?)
    ("— 3 —", True),
    ("- 3 -", True),
    ("-3-", True),
    ("－3－", True),  # full-width hyphens
    ("第3页", True),
    ("第 3 页 共 9 页", True),
    ("共9页 第3页", True),
    ("3/9", True),
    ("3", True),  # a bare number alone on the last line
    ("Page 3 of 9", True),
    ("2021", False),  # four digits: a year, not a page number
    ("要在3日内完成。", False),  # a short body line holding a number is content
    ("3—5天内完成全员检测", False),
]


@pytest.mark.parametrize("last, dropped", PAGE_NUMBER_LINES)
def test_page_number_styles(last, dropped):
    page = ["各区县要落实防控责任", "及时报告", last]
    kept, removed = strip_page_furniture([page])
    assert kept == [page[:2] if dropped else page]
    assert [d.line for d in removed] == ([last] if dropped else [])


def test_page_number_at_the_top_but_not_a_bare_number():
    kept, _ = strip_page_furniture([["— 3 —", "正文"], ["3", "正文"]])
    assert kept == [["正文"], ["3", "正文"]]


def test_running_header_and_footer_found_on_most_pages():
    pages = [
        ["关于做好防控工作的通知", "正文一", "某市卫生健康委员会"],  # the first page has no header
        ["某市人民政府公报 第2期", "正文二", "某市卫生健康委员会"],
        ["某市人民政府公报 第3期", "正文三", "某市卫生健康委员会"],
    ]
    kept, removed = strip_page_furniture(pages)
    assert kept == [["关于做好防控工作的通知", "正文一"], ["正文二"], ["正文三"]]
    assert [(d.kind, d.page) for d in removed] == [
        ("running header", 2), ("running header", 3),
        ("running footer", 1), ("running footer", 2), ("running footer", 3),
    ]


def test_lines_repeated_on_few_pages_or_only_line_are_kept():
    pages = [["要求", "正文一"], ["要求", "正文二"], ["正文三", "结尾"], ["正文四", "结尾二"], ["独行"]]
    kept, removed = strip_page_furniture(pages)
    assert kept == pages and removed == []


def test_scanned_pdf(tmp_path):
    with pytest.raises(SourceError, match=r"^scan\.pdf: no text layer \(scanned images\?\); run OCR first"):
        read_source(make_scanned_pdf(tmp_path / "scan.pdf"))


def test_encrypted_pdf(tmp_path):
    with pytest.raises(SourceError, match=r"^locked\.pdf: encrypted PDF"):
        read_source(make_encrypted_pdf(tmp_path / "locked.pdf"))


def test_owner_password_only_pdf_is_read_with_a_note(tmp_path):
    path = tmp_path / "owner.pdf"
    c = canvas.Canvas(str(path), encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    c.drawString(72, 700, "Notice on epidemic prevention")
    c.save()
    raw = read_source(path)
    assert raw.text == "Notice on epidemic prevention"
    assert any("owner password" in n for n in raw.notes)


def test_glyphs_pdfminer_cannot_map_are_read_with_pdfium(tmp_path):
    # pdfminer cannot map the CID font of an encrypted reportlab PDF back to Unicode
    # (its text layer is "(cid:1107)(cid:3637)…"); PDFium reads it, so no OCR is asked for.
    path = make_notice_pdf(tmp_path / "cid.pdf", TITLE, DOC_NUMBER, PARAGRAPHS[:2],
                           encrypt=StandardEncryption("", ownerPassword="owner"))
    raw = read_source(path)
    lines = raw.text.split("\n")
    assert lines[:3] == [*TITLE, DOC_NUMBER]
    assert "".join(lines[3:]) == "".join(PARAGRAPHS[:2])
    assert len(raw.notes) == 1 and raw.notes[0].startswith("read with PDFium: pdfplumber found text layer without Unicode mapping")


def test_truncated_pdf(tmp_path, notice_pdf):
    with pytest.raises(SourceError, match=r"^cut\.pdf: truncated"):
        read_source(make_truncated_pdf(tmp_path / "cut.pdf", notice_pdf))


def test_corrupt_pdf_body(tmp_path, notice_pdf):
    data = notice_pdf.read_bytes()
    mangled = data[:9] + bytes(len(data) - 9 - 1024) + data[-1024:]  # header and trailer intact
    with pytest.raises(SourceError, match=r"^bad\.pdf: corrupt PDF"):
        read_source(write(tmp_path, "bad.pdf", mangled))


def test_html_saved_as_pdf(tmp_path):
    with pytest.raises(SourceError, match=r"^error\.pdf: not a PDF file.*HTML page"):
        read_source(write(tmp_path, "error.pdf", b"<!DOCTYPE html><html><body>404</body></html>"))


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于做好疫情防控工作的通知_某市人民政府</title>
<style>.title {{ font-size: 20px }}</style>
<script>var tip = "请使用新版浏览器访问本网站以获得更好体验";</script>
</head><body>
<div class="top-links"><a href="/">首页</a> <a href="/zw">政务公开</a> <a href="/hd">互动交流</a></div>
<nav><ul><li><a href="/xw">新闻中心</a></li><li><a href="/zc">政策文件</a></li></ul></nav>
<div class="wrap">
 <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tz">通知公告</a></div>
 <div class="left"><h3>相关文件</h3><ul>
  <li><a href="/1">关于加强核酸检测工作的通知</a></li>
  <li><a href="/2">关于做好春节期间疫情防控工作的通知</a></li></ul></div>
 {article}
</div>
<footer>主办：某市人民政府办公厅　版权所有　备案号：12345678号</footer>
<script>document.write("统计代码");</script>
</body></html>"""

ARTICLE = """<div class="article">
  <h1>关于做好疫情防控工作的通知</h1>
  <div class="TRS_Editor">
   <p>各区县人民政府，市级有关部门：</p>
   <p>　　为进一步做好疫情防控工作，现将有关事项通知如下。<br>一、加强核酸检测。各区县要在24小时内完成
   重点人群核酸检测。<br/>二、严格落实&ldquo;四早&rdquo;要求&amp;nbsp;。</p>
   <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  </div>
 </div>"""

ARTICLE_LINES = [
    "关于做好疫情防控工作的通知",
    "各区县人民政府，市级有关部门：",
    "为进一步做好疫情防控工作，现将有关事项通知如下。",
    "一、加强核酸检测。各区县要在24小时内完成重点人群核酸检测。",  # the source line break between hanzi joins up
    "二、严格落实“四早”要求\xa0。",  # a doubly escaped &amp;nbsp; decodes to a no-break space
]


@pytest.mark.parametrize("encoding, recorded", [("gbk", "gb18030"), ("utf-8", "utf-8")])
def test_html_keeps_only_the_article(tmp_path, encoding, recorded):
    page = PAGE.format(article=ARTICLE)
    if encoding == "utf-8":
        page = page.replace("gb2312", "utf-8")
    raw = read_source(write(tmp_path, "notice.html", page.encode(encoding)))
    assert raw.format == "html"
    assert raw.encoding == recorded
    assert raw.text.split("\n") == ARTICLE_LINES
    assert any("kept the main content block" in n for n in raw.notes)
    assert any("escaped twice" in n for n in raw.notes)


def test_html_without_class_hints_picks_the_block_with_most_chinese(tmp_path):
    # No <article>, no content-like class: the div with the text wins over the link lists.
    article = """<div><div><a href="/a">首页新闻链接很多很多条</a><br><a href="/b">第二条新闻标题链接</a></div>
    <div><h2>关于开展全员核酸检测的通告</h2><p>全体市民须于3月5日前完成一次核酸检测。</p>
    <p>未按要求检测的，健康码将转为黄码。</p></div></div>"""
    raw = read_source(write(tmp_path, "plain.htm", PAGE.format(article=article).replace("gb2312", "utf-8").encode()))
    assert raw.text.split("\n") == [
        "关于开展全员核酸检测的通告",
        "全体市民须于3月5日前完成一次核酸检测。",
        "未按要求检测的，健康码将转为黄码。",
    ]


def test_html5_article_header_is_kept(tmp_path):
    page = """<html><body><header>某市卫生健康委员会网站</header><main><article>
    <header><h1>关于调整疫情防控措施的通知</h1></header>
    <p>自即日起，取消对外地来访人员的落地检。</p><p>各单位要做好解释工作。</p>
    <footer>责任编辑：张三</footer></article></main></body></html>"""
    raw = read_source(write(tmp_path, "h5.html", page.encode()))
    assert raw.text.split("\n") == ["关于调整疫情防控措施的通知", "自即日起，取消对外地来访人员的落地检。", "各单位要做好解释工作。"]


def test_html_tables_and_hidden_elements(tmp_path):
    page = """<html><body><div class="content"><p>附表：</p>
    <table><tr><th>区域</th><th>风险等级</th></tr><tr><td>某某街道</td><td>中风险</td></tr></table>
    <div style="display: none">隐藏的旧版本正文不应出现</div></div></body></html>"""
    raw = read_source(write(tmp_path, "table.html", page.encode()))
    assert raw.text.split("\n") == ["附表：", "区域\t风险等级", "某某街道\t中风险"]


@pytest.mark.parametrize("page", [
    "<html><head><script>var a = '通知内容';</script><style>p {}</style></head><body><script>x()</script></body></html>",
    "<html><body><noscript>请开启脚本</noscript>   </body></html>",
])
def test_html_without_text(tmp_path, page):
    with pytest.raises(SourceError, match=r"^empty\.html: no text content"):
        read_source(write(tmp_path, "empty.html", page.encode()))


# --------------------------------------------------------------------------- Word

def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("关于做好疫情防控工作的通知")
    document.add_paragraph("")  # spacing paragraphs are not lines
    document.add_paragraph("一、各区县要在24小时内完成重点人群核酸检测。")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "责任单位"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "市卫生健康委"  # merged: its text once
    table.cell(1, 0).text = "时限"
    table.cell(1, 1).text = "3日内"
    table.cell(1, 2).text = "每日报告"
    document.add_paragraph("二、严格落实“四早”要求。")
    document.save(path)
    return path


DOCX_LINES = [
    "关于做好疫情防控工作的通知",
    "一、各区县要在24小时内完成重点人群核酸检测。",
    "责任单位\t市卫生健康委",
    "时限\t3日内\t每日报告",
    "二、严格落实“四早”要求。",
]


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    raw = read_source(make_docx(tmp_path / "notice.docx"))
    assert raw.format == "docx" and raw.encoding is None and raw.notes == []
    assert raw.text.split("\n") == DOCX_LINES


def test_doc_needs_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(SourceError, match=r"^old\.doc: .*needs LibreOffice"):
        read_source(write(tmp_path, "old.doc", ole))


@pytest.mark.parametrize("content, fmt", [("docx", "docx"), ("html", "html")])
def test_doc_named_files_read_by_content(tmp_path, monkeypatch, content, fmt):
    monkeypatch.setattr(shutil, "which", lambda name: None)  # no conversion needed
    if content == "docx":
        data = make_docx(tmp_path / "real.docx").read_bytes()
    else:
        data = "<html><body><p>关于做好疫情防控工作的通知</p></body></html>".encode()
    raw = read_source(write(tmp_path, "saved.DOC", data))
    assert raw.format == fmt
    assert raw.text.split("\n")[0] == "关于做好疫情防控工作的通知"
    assert raw.notes[0] == f"named .doc but the content is {fmt}"


def test_damaged_docx(tmp_path):
    with pytest.raises(SourceError, match=r"^torn\.docx: not a readable \.docx"):
        read_source(write(tmp_path, "torn.docx", make_docx(tmp_path / "x.docx").read_bytes()[:2000]))


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_doc_converted_with_libreoffice(tmp_path):
    import subprocess

    source = make_docx(tmp_path / "notice.docx")
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([exe, "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(source)], check=True, timeout=180)
    raw = read_source(tmp_path / "notice.doc")
    assert raw.format == "doc"
    assert squeeze(raw.text) == squeeze("".join(DOCX_LINES))


# --------------------------------------------------------------------------- dispatch

@pytest.mark.parametrize("name, fmt", [("a.TXT", "txt"), ("a.md", "txt"), ("a", "txt"), ("a.HTM", "html"), ("a.Html", "html")])
def test_suffix_dispatch_is_case_insensitive(tmp_path, name, fmt):
    data = "<html><body><p>通知内容</p></body></html>".encode()
    assert read_source(write(tmp_path, name, data)).format == fmt


# --------------------------------------------------------------------------- through the pipeline

def seed_pdf(tmp_path: Path, prefix: str) -> Path:
    """A printed-looking PDF of a seed notice, built from its gold fields."""
    g = gold(prefix)
    body = g["paragraphs"]
    signature = [line for line in body[-3:] if line == g["issuer"] or re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", line)]
    start = len(body) - 3 + body[-3:].index(signature[0]) if signature else len(body)
    return make_notice_pdf(
        tmp_path / f"{prefix}.pdf", [g["title"]], g["doc_number"], body[:start],
        addressees="，".join(g["addressees"]) + "：", closing=body[start:],
    )


def test_seed_pdf_reader_keeps_every_character(tmp_path):
    g = gold("002")
    raw = read_source(seed_pdf(tmp_path, "002"))
    expected = g["title"] + g["doc_number"] + "，".join(g["addressees"]) + "：" + "".join(g["paragraphs"])
    assert squeeze(raw.text) == squeeze(expected)
    assert any(n.startswith("dropped page numbers") for n in raw.notes)


def test_seed_pdf_gives_the_seed_paragraphs(tmp_path):
    seed = next(p for p in SEEDS if p.name.startswith("002_"))
    from_pdf = ingest_file(seed_pdf(tmp_path, "002")).to_dict()
    from_text = ingest_file(seed).to_dict()
    assert from_pdf["paragraphs"] == from_text["paragraphs"]


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_seed_in_other_encodings_gives_the_same_paragraphs(tmp_path, encoding):
    seed = next(p for p in SEEDS if p.name.startswith("002_"))
    copy = write(tmp_path, seed.name, seed.read_text(encoding="utf-8").encode(encoding))
    assert ingest_file(copy).to_dict()["paragraphs"] == ingest_file(seed).to_dict()["paragraphs"]
