"""The catalog in a real browser: headless Chromium (Debian's package) driven by Selenium.

A policy officer's path: open the measures table, type a unit into the search box,
see the measures that name it, open one, and see its deadline highlighted; open a
measure restated in other notices and see what changed. The catalog is the real
one: the seeds through the pipeline, linked by compare/.
Skipped when Chromium, its driver or the selenium package is absent.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from bench.load import serving
from notices.catalog import build_catalog

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1000"]

if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="the selenium package is not installed")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def documents(extracted) -> list[dict]:
    """The seeds through the real pipeline (conftest's session fixture)."""
    return [extracted[name] for name in sorted(extracted)]


@pytest.fixture(scope="module")
def server(tmp_path_factory, documents):
    db_path = tmp_path_factory.mktemp("browser") / "notices.db"
    build_catalog(documents, db_path)
    with serving(db_path) as (base, _process, _log):
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_search_a_unit_then_open_a_measure_and_see_its_deadline(server, browser, documents):
    unit = "各区县"
    expected = {
        f"{d['source']}#{m['path']}" for d in documents for m in d.get("measures", [])
        if unit in m["text"] or any(unit in (u["name"], u["mention"]) for u in m["units"])
    }
    wait = WebDriverWait(browser, 30)
    browser.get(server + "/notices/measures")
    box = wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, 'input[name="_search"]')))
    box.send_keys(unit, Keys.ENTER)
    wait.until(expected_conditions.url_contains("_search="))

    shown = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-id a")}
    # The newest first, a page of them.
    assert shown <= expected and len(shown) == min(len(expected), 20)
    browser.get(server + "/notices/measures/002_79e7738ce50ad15f~2Etxt~234~2E13")

    marks = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#measure-text mark.deadline"))
    assert [m.text for m in marks] == ["12小时内"]
    assert marks[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert "各区县" in [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#measure-text mark.unit")]
    notice = browser.find_element(By.PARTIAL_LINK_TEXT, "关于进一步做好当前新冠肺炎疫情防控工作的通知")
    assert notice.get_attribute("href").endswith("/notices/notices/002_79e7738ce50ad15f~2Etxt")


def painted(element) -> bool:
    return element.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")


def test_a_measure_page_shows_its_counterparts_with_the_changes_marked(server, browser):
    wait = WebDriverWait(browser, 30)
    browser.get(server + "/notices/measures/002_79e7738ce50ad15f~2Etxt~234~2E12")
    panels = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "div.catalog-link"))
    shown = {p.get_attribute("data-measure"): p for p in panels}
    # 001's 1.6 came before this measure, 003's 3 after it: both are shown.
    assert {"001_eb84b56d6e19529f.txt#1.6", "003_287b2957536d0544.txt#3"} <= set(shown)
    panel = shown["001_eb84b56d6e19529f.txt#1.6"]
    assert panel.find_element(By.CSS_SELECTOR, "th").text.startswith("较早 / Earlier: 重庆市新型冠状病毒肺炎疫情防控工作领导小组")
    deleted = panel.find_elements(By.CSS_SELECTOR, "td.earlier del")
    inserted = panel.find_elements(By.CSS_SELECTOR, "td.later ins")
    assert deleted and inserted
    assert all(painted(e) for e in deleted[:3] + inserted[:3])
    assert deleted[0].value_of_css_property("text-decoration-line") == "line-through"
    # The quarantine periods 4.12 brought in are highlighted where they were inserted.
    numbers = panel.find_elements(By.CSS_SELECTOR, "td.later ins strong.number")
    assert {"14", "7"} <= {n.text for n in numbers}
    assert painted(numbers[0]) and numbers[0].is_displayed()
    # The change list names them, with the numbers emphasised too.
    assert any(n.text == "14" for n in panel.find_elements(By.CSS_SELECTOR, ".catalog-changes strong.number"))
    # The counterpart's own page shows this measure as its later restatement.
    panel.find_element(By.PARTIAL_LINK_TEXT, "1.6").click()
    back = wait.until(lambda b: b.find_elements(
        By.CSS_SELECTOR, 'div.catalog-link[data-measure="002_79e7738ce50ad15f.txt#4.12"]'))
    assert back[0].find_elements(By.CSS_SELECTOR, "th")[1].text.startswith("较晚 / Later: 关于进一步做好当前新冠肺炎疫情防控工作的通知")


