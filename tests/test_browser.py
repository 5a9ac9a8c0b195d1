"""The catalog in a real browser: headless Chromium (Debian's package) driven by Selenium.

A policy officer's path: open the measures table, type a unit into the search box,
see the measures that name it, open one, and see its deadline highlighted.
Skipped when Chromium, its driver or the selenium package is absent.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from db.build import build

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "data" / "gold"
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


@pytest.fixture(scope="module")
def server(tmp_path_factory, documents):
    db_path = tmp_path_factory.mktemp("browser") / "notices.db"
    build(documents, db_path)
    port = free_port()
    code = f"from pathlib import Path; from db.serve import serve; serve(Path({str(db_path)!r}), port={port})"
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # a bound on the wait, not an assertion on speed
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the catalog server did not start on {base}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


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
        if unit in m["text"] or any(unit in (u if isinstance(u, list) else [u]) for u in m["units"])
    }
    wait = WebDriverWait(browser, 30)
    browser.get(server + "/notices/measures")
    box = wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, 'input[name="_search"]')))
    box.send_keys(unit, Keys.ENTER)
    wait.until(expected_conditions.url_contains("_search="))

    shown = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-id a")}
    assert shown == expected
    browser.find_element(By.LINK_TEXT, "002_79e7738ce50ad15f.txt#4.13").click()

    marks = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#measure-text mark.deadline"))
    assert [m.text for m in marks] == ["12小时内"]
    assert marks[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert "各区县" in [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#measure-text mark.unit")]
    notice = browser.find_element(By.PARTIAL_LINK_TEXT, "关于进一步做好当前新冠肺炎疫情防控工作的通知")
    assert notice.get_attribute("href").endswith("/notices/notices/002_79e7738ce50ad15f~2Etxt")
