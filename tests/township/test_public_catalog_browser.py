"""The public catalog page in Debian's headless Chromium (selenium + chromedriver, no downloaded browser).

The page must render every item, and the Tibetan text must be drawn with the served Tibetan font (a
phone without a Tibetan font shows boxes otherwise). Needs the Debian packages chromium and
chromium-driver: the test fails, and says so, when they are missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tw_helpers import CATALOG, setup

from sync_server.cli import open_server

from .conftest import LiveServer


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = open_server(tmp_path / "server", None, tls_on=False)
    setup(server)
    live = LiveServer(server)
    yield live
    live.stop()


def _driver():  # type: ignore[no-untyped-def]
    chromium = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    assert chromium and driver, (
        "install the Debian packages chromium and chromium-driver (apt-get install -y chromium chromium-driver)"
    )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1000,900",
    ):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(driver), options=opts)


def test_catalog_page_in_headless_chromium(live: LiveServer, tmp_path: Path) -> None:
    browser = _driver()
    try:
        browser.get(live.url + "/catalog")
        assert browser.title.endswith("便民服务事项目录")
        from selenium.webdriver.common.by import By

        sections = browser.find_elements(By.CSS_SELECTOR, "section.item")
        assert len(sections) == len(CATALOG.items)
        assert browser.find_element(By.CSS_SELECTOR, f"#item-{CATALOG.items[0].code} h2").text.startswith(
            CATALOG.items[0].name_zh
        )
        # The table of contents links to every guide.
        assert len(browser.find_elements(By.CSS_SELECTOR, "#toc a")) == len(CATALOG.items)
        # Fonts: both faces are fetched from the server and loaded; Tibetan text uses the Tibetan face.
        status = browser.execute_async_script(
            "const done = arguments[0];"
            "document.fonts.load('20px \"VD Tibetan\"', 'ཞབས').then(() => document.fonts.ready).then(() => {"
            "  const faces = []; document.fonts.forEach(f => faces.push([f.family.replaceAll('\"',''), f.status]));"
            "  const bo = document.querySelector('[lang=bo]');"
            "  done({faces: faces, family: getComputedStyle(bo).fontFamily, width: bo.getBoundingClientRect().width,"
            "        check: document.fonts.check('20px \"VD Tibetan\"', 'ཞབས')});"
            "});"
        )
        faces = dict(status["faces"])
        assert faces.get("VD Tibetan") == "loaded", status
        assert faces.get("VD CJK") == "loaded", status
        assert status["check"] is True and status["width"] > 0
        assert status["family"].startswith('"VD Tibetan"')
        browser.save_screenshot(str(tmp_path / "catalog.png"))
        assert (tmp_path / "catalog.png").stat().st_size > 10_000
    finally:
        browser.quit()
