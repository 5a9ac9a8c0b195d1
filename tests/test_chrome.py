"""The notice inside a web page: each shape of page chrome, before and after.

The pages are made up, shaped like the ones found on real sites (breadcrumbs, a
reposter's headline and lead, editor lines, share buttons, teasers, SEO spam), so that
each test shows one shape and what becomes of it.
"""
from pathlib import Path

import pytest

from ingest import chrome, metadata, scrape
from ingest.models import RawSource
from ingest.pipeline import ingest_source

NOTICE = [
    "关于加强某区疫情防控工作的通告",
    "为有效遏制疫情传播，切实保障群众健康，现将有关事项通告如下：",
    "一、暂停举办各类聚集性活动。",
    "二、公共场所暂停对外开放。",
    "特此通告。",
    "某区疫情防控工作领导小组",
    "2020年1月28日",
]


def page(before: list[str], after: list[str], notice: list[str] = NOTICE) -> str:
    return "\n\n".join(before + notice + after)


CHROME_CASES = [
    # (lines before the notice, lines after it, why)
    (["当前位置：首页 > 快讯 > 正文", "@某区人 请收好这份疫情防控通告"], [], "breadcrumb and a news headline"),
    # (held-out 92 mt06; the label in 24 kd04, 53 lg06, 73 ma09, 77 me08 too, there read by its 首页 >)
    (["欢迎进入某某健康在线", "您现在的位置是:某某名医网 > 全网新闻 > 新闻资讯"], [], "a 'you are here' label worded 位置是:"),
    (["某区再推一批举措防控疫情", "目前疫情防控正处在关键阶段，1月28日，某区出台一系列措施。"], [], "a repost's headline and lead"),
    (["原标题：某区发布通告", "来源：某区融媒体中心"], ["【编辑：张三】", "责任编辑：李四", "分享到", "上一篇：某区召开会议"], "reposter's labels, editor lines, share and teaser"),
    (["浏览量：1234  时间：2024-02-29 23:21:48", "某某文库-一个优质的标准下载网站"], [], "document-library chrome"),
    (["国产精品_免费中文_在线精品_手机在线"], ["主站蜘蛛池模板：曲靖市| 临夏市| 凤冈县| 山阴县|", "010020020110000000000000011199701125773806"], "SEO spam and a page id"),
    ([], ["来源", "某区指挥部", "编辑", "王五", "转载请注明：http://www.example.com/1.html"], "labels and values on lines of their own, a reposting footer"),
    ([], ["相关阅读", "某区全力做好疫情防控工作", "某区召开专题会议"], "related articles after the notice"),
    (["某某百科，有趣实用的百科知识！", "手机版", "The Beginning"], ["THE END", "TAG：某区  防控  疫情", "本文标签： 核酸  疫情"],
     "an aggregator's slogan, markers and tags"),
    (["某某在线", "某某新闻 今天"], ["（来源：某区人民政府网）", "暂无评论！", "发表评论", "姓名："], "a site's name, a WeChat byline, a source note and a comment form"),
    ([], ["总监制：张三", "媒体运营：李四", "预览时标签不可点收录于合集#个上一篇下一篇"], "a WeChat article's credits and footer"),
    # (held-out 108 nj07, 30 kj06, 20 ww08; before: a credit after the notice was read as its signature)
    ([], ["来源丨某区疫情防控工作领导小组办公室", "来源 | 某某新闻网"], "a WeChat article's credits with a bar for the colon"),
    (["X", "更新时间：2022-11-28 14:12:57作者：佚名"], ["本站转载内容均已标明出处，如有侵权请联系删除。"], "a close button, a stamp run into the author and a repost disclaimer"),
    (["某某新闻", "—分享—"], ["编辑精选", "某区召开专题会议", "Copyright @2010-2020 某某网"],
     "an app's name, a share button between dashes, a picks box and a copyright line"),
    ([], ["本网信息未经允许不得复制或镜像 联系邮箱：abc@example.com"], "a no-mirroring footer"),
    (["智能检索", "文章图片", "点击查看大图"], [], "a search widget, an image placeholder and its caption button"),
    (["|", "评论 0"], ["|", "/"], "lone separators and a comment counter"),
    ([], ["地 址：某市人民路1号 电话：0000-1234567 传真：0000-7654321"], "a government site's address footer"),
    (["某地5月1日起解除管控措施的通告", "导语 某地自5月1日起解除管控。"],
     ["温馨提示：微信搜索公众号某某本地宝，关注后发送【疫情】可获最新消息。", "点击关注本地宝", "返回首页"],
     "a city guide's headline and digest, and its account's promotion"),
    (["更多服务", "日期:2022-06-17 浏览"], ["更多资讯"], "a portal's more-links and a date over a counter that lost its count"),
    (["通告 (2).jpg", "z480dd11UFxDub0B.jpg (95.3 KB)"], [], "images attached to a forum post, by their file names"),
    (["index_new5.html"], ["开发者_JS百科"], "names joined by an underscore, as pages title themselves"),
    ([], ["【相关内容拓展阅读】", "2022某地解除封控区最新消息（持续更新）", "，即可查看详情。"], "a content farm's further-reading block"),
    (["某某新闻网>>地市频道>>某市频道>>社会新闻", "时间", "/"], ["（责编：张三、李四）", "某某日报所有自采新闻独家授权某某网发布。", "分享让更多人看到"],
     "a breadcrumb of >> crumbs, an empty time label, and the editor credit that ends a news site's article"),
    # before: each of these stayed in the body
    (["➤某县调整划定5个高风险区及9个中风险区:", "10-28"], [], "a post's headline after an arrow and a day stamp without its year"),
    (["字号：", "字体:", "字号 大 中 小"], [], "the font-size widget's label, its buttons lost"),
    (["- 2022年某市青少年宫停课通知", "-2022年某区启动II级应急响应", "- 苹果|2022年值得买的五款手机", "-2022某市中考怎么报名？"], [],
     "the site's other headlines after dashes"),
    (["SN240", "BitMEX", "2y6A-g9K1q0i/G"], ["Announcement No. 2", "I. People come to the province by train shall accept health check."],
     "a page id, an advert, anti-copy junk and a foreign version"),
    (["(资料图)", "图片", "关键字：", "关键词:"], ["编辑许大鹏", "请输入验证码", "分享至好友和朋友圈", "点击阅读："],
     "an image's caption, the keywords label, the editor without a colon, the comment form, share and read-more prompts"),
    ([], ["某市政务服务便民热线", "最新文章", "某区召开专题会议"], "a hotline's name whose number was an image, and the latest-articles box"),
    # (held-out 110 nl06, 83 mk03, 95 mw10; 114 np06, 88 mp05; 50 ld03. before: each stayed in the body)
    (["发表于 2022-9-5 09:39 | 只看该作者 |只看大图 回帖奖励 |倒序浏览 |阅读模式 | 来自四川", "只看该作者"], [],
     "a forum post's toolbar"),
    (["某某网 | 2021年11月16日 10:41:02", "正在加载"], ["加载中..."], "an outlet and its stamp set apart by a bar, and loading placeholders"),
    # (held-out 116 nr06, 97 my10, 121 nw09, 14 j05, 111 nm08; 101 nc02, 115 nq03, 115 nq07. before: each stayed in the body)
    (["2022-12-06 22:45 某市卫生健康委员会", "社会热点2022-11-10 12:44:59佚名", "某某发布 2022-04-14 07:00",
      "市政府办公室  2022-11-16【打印该页】", "浏览:", "栏目:卫生健康来源:"], [],
     "a page stamp with its clock or print button between a desk's and an author's name, an empty counter and label row"),
]


@pytest.mark.parametrize("before,after,why", CHROME_CASES, ids=[c[2] for c in CHROME_CASES])
def test_chrome_around_a_notice_is_cut(before, after, why):
    found = chrome.find_notice(page(before, after))
    assert found.lines == NOTICE
    assert found.chrome == before + after
    assert found.found == "preamble"


def test_the_signature_notes_stay_and_what_follows_them_goes():
    after = ["（此件公开发布）", "某区人民政府网站截图"]
    assert chrome.find_notice(page([], after)).lines == NOTICE + ["（此件公开发布）"]


def test_a_signature_dated_with_its_clock_time_ends_the_notice():
    # held-out 185 qi05: a hospital signs `2022年3月14日06: 00`; the page's reminders after it are another text.
    # Before: the date with its clock was no signature's, and the reminders became closing.2–.6.
    notice = NOTICE[:-1] + ["2020年1月28日06: 00"]
    after = ["重要提醒：", "要进一步强化防控意识，坚决履行个人责任。"]
    assert chrome.find_notice(page([], after, notice)).lines == notice
    # the same clock under the title is the head's date, not the end of the notice
    headed = [NOTICE[0], "2020年1月28日 09:00", *NOTICE[1:]]
    assert chrome.find_notice(page([], [], headed)).lines[-1] == NOTICE[-1]


def test_an_advertisement_between_title_and_preamble_is_skipped():
    text = page([], [], [NOTICE[0], "北京知名医院 http://news.example.com/1.html", *NOTICE[1:]])
    found = chrome.find_notice(text)
    assert found.lines == NOTICE and found.chrome == ["北京知名医院 http://news.example.com/1.html"]


def test_a_reposters_lead_that_ends_like_a_preamble_is_not_the_preamble():
    lead = "人民网武汉4月25日电 刚刚，某省指挥部发布最新通告，外籍人员可申领健康码。具体通告如下："
    found = chrome.find_notice(page([lead], []))
    assert found.lines == NOTICE and found.chrome == [lead]


def test_a_repost_without_its_head_starts_after_the_lead():
    lead = "27日晚，某市领导小组办公室发布通告，在全市范围内开展核酸筛查。"
    body = ["28日5时起，某市分区分批实施核酸筛查。", "封控区域内，暂停公交、地铁运作。"]
    found = chrome.find_notice("\n".join(["某市：开展新一轮核酸筛查", lead, *body]))
    assert found.lines == body and found.found == "lead" and found.lead == lead


def test_a_reporters_frame_over_numbered_items_opens_the_notice():
    # before: a dateline lead framing the issuer's words over 一、… found no notice, and the page read as news
    # (held-out 141 oq04; 127 oc01 prints its frame as 记者从…了解到，)
    lead = "某网3月16日讯(记者 某某)今天，据某市领导小组办公室消息，目前，该市已完成四轮全员核酸检测。"
    body = ["自2022年3月16日0时开始，某市实行分区分级管控措施。", "一、分区管理", "封控区实行“足不出户”管理。", "二、保障措施"]
    found = chrome.find_notice("\n".join([lead, *body]))
    assert found.found == "frame" and found.lines == ["目前，该市已完成四轮全员核酸检测。", *body]


def test_a_press_report_that_names_the_notice_keeps_its_provisions_only():
    lines = [
        "中新网某市11月16日电 （记者某某）某市政府新闻办16日举行疫情防控工作新闻发布会。",
        "11月15日，某市指挥部综合办公室发布了《关于进一步加强出行管理的通知》，倡导市民非必要不离开。",
        "第一，关于离开条件。其他人员确需离开，须持48小时内核酸检测阴性证明。",
        "第二，关于审批。乡镇（街道）原则上在24小时内完成审核。",
    ]
    found = chrome.find_notice("\n".join(lines))
    assert found.lines == lines[2:] and found.found == "lead"
    assert metadata.lead_title(found.lead) == "关于进一步加强出行管理的通知"


def test_a_report_in_the_reporters_words_is_found_no_notice():
    lines = [
        "某市：所有入境人员一律集中隔离",
        "2020-03-26 23:53:17 来源：新华网",
        "新华社某市3月26日电（记者某某）某市领导小组26日发布通报，要求入境人员集中隔离。",
        "通报称，自26日起，对所有入境人员一律实施为期14天的集中隔离。",
    ]
    found = chrome.find_notice("\n".join(["关注新华网", "微博", *lines, "图集", "+1"]))
    assert found.found is None
    assert found.lines == [lines[0], *lines[2:]]  # the headline stays: it heads the report


def test_a_second_copy_of_the_notice_is_dropped_with_its_headline_and_lead():
    second = [
        "=====",
        "某区：国庆假期非必要不离开，返回人员需持48小时内核酸检测阴性证明",
        "原标题：某区国庆假期非必要不离开",
        "据某区政府网站消息，9月26日，某区指挥部发布关于做好国庆假期疫情防控工作的通知。",
        *NOTICE[:3],
        "二、公共场所暂停",  # the second copy stops short
    ]
    found = chrome.find_notice(page([], second))
    assert found.lines == NOTICE
    assert metadata.lead_date(found.lead, ["某发〔2022〕49号"]) == "2022-09-26"


def test_a_title_over_the_text_starts_a_notice_without_preamble():
    lines = ["校园网报修热线：2745008", "公告信息", "当前位置：首页 > 公告信息 > 正文",
             "【疫情防控】某市疫情防控应急指挥部公告", "作者：     摄影：",
             "自2020年3月16日18时起，将应急响应级别调整为三级响应。", "某市疫情防控应急指挥部", "2020年3月16日"]
    found = chrome.find_notice("\n".join(lines))
    assert found.lines == [lines[3], *lines[5:]]


