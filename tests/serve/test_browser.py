"""The dashboard in a real browser: Debian's chromium, headless, driven by Playwright.

Loads the page from a server on 127.0.0.1, filters by a country, clicks an event and checks
the evidence highlight; brushes the timeline; opens the actor network. Any request that
would leave 127.0.0.1 fails the test (the dashboard must work offline). Screenshots go to
test-output/ for a person to look at.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from ..conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
OUT = ROOT / "test-output"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser at {CHROMIUM}: run scripts/install_browser.sh"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the Python package) is not installed")


@pytest.fixture(scope="module")
def page(server):
    OUT.mkdir(exist_ok=True)
    problems: list[str] = []
    outside: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="en-GB")

        def only_local(route):
            host = urlparse(route.request.url).hostname
            if host != "127.0.0.1":
                outside.append(route.request.url)
                route.abort()
            else:
                route.continue_()

        context.route("**/*", only_local)
        tab = context.new_page()
        tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        tab.goto(server.url + "/")
        tab.wait_for_selector("body[data-ready=true]", timeout=30_000)
        tab.problems, tab.outside = problems, outside
        yield tab
        browser.close()


def rows(page) -> list[str]:
    return page.locator("#events-body tr.row").all_inner_texts()


def settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_selector("body:not(.loading)")  # no page-side eval: the dashboard's CSP forbids it


def test_dashboard_loads_offline_with_every_view(page):
    settle(page)
    assert page.locator("#store-summary").inner_text().endswith("read-only")
    assert page.locator("#map-svg path.country").count() >= 170
    assert page.locator("#map-svg circle.point").count() >= 5
    assert page.locator("#timeline-svg rect").count() >= 10
    assert len(rows(page)) == 50
    page.screenshot(path=str(OUT / "dashboard.png"))
    assert page.outside == [] and page.problems == []


def test_filter_by_country_click_event_and_see_evidence(page):
    total_before = page.locator("#event-total").inner_text()
    page.select_option("#f-country", "GEO")
    sync_api.expect(page.locator("#event-total")).not_to_have_text(total_before)
    settle(page)
    assert "country=GEO" in page.url
    assert page.locator('#map-svg path.country.selected[data-country="GEO"]').count() == 1
    police = page.locator("#events-body tr.row", has_text="setzte Wasserwerfer gegen Demonstranten in Tiflis")
    assert police.count() == 1
    police.click()
    sentence = page.locator("#evidence-sentence")
    sentence.wait_for()
    assert sentence.inner_text() == "Die Polizei setzte Wasserwerfer gegen Demonstranten in Tiflis ein."
    marked = {kind: page.locator(f"#evidence-sentence .hl-{kind}").all_inner_texts()
              for kind in ("trigger", "source", "target", "place")}
    assert marked == {"trigger": ["setzte"], "source": ["Die Polizei"], "target": ["Demonstranten"],
                      "place": ["Tiflis"]}
    evidence = page.locator("#evidence").inner_text()
    assert "ASSAULT" in evidence and "de.assault.setzte" in evidence and "0.74" in evidence
    assert page.locator("#evidence a", has_text="Proteste gegen Agentengesetz in Georgien").get_attribute(
        "href") == "https://nachrichten.example.de/georgien"
    assert "country=GEO" in page.locator("#export-csv").get_attribute("href")
    page.screenshot(path=str(OUT / "dashboard-evidence.png"))
    assert page.outside == [] and page.problems == []


def test_brushing_the_timeline_sets_the_time_filter(page):
    page.click("#reset")
    settle(page)
    box = page.locator("#timeline-svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    settle(page)
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", since) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", until) and since <= until
    dates = [row.split("\t")[0].strip() for row in rows(page)]
    assert dates and all(since <= d[:10] <= until for d in dates if re.match(r"\d{4}-\d{2}-\d{2}", d))
    assert f"since={since}" in page.url


def test_actor_network_and_actor_filter(page):
    page.click("#reset")
    page.click("#tab-actors")
    settle(page)
    assert page.locator("#network-svg circle.node").count() >= 4
    assert page.locator("#network-svg path[marker-end]").count() >= 3
    assert page.locator("#actors-list li").count() >= 5
    page.screenshot(path=str(OUT / "dashboard-actors.png"))
    first = page.locator("#actors-list li").first
    code = first.locator(".name").inner_text().split(" · ")[0]
    first.click()
    settle(page)
    assert page.input_value("#f-actor") == code
    assert page.outside == [] and page.problems == []
