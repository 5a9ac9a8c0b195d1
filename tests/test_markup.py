"""Text files read by their content: HTML in a .txt, HTML in a dump's row, Markdown."""
import pytest
from pathlib import Path

from ingest.markup import read_markup, strip_markdown
from ingest.pipeline import ingest_file
from ingest.readers import read_source

DEV_RAW = Path(__file__).parent / "data" / "dev" / "raw"
ROW = (
    "(173, '某省可申领健康码', '人民网', '某省指挥部发布最新通告。', "
    "'<p style=\\\"font-family: &quot;Microsoft Yahei&quot;;\\\">人民网武汉4月25日电 刚刚，某省指挥部发布最新通告。具体通告如下：</p>"
    "<p style=\\\"text-align: center;\\\"><strong>某省疫情防控指挥部通告</strong></p>"
    "<p>为加强精准防疫，现就有关事项通告如下：</p><p>一、申领要求</p><p>1. 外籍人员可申领健康码。</p>"
    "<p>2.港澳人员使用通行证申领。</p><p style=\\\"text-align: right;\\\">某省疫情防控指挥部</p>"
    "<p style=\\\"text-align: right;\\\">2020年4月25日</p><p><img src=\\\"http://a.cn/1.jpg\\\"/></p>"
    "<p><span>某省人民政府网站截图</span></p><p><br/></p>', '/img/1.jpg', 1, 1, 1591347516),"
)


def test_html_in_a_dump_row_is_read_as_the_page_it_holds():
    text, notes = read_markup(ROW, "dump.txt")
    assert text.split("\n")[:4] == [
        "人民网武汉4月25日电 刚刚，某省指挥部发布最新通告。具体通告如下：",
        "某省疫情防控指挥部通告",
        "为加强精准防疫，现就有关事项通告如下：",
        "一、申领要求",
    ]
    assert "人民网'" not in text and "1591347516" not in text and "style" not in text
    assert any("quoted field" in n for n in notes)


def test_a_txt_holding_a_web_page_is_read_as_html(tmp_path):
    page = "<html><body><div class='nav'>首页 > 通知</div><div class='content'><p>关于加强防控的通知</p><p>现通知如下：</p><p>一、严格管理。</p></div></body></html>"
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    assert source.text == "关于加强防控的通知\n现通知如下：\n一、严格管理。"
    assert "the content is HTML" in source.notes


def test_the_notice_in_a_dump_row_is_ingested_with_its_metadata(tmp_path):
    path = tmp_path / "row.txt"
    path.write_text(ROW, encoding="utf-8")
    doc = ingest_file(path)
    assert doc.kind == "notice"
    assert (doc.title, doc.issuer, doc.date) == ("某省疫情防控指挥部通告", "某省疫情防控指挥部", "2020-04-25")
    assert [p.text for p in doc.paragraphs] == [
        "为加强精准防疫，现就有关事项通告如下：", "一、申领要求", "1. 外籍人员可申领健康码。",
        "2.港澳人员使用通行证申领。", "某省疫情防控指挥部", "2020年4月25日",
    ]
    assert doc.audit.lost == []


def test_markdown_loses_its_marks_and_keeps_its_lines():
    before = "# 关于加强防控的通知\n**一、严格管理**\n详见[附件](http://a.cn/1.pdf)。![图片](a.png)\n## 二、加强排查"
    assert strip_markdown(before) == "# 关于加强防控的通知\n一、严格管理\n详见附件。\n二、加强排查"


def test_a_bold_label_run_into_chinese_text_loses_its_marks():
    # CommonMark leaves ** that has no white space or punctuation on its outer side.
    before = "**（一）暂停营业。**各场所暂停营业。\n各区县要**（二）**加强排查。"
    assert strip_markdown(before) == "（一）暂停营业。各场所暂停营业。\n各区县要（二）加强排查。"


def test_plain_text_is_not_markup():
    assert read_markup("一、严格管理。\n二、<br>加强排查。", "a.txt") is None
    assert read_markup("价格*2*倍，**注意**", "a.txt") is None