def test_a_paragraph_printed_without_its_stop_over_the_preamble_is_the_notices():
    # (held-out 129 oe08, 89 mq02: the opening paragraph, no 。 at its end, was cut as chrome, the title with it)
    lines = ["文章来源：某某新闻", "关于对某市主城区实施静态管理的通告",
             "5月8日，在常态化核酸检测中，我市发现初筛核酸检测结果异常人员，第一时间启动了应急响应，"
             "对相关人员及活动区域实施严格封控，流调溯源、核酸检测、隔离管控等处置工作正在依规有序开展",
             "根据目前我市疫情防控形势，市疫情防控指挥部决定，对主城区实施静态管理，现将具体防疫措施通告如下：",
             "1.居民足不出户。", "某市疫情防控指挥部", "2022年5月9日"]
    found = chrome.find_notice("\n".join(lines))
    assert found.lines == lines[1:]


def test_a_letter_keeps_its_salutation_and_greeting_over_the_preamble():
    # (held-out 87 mo08, 121 nw08: the title, salutation and 您好！ were cut as chrome, so was the title)
    lines = ["当前位置：首页 > 通知公告", "致全县居民的一封信", "尊敬的居民朋友：", "您好！",
             "当前疫情防控形势严峻，为保护您和家人的健康，向您提出以下要求：", "一、非必要不离县。", "某县指挥部", "2022年10月20日"]
    found = chrome.find_notice("\n".join(lines))
    assert found.lines == lines[1:]


def test_a_newspaper_page_of_several_articles_is_left_whole():
    text = "# 某报\n## 第一篇\n现将有关事项通知如下：\n一、加强排查。\n## 第二篇\n正文。"
    assert chrome.find_notice(text).lines == text.split("\n")


def _ingest(text: str):
    return ingest_source(RawSource(path=Path("page.txt"), text=text, format="txt", sha256=""))


def test_a_link_label_and_a_sites_disclaimer_under_an_undated_signature_are_cut():
    # (held-out 20 ww09, 81 mi05, 128 od10, 149 oy04: 点击查看：…; 51 le09, 149 oy04: the disclaimer.
    # before: both stayed in the body, and the signer's name wrapped over them stayed in two)
    text = "\n".join(NOTICE[:5] + ["某县新型冠状病毒感染的肺炎", "疫情防控应急指挥部办公室", "点此查看：某县核酸检测采样点地址电话汇总",
                                    "本文由入驻某某网资讯专栏的作者撰写或者网上转载，观点仅代表作者本人，不代表某某网立场。不拥有所有权。"])
    doc = _ingest(text)
    assert doc.paragraphs[-1].text == "某县新型冠状病毒感染的肺炎疫情防控应急指挥部办公室"
    assert doc.issuer == "某县新型冠状病毒感染的肺炎疫情防控应急指挥部办公室"
    lines = NOTICE[:4] + ["请广大居民相互监督。", "特别声明：以上文章内容仅代表作者本人观点，不代表某某网观点或立场。如有问题请联系。"]
    assert chrome.find_notice("\n".join(lines)).lines == lines[:-1]


def test_chrome_is_debris_in_the_audit_not_lost():
    doc = _ingest(page(["当前位置：首页 > 快讯 > 正文", "某区再推一批举措防控疫情"], ["责任编辑：李四", "上一篇：某区召开会议"]))
    assert [p.text for p in doc.paragraphs] == NOTICE[1:]
    assert doc.audit.lost == [] and doc.audit.balanced and doc.audit.debris >= 3


@pytest.mark.parametrize("title,want", [
    ("某市疫情防控指挥部通告（第30号）", ("某市疫情防控指挥部通告", "第30号", "某市疫情防控指挥部")),
    ("石家庄：关于加强社区疫情防控工作的通告", ("关于加强社区疫情防控工作的通告", None, None)),
    ("《某市指挥部关于做好假期疫情防控工作的通知》", ("某市指挥部关于做好假期疫情防控工作的通知", None, "某市指挥部")),
    ("《某县关于解除疫情高风险区的公告", ("某县关于解除疫情高风险区的公告", None, "某县")),  # a quote never closed
    ("疫情防控｜某县关于解除疫情高风险区的公告", ("某县关于解除疫情高风险区的公告", None, "某县")),  # a column
    # a site's headline over the notice's own title
    ("某县新增5个高风险区（某县高峰）\n某县关于新增高风险区的通告", ("某县关于新增高风险区的通告", None, "某县")),
    # a site's dated headline with its short form of the place (a city's name without 市 before its district's)
    ("11月6日重庆铜梁区关于新增相关疫情风险区的通告", ("关于新增相关疫情风险区的通告", None, None)),
    ("11月26日重庆大渡口关于调整风险区等级的通告", ("关于调整风险区等级的通告", None, None)),
    # … but a place as bodies name it stays
    ("12月7日长沙县关于解除高风险区管控措施的通告", ("长沙县关于解除高风险区管控措施的通告", None, "长沙县")),
])
def test_repost_titles_give_title_number_and_issuer(title, want):
    doc = _ingest(f"{title}\n为做好防控，现通告如下：\n一、暂停营业。")
    assert (doc.title, doc.doc_number, doc.issuer) == want


def test_a_news_page_takes_headline_source_and_stamp():
    text = "\n".join(["来源：", "“某某视点”微博", "阅读正文", "七类人群免除隔离14天：包括某地来京人员",
                      "2020-02-22 14:32:08 来源： “某某视点”微博",
                      "在2月21日下午召开的某市疫情防控工作新闻发布会上，某某介绍了七类人群的情况。",
                      "一是对于过去14天内未在境内停留的人员，免除居家观察。"])
    doc = _ingest(text)
    assert doc.kind == "news"
    assert (doc.title, doc.issuer, doc.date) == ("七类人群免除隔离14天：包括某地来京人员", "“某某视点”微博", "2020-02-22")