# Datasette's English chrome: none of it may reach a reader.
ENGLISH_CHROME = ["home", "Run SQL", "results", "Links from other tables", "This data as", "Custom SQL query",
                  "Query parameters", "Powered by", "Error 404", "Next page", "Advanced export"]
# A test run leaves the project as it was: screenshots go to docs/ only when asked for
# (NOTICES_SCREENSHOTS=docs/screenshots make test), to refresh the README's pictures.
SCREENSHOTS = Path(os.environ["NOTICES_SCREENSHOTS"]) if os.environ.get("NOTICES_SCREENSHOTS") else None


def chinese_page(browser, name: str) -> str:
    """The page's visible text, after checking it has no English chrome and no hashed id as its
    heading; saved as <name>.png where NOTICES_SCREENSHOTS says, for the README."""
    text = browser.find_element(By.TAG_NAME, "body").text
    for word in ENGLISH_CHROME:
        assert not re.search(rf"(?<![A-Za-z_]){re.escape(word)}(?![A-Za-z_])", text), (name, word)
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert not re.search(r"[0-9a-f]{12}", heading), (name, heading)
    if SCREENSHOTS:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    return text


def test_a_policy_officers_walk_is_chinese_throughout(server, browser):
    wait = WebDriverWait(browser, 30)
    browser.get(server + "/")
    chinese_page(browser, "1-front")
    box = browser.find_element(By.CSS_SELECTOR, "form.main-search input[name=q]")
    box.send_keys("隔离", Keys.ENTER)
    wait.until(expected_conditions.url_contains("search_newest"))
    hits = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "td.col-text mark.hit"))
    assert hits and all(h.text == "隔离" for h in hits)
    chinese_page(browser, "2-search")

    # Results show a measure by its number as printed; the hashed file name is only in the tooltip.
    link = browser.find_element(By.CSS_SELECTOR, 'td.col-measure a[title="002_79e7738ce50ad15f.txt#4.12"]')
    assert link.text == "4.12"
    link.click()
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "section.catalog-measure"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("措施 4.12")
    # 4.12's change lines fit on one screen: one line per aspect.
    for changes in browser.find_elements(By.CSS_SELECTOR, "ul.catalog-changes"):
        assert changes.size["height"] < 1000
    chinese_page(browser, "3-measure")

    browser.find_element(By.CSS_SELECTOR, "p.catalog-source a").click()
    items = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "li.catalog-measure-item"))
    assert len(items) == 23
    numbers = [i.find_element(By.CSS_SELECTOR, "a.measure-number").text for i in items]
    assert numbers[:3] == ["1.1", "1.2", "1.3"] and numbers[-1] == "结尾"
    text = chinese_page(browser, "4-notice")
    assert "渝肺炎组发〔2021〕1号" in text and "2021-01-25" in text

    browser.find_element(By.CSS_SELECTOR, 'li[id="4.13"] a.unit-link').click()
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "section.catalog-unit"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "各区县"
    chinese_page(browser, "5-unit")

    browser.find_element(By.CSS_SELECTOR, "a.unit-time-limits").click()
    wait.until(expected_conditions.url_contains("time_limits_of_unit"))
    obliged = [c.text for c in browser.find_elements(By.CSS_SELECTOR, "td.col-obliged")]
    assert obliged and set(obliged) == {"各区县"}
    chinese_page(browser, "6-time-limits")

    browser.get(server + "/")
    topic = browser.find_element(By.CSS_SELECTOR, "#task-topic input[name=topic]")
    topic.send_keys("隔离", Keys.ENTER)
    wait.until(expected_conditions.url_contains("topic_timeline"))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
    assert rows
    chinese_page(browser, "7-topic-history")