def test_a_markdown_notice_is_read_by_its_content(tmp_path):
    path = tmp_path / "notice.md"
    path.write_text("# 关于加强防控的通告\n为做好防控，现通告如下：\n**一、暂停营业。**\n**二、加强排查。**\n", encoding="utf-8")
    doc = ingest_file(path)
    assert doc.title == "关于加强防控的通告"
    assert [p.text for p in doc.paragraphs] == ["为做好防控，现通告如下：", "一、暂停营业。", "二、加强排查。"]


def test_a_dump_of_several_rows_gives_the_html_of_each():
    second = ROW.replace("(173,", "(174,").replace("某省疫情防控指挥部通告", "某省疫情防控指挥部第二号通告")
    text, _ = read_markup("INSERT INTO news VALUES " + ROW + "\n" + second, "dump.txt")
    assert text.count("某省疫情防控指挥部第二号通告") == 1 and text.count("一、申领要求") == 2
    assert "174" not in text and "INSERT" not in text


def test_a_dump_row_with_broken_quoting_is_read_from_its_markup():
    # A quote inside a field, unescaped, leaves no field that holds the markup whole:
    # the markup is read as it stands rather than the file taken for empty.
    broken = ROW.replace("</p><p", "</p>'<p")  # each quoted piece now holds a paragraph or two
    text, notes = read_markup(broken, "dump.txt")
    assert "一、申领要求" in text.split("\n") and "1. 外籍人员可申领健康码。" in text
    assert not any("quoted field" in n for n in notes)


# A farm injects runs of empty tags over a copy that is plain text; before, the copy was
# read as HTML and its lines ran into one (…庙南村1组二、中风险区…).
_INJECTED = [
    '<fieldset id="26ue2"><table id="26ue2"></table></fieldset>\n  • <ul id="26ue2"></ul>\n  • <center id="26ue2"></center>\n',
    '<legend id="h4sia"></legend><samp id="h4sia"></samp>\n<p id="h4sia"><td id="h4sia"></td></p>\n    1. <blockquote id="h4sia"></blockquote>\n'
    '    2. <th id="h4sia"><center id="h4sia"></center></th>\n',
    "<DIV class=x><SPAN></SPAN></DIV><BR><p></p>\n",
    '<div id="a"></div><span id="b"></span><font color=red></font>\n\n',
]


@pytest.mark.parametrize("tags", _INJECTED)
def test_empty_tags_injected_over_plain_text_leave_its_lines(tags):
    body = "某县指挥部通告\n\n一、高风险区降为中风险区1个\n\n某镇某村1组\n\n二、中风险区降为低风险区\n1.某镇某村2组"
    text, notes = read_markup(tags + body, "x.txt")
    assert text.strip().split("\n")[-8:] == body.split("\n")[-8:]
    assert "<" not in text


@pytest.mark.parametrize("page", [
    "<p>某县指挥部通告</p>\n<p>一、暂停营业。</p>\n<p>二、做好防护。</p>",  # the text is in the markup
    '<div id="a"></div><span id="b"></span><p></p>\nPage 1 of 2',  # no Chinese after the tags
])
def test_markup_holding_the_text_or_nothing_else_is_read_as_html(page):
    text, notes = read_markup(page, "x.txt")
    assert "empty tags injected over plain text removed" not in notes


@pytest.mark.parametrize("poster", ["某某小学", "某某小学—张三", "教育教研"])
def test_a_blog_posts_title_and_posters_name_over_its_html_stay_apart(tmp_path, poster):
    # A 美篇-style post stored as text: its title and the poster's name on lines of their own,
    # then the body's HTML; read as one page of HTML, the two lines ran together into no title.
    page = (f"某某小学致家长的一封信\n\n{poster}\n\n<p class=\"ql-block\">各位家长：</p><p class=\"ql-block\">  你们好！</p>"
            "<p class=\"ql-block\">为做好防控，请您配合以下工作：</p><p class=\"ql-block\">一、非必要不外出。</p>")
    path = tmp_path / "post.txt"
    path.write_text(page, encoding="utf-8")
    doc = ingest_file(path)
    assert (doc.title, doc.addressees) == ("某某小学致家长的一封信", ["各位家长"])
    assert [p.text for p in doc.paragraphs][:2] == ["你们好！", "为做好防控，请您配合以下工作："]
