"""Attachments keep their place and leave the measures above them as they are: the
list of attachments under the body (附件说明) and attached pages (附件, a table)."""
from pdf_fixtures import Layout, Notice, official_pdf, printed_paragraphs

from extract.structure import attachment_list, find_measures
from ingest.readers import read_source

BODY = [
    "为做好疫情防控工作，现就有关事项通知如下。",
    "一、加强人员排查",
    "各区县要开展拉网式排查，做到不漏一户。",
    "二、严格隔离管理。对密切接触者一律实行集中隔离。",
]


def measures(paragraphs):
    return [(m.path, m.text) for m in find_measures(paragraphs)]


def test_the_attachment_list_is_no_provision():
    paragraphs = [*BODY, "附件：1.各区县联系人名单", "2.防控物资储备清单", "某市疫情防控工作领导小组", "2022年1月5日"]
    assert attachment_list(paragraphs) == range(4, 6)
    assert measures(paragraphs) == measures([*BODY, "某市疫情防控工作领导小组", "2022年1月5日"])
    assert measures(paragraphs)[-1] == ("2", "严格隔离管理。对密切接触者一律实行集中隔离。")


def test_an_attached_table_joins_no_provision():
    table = ["附件", "各区县联系人名单", "单位\t联系人\t电话", "万州区\t张某某\t023-1234"]
    assert measures([*BODY, *table]) == measures(BODY) == [("1", "加强人员排查\n各区县要开展拉网式排查，做到不漏一户。"), ("2", "严格隔离管理。对密切接触者一律实行集中隔离。")]


def test_an_attached_document_keeps_its_measures():
    # A notice that transmits a plan: the plan's provisions, on the attached pages, are the measures.
    paragraphs = ["现将《某市疫情防控工作方案》印发给你们，请认真贯彻执行。", "附件", "某市疫情防控工作方案",
                  "一、各区县要落实属地责任。", "二、各单位要加强值班值守。"]
    assert measures(paragraphs) == [("1", "各区县要落实属地责任。"), ("2", "各单位要加强值班值守。")]


def test_a_sentence_mentioning_attachments_is_no_list():
    paragraphs = ["一、加强排查。各区县要按附件：联系人名单报送情况，做好排查工作并及时报告结果。", "2.另行通知。"]
    assert attachment_list(paragraphs) == range(0)


def test_a_ruled_table_is_read_row_by_row_in_its_place(tmp_path):
    notice = Notice(title="关于做好疫情防控工作的通知", body=["各单位要加强值班值守，确保信息畅通。"],
                    signature=["某市疫情防控工作领导小组", "2022年1月5日"])
    layout = Layout(table=True)
    text = read_source(official_pdf(tmp_path / "table.pdf", notice, layout)).text
    assert text.split("\n") == [notice.title, *printed_paragraphs(notice, layout)]
    assert "万州区\t张某某\t023-58231234" in text.split("\n")


def test_the_attachment_list_above_a_date_is_no_signature():
    from ingest.metadata import signature

    assert signature(["各单位要加强值班值守。", "附件：各区县联系人名单", "2022年1月5日"]) == (None, "2022-01-05")
