"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Every test here needs `live_server` and
`@pytest.mark.django_db(transaction=True, serialized_rollback=True)`, otherwise the
data made by migrations (root page, newsroom groups, review workflow) is flushed.
"""

import os
import re
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--lang=vi",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
BROWSER_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if BROWSER_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip("Chromium không có tại /usr/bin/chromium — cài gói Debian `chromium`")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Gói Python `playwright` chưa được cài (requirements-dev.txt)")
    # Playwright's sync API keeps an asyncio event loop running in this thread while the
    # tests use the ORM here too: Django would refuse with SynchronousOnlyOperation.
    # Allowed only while the browser runs, so no other test sees the variable.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    except Exception:
        playwright.stop()
        raise
    yield browser
    browser.close()
    playwright.stop()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_context(request, chromium_browser):
    """Opens browser contexts (separate cookie jars: one per person); at the end, keeps a screenshot of
    each of their pages in test-artifacts/browser/ (<test>.png, then <test>-2.png, ...) and closes them."""
    contexts = []

    def open_context():
        context = chromium_browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        context.set_default_timeout(15_000)
        context.set_default_navigation_timeout(20_000)
        contexts.append(context)
        return context

    yield open_context
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    pages = [page for context in contexts for page in context.pages]
    for number, browser_page in enumerate(pages, start=1):
        path = ARTIFACTS / (f"{name}.png" if number == 1 else f"{name}-{number}.png")
        try:
            browser_page.screenshot(path=str(path), full_page=True)
        except Exception:  # a crashed page must not hide the test's own failure
            pass
    for context in contexts:
        context.close()
    # Requests the closed pages had in flight may still be running on the live server;
    # the database flush that follows (TRUNCATE on PostgreSQL) deadlocks with them.
    time.sleep(1.5)


@pytest.fixture
def page(new_context):
    """A fresh page in its own context (1280×900, vi-VN); its last screen is kept as test-artifacts/browser/<test>.png."""
    return new_context().new_page()