def test_the_catalogs_table_list_names_every_table_in_chinese(server, browser):
    """The tables the pages keep for themselves (db/facets.py) are not listed for reading."""
    browser.get(server + "/notices")
    listed = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "h2#tables + ul li a")]
    assert "措施" in listed and "单位" in listed
    assert all(re.search(r"[\u4e00-\u9fff]", name) for name in listed), listed
    chinese_page(browser, "8-tables")


def test_a_search_narrowed_by_its_unit_facet_then_the_units_page(server, browser, documents):
    wait = WebDriverWait(browser, 30)
    browser.get(server + "/notices/measures?_search=隔离")
    headings = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, ".facet-info-name strong"))
    # The facets a policy officer filters by, named in Chinese, in this order.
    assert [h.text.split()[0] for h in headings] == ["责任单位", "所管对象", "主题", "年份", "通知"]
    text = chinese_page(browser, "8-search-facets")
    assert "隔离管控" in text  # a topic by its Chinese name
    facet = browser.find_element(By.CSS_SELECTOR, "#facet-bodies li a")
    unit = facet.text
    facet.click()
    wait.until(expected_conditions.url_contains("_through"))
    expected = {
        f"{d['source']}#{m['path']}" for d in documents for m in d.get("measures", [])
        if "隔离" in (m.get("heading") or "") + m["text"] + "".join(u["name"] + u["mention"] for u in m["units"])
        and unit in {u["name"] for u in m["units"]}
    }
    shown = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-id a")}
    assert shown == expected and shown
    # The unit chosen is marked, and a click takes it off again.
    browser.find_element(By.CSS_SELECTOR, "#facet-bodies li a.cross").click()
    wait.until(lambda b: "_through" not in b.current_url)

    browser.get(server + "/notices/units/" + "~E5~90~84~E5~8C~BA~E5~8E~BF")  # 各区县
    notices = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "h3.unit-notice"))
    dates = [m.group() for n in notices if (m := re.search(r"\d{4}-\d{2}-\d{2}", n.text))]
    assert len(notices) == 3 and dates == sorted(dates, reverse=True)  # newest notice first
    assert "12小时内" in chinese_page(browser, "9-unit-newest")

    # A unit typed into the address bar by a short name lands on its page.
    browser.get(server + "/notices/units/市卫健委")
    wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "h3.unit-notice"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("重庆市卫生健康委员会")
    assert "市卫健委" in chinese_page(browser, "9-unit-by-short-name")  # among its other names


def test_a_search_page_by_page_counts_its_matches_and_lists_them_newest_first(server, browser, documents):
    # A search alone is read off the full-text index newest first (db/plugin.py, filters_from_request).
    expected = {
        f"{d['source']}#{m['path']}" for d in documents for m in d.get("measures", [])
        if "口罩" in (m.get("heading") or "") + m["text"] + "".join(u["name"] + u["mention"] for u in m["units"])}
    wait = WebDriverWait(browser, 30)
    browser.get(server + "/notices/measures?_search=口罩&_size=2")
    heading = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, "h3"))
    assert heading.text.startswith(f"{len(expected)} 条 搜索“口罩” 最新在前") and len(expected) > 2
    seen = []
    while True:
        seen += [a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-id a")]
        following = browser.find_elements(By.LINK_TEXT, "下一页")
        if not following:
            break
        following[0].click()
        wait.until(expected_conditions.staleness_of(heading))
        heading = browser.find_element(By.CSS_SELECTOR, "h3")
        assert heading.text.startswith(f"{len(expected)} 条")  # later pages count every match too
    assert len(seen) == len(set(seen)) and set(seen) == expected
    assert "口罩" in chinese_page(browser, "10-search-pages")
