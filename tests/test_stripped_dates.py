"""Dates a site printed without their 年 and 月 (2022920日), and what else such a page does."""
from ingest import metadata, scrape
from ingest.pipeline import clean_text


def test_a_dated_year_its_yearless_dates_and_the_signature_date_are_put_back():
    before = "2022920日发生疫情以来，2022921日、22日检测（其中，921日，对城区检测）。\n某县指挥部\n2022924"
    after = "2022年9月20日发生疫情以来，2022年9月21日、22日检测（其中，9月21日，对城区检测）。\n某县指挥部\n2022年9月24日"
    assert scrape.restore_stripped_dates(before) == after


def test_a_date_with_two_readings_takes_the_month_the_page_prints_else_stays():
    assert scrape.restore_stripped_dates("发布时间：2020-01-26\n某县指挥部\n2020126") == "发布时间：2020-01-26\n某县指挥部\n2020年1月26日"
    assert scrape.restore_stripped_dates("某县人民政府\n2020127日") == "某县人民政府\n2020127日"  # 1月27日 or 12月7日


def test_numbers_that_are_no_dates_stay():
    text = "举报电话：08723034093，共15个乡镇，2020年1月5日起，第123日。"
    assert scrape.restore_stripped_dates(text) == text


def test_a_stripped_signature_date_signs_and_ends_the_notice():
    page = "\n".join([
        "某县指挥部关于延长静默管控时间的通告",
        "作者：本站  发布日期：2022/9/24 阅读次数：",
        "",
        "2022920日发生疫情以来，现通告如下：",
        "静默管控时间从2022924日（星期六）18时至2022927日（星期二）18时。",
        "某县疫情防控现场处置",
        "省市县联动指挥部",
        "2022924",
        "（来源：某县人民政府网）",
        "暂无评论！",
    ])
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [
        "2022年9月20日发生疫情以来，现通告如下：",
        "静默管控时间从2022年9月24日（星期六）18时至2022年9月27日（星期二）18时。",
        "某县疫情防控现场处置省市县联动指挥部",
        "2022年9月24日",
    ]
    assert metadata.signature(cleaned.paragraphs) == ("某县疫情防控现场处置省市县联动指挥部", "2022-09-24")


def test_an_empty_view_counter_keeps_the_number_opening_the_next_paragraph():
    out = scrape.strip_debris("发布日期：2022/9/24 阅读次数：\n\n2022年9月20日以来")
    assert out.endswith("\n2022年9月20日以来") and "2022/9/24" not in out