def test_a_spaced_title_word_and_the_number_under_it():
    text = "\n".join([
        "某县新型冠状病毒感染的", "肺炎疫情防控指挥部", "通 告", "（县疫情防控指挥部第1号）",
        "为全力做好疫情防控工作，某县成立了疫情防控指挥部，建立了联防联控机制。",
        "某县新型冠状病毒感染的肺炎疫情防控指挥部办公室会随时公布相关信息，请公众不要信谣传谣。",
        "2020年1月23日", "来源：某县疫情防控指挥部", "编辑：王某",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.doc_number, doc.issuer, doc.date) == (
        "某县新型冠状病毒感染的肺炎疫情防控指挥部通告", "县疫情防控指挥部第1号", "某县新型冠状病毒感染的肺炎疫情防控指挥部", "2020-01-23")
    # a sentence naming the body that heads the title is no repeat of the title
    assert [p.text for p in doc.paragraphs][1].startswith("某县新型冠状病毒感染的肺炎疫情防控指挥部办公室")
    assert doc.audit.lost == []


def test_an_order_numbered_under_its_issuer():
    text = "\n".join([
        "某县疫情防控指挥部", "2号令", "各乡镇人民政府，县政府各相关部门：",
        "为阻断疫情传播，现下达如下命令：", "一、所有大型社会活动一律取消。",
        "某县疫情防控指挥部", "2020年1月24日", "编辑：匡某", "监制：赵某", "上一篇下一篇",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.doc_number, doc.addressees) == ("某县疫情防控指挥部", "2号令", ["各乡镇人民政府", "县政府各相关部门"])
    assert [p.text for p in doc.paragraphs][-1] == "2020年1月24日"


def test_a_social_media_repost_with_its_stamp_and_an_arrow_for_a_colon():
    text = "\n".join([
        "发表时间: 2021-07-30 13:18", "来源:某市发布",
        "为严防疫情输入和扩散，即日起全市疫情防控进入应急状态。现就进一步加强全市疫情防控工作通告如下↓",
        "一、严格人员管控。", "某市疫情防控指挥部", "2021 年 7 月 30 日",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.issuer, doc.date) == (None, "某市疫情防控指挥部", "2021-07-30")
    assert [p.text for p in doc.paragraphs][0].startswith("为严防疫情输入")


def test_a_provision_that_names_an_app_or_a_count_is_no_chrome():
    assert not chrome.is_chrome("1.手机搜索下载“某某办”APP，点击进入申领页面。")
    assert not chrome.is_chrome("各区县要统计核酸检测点访问量，每日报送。")
    assert chrome.is_chrome("打开某某新闻客户端") and chrome.is_chrome("阅读量：1234")


@pytest.mark.parametrize("line", [
    "市长热线：12345", "0371-12345678", "12345", "（1）某某小区3号楼", "G15沈海高速某某收费站", "1.08:00至12:00 某某街道",
    "编辑部", "图片新闻中心将另行通知。", "- ", "Wi-Fi 覆盖区域暂停开放", "@ME:",
    "字号为小四号仿宋。", "➤某市关于解除静态管理区域的通告：", "➤关于解除部分区域管控措施的通告(第4号):", "▶某县疫情防控指挥部温馨提醒：", "一、10-28日停课",
    "2022年4月1日8:00起开始实施", "自2022-11-16 8:00起实施",  # a start with its clock
])
def test_lines_of_a_notice_that_look_like_chrome_are_kept(line):
    assert not chrome.is_chrome(line)


def test_a_page_summary_before_the_title_and_addressees_is_chrome():
    summary = "近期，国内本土疫情点多面广，经县领导小组同意，于2022年4月15日14:30在某社区开展应急演练。"
    text = "\n".join([
        "某县首页>政务频道>公告公示>", "§当前位置: 某县首页>政务频道>公告公示",
        "关于开展疫情防控应急演练的通告", "发布时间:2022-04-1411:56:44", summary,
        "关于开展疫情防控应急演练的", "通 告", "广大市民朋友:", summary,
        "演练期间，相关区域将实施临时管控，敬请广大市民朋友不围观、不恐慌。",
        "  某县新冠肺炎疫情防控", "工作领导小组办公室      ", "2022年4月14日         ", "分享", "手机阅读    |    返回首页",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.addressees, doc.issuer, doc.date) == (
        "关于开展疫情防控应急演练的通告", ["广大市民朋友"], "某县新冠肺炎疫情防控工作领导小组办公室", "2022-04-14")
    assert [p.text for p in doc.paragraphs] == [
        summary, "演练期间，相关区域将实施临时管控，敬请广大市民朋友不围观、不恐慌。",
        "某县新冠肺炎疫情防控工作领导小组办公室", "2022年4月14日",
    ]
    assert doc.audit.lost == []


def test_a_masthead_over_the_number_and_title_is_no_title():
    lines = ["某市疫情防控工作领导小组文件", "某肺炎组办发〔2020〕30号", "某市疫情防控工作领导小组关",
             "于进一步加强疫情防控工作的通知", "各区县领导小组，市级有关部门：", "为做好防控，现就有关事项通知如下：", "一、加强排查。"]
    found = chrome.find_notice("\n".join(lines))
    assert found.lines == lines[1:] and found.chrome == lines[:1]


def test_a_whole_page_pasted_on_one_line():
    text = " ".join([
        "当前位置：首页 > 通知公告", "关于加强疫情防控工作的通告", "为切实保障人民群众生命安全和身体健康，现将有关事项通告如下：",
        "一、暂停举办各类聚集性活动，已经组织的一律取消。", "二、辖区内公共场所暂停对外开放。1.图书馆暂停开放。2.体育馆暂停开放。",
        "三、各单位要落实主体责任。", "特此通告。", "某区新型冠状病毒感染的肺炎疫情防控指挥部", "2020年1月28日", "（此件公开发布）",
        "上一篇：某区召开会议", "下一篇：某区发布倡议",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.issuer, doc.date) == ("关于加强疫情防控工作的通告", "某区新型冠状病毒感染的肺炎疫情防控指挥部", "2020-01-28")
    assert [p.text for p in doc.paragraphs] == [
        "为切实保障人民群众生命安全和身体健康，现将有关事项通告如下：", "一、暂停举办各类聚集性活动，已经组织的一律取消。",
        "二、辖区内公共场所暂停对外开放。", "1.图书馆暂停开放。", "2.体育馆暂停开放。", "三、各单位要落实主体责任。", "特此通告。",
        "某区新型冠状病毒感染的肺炎疫情防控指挥部", "2020年1月28日", "（此件公开发布）",
    ]
    assert doc.audit.lost == []


def test_a_news_site_repost_with_the_number_under_the_title_and_the_closing_formula():
    text = "\n".join([
        "關注新華網", "評論", "某市疫情防控指揮部通告", "(第18號)",
        "某市疫情防控指揮部發布的《關于加強車輛管理的通告》(第17號)未經研究發布,現宣布該通告無效。",
        "特此通告", "某市疫情防控指揮部", "2020年2月24日", "?", "某市疫情防控指揮部通告?(第18號)-新華網",
        "010020020110000000000000011101171125619198",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.doc_number, doc.issuer, doc.date) == ("某市疫情防控指挥部通告", "第18号", "某市疫情防控指挥部", "2020-02-24")
    assert [p.text for p in doc.paragraphs][1:] == ["特此通告", "某市疫情防控指挥部", "2020年2月24日"]


def test_a_lead_announcing_the_full_text_and_a_paywall_after_it():
    text = "\n".join([
        "【某某网】某省疫情防控指挥部发布通告，启动一级响应。", "据某某新闻客户端消息，通告全文如下：",
        "某省疫情防控指挥部通告", "针对当前疫情防控形势，省疫情防控指挥部决定，启动一级响应。",
        "某省疫情防控指挥部", "2020年1月24日", "此文限时免费阅读。感谢热心读者订阅！", "更多报道详见：【专题】防疫全纪录",
    ])
    doc = _ingest(text)
    assert (doc.kind, doc.title, doc.issuer) == ("notice", "某省疫情防控指挥部通告", "某省疫情防控指挥部")
    assert [p.text for p in doc.paragraphs] == [
        "针对当前疫情防控形势，省疫情防控指挥部决定，启动一级响应。", "某省疫情防控指挥部", "2020年1月24日"]


def test_a_paragraph_between_a_lead_announcing_the_full_text_and_the_preamble_is_the_notices():
    before = [
        "中新网某市8月26日电 （某某）25日夜间，某市疫情防控指挥部发布第23号通告。通告全文如下：",
        "近期，国内多地发生本土疫情，疫情防控形势严峻。市疫情防控指挥部决定，在全市范围开展核酸检测。",
        "现通告如下：", "一、凡是居住在我市的群众，有序到指定地点进行核酸检测。", "某市疫情防控指挥部", "2022年8月25日",
    ]
    assert chrome.find_notice("\n".join(before)).lines == before[1:]


def test_an_untitled_notice_opening_with_its_addressees():
    text = "\n".join(["当前位置：首页 > 新闻中心", "广大居民朋友：", "为全力做好疫情防控工作，现公告如下：",
                      "全县除超市、药店以外的所有行业暂停营业。", "某县疫情防控应急指挥部", "2020年2月3日"])
    doc = _ingest(text)
    assert doc.addressees == ["广大居民朋友"]
    assert [p.text for p in doc.paragraphs][0] == "为全力做好疫情防控工作，现公告如下："


def test_a_lead_announcing_the_text_run_into_its_first_sentence():
    text = "\n".join(["“某市发布”微信公众号消息，某市疫情防控工作领导小组办公室发布消息：根据防控方案要求，经研究决定，"
                      "自2022年11月2日零时起，将以下2个中风险区解除管控：", "某区某镇某小区", "某区某镇某路"])
    doc = _ingest(text)
    assert [p.text for p in doc.paragraphs] == [
        "根据防控方案要求，经研究决定，自2022年11月2日零时起，将以下2个中风险区解除管控：", "某区某镇某小区", "某区某镇某路"]


def test_a_lead_ending_in_a_colon_over_the_preamble_is_no_addressee_line():
    before = ["中评社北京1月14日电/据某某新闻报道，某市疫情防控指挥部发布6号通告，全文如下：",
              "为切实保障人民群众生命安全，市防控指挥部决定开展全员核酸检测。现通告如下：",
              "一、全体居民到指定地点进行核酸检测。", "某市疫情防控指挥部", "2022年1月14日"]
    assert chrome.find_notice("\n".join(before)).lines == before[1:]


def test_a_repost_without_signature_loses_its_reporters_credit_and_the_sites_footer():
    footer = ["（总台记者 某某 某某）", "Copyright © 2001-2025 某某网络科技股份有限公司 All Rights Reserved",
              "互联网出版许可证 （鄂）字3号 -", "营业执照"]
    found = chrome.find_notice("\n".join(NOTICE[:4] + footer))
    assert found.lines == NOTICE[:4]
    assert found.chrome == footer


def test_a_forum_copy_printing_the_title_twice():
    text = "\n".join(["某市疫情防控指挥部通告", "某市疫情防控指挥部通告(第1号)", "为做好防控，现将有关事项通告如下:",
                      "自2020年1月23日10时起，全市公交暂停运营。", "某市疫情防控指挥部", "2020年1月23日", "页:", "[1]"])
    doc = _ingest(text)
    assert (doc.title, doc.doc_number) == ("某市疫情防控指挥部通告", "第1号")
    assert [p.text for p in doc.paragraphs][-1] == "2020年1月23日"


def test_a_document_issued_after_the_signature_stays():
    appended = ["某区疫情防控工作方案", "一、总体要求。", "二、工作措施。"]
    found = chrome.find_notice(page([], ["附件：某区疫情防控工作方案", *appended, "上一篇：某区召开会议"]))
    assert found.lines == NOTICE + ["附件：某区疫情防控工作方案", *appended]
    found = chrome.find_notice(page([], [*appended, "分享到"]))
    assert found.lines == NOTICE + appended


def test_a_numbered_text_pasted_after_a_numbered_notice_is_cut():
    # held-out 117 ns08 (a weather warning's `防御指南：` list), 119 nu04 (a site's tally of the areas): not the
    # notice's document, which it would name (附件, 印发) or head with a document's title
    pasted = ["某市气象台发布暴雨红色预警信号：过去3小时，某镇降水量已达84.2毫米，请注意防范。", "防御指南：",
              "1.政府及相关部门做好防暴雨应急工作；", "2.停止集会、停课、停业。"]
    # before: the pasted list was kept, and read into the notice's numbering (its items 1.1–1.3)
    assert chrome.find_notice(page([], pasted)).lines == NOTICE


@pytest.mark.parametrize("second,kind", [
    ("28日5时起，某市以江为界分区分批实施核酸筛查。", "notice"),
    ("通告称，自28日起，某市以江为界分区分批实施核酸筛查。", "news"),
])
def test_a_dateline_lead_is_a_repost_unless_the_reporter_goes_on_in_his_words(second, kind):
    text = "\n".join(["某市：开展新一轮核酸筛查",
                      "新华社某市3月27日电 27日晚，某市领导小组办公室发布通告，在全市开展新一轮核酸筛查。",
                      second, "封控区域内，暂停公交、地铁运作。"])
    assert _ingest(text).kind == kind


def test_a_label_or_a_date_over_the_title_is_no_part_of_it():
    assert not chrome.is_title_line("发布机关：某市疫情防控指挥部")
    assert not chrome.is_title_line("2020年1月25日")
    assert chrome.is_title_line("石家庄：关于加强社区疫情防控工作的通告")


def test_the_clean_text_of_a_page_cleans_to_itself():
    from ingest.pipeline import clean

    text = page(["当前位置：首页 > 快讯 > 正文", "某区再推一批举措防控疫情"], ["责任编辑：李四", "分享到"])
    assert clean(clean(text)) == clean(text)


def test_a_lead_announcing_the_full_text_and_a_masthead_over_the_title():
    text = "\n".join([
        "第11号通告！某省疫情防控应急响应级别调整为三级", "2020-02-24 11:32:16      来源:某某网",
        "2月23日，某省疫情防控工作领导小组指挥部发布第11号通告。（某某网 记者某某）", "通告全文如下：",
        "中共某省委 某省人民政府", "应对疫情工作领导小组指挥部", "通  告", "第11号",
        "关于调整疫情防控", "省级应急响应级别的通告", "根据疫情发展形势，自2020年2月24日零时起，应急响应调整为三级。",
        "某省应对疫情工作领导小组指挥部", "2020年2月23日", "编辑: 黄某 责任编辑: 谭某",
    ])
    doc = _ingest(text)
    assert (doc.kind, doc.title, doc.doc_number, doc.date) == ("notice", "关于调整疫情防控省级应急响应级别的通告", "第11号", "2020-02-23")
    assert [p.text for p in doc.paragraphs] == [
        "根据疫情发展形势，自2020年2月24日零时起，应急响应调整为三级。", "某省应对疫情工作领导小组指挥部", "2020年2月23日"]


def test_a_title_with_its_number_run_in_over_an_addressee_line():
    text = "\n".join([
        "当前位置: 首页 / 新闻 / 政策信息", "2022", "08/14", "23:10", "来源:", "某市领导小组办公室", "【字体:", "浏览量:",
        "标签", "某市领导小组办公室公告〔2022〕第17号", "相关链接:", "广大市民、旅客朋友:",
        "经某市领导小组研究，决定于8月15日开展新一轮全员核酸采样。", "某市领导小组办公室", "2022年8月14日",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.doc_number, doc.addressees) == ("某市领导小组办公室公告", "〔2022〕第17号", ["广大市民、旅客朋友"])
    assert [p.text for p in doc.paragraphs][0].startswith("经某市领导小组研究")


def test_a_title_over_its_number_and_text_that_ends_in_a_colon():
    text = "\n".join([
        "某市发布17号通告：调整部分区域疫情风险等级", "时间:2021-08-06 08:01:13 来源: 某市发布",
        "某市疫情防控领导小组办公室", "关于调整部分区域疫情风险等级的通告", "(2021年17号)",
        "根据疫情防控工作要求，某市领导小组决定，调整部分区域疫情风险等级：", "其他地区风险等级不变。",
        "某市疫情防控领导小组办公室", "2021年8月5日", "网站简介 网站团队 本网动态 友情链接 版权声明 |",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.doc_number) == ("某市疫情防控领导小组办公室关于调整部分区域疫情风险等级的通告", "2021年17号")
    assert [p.text for p in doc.paragraphs][-1] == "2021年8月5日"


@pytest.mark.parametrize("stamp,date", [
    ("2022/04/14 22:18  某市发布", "2022-04-14"),
    ("编辑日期:2020-02-03 10:47:00  阅读次数:次", "2020-02-03"),
    ("来源:某市疫情防控指挥部办公室 2021-11-11", "2021-11-11"),
    ("2021年03月15日 19:05   阅读:260   来源:某某网友", "2021-03-15"),
    # before: none of these dated the page
    ("美丽某区 2022-10-30 19:42", "2022-10-30"),  # a WeChat account's byline with its hour
    ("2021-09-22 22:08·某某网官方账号", "2021-09-22"),  # a post's stamp and its account
    ("来源:互联网 2023-05-11 18:14:03", "2023-05-11"),  # the source before the stamp
    ("2020-02-07 11:51【我要纠错】", "2020-02-07"),  # the site's link after it
    ("来源:某某网 时间:2022-08-19 22:38:41 热度:869", "2022-08-19"),  # its 时间 label after the source
    ("2022-10-14     某某新闻网", "2022-10-14"),  # the day over the site's name
    ("2022-08-11城市文化", "2022-08-11"),  # a farm's column tag run in after the day
    # before: none of these dated the page either
    ("时间:2021-08-05 来源:某市融媒体中心", "2021-08-05"),  # a 时间 label, the next label after the day
    ("时间：2022-07-19 作者：某县卫生健康局 点击数：", "2022-07-19"),
    ("时间:2022-09-30人气:作者: 未知", "2022-09-30"),
    ("时间:2020-3-8", "2020-03-08"),  # alone on its line
    ("2021年07月31日 来源:某某广播电视台 责任编辑:某某", "2021-07-31"),  # a day in words, then the source
    ("2022/5/3 来源：不详", "2022-05-03"),
    ("2021-12-02 18:30 | 作者：某某", "2021-12-02"),
    ("网络编辑 某市 2021-12-24 10:03:14 0 疫情 防控 核酸", "2021-12-24"),  # a stamp inside the header's line
    ("某某新闻客户端2022-09-01 09:59", "2022-09-01"),
    ("当前位置:某某网>本地 > 正文  2022-03-23 10:20:41 来源:某某立方", "2022-03-23"),
    ("某某日报 编辑：某某 2020-02-14 08:01", "2020-02-14"),
    ("本台综合 某某广播电视台 2022-11-25", "2022-11-25"),  # a WeChat byline of two or three words
    ("某某日报 某某 某某 2021-03-04 10:20", "2021-03-04"),
    # before: none of these dated the page either
    ("时间:2021年01月11日 点击次数:14332", "2021-01-11"),  # a day in 年月日 under 时间, a label after it
    ("时间：2022年05月13日 来源： 作者： 点击：", "2022-05-13"),
    ("02.08.2022  16:40", "2022-08-02"),  # a mirror's stamp, day first, with its clock
    # near misses: a notice's own times and schedules
    ("时间：2022年3月1日", None),
    ("02.08.2022", None),
    ("时间：2022年3月1日至3月5日", None),
    ("时间:2022-03-25至2022-03-26", None),
    ("采样时间：2022-03-25 08:00至12:00，地点：某某村。", None),
    ("2022-03-25 08:00-12:00", None),
    ("一、 某某小区 2022-03-25", None),
])
def test_a_page_date_in_the_forms_sites_print_it(stamp, date):
    from ingest.scrape import published_date

    assert published_date(f"某市发布通告\n{stamp}\n正文。") == date


def test_a_lead_dates_the_notice_before_the_page_stamp_of_its_repost():
    # signature > lead > page: the lead says on which day the notice came out, the stamp
    # says when the site reposted it
    text = "\n".join(["某地新增1处高风险区", "时间：2022-08-02 22:42",
                      "8月1日，某市防控指挥部办公室发布通告：根据当前防控形势，对部分区域实行分类管理。",
                      "一、高风险区", "某街道某片区。", "以上措施自2022年8月1日起执行。"])
    assert _ingest(text).date == "2022-08-01"
    signed = text + "\n某市疫情防控指挥部办公室\n2022年7月31日"
    assert _ingest(signed).date == "2022-07-31"
    unled = text.replace("8月1日，", "")
    assert _ingest(unled).date == "2022-08-02"


def test_an_order_of_ten_items_names_its_issuer_and_a_cut_date_still_dates():
    assert metadata.issuer_from_title("某县疫情防控工作指挥部十条命令") == "某县疫情防控工作指挥部"
    assert metadata.signature(["加强防控。", "某市疫情防控指挥部办公室", "2021年11月11"]) == ("某市疫情防控指挥部办公室", "2021-11-11")


def test_a_government_page_with_its_information_table_and_a_bare_date():
    text = "\n".join([
        "当前位置:首页 > 专题专栏 > 疫情播报", "关于调整某市部分地区疫情风险等级的通告(第45号)",
        "某市人民政府门户网站 www.example.gov.cn", "来源:某市疫情防控指挥部办公室 2021-11-11",
        "公开日期  2021-10-19  发布机构信息类别   公开范围", "字体颜色: [红] [黄] [蓝] [绿]",
        "根据国务院联防联控机制有关规定，将某小区调整为低风险地区。", "某市疫情防控指挥部办公室", "2021年11月11",
        "扫一扫在手机上查看当前页面",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.doc_number, doc.issuer, doc.date) == (
        "关于调整某市部分地区疫情风险等级的通告", "第45号", "某市疫情防控指挥部办公室", "2021-11-11")
    assert doc.audit.lost == []


def test_a_title_whose_number_the_page_cut_off():
    assert metadata.title_and_number("某市办公室关于划定疫情风险区域的通告（十五）（") == ("某市办公室关于划定疫情风险区域的通告", "十五")


def test_a_copyright_notice_after_the_notice_is_no_notice_of_its_own():
    text = "\n".join([
        "根据有关规定，经专家组综合研判，自2022年4月28日12时起将3个区域调整为低风险地区。",
        "某市疫情防控工作领导小组办公室", "2022年4月28日", "（某网编辑 李某）", "反侵权公告:",
        "为制止非法侵权转载，本报社郑重公告:", "一、使用本报社原创内容，必须事先取得书面授权；", "二、对侵权行为，本报社将追究责任。",
    ])
    doc = _ingest(text)
    assert [p.text for p in doc.paragraphs][-2:] == ["某市疫情防控工作领导小组办公室", "2022年4月28日"]
    assert (doc.issuer, doc.date) == ("某市疫情防控工作领导小组办公室", "2022-04-28")


def test_a_wiki_page_takes_title_and_number_from_its_page_title_not_its_header_table():
    text = "\n".join([
        "某市指挥部通告（第1号）",
        "维基文库，自由的图书馆",
        "某市指挥部通告",
        "第1号",
        "2020年1月23日",
        "发布机关：某市指挥部",
        "某市指挥部关于在公共场所佩戴口罩的通告（第2号）",
        "原文地址：某市指挥部通告（第1号）",
        "为做好防控工作，现将有关事项通告如下：",
        "一、暂停公交运营。",
        "某市指挥部",
        "2020年1月23日",
    ])
    found = chrome.find_notice(text)
    assert found.page_title == "某市指挥部通告（第1号）"
    assert found.lines[0] == "为做好防控工作，现将有关事项通告如下："
    doc = ingest_source(RawSource(path=Path("wiki.txt"), text=text, sha256="", format="txt", encoding="utf-8"))
    assert (doc.title, doc.doc_number, doc.issuer) == ("某市指挥部通告", "第1号", "某市指挥部")


def test_a_wiki_pages_disambiguation_is_no_part_of_its_title():
    text = "\n".join([
        "关于加强防控工作的通告（第6号） （某市）",
        "← | 关于加强防控工作的通告（第5号） | 关于加强防控工作的通告（第6号） 制定机关：某市指挥部 2020年1月28日 |",
        "为做好防控工作，现通告如下：",
        "一、企业延期复工。",
    ])
    found = chrome.find_notice(text)
    assert (found.page_title, found.page_date) == ("关于加强防控工作的通告（第6号）", "2020年1月28日")
    doc = ingest_source(RawSource(path=Path("wiki.txt"), text=text, sha256="", format="txt", encoding="utf-8"))
    assert doc.date == "2020-01-28"  # no signature: the header table's date


def test_a_sentence_broken_off_at_a_comma_is_no_title():
    doc = _ingest("根据有关规定，经专家组研判，某市领导小组研究决定，\n某区某村\n为中风险地区。")
    assert doc.title is None


def test_a_share_button_with_its_count_leaves_nothing():
    doc = _ingest("要闻\n分享到 0\n某省疫情防控应急响应级别调整为三级\n根据有关规定，现通告如下：\n一、调整为三级响应。")
    assert "0" not in [doc.title, *(p.text for p in doc.paragraphs)]


def test_a_forum_thread_with_anti_copy_noise_keeps_its_title_date_and_clean_text():
    text = "\n".join([
        "热搜： 某县",
        "查看： 2530|回复： 1",
        "收起左侧",
        "某市关于加强部分区域疫情防控工作的通告",
        "[复制链接]",
        "发表于 2022-10-21 00:33:38 手机频道 | 显示全部楼层 |阅读模式",
        "       为阻断疫情扩散，现通告如下：",
        "5 t( `4 [2 A  T. g) a7 ]+ {# O       一、区域范围",
        "' R9 w. S( j$ z' e/ b) ]% W# q某城墙以北区域。",
        "       二、工作要求( G% ?9 @  M& Z& ^",
        "       （一）减少人员流动，持24小时内核酸阴性证明。: c6 z% t. S$ Q( G",
    ])
    doc = _ingest(text)
    assert (doc.title, doc.issuer, doc.date) == ("某市关于加强部分区域疫情防控工作的通告", "某市", "2022-10-21")
    assert [p.text for p in doc.paragraphs] == [
        "为阻断疫情扩散，现通告如下：", "一、区域范围", "某城墙以北区域。", "二、工作要求", "（一）减少人员流动，持24小时内核酸阴性证明。",
    ]


def test_a_signature_and_date_run_into_a_pasted_line_before_more_text_are_split():
    before = "本通告自9月19日零时起执行。某市指挥部2021年9月18日\n为切实保障群众健康，现通告如下："
    assert scrape.split_run_together(before) == "本通告自9月19日零时起执行。\n某市指挥部\n2021年9月18日\n为切实保障群众健康，现通告如下："


def test_a_wiki_page_whose_interface_stays_traditional_over_a_simplified_text():
    text = "\n".join([
        "某市指挥部通告（第11号）",
        "維基文庫，自由的圖書館",
        "某市指挥部通告（第10号） 某市指挥部通告",
        "第11号",
        "某市指挥部通告（第12号）",
        "为做好防控工作，现通告如下：",
        "一、村与村之间交通全部隔断。",
    ])
    found = chrome.find_notice(text)
    assert found.page_title == "某市指挥部通告（第11号）" and found.lines[0] == "为做好防控工作，现通告如下："


def test_a_city_guides_digest_between_its_headline_and_the_notice_is_chrome():
    text = "\n".join(["3月2日青山县发布调整风险区域的通告",
                      "导语 青山县调整风险区域的通告，封控区范围：东湖镇某某村、某某社区，实行足不出户。管控区范围：东湖镇全境。",
                      "青山县疫情防控指挥部关于调整风险区域的通告",
                      "3月2日，青山县发现1例确诊病例。经研判，决定设立封控区、管控区。",
                      "一、封控区范围：东湖镇某某村。封控区实行足不出户。", "二、管控区范围：东湖镇全境。管控区严禁聚集。",
                      "青山县疫情防控指挥部", "2022年3月2日"])
    doc = _ingest(text)
    # before: the digest opened the body and the title was a paragraph of it
    assert doc.title == "青山县疫情防控指挥部关于调整风险区域的通告"
    assert doc.paragraphs[0].text.startswith("3月2日，青山县发现")


def test_a_content_farms_doubled_headline_gives_the_title():
    text = "\n".join(["首页 > 资讯", "青山市防控工作通告 青山市防控工作通告最新", "更新时间：2022-03-08 04:51:50",
                      "为做好疫情防控工作，现通告如下：",
                      "一、暂停聚集活动。", "二、各单位实行居家办公。"])
    doc = _ingest(text)
    # before: no title (the headline, printed twice with a space between, was no title line)
    assert doc.title == "青山市防控工作通告"
    assert doc.paragraphs[0].text == "为做好疫情防控工作，现通告如下："


def test_an_untitled_release_opens_with_its_report_over_the_preamble():
    report = "青山县指挥部通报：3月1日0-24时，全县新增确诊病例2例。以上病例均在隔离点发现。"
    lines = ["本文转自；", report, "根据专家研判，决定调整风险区域，具体名单如下：", "一、新增高风险区（1个）", "1、东湖镇柳树村3组",
             "青山县疫情防控指挥部", "2022年3月2日"]
    found = chrome.find_notice("\n".join(lines))
    # before: the report was cut with the repost's label
    assert found.lines == lines[1:] and found.chrome == lines[:1]
    lead = "3月2日，青山县疫情防控指挥部发布第5号通告。"
    assert chrome.find_notice("\n".join([lead, *lines[2:]])).lines == lines[2:]  # a reposter's lead stays out


def test_a_site_menu_naming_a_trailer_link_over_the_page_leads_nowhere():
    menu = ["某某论坛", "推荐阅读", "查看: 36|回复: 0"]
    found = chrome.find_notice(page(menu, ["上一篇：某区召开会议"]))
    assert found.lines == NOTICE and found.found == "preamble"


def test_a_preamble_naming_what_its_provisions_are_opens_the_notice():
    lines = ["某县划定风险区公告", "导读：某县划定风险区。", "某县指挥部公告（第3号）",
             "经专家研判，自5月1日起，划定以下风险区：", "一、高风险区", "将甲小区划为高风险区。", "某县指挥部", "2022年4月30日"]
    found = chrome.find_notice("\n".join(lines))
    assert found.found == "preamble" and found.lines == lines[2:]


@pytest.mark.parametrize("formula", ["特此公告", "特此通告", "特此通知"])
def test_a_day_report_after_the_signature_date_is_no_part_of_the_notice(formula):
    # The closing formula names the kind as a title does; the date under it is the signature's.
    text = "\n".join([
        "关于解除全县范围内限制机动车上路行驶的", "公 告", "为做好防控，现公告如下：",
        "一、原公告于2020年2月21日零时起终止执行；", "二、继续执行有关规定。", formula, "2020年2月20日",
        "某县无新增确诊病例", "2020年2月20日0-24时，我县无新增确诊病例。", "截至2月20日24时，全县现有确诊病例4例。",
    ])
    page = chrome.find_notice(text)
    assert page.lines[-2:] == [formula, "2020年2月20日"]
    assert "某县无新增确诊病例" in page.chrome


@pytest.mark.parametrize("head", [["某某网", "上海某区:7月12日、14日晚间进行2次核酸筛查"], ["更多服务", "告某区居民书"]])
def test_a_letter_opens_at_its_salutation_and_takes_its_title_from_the_original_title_line(head):
    # before: no start was found under a headline, which stayed as body text with the site's
    # name; a letter's own title (告…书) named no kind
    text = "\n".join([*head, "亲爱的市民朋友们:", "我区定于6月19日开展全区全员核酸筛查，请积极配合。",
                      "感谢您的配合与支持!", "某区疫情防控工作领导小组办公室", "2022年7月12日", "(原标题:《告某区居民书》)"])
    doc = _ingest(text)
    assert doc.title == "告某区居民书" and doc.addressees == ["亲爱的市民朋友们"]
    assert doc.paragraphs[0].text.startswith("我区定于6月19日") and doc.date == "2022-07-12"


def test_an_empty_label_over_the_document_number_leaves_the_number_to_the_head():
    # before: 作者： took the 文号 under it for its value, and the notice lost its number
    text = "\n".join(["某市关于新增中高风险区域的通告", "作者：", "某疫防指告〔2022〕13号", "某市新冠肺炎疫情防控指挥部关于",
                      "新增中高风险区域的通告", "根据防控需要，现通告如下：", "一、高风险区", "1.某小区", "2.某村"])
    doc = _ingest(text)
    assert (doc.title, doc.doc_number) == ("某市新冠肺炎疫情防控指挥部关于新增中高风险区域的通告", "某疫防指告〔2022〕13号")


@pytest.mark.parametrize("next_title", ["事关来（返）某县人员通告", "某县新冠肺炎疫情防控指挥部关于加强来返人员管理的通告",
                                        "关于暂停某镇圩日的紧急通知"])
def test_another_notice_after_the_signature_is_not_part_of_the_notice(next_title):
    text = "\n".join(["关于通过指定通道进入某市的通告", "为做好防控，决定采取以下措施：", "一、凡进入某市人员均需通过指定通道进入。",
                      "二、重点地区来某市人员需持48小时内核酸检测阴性报告。", "某市疫情防控工作指挥部办公室", "年4月2日",
                      next_title, "即日起对来（返）某县人员采取以下措施：", "一、有某市旅居史人员", "（一）补齐7天居家隔离。"])
    page = chrome.find_notice(text)
    # before: the next notice's numbered items read as a document the first one issues
    assert page.lines[-1] == "年4月2日"
    assert next_title in page.chrome


def test_a_plan_issued_after_the_signature_stays_with_the_notice():
    text = "\n".join(["关于印发某市复工复产工作方案的通知", "现将《某市复工复产工作方案》印发给你们，请认真贯彻执行。",
                      "某市疫情防控指挥部", "2020年2月10日", "某市复工复产工作方案", "一、总体要求", "二、工作措施"])
    assert chrome.find_notice(text).lines[-1] == "二、工作措施"


@pytest.mark.parametrize("credit", ["（原标题：某市高风险区最新调整）", "(原标题:某市发布关于划定高风险区的通告)"])
def test_a_reposts_original_headline_under_the_signature_is_chrome(credit):
    text = "\n".join(["某市指挥部关于划定高风险区的通告", "经专家组研判，将某小区划定为高风险区。", "某市指挥部", "2022年11月21日",
                      credit, "【责任编辑：某某】"])
    page = chrome.find_notice(text)
    # before: the bracketed headline read as a note under the signature (（此件公开发布）)
    assert page.lines[-1] == "2022年11月21日"
    assert credit in page.chrome


@pytest.mark.parametrize("title, labels", [
    ("某市疫情防控指挥部 关于划定高风险区的通告", "来源: 某市疫情防控指挥部 点击: 收藏"),
    ("某市疫情防控指挥部关于划定高风险区的通告", "点击： 收藏"),
    ("关于划定高风险区的通告", "作者：某某 阅读： 打印"),
])
def test_a_decision_over_the_list_intro_under_a_title_and_page_labels_stays(title, labels):
    decision = "根据疫情防控工作需要，经指挥部决定，2022年12月2日0时起，将某镇某小区划定为高风险区。"
    text = "\n".join([title, labels, decision, "截止目前，某市划定高风险区如下：", "1.某镇某村", "2.某镇某小区3栋",
                      "高风险区实行“足不出户、服务上门”管控措施。", "某市疫情防控指挥部", "2022年12月2日"])
    doc = ingest_source(RawSource(path=Path("page.txt"), text=text, format="txt", sha256=""))
    # before: the decision paragraph went out with the page's labels, the notice opening at 截止目前…如下：
    assert doc.paragraphs[0].text == decision
    assert doc.title.replace(" ", "") == title.replace(" ", "")
    assert chrome.is_chrome(labels)


@pytest.mark.parametrize("intro, outro", [
    ("最近某市的疫情形势备受关注，下面小编就为大家整理了相关内容，一起来看看吧。",
     "以上就是关于某市最新出行政策的全部内容，希望对大家有所帮助，更多资讯请关注本站。"),
    ("某市进出最新规定是什么？接下来本站为大家带来详细介绍。", "以上便是某市防疫政策的相关内容，希望能帮到大家。"),
])
def test_a_content_farms_own_introduction_and_conclusion_are_chrome(intro, outro):
    text = "\n".join([intro, "为有效防控疫情，现就有关事项通告如下：", "一、暂停举办各类大型活动。", "二、各小区要严格落实出入登记。", outro])
    page = chrome.find_notice(text)
    # before: the farm's conclusion stayed as the notice's last paragraph
    assert page.lines == text.split("\n")[1:4]
    assert chrome.is_chrome(intro) and chrome.is_chrome(outro)


@pytest.mark.parametrize("last, fragment", [
    ("五、违反通告要求，造成严重后果的，将依法依规追究相应责任。", "境"),
    ("六、广大居民要自觉增强防范意识，出现发热等异常立即报告。", "百"),
    ("三、各单位要严格落实防控措施。", "某市"),
])
def test_a_character_or_two_a_cut_page_left_on_the_last_line_is_chrome(last, fragment):
    lines = ["为做好防控，现通告如下：", "一、暂停举办各类聚集活动。", last]
    page = chrome.find_notice("\n".join([*lines, fragment]))
    # before: the fragment stayed as the notice's last paragraph
    assert page.lines == lines
    assert page.chrome == [fragment]
    # run on to the last sentence it stays, as printed (real a14's …另行通知。恳)
    assert chrome.find_notice("\n".join(lines) + fragment).lines == [*lines[:-1], last + fragment]


@pytest.mark.parametrize("announcement", ["全文如下", "通告全文如下", "原文如下", "以下为通知全文：", "以下为公告全文。"])
def test_a_bare_full_text_announcement_without_its_colon_is_the_reposters(announcement):
    text = "\n".join(["据某某发布消息，某市疫情防控指挥部1月21日发布重要通知。", announcement,
                      "鉴于疫情形势，指挥部决定自2021年1月21日22时起，对某区居民住户实施封闭管控。", "某市疫情防控指挥部", "2021年1月21日"])
    page = chrome.find_notice(text)
    # before: the bare announcement stayed as the notice's first paragraph
    assert page.lines[0].startswith("鉴于")
    assert announcement in page.chrome


@pytest.mark.parametrize("outro", ["以上就是某市疫情封城了吗 现在进出", "以上便是最新的出行政策"])
def test_a_content_farms_cut_conclusion_is_chrome(outro):
    assert chrome.is_chrome(outro)


@pytest.mark.parametrize("resumes", ["另据7月16日晚召开的新闻发布会透露，两家医院已作为黄码医院使用。", "据了解，全市生活物资供应充足。",
                                     "记者从市指挥部获悉，各检测点已恢复采样。"])
def test_the_reporter_taking_up_the_story_after_the_provisions_ends_the_notice(resumes):
    # before: the reporter's paragraphs after an unsigned notice were read as its closing measures
    text = "\n".join(["某县发布风险区调整通告", "一、高风险区（2个）", "甲镇：某小区", "二、低风险区：全县其他地区。", resumes, "目前，全县物资供应充足。"])
    page = chrome.find_notice(text)
    assert page.lines[-1] == "二、低风险区：全县其他地区。" and resumes in page.chrome


def test_another_source_after_an_unnumbered_notice_ends_it():
    # held-out 185 qi08: a repost gives a school's notice of unnumbered paragraphs, then 另据…'s day's figures.
    # Before: with no numbered provision above it, the reporter's paragraph stayed as the notice's.
    text = "\n".join(["据某某消息，某大学发布通知。", "以下为通知全文：", "学校决定自5月14日起，校门只出不进。", "谢谢理解和支持！",
                      "另据某市发布消息，5月13日新增32例本土确诊病例。", "无新增疑似病例。"])
    page = chrome.find_notice(text)
    assert page.lines == ["学校决定自5月14日起，校门只出不进。", "谢谢理解和支持！"]
    # 据了解 alone may be the notice's own words: without provisions above it, it stays
    own = "\n".join(["某县关于暂停集市的通告", "决定暂停全县集市。", "据了解，部分村民仍在聚集，请各村严加劝导。"])
    assert chrome.find_notice(own).lines[-1].startswith("据了解")


@pytest.mark.parametrize("headline, item", [
    ("某市9月15日起加强疫情防控 实行居家办公", "某市应对疫情防控工作指挥部发布通告，自9月15日起，进一步加强疫情防控措施："),  # held-out 161 pk01
    (None, "某区某镇昨晚发布告居民书,进入相关道口和各类场所,必须扫“场所码”。"),  # held-out 160 pj08
])
def test_another_notice_told_in_the_reporters_words_after_the_provisions_ends_the_notice(headline, item):
    # before: the next item's headline, frame and provisions ran on as the notice's own (paths 1、 2、 counted twice)
    notice = ["为巩固防控成果，现通告如下：", "1、开展全员核酸筛查。", "2、进出场所须扫码。"]
    after = [line for line in (headline, item, "1、加强入口管理。", "2、加强社区管理。") if line]
    page = chrome.find_notice("\n".join(notice + after))
    assert page.lines == notice and item in page.chrome
    # the notice's own lead-in naming its issuer's publication, before any provision, stays the notice's
    assert chrome.find_notice("\n".join([item.replace("进一步", ""), *notice[1:]])).lines[-2:] == notice[1:]


@pytest.mark.parametrize("line", ["您所在的位置:", "你现在的位置：首页 >> 新闻中心", "您现在的位置："])
def test_where_you_are_is_chrome_not_addressees(line):
    # before: 您所在的位置 was read as the notice's addressee line
    assert chrome.is_chrome(line)
    doc = _ingest(f"{line}\n关于调整风险区的通告\n为科学防控，现通告如下：\n一、某村调整为低风险区。\n某县指挥部\n2022年11月25日")
    assert (doc.title, doc.addressees) == ("关于调整风险区的通告", None)


@pytest.mark.parametrize("report", [
    ["我省因疫情防控关闭的高速收费站情况如下：", "甲收费站、乙收费站、丙收费站。"],
    ["全省因疫情防控暂停的客运班线如下：", "甲线、乙线。", "丙线。"],
])
def test_a_pages_own_report_ending_in_rushang_over_the_notices_title_is_chrome(report):
    # before: the report's 如下： was taken for the notice's preamble, and the notice lost its title
    doc = _ingest("\n".join(["临时关闭！静态管控！某省多地发布公告", "本台综合 某某广播电视台 2022-11-25", *report,
                             "某市某县关于实行全县域静态管理的通告",
                             "根据当前疫情形势，为保障人民群众生命安全和身体健康，防止疫情传播，经县领导小组研究，决定对全县域实行静态管理。",
                             "一、静态管理时间：从10月8日20时起实行静态管理，解除时间另行通告。静态管理期间全县域保持静默状态，非必要不外出。",
                             "二、全县启动全员核酸检测。"]))
    assert (doc.title, doc.issuer) == ("某市某县关于实行全县域静态管理的通告", "某市某县")
    assert doc.paragraphs[0].text.startswith("根据当前疫情形势")


@pytest.mark.parametrize("title_line", ["➤某市关于增加解除静态管理区域的通告：", "某区关于新增划定高风险区的通告:"])
def test_a_title_printed_with_a_colon_over_the_text_is_the_title(title_line):
    # before: the line, ending like a preamble, was read as one and kept in the body; the title was lost
    doc = ingest_source(RawSource(path=Path("page.txt"), format="txt", sha256="", text="\n".join([
        "8月18日起某市部分区域解除静态管理(附防控措施)", "社会热点2022-08-18 12:55:01未知", "11月27日某区新增4个高风险。", title_line,
        "按照分级分区差异化防控措施，自2022年8月18日起增加以下解除静态管理区域。", "一、某镇某村。", "二、某镇某社区。"])))
    assert doc.title == title_line.lstrip("➤").rstrip("：:")
    assert [p.text for p in doc.paragraphs][0].startswith("按照分级分区")


@pytest.mark.parametrize("line,frame", [
    # before: the reporter's frame stayed in the notice's first or last sentence
    ("通告称，根据目前疫情防控需要，现将有关事项通告如下：", "通告称，"),
    ("通知指出,自即日起全县暂停堂食。", "通知指出,"),
    ("央视网消息：据“某县政府网站”微信公众号消息，当前省内疫情形势严峻复杂，决定如下：", "央视网消息：据“某县政府网站”微信公众号消息，"),
    ("据某某发布消息,自8月1日起某区实行静态管理。", "据某某发布消息,"),
    ("8月11日晚，记者从某市疫情防控工作指挥部获悉，根据有关规定，调整风险等级如下：", "8月11日晚，记者从某市疫情防控工作指挥部获悉，"),
    ("某某网2月14日讯(某某日报记者某某)今天,记者在某县指挥部办公室获悉,根据有关规定,解除管控。", "某某网2月14日讯(某某日报记者某某)今天,记者在某县指挥部办公室获悉,"),
    ("记者从某市指挥部了解到。", "记者从某市指挥部了解到。"),
    # (an outlet's dateline with no day, its reporter credited: held-out 213 rk06, 58 ll07)
    ("某某新闻网讯(记者某某)近日,记者从某省图书馆获悉,自2022年5月10日起,省图将恢复开放。", "某某新闻网讯(记者某某)近日,记者从某省图书馆获悉,"),
    ("某京报讯 据某某微信公众号消息,经某区领导小组批准,解除管控。", "某京报讯 据某某微信公众号消息,"),
    ("同时， 通告提醒广大居民：解封不解防，要继续做好个人防护。", "同时， 通告提醒广大居民："),
    ("此外，通告还明确，外地来返人员须报备。", "此外，通告还明确，"),
    ("8月1日，某市防控指挥部办公室发布通告：根据当前防控形势，对部分区域实行分类管理。", "8月1日，某市防控指挥部办公室发布通告："),
    ("今天，某县指挥部发布消息:自即日起恢复堂食。", "今天，某县指挥部发布消息:"),
    # near misses: the notice's own words
    ("根据通告要求，各单位暂停营业。", ""),
    ("按照《关于加强防控的通知》要求，各单位要落实责任。", ""),
    ("通告如下：", ""),
    ("某通讯公司营业厅暂停营业。", ""),
    ("通知要求，各单位要落实责任。", ""),
    ("据统计，全市已接种疫苗100万剂次。", ""),
    ("经研究，现发布通告：", ""),
    ("现将有关事项通告如下：", ""),
])
def test_a_reporters_frame_spliced_into_a_sentence_of_the_notice(line, frame):
    assert chrome.without_frame(line) == (frame, line[len(frame):].lstrip())


def test_a_lead_whose_frame_runs_into_the_notices_opening_gives_the_opening():
    # the lead's words after the frame are the notice's (adjudication Q8); before: the whole
    # lead was chrome and the notice's first sentence lost
    lead = "某某网2月14日讯(某某日报记者某某)今天,记者在某县指挥部办公室获悉,根据有关规定,自2022年2月15日起,某村调整为低风险地区。"
    found = chrome.find_notice("\n".join(["某村调整为低风险地区", lead, "按照有关要求，现通告如下：", "一、解除某村封控管理。", "二、解除某镇管控管理。"]))
    assert found.lines[0] == "根据有关规定,自2022年2月15日起,某村调整为低风险地区。"
    assert "某某网2月14日讯(某某日报记者某某)今天,记者在某县指挥部办公室获悉," in found.chrome


@pytest.mark.parametrize("lead,date", [
    # before: no date from these leads
    ("8月11日晚，记者从某市指挥部获悉，根据有关规定，自2022年8月11日起调整风险等级。", "2022-08-11"),
    ("3月5日，记者在某县疫情防控指挥部了解到，该县自2022年3月6日起解除管控。", "2022-03-05"),
    ("导读:2020年1月24日16时,某区防控指挥部发出2号通告。", "2020-01-24"),
    ("某市指挥部1月12日发出通告，2021年1月13日起实行。", "2021-01-12"),
    # near miss: a dateline's day is the report's
    ("某网某地7月17日电 记者获悉，某县调整措施。", None),
])
def test_the_day_a_reporter_learned_of_the_notice_or_it_was_sent_out(lead, date):
    assert metadata.lead_date(lead, [None]) == date


@pytest.mark.parametrize("recap", [
    ["新增2个", "1、某小区：以某小区四至围墙为界。", "2、某公司家属区：以家属区四至围墙为界。"],
    ["本次划定的高风险区：", "（1）某小区：以某小区四至围墙为界。", "（2）某公司家属区：以家属区四至围墙为界。"],
    ["附：风险区名单", "1. 某小区：以某小区四至围墙为界。"],
])
def test_a_sites_recap_of_the_areas_after_the_signature_is_no_document(recap):
    # before: the numbered lines after the signature were read as a document the notice issues
    notice = ["关于新增划定高风险区的通告", "为阻断疫情传播，现将有关事项通告如下：", "1.某小区：以某小区四至围墙为界。",
              "2.某公司家属区：以家属区四至围墙为界。", "某市应急指挥部", "2022年11月18日"]
    found = chrome.find_notice("\n".join(notice + recap))
    assert found.lines == notice


def test_a_plan_issued_after_the_signature_stays():
    notice = ["关于印发某市防控方案的通知", "各区县：", "现将《某市防控方案》印发给你们，请认真贯彻执行。", "某市指挥部", "2022年3月1日"]
    plan = ["某市防控方案", "一、总体要求。坚持动态清零。", "二、工作措施。各区县要落实属地责任。"]
    assert chrome.find_notice("\n".join(notice + plan)).lines == notice + plan


@pytest.mark.parametrize("above", [
    ["请选择时期：", "怀孕准备 怀孕 分娩 宝宝0-1岁", "某县疫情最新消息（某县疫情最新消息今天）", "如有最新消息将及时更新。"],
    ["某某百科", "热门城市：北京 上海 广州", "某地疫情怎么样了", "后续消息会第一时间更新"],
    ["栏目：本地", "某市疫情最新情况", "某某小编整理", "更多进展持续更新中"],
])
def test_a_title_under_a_farms_selectors_and_headlines_opens_the_notice(above):
    # before: the title stood beyond the lines a title is looked for in, and the page was left whole
    notice = ["某县疫情防控工作指挥部办公室", "关于我县一企业进口货物核酸检测阳性处置的通告",
              "2022年1月17日，我县第一时间排查涉及人员，核酸检测结果均为阴性。", "在此提醒广大群众：", "一是谨慎购买进口货品。", "二是注意个人卫生。"]
    found = chrome.find_notice("\n".join(above + notice))
    assert found.lines == notice


def test_a_sentence_naming_a_notice_under_the_lead_lines_is_no_title():
    lines = ["某县发布通告", "市民朋友们注意", "今天", "某某报道", "关于做好疫情防控的通告已经发布，请大家注意。", "在此提醒广大群众：", "一是戴口罩。"]
    assert chrome.find_notice("\n".join(lines)).lines[0] != "关于做好疫情防控的通告已经发布，请大家注意。"


@pytest.mark.parametrize("line", ["(1) Sociedades ou entidades que prestam serviços públicos", "1. Para evitar a transmissão", "2) Sem prejuízo do disposto"])
def test_a_foreign_line_opening_with_an_items_number_is_no_chrome(line):
    # a provision keeps the count of the items around it, whatever its language
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("lead_in", ["全市上下要严格按照常态化防控要求，继续做好以下重点事项：", "现将有关要求通知如下：", "请广大市民做到以下几点："])
def test_the_notices_own_preamble_under_its_head_opens_it_not_a_second_lead_in(lead_in):
    # before: the notice started at the second lead-in, its head, preamble and list lost
    chrome_lines = ["找回密码", "查看: 500|回复: 0", "[复制链接]"]
    notice = ["某市新冠肺炎疫情联防联控指挥部", "关于调整封控区、管控区、防范区的通告", "（第34号）",
              "根据最新疫情防控政策，自5月10日0时起，将疫情防控区域调整如下：", "除某花苑仍保持为封控区外，全市其他区域全部为防范区", lead_in,
              "1.严格加强场所管理。", "2.严格控制人员集聚。", "某市新冠肺炎疫情联防联控指挥部", "2022年5月10日"]
    found = chrome.find_notice("\n".join(chrome_lines + notice + ["回复 使用道具 举报"]))
    assert found.lines == notice


def test_a_pages_report_ending_in_rufa_over_the_notice_is_still_no_part_of_it():
    lines = ["某市新增病例情况如下：", "甲区2例、乙区1例。", "某县关于实行静态管理的通告", "根据疫情形势，决定实行静态管理。",
             "现将有关事项通告如下：", "一、静态管理时间。", "二、静态管理范围。"]
    assert chrome.find_notice("\n".join(lines)).lines[0] == "某县关于实行静态管理的通告"


def test_a_report_in_the_reporters_words_keeps_its_frames():
    # no notice found in the page: the reporter's 通告强调，… are the report's own words
    lines = ["某区施行最严九条举措", "为坚决打赢疫情防控阻击战，某区政府2月4日发布《通告》，采取九条举措。",
             "通告明确指出，全区所有村庄实行封闭式管理。", "通告强调，从即日起，全区公共场所一律关闭。"]
    found = chrome.find_notice("\n".join(lines))
    assert found.found is None and "通告强调，从即日起，全区公共场所一律关闭。" in found.lines


# A CCTV-style repost: the reporter's headline and one-sentence lead over the notice, the reporters' credit under it.
_DECISION = ("为快速有效阻断疫情传播，经专家组研判，自2022年9月18日10时起，将某区某小区9号楼划定为中风险区，"
             "采取“足不出区、错峰取物”等防范措施。")


@pytest.mark.parametrize("itself, credit", [
    ("本通告自发布之日起实施，后续将根据疫情防控形势变化及时调整。", "（总台记者 某某 某某）"),
    ("本公告自2022年9月18日起施行。", "(央视记者 某某)"),
    ("本通知从印发之日起执行。", "（记者 某某）"),
    ("本通告自即日起生效。", "（本台记者 某某 通讯员 某某）"),
])
def test_a_reporters_credit_under_a_notice_speaking_of_itself_is_a_repost(itself, credit):
    text = "\n".join(["某市划定多地为中风险区", "某市应对疫情工作领导小组指挥部发布通告，18日10时起，该市部分区域划为中风险区。",
                      _DECISION, itself, credit])
    doc = _ingest(text)
    # before: the credit made the page news, its lead the article's headline, and the notice had no measure
    assert doc.kind == "notice" and [p.text for p in doc.paragraphs] == [_DECISION, itself]


@pytest.mark.parametrize("lines", [
    ["通告称，自18日10时起，某区某小区9号楼划为中风险区。", "目前，当地正在开展流调。", "（总台记者 某某）"],  # no notice speaks
    # the notice's words about itself only in the reporter's sentences
    ["记者18日从某市指挥部获悉，该市部分区域划为中风险区。", "据介绍，本通告自发布之日起实施。", "（总台记者 某某）"],
    ["某市指挥部18日发布消息，该市部分区域划为中风险区。", "该指挥部表示，本公告自发布之日起施行。", "（记者 某某 某某）"],
])
def test_a_report_stays_news(lines):
    assert _ingest("\n".join(["某市划定多地为中风险区", *lines])).kind == "news"


@pytest.mark.parametrize("lead", [
    "某市应对疫情工作领导小组指挥部发布通告，18日10时起，该市部分区域划为中风险区。",
    "某县新冠肺炎疫情防控指挥部发布公告，自即日起全县恢复正常生产生活秩序。",
    "某区疫情防控指挥部发出通知,全区中小学20日起恢复线下教学。",
    "某市卫生健康委员会发布了通告，明日起全市开展新一轮核酸检测。",
    # bodies whose names hold 应 (应对, 应急) or 要 in a name's word are no order's modal
    "某市应对新冠肺炎疫情工作指挥部发布通告，全市中高风险区清零。",
    "某州应急管理局发布通知，景区24日起恢复开放。",
    "某县重要物资保障组发布公告，全县超市正常营业。",
])
def test_a_one_sentence_lead_summing_up_the_notice_is_a_reposters_lead(lead):
    assert chrome.is_lead(lead)
    found = chrome.find_notice("\n".join(["某地最新消息", lead, _DECISION, "本通告自发布之日起实施。", "某市指挥部", "2022年9月18日"]))
    # before: the lead stayed as the notice's first paragraph, a closing measure of its own
    assert found.lines[0] == _DECISION


@pytest.mark.parametrize("line", ["经研究，决定发布通告，自即日起全市暂停堂食。", "各单位发布通知，须报指挥部审核同意。",
                                  "某县指挥部发布通告如下：", "某市指挥部决定，自即日起全市暂停堂食。",
                                  # an order telling others to publish (held-out 50 ld09: the notice was made to start after it)
                                  "各县(市、区)、乡(镇)人民要通过电视、广播及时向社会发布通知,积极宣传群众合理安排出行。",
                                  "各乡镇须第一时间在村务公开栏发布公告，告知群众检测时间和地点。",
                                  "各景区应当于开放前通过官网发出通告，实行预约限流。",
                                  "各街道务必通过网格群发布通知，提醒居民错峰采样。"])
def test_a_notices_own_sentence_is_no_lead(line):
    assert not chrome.is_lead(line)


# Page furniture as classes, not the strings one page printed (S1 of MISSES-35-45-structure.md): each
# class with the wordings seen and invented ones (other widgets, labels, names, widths, spacing).
@pytest.mark.parametrize("line", [
    # a row of counter widgets, each label followed by its count
    "反对0举报0收藏0评论0", "查看数0", "阅读 123", "点赞：5 | 评论：0", "浏览次数 88次", "支持3 反对1", "在看 12",
    # the page's own controls and nothing else
    "放大字体  缩小字体", "【打印】【关闭】", "[打印本页] [关闭窗口]", "繁體 | 无障碍", "字号放大 字号缩小 保护色",
    # a section header over other articles, a footer heading
    "更多>同类资讯", "全站最新", "热门内容", "推荐内容", "热点", "媒体信息", "编辑推荐", "最新资讯 >>", "友情链接", "同类文章",
    # a byline: roles with their names, separated by a slash, a colon or a space
    "编辑/马晓晴", "文/记者 李承泽", "记者 张三 李四 通讯员 王五", "（摄影：赵六）", "责编：王朝", "图文/钱七", "审核 周八",
    # a media account's credit in brackets, an image's caption
    "(双鸭山发布)", "（某某日报）", "（某县融媒）", "(相关资料图)", "(资料图)", "图片来源：网络", "图/新华社", "（现场照片）",
    "文章插图",
    # a CMS's summary box, left empty (held-out 198 qv03, 204 rb03, 20 ww06)
    "内容摘要:", "内容摘要: ...", "速读文章内容",
    # a forum archive's link to the full page, a box's link to more, the original's link by arrows
    "查看完整版本:某地某区划定为中风险地区", "查看更多", "查看更多>>", "原文链接>>>某县关于调整高风险区的通告",
    # a news outlet's call for tips and its report button
    "您有新闻线索,请联系我们:新闻热线:027-12345678投稿邮箱:12345@qq.com", "某某新闻报料:021-962866", "我要举报",
    # a repost's disclaimer, a search box, a date label, a related headline after arrows
    "郑重声明:本文版权归原作者所有,如有侵权行为,请联系我们删除。", "特别声明：以上内容仅代表作者本人观点。",
    "快捷搜索:  汽车  科技", "搜索", "热门搜索：疫情 通告", "搜索建议:",
    "日期:", "日期:06-02", "日期:2022-03-23", "发布时间：2022-03-23 10:22",
    "》》》10月23日起某区全面恢复常态化核酸检测", ">> 某县恢复正常生产生活秩序", "您当前的位置 : 某某信息港 >> 新闻 >> 公告",
])
def test_page_furniture_in_other_wordings_is_chrome(line):
    # before: only the literal strings of earlier pages were (编辑 某某, 最新文章, (资料图)); each of these stayed in the body
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "(此件公开发布)", "（此件主动公开）", "高风险区6个", "记者从市指挥部获悉，", "热点区域", "附图", "附：示意图",
    "严厉打击侵权假冒行为。", "搜索附近核酸点", "日期：每周一至周五", "时间：8:00-12:00", "》关于某某的通告", "最新通告", "相关规定",
    "截图保存并报备", "照片须为近期免冠照片。", "附插图", "内容摘要：本通知规定了返校的条件。", "查看更多信息请关注官网。", "发现违规行为请拨打举报电话12345。", "（由某街道负责）", "检测点位置：某广场", "阅读全文后请签字确认。", "文明小区",
])
def test_lines_of_a_notice_near_the_furniture_classes_are_kept(line):
    assert not chrome.is_chrome(line)


def test_a_box_of_other_articles_ends_the_notice():
    # before: 热门内容 and the headlines under it stayed as body text
    found = chrome.find_notice(page([], ["热门内容", "某区召开专题会议", "新传播，传播新经济之声！"]))
    assert found.lines == NOTICE


# Agency datelines and chained sources as one frame (S2): the dateline, then a source and up to two it quotes.
@pytest.mark.parametrize("line,frame", [
    ("中新网2月22日电 据“某某”微信公众号消息，根据有关要求，经研判，决定如下：", "中新网2月22日电 据“某某”微信公众号消息，"),
    ("中评社北京2月10日电/据央视新闻报道，某区融媒体中心官方微信公众号“某某”消息，根据当前形势，调整如下：",
     "中评社北京2月10日电/据央视新闻报道，某区融媒体中心官方微信公众号“某某”消息，"),
    ("“某某发布”微信公众号消息，某区疾病预防控制中心通报，根据防控方案，划定高风险区如下：", "“某某发布”微信公众号消息，某区疾病预防控制中心通报，"),
    ("据某区疫情防控指挥部发布通告称，根据当前疫情形势，调整如下：", "据某区疫情防控指挥部发布通告称，"),
    ("新华社南宁3月5日电 据某市人民政府网站消息，某市疾控中心通报，为做好疫情防控，决定如下：", "新华社南宁3月5日电 据某市人民政府网站消息，某市疾控中心通报，"),
    ("据“某某”客户端消息，当前疫情形势严峻，现通告如下：", "据“某某”客户端消息，"),
    # the source's account, then the body and kind announcing it (held-out 102 nd04, 113 no02; before: kept as words)
    ("“某某发布”微信公众号28日消息，某市某区疫情防控指挥部通告，2022年4月27日，某区发现阳性人员。",
     "“某某发布”微信公众号28日消息，某市某区疫情防控指挥部通告，"),
])
def test_an_agency_frame_with_chained_sources_is_cut_from_the_notices_words(line, frame):
    assert chrome.without_frame(line)[0] == frame


@pytest.mark.parametrize("line", ["根据省指挥部通报，决定自即日起实施管控。", "经市疫情防控指挥部研究，决定如下：", "按照上级消息，现通知如下：",
                                  "根据通告要求，各单位暂停营业。", "各乡镇要根据本地消息，及时发布。"])
def test_the_notices_own_opening_is_no_frame(line):
    assert chrome.without_frame(line) == ("", line)


@pytest.mark.parametrize("frame", ["中新网2月22日电 据“某某”微信公众号消息，", "新华社某地3月1日电 据某县融媒体中心消息，",
                                   "据某市发布客户端消息，某市疾控中心通报，"])
def test_a_report_whose_frame_runs_into_the_notices_decision_is_the_notice(frame):
    # before: no notice was found on the page, which was read as news with the headline for title
    text = "\n".join(["某县三地调整为中风险地区", frame + "根据有关要求，经专家组研判，某县指挥部决定，自2月22日12时起，将某小区调整为中风险地区。",
                      "（责编：某某）"])
    doc = _ingest(text)
    assert doc.kind == "notice" and doc.title is None
    assert [p.text for p in doc.paragraphs] == ["根据有关要求，经专家组研判，某县指挥部决定，自2月22日12时起，将某小区调整为中风险地区。"]


def test_a_report_in_its_own_words_after_a_frame_stays_news():
    text = "\n".join(["某县三地调整为中风险地区", "新华社某地3月1日电 据某县融媒体中心消息，当前某县疫情形势平稳，居民生活有序。",
                      "记者走访发现，超市供应充足。"])
    assert _ingest(text).kind == "news"


@pytest.mark.parametrize("lead", ["2月14日零时起，某区一区域解除封控管控。据某区指挥部发布通告称，",
                                  "某县3个小区解封。据“某县发布”公众号消息，"])
def test_a_reporters_sentence_run_into_the_frame_is_cut_with_it(lead):
    text = "\n".join(["某区解除封控", lead + "根据当前疫情形势及风险研判，对社区管控范围调整如下：", "一、解除社区管控措施。", "二、落实人员流动政策。"])
    # before: the reporter's sentence and the frame stayed glued to the notice's preamble
    assert [p.text for p in _ingest(text).paragraphs] == ["根据当前疫情形势及风险研判，对社区管控范围调整如下：", "一、解除社区管控措施。",
                                                         "二、落实人员流动政策。"]


@pytest.mark.parametrize("preamble", ["根据某市指挥部通告，某县为低风险区。经某县领导小组研究，具体通告如下：",
                                      "某区发现核酸检测异常情况，经综合研判，决定划定临时封控区。具体通知如下：",
                                      "为做好防控，经县指挥部研究决定，相关措施如下："])
def test_a_preamble_in_the_issuers_voice_ending_like_a_lead_opens_the_notice(preamble):
    # before: 具体通告如下： read as a reposter's announcement, and the preamble was cut as its lead
    text = "\n".join(["某县疫情防控通告", preamble, "一、全县人员原则上不出县。", "二、村庄保留一个出入口。", "某县指挥部", "2021年1月24日"])
    doc = _ingest(text)
    assert doc.title == "某县疫情防控通告" and doc.paragraphs[0].text == preamble


@pytest.mark.parametrize("lead", ["据某某公众号消息，6月8日8时对某村全域解除管控措施。详细通告如下：", "某区发布通告，完整通告如下："])
def test_a_reporters_announcement_of_the_text_stays_chrome(lead):
    text = "\n".join(["某村全域解除管控措施", lead, "关于某村管控区解封的通告", "根据有关规定，经研判，定于6月8日8时解除管控。",
                      "某镇领导小组办公室", "2022年6月8日"])
    doc = _ingest(text)
    assert doc.title == "关于某村管控区解封的通告" and doc.paragraphs[0].text.startswith("根据有关规定")


def test_a_title_under_a_farms_scrambled_items_opens_the_notice():
    # before: the farm's search box, doubled headline and a scrambled item opened the text
    text = "\n".join(["快捷搜索：", "汽车  科技", "某街道管控到什么时候（某街道部分区域解除管控措施）", "二、重点点位封控措施1.某大厦，于5月21日解除封控。",
                      "关于调整某街道部分区域管控措施的通告", "5月8日以来，某街道出现确诊病例，部分区域实行管控。", "一、解除部分区域管控",
                      "二、重点点位封控措施"])
    doc = _ingest(text)
    assert doc.title == "关于调整某街道部分区域管控措施的通告" and doc.paragraphs[0].text.startswith("5月8日以来")


@pytest.mark.parametrize("credit", ["(总台记者 杜某 郭某某)", "（双鸭山发布）", "(某某日报)", "（央视记者 某某）",
                                    "(完)", "（完）"])  # the wire's end mark (held-out 92 mt09, 99 na04)
def test_a_credit_closing_the_last_paragraph_is_chrome(credit):
    # before: the credit run into the last item stayed a sentence of the notice
    lines = [*NOTICE[:3], "二、公共场所暂停对外开放。" + credit]
    doc = _ingest("\n".join(lines))
    assert doc.paragraphs[-1].text == "二、公共场所暂停对外开放。" and not doc.audit.lost


@pytest.mark.parametrize("note", ["（此件公开发布）", "（此件主动公开）", "（完成）"])
def test_a_note_closing_a_paragraph_is_no_credit(note):
    assert chrome.without_credit("本通告自发布之日起实施。" + note) == ("本通告自发布之日起实施。" + note, "")


def test_a_report_paraphrasing_the_notice_after_its_own_dateline_stays_news():
    # (a near miss of an agency's frame run into the notice: 通告明确，… is the reporter's paraphrase, no source quoted)
    text = "\n".join(["某省：应急响应级别6日零时起调整为三级", "新华社某地5月5日电（记者某某）某省人民政府5日发布《关于调整应急响应级别的通告》。",
                      "通告明确，根据有关规定，经研究，省政府决定自5月6日零时起将应急响应级别调整为三级。", "通告要求，各地要抓紧抓实常态化疫情防控。"])
    assert _ingest(text).kind == "news"


@pytest.mark.parametrize("above,want", [
    # before: the headline's 关于… line was the title without the issuer printed over it (held-out 85 mm07)
    ("青神县交通运输局", "青神县交通运输局关于对我县部分客运班线临时停运的通告"),
    ("某市卫生健康委员会", "某市卫生健康委员会关于对我县部分客运班线临时停运的通告"),  # invented: another body
    ("某旗 疫情防控指挥部办公室", "某旗疫情防控指挥部办公室关于对我县部分客运班线临时停运的通告"),  # invented: a space in it
    ("某自治州教育局", "某自治州教育局关于对我县部分客运班线临时停运的通告"),  # invented
    # near misses, unchanged: the site's breadcrumbs, a body without its place, a sentence
    ("首页 > 通知公告", "关于对我县部分客运班线临时停运的通告"),
    ("工作领导小组", "关于对我县部分客运班线临时停运的通告"),
    ("现将有关事项通告如下，某县交通运输局", "关于对我县部分客运班线临时停运的通告"),
])
def test_a_headline_blocks_issuer_over_its_about_line_is_the_titles(above, want):
    text = "\n".join([above, "关于对我县部分客运班线临时停运的通告", "日期：2020年01月28日  作者：某某  点击：[]", "分享：",
                      "按照有关要求，经研究，决定对我县客运班线运行调整通告如下：",
                      "自2020年1月28日6:00起，所有出县班车临时停运。", "请广大市民减少外出。", "某县交通运输局", "2020年1月27日"])
    assert _ingest(text).title == want



@pytest.mark.parametrize("label", ["【导语】:", "[摘要]:", "导语 "])
def test_a_portals_bracketed_digest_and_its_repeat_under_it_are_chrome(label):
    digest = "某区疫情防控指挥部消息，有一个区域划定为高风险区，其他各区域为低风险区，大家出行注意。"
    opening = ("根据当前某区疫情防控工作需要，按照《新型冠状病毒肺炎防控方案（第九版）》相关规定，经专家组研判，"
               "决定自2022年11月21日起，将某小区3幢划定为高风险区。")
    text = "\n".join(["某区发布关于划定风险区的通报", "发布时间:2022-11-24", label + digest, "  " + digest, opening,
                      "采取封控措施：足不出户、上门服务。", "某区疫情防控指挥部", "2022年11月21日"])
    # before: the bracketed label was no digest's, and the digest printed again opened the body (two closing measures)
    assert chrome.find_notice(text).lines[0] == opening


def test_a_portals_empty_digest_field_under_the_title_leaves_the_title_in_the_head():
    # (a hospital portal's fields under its post: 作者: 来源: 点击数: 摘要: with nothing after them; held-out 172 pv08)
    text = "\n".join(["您现在的位置：首页>通知公告", "【通知】某市中医院就诊须知", "作者：", "来源：", "点击数：", "摘要：",
                      "尊敬的患者及家属：", "根据疫情防控最新要求，现将我院就诊要求调整如下：",
                      "一、门诊患者需持48小时核酸检测阴性证明就诊。", "二、住院期间严禁外出。"])
    # before: the empty 摘要： was read as a guide's digest, its headline over it chrome: no title
    assert _ingest(text).title == "某市中医院就诊须知"


def test_a_digest_that_copies_the_notices_opening_under_its_title_keeps_the_opening():
    opening = "从即日起，自10月1日以来从某市来返人员必须第一时间向所到达的村（社区）主动报告。"
    text = "\n".join(["最新通知!去过这里的人请主动报备", "摘要:" + opening, "关于重点地区来返人员主动报备的通告", opening,
                      "某市指挥部", "2021年10月17日"])
    assert chrome.find_notice(text).lines[1] == opening


def test_a_digest_that_copies_the_notices_opening_over_its_items_keeps_the_opening():
    opening = "为加强对传染源的筛查和管理，经区领导小组同意，即日起对全区所有物业小区实施封闭式管理。"
    text = "\n".join(["某区全区所有物业小区实施封闭式管理公告", "2020-02-07 11:51【我要纠错】", "【导语】:" + opening, opening,
                      "一、所有出入小区人员须佩戴口罩。", "二、严控非本小区人员进入。"])
    # (and the notice starts after the digest: the site's headline and stamp over it are no head of the notice)
    assert chrome.find_notice(text).lines[:2] == [opening, "一、所有出入小区人员须佩戴口罩。"]


@pytest.mark.parametrize("title", [["关于对某镇镇区", "实施临时交通管控的通告"], ["此前报道：", "关于某市划定高、中、低风险区的通告"],
                                   ["关于某市划定风险区的通告"]])
def test_another_notice_after_the_signature_under_a_wrapped_or_labelled_title_ends_the_notice(title):
    text = "\n".join(["为做好疫情防控工作，现通告如下：", "一、非必要不出入某镇镇区。", "二、暂停各类聚集性活动。", "某镇指挥部", "2022年10月2日",
                      *title, "为坚决阻断疫情传播，现通告如下：", "一、管控时间：10月3日0时起。", "二、管控范围：某镇镇区道路。"])
    # before: a title wrapped over two lines or under a poster's label was no other notice's, and its items were more
    # of the first notice's (4.1, 4.2 under its last item)
    assert chrome.find_notice(text).lines[-1] == "2022年10月2日"


def test_a_round_up_page_opening_with_the_cut_tail_of_another_notice_gives_the_notice_after_it():
    text = "\n".join(["防控|静态管理!全员核酸!5地最新通告( 三 )", "5.静态管理期间所有人员足不出户。", "6.全区商超暂停营业。",
                      "某新区领导小组办公室", "2022年4月20日", "某县", "某县疫情防控指挥部关于实行封控管理的通告",
                      "为阻断病毒传播风险，现将有关事项通告如下：", "一、封控区域", "某县所有区域。", "二、封控时间", "4月20日0时起。"])
    # before: the cut tail (5., 6. and its signature) was read as the notice and the titled notice after it as another
    doc = _ingest(text)
    assert doc.title == "某县疫情防控指挥部关于实行封控管理的通告"
    assert doc.paragraphs[0].text.startswith("为阻断病毒传播风险") and doc.paragraphs[-1].text == "4月20日0时起。"


def test_a_plan_the_notice_issues_after_its_signature_stays():
    text = "\n".join(["现将《某镇防控方案》印发给你们，请遵照执行。", "某镇指挥部", "2022年10月2日", "某镇防控方案",
                      "一、总体要求", "二、工作措施"])
    assert chrome.find_notice(text).lines[-1] == "二、工作措施"


def test_a_guides_headline_printed_again_under_its_digest_is_no_title():
    text = "\n".join(["请选择时期:", "某县9月15日核酸检测通告", "来源: 最后更新:22-09-15 02:47:45",
                      "导读:某县9月15日开展核酸筛查，检测范围是辖区内所有居民，详见正文。", "某县9月15日核酸检测通告",
                      "一、检测范围", "1. 某镇辖区范围内所有村（居）民。", "二、检测时间", "9月15日7:00至12:00。"])
    # before: with the notice's start after the digest, the headline printed again under it was read as the title
    assert chrome.find_notice(text).lines[0] == "一、检测范围"


@pytest.mark.parametrize("after", [
    # a news site's rights notice: its heading over numbered clauses (held-out 99 na04, 33 km02, 75 mc06), or its
    # clauses without the heading (held-out 42 kv08)
    ["版权及免责声明：", "1、凡本网注明来源：“某某网”的所有稿件，版权均属于某某网，未经本网授权，任何单位及个人不得转载。",
     "2、凡本网注明来源：“某某”的稿件，均转载自其它媒体。"],
    ["某某日报、某某网版权与免责声明", "1.", "凡本"],
    ["1、凡注有“某某讯”的稿件，均为某某日报社版权稿件，未经许可不得转载或镜像；授权转载必须注明来源为“某某”。",
     "2、凡注明为其它来源的信息，均转载自其它媒体，转载目的在于传递更多信息。"],
    # a farm's further reading on the topic, general rules numbered (1)… (held-out 105 ng05; 63 lq03, 57 lk07 after a signature)
    ["拓展阅读：某市封控区在同时满足以下条件时可解除封控", "(1)近14天区域内无新增病例；", "(2)解封前2天区域内所有人员完成一轮核酸筛查。"],
    # … or its bracketed label for the region's case report (held-out 86 mn06; 【相关内容拓展阅读】 in 18 f04, 27 kg07, 102 nd08)
    ["【拓展内容】", "11月3日0—24时疫情情况：", "11月3日0—24时，全区新增确诊病例2例。"],
    # a farm's tag row in capitals (held-out 96 mx02, 86 ms01, 55 li06 and six more)
    ["TAG:核酸  某区  人员  常态  疫情"],
    # a site's disclaimer under a bare 声明 (held-out 73 ma10, 81 mi05, 89 mq10, 101 nc03; alone over its clauses in 62 lp01),
    # a farm's related articles in brackets (73 ma10, 81 mi05), a comment box (61 lo08, 67 lu07, 86 mn02, 106 nh02)
    ["【相关文章】", "★ 某区检出1例阳性感染者", "声明：本文信息为网友自行发布旨在分享与大家阅读学习，文中的观点和立场与本站无关。"],
    ["声明", "1、我们重视保护作者版权，被刊用文章和图片无法核实真实出处。", "2、我们注重分享，如需转载请注明出处。"],
    ["最新评论"],
    ["热门评论", "打开某某发布查看更多评论"],
])
def test_a_rights_notice_or_further_reading_after_an_unsigned_notice_is_chrome(after):
    text = "\n".join(["根据工作指引，经专家综合研判，决定自4月9日12时起，对某街道相关封控区域予以解除：", "封控区：某小区4栋。",
                      "请在解封后避免聚集，做好个人防护！", *after])
    # before: the clauses (1、…, (1)…) were read as the notice's items
    assert chrome.find_notice(text).lines[-1] == "请在解封后避免聚集，做好个人防护！"


@pytest.mark.parametrize("between", [[], ["A+ A A-"]])
def test_several_paragraphs_under_the_title_over_the_preamble_are_the_notices(between):
    # held-out 116 nr08 (three paragraphs under the title), 126 ob10 (four, a row of font buttons over them)
    body = ["自3月1日起，某市某区某小区划定为中风险地区。", "广大市民要绷紧疫情防控这根弦，克服麻痹思想。",
            "为降低疫情输入传播风险，现将有关事项通告如下：", "一、凡有上述地区旅居史的人员主动报备。", "特此通告。"]
    found = chrome.find_notice("\n".join(["首页 / 通知公告", NOTICE[0], *between, *body]))
    # before: the notice was cut to start at its preamble, the paragraphs and the title lost
    assert found.lines == [NOTICE[0], *between, *body]


def test_a_second_notice_run_on_after_the_first_whole_one_is_left_out():
    # held-out 122 nx02 (Huangpu, then Tanzhou's numbered notice), 131 og09 (Lixian, then its next 公告 cut in item 二):
    # the page carries the first, which numbers nothing; a 通报 over the notice only reports on it (56 lj03)
    first = ["某县应急指挥部关于解除部分区域静态管理的公告", "经综合评估研判，自2022年8月22日24时起，解除部分区域静态管理。",
             "大家要重视个人防护，当好自身健康第一责任人。", "某县应急指挥部", "2022年8月22日"]
    second = ["某县应急指挥部关于延长重点区域静态管理的公告", "某县广大人民群众：", "经研判决定，对某镇实施延长静态管理。现将有关事项公告如下：",
              "一、严格人员流动管理。所有人员要严格遵守静态管理规定。", "二、严格闭环管理。"]
    found = chrome.find_notice("\n".join(["当前位置：首页 > 通知公告", *first, *second]))
    # before: the page was cut to the second notice, the first lost
    assert found.lines == first
    reported = ["关于调整某省疫情防控分区分级情况的通报", "按照国家分区分级标准，6月3日起将某市调整为低风险地区。", "某省领导小组办公室", "2020年6月3日"]
    assert chrome.find_notice("\n".join(reported + second)).lines[0] == second[0]


def test_an_outlets_dateline_in_xun_is_a_sign_of_news():
    # before: only a dateline in 电 counted, and a report under 某报掌上某市1月28日讯 with no credit read as a
    # notice (held-out 143 os02; the 讯 dateline heads 32 kl06, 63 lq01, 83 mk05, 102 nd01, 141 oq04 too)
    assert chrome.has_news_signs("某晚报掌上某市1月28日讯 据某新闻客户端消息 记者从某区指挥部了解到，某小区调整为中风险区。")
    assert not chrome.has_news_signs("1月28日，某区指挥部发布通告：某小区调整为中风险区。")


@pytest.mark.parametrize("line", [
    "添加者：信息中心", "添加时间：2022-08-23", "发布者：管理员",
    "作者: 学校管理员 | 发布时间: 2020/1/28 13:20:07 | 4280次浏览", "高中 作者:某某中学 2022-09-02 20:24:37", "| 4280次浏览",
])
def test_a_cms_posts_byline_is_chrome(line):
    assert chrome.is_chrome(line)


def test_a_provision_naming_workers_and_a_date_is_no_byline():
    assert not chrome.is_chrome("医务工作者：2022-01-01前完成接种")


def test_a_farms_bare_digest_label_over_the_opening_it_cut_off_is_chrome():
    # held-out 74 mb04, 173 pw03, 177 qa10 (one farm, three issuers): 内容简介 on its own line, under it the notice's
    # opening cut off mid-sentence, then the notice. Before: the digest was kept as a paragraph (in qa10 a second
    # closing measure), its label and the keywords row (关键词汇:) with it.
    opening = "为切实保障群众生命安全和身体健康，经专家组研判，自2022年9月7日起，将某街道某小区划定为中风险区，实行“人不出区、错峰取物”等管控措施。"
    lines = ["关键词汇:某区疫情,某区疫情最新消息,某区划定中风险区", "内容简介", opening[:40], opening,
             "请广大市民切实履行个人防疫责任，如有时空交集，务必第一时间向所在社区报告。"]
    assert chrome.find_notice("\n".join(lines)).lines == lines[3:]


def test_a_portals_empty_digest_field_over_the_title_keeps_the_title():
    # near miss: the bare label over a line the text under it does not repeat (held-out 172 pv08's 摘要：).
    lines = ["摘要：", "某医院就诊须知", "尊敬的患者及家属：", "为做好疫情防控工作，请您来院时全程佩戴口罩。"]
    assert "某医院就诊须知" in chrome.find_notice("\n".join(lines)).lines


def test_a_farms_content_source_field_is_stripped_whole():
    # before: the 来源 field was cut out of 内容来源:互联网, 内容 left as a paragraph over the notice (held-out 173 pw03)
    assert scrape.strip_debris("内容来源:互联网\n根据防控需要，现通告如下：").split() == ["根据防控需要，现通告如下："]


def test_a_mirrors_footer_source_and_day_first_stamp_are_chrome():
    # before: 本文来源: left 本文 as a paragraph and the stamp 01.02.2020 23:21 stayed in the text
    # (held-out 197 qu04, 220 rr02)
    assert scrape.strip_debris("三、实施体温检测。\n本文来源: 某某晨网\n").split() == ["三、实施体温检测。"]
    assert chrome.is_chrome("01.02.2020 23:21") and chrome.is_chrome("19.03.2020 15:42")
    # near misses: a timetable's day and hours, an item's number
    assert not chrome.is_chrome("01.02.2020 08:00-12:00开放") and not chrome.is_chrome("1.2 请于12:00前到校")


@pytest.mark.parametrize("furniture", ["(更新时间:2022年12月15日)", "（发布时间：2022-05-02）"])
def test_the_brackets_around_a_pages_furniture_go_with_it(furniture):
    # before: the stamp was cut and its brackets stayed as lines of their own (held-out 218 rp03, 221 rs04)
    text = f"某院就诊须知\n{furniture}\n1、进入医院须佩戴口罩。"
    assert scrape.strip_debris(text).split() == ["某院就诊须知", "1、进入医院须佩戴口罩。"]


def test_a_mirrors_headline_reporting_a_published_rules_is_no_title():
    # (held-out 215 rm09: once its day-first stamp line is chrome, the headline stood right over the salutation)
    doc = _ingest("某某医院发布最新就诊须知\n\n02.08.2022  16:40\n\n尊敬的各位患者及家属：\n"
                  "为做好当前疫情防控工作，现将就诊相关事宜提示如下：\n1、所有患者须持48小时内核酸阴性证明就诊。")
    assert (doc.title, doc.date) == (None, "2022-08-02")
    assert _ingest("某某医院就诊须知\n尊敬的各位患者：\n1、所有患者须佩戴口罩。").title == "某某医院就诊须知"


def test_a_news_apps_bracketed_disclaimer_ends_the_notice():
    # (held-out 190 qn08, 220 rr02: the 【免责声明】 paragraph and the app's menu after it stayed in the text)
    lines = ["为控制疫情传播，现通告如下：", "一、减少公交线路。", "二、实施体温检测。体温超过37.3℃的一律不得上车。",
             "【免责声明】某某新闻客户端未标有“来源：某某新闻”的稿件均为转载稿。", "• 头条", "• 重庆"]
    assert chrome.find_notice("\n".join(lines)).lines == lines[:3]
    # near miss: a notice's own 声明 in its text stays
    assert not chrome.rules().trailer.match("本单位郑重声明：不收取任何费用。")


def test_a_second_text_under_an_unnumbered_signed_notice_is_chrome():
    # (held-out 222 rt08 a kindergarten's letter over a pasted tip sheet and another notice, 231 sc03 a bus company's
    # notice over a reposted article's numbered advice; before: the numbered text below kept both in the body)
    notice = ["为做好疫情防控，9月19日起恢复1路、2路公交运营。", "某市公共交通有限公司", "2022年9月18日"]
    pasted = ["疫情期间出行，乘坐公共交通工具这些须注意", "一、积极配合落实相关防控措施。", "二、尽量与他人保持距离。"]
    assert chrome.find_notice("\n".join(notice + pasted)).lines == notice
    # near misses: an attachment the notice names, or the plan it issues, stays with it
    named = ["请到以下采样点检测（见附件）。", "某市指挥部", "2022年9月18日", "附件：某区采样点", "1.某小区", "2.某广场"]
    assert chrome.find_notice("\n".join(named)).lines == named
    issued = ["现将《某市防控方案》印发给你们，请认真贯彻执行。", "某市指挥部", "2022年9月18日", "某市防控方案", "一、总体要求"]
    assert chrome.find_notice("\n".join(issued)).lines == issued


@pytest.mark.parametrize("lead, head", [
    ("3月13日，记者接到某中心发布的公告，该中心所属场馆暂停对外开放，公告如下：", ["尊敬的市民和观众朋友："]),
    ("完整公告：", ["11月21日零时起实行社会面临时管控", "紧急通知", "各位居民朋友："]),
])
def test_a_reporters_lead_ending_as_a_preamble_over_the_notices_head_is_chrome(lead, head):
    # (held-out 217 ro09, 12 o09; before: the lead was read as the notice's preamble, and it and the addressee line
    # stayed as paragraphs)
    text = ["根据当前疫情形势，为避免人群聚集，即日起暂停开放。", "感谢您的理解！", "某中心", "2022年3月13日"]
    doc = _ingest("\n".join([lead, *head, *text]))
    assert [p.text for p in doc.paragraphs] == text and doc.addressees == [head[-1].rstrip("：")]
    # near miss: a notice's own preamble over its first numbered item stays
    own = ["为做好防控，现通知如下：", "一、各乡镇：", "即日起实行管控。"]
    assert chrome.find_notice("\n".join(own)).lines == own
